#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits. Pure function, linear time.

#include <string>
#include <string_view>

namespace sillok::core {

std::string sha256Hex(std::string_view bytes);

// sha256Hex uses the processor's SHA extensions when it has them; these let a test compare that
// path with the portable one.
bool sha256HasHardware();
std::string sha256HexPortable(std::string_view bytes);

} // namespace sillok::core
