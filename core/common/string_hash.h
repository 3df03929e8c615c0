#pragma once
// A transparent hash for std::string keys: an unordered_map<std::string, T, StringHash,
// std::equal_to<>> is looked up by a std::string_view or a literal without building a string.

#include <cstddef>
#include <functional>
#include <string_view>

namespace sillok::core {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

} // namespace sillok::core
