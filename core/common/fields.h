#pragma once
// Splitting a line of a TSV resource into its fields (tabs) or a field into its items ('|').

#include <string_view>
#include <vector>

namespace sillok::core {

// Every piece between separators, empty ones included: "a\t\tb" → {"a", "", "b"}; "" → {""}.
std::vector<std::string_view> splitFields(std::string_view line, char separator);

} // namespace sillok::core
