#pragma once
// Sino-Korean (이천십오) and native (스물네, 다섯) numerals inside temporal expressions.
// Internal to core/dates.

#include <cstddef>
#include <string_view>
#include <vector>

namespace sillok::core {

struct NumberPrefix {
    long long value = 0;
    std::size_t end = 0; // code-point index just after the numeral
};

// Every well-formed numeral that starts at `pos`, shortest first ("이십일" gives 2, 20, 21),
// so a caller can pick the longest one followed by the unit it expects. Empty when none.
std::vector<NumberPrefix> hangulNumberPrefixes(std::u32string_view text, std::size_t pos);

} // namespace sillok::core
