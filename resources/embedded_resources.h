#pragma once
// Files compiled into the binaries (see resources/CMakeLists.txt). Qt-free.

#include <string_view>

namespace sillok::resources {

// Returns the bytes of an embedded file by its path relative to resources/
// (e.g. "gazetteer/organizations.tsv"), or an empty view when there is none.
std::string_view embeddedFile(std::string_view relativePath);

} // namespace sillok::resources
