#pragma once
// Percent-encoding (RFC 3986) for the IRIs Sillok writes (urn:sillok:…) and the file:// URLs
// other tools write. Pure, never throws.

#include <string>
#include <string_view>

namespace sillok::core {

// 0–15 for a hexadecimal digit, -1 otherwise.
int hexDigitValue(char c);
// Escapes every byte outside [A-Za-z0-9-._~:] except non-ASCII (UTF-8 stays readable).
std::string percentEncode(std::string_view text);
// "%E2%82%AC" → bytes; malformed escapes are kept as written.
std::string percentDecode(std::string_view text);

} // namespace sillok::core
