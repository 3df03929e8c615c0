#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits. Pure function, linear time.

#include <cstdint>
#include <string>
#include <string_view>

namespace sillok::core {

std::string sha256Hex(std::string_view bytes);

// sha256Hex uses the processor's SHA extensions when it has them; these let a test compare that
// path with the portable one.
bool sha256HasHardware();
std::string sha256HexPortable(std::string_view bytes);

// A hex digest's first 64 bits as an integer (its first 16 digits, either case), kept where the
// whole digest would cost a key of 65 bytes (the library's article_content). A string that is not
// such a digest gets its FNV-1a hash instead: stable across builds, as std::hash is not.
std::int64_t hexDigestKey(std::string_view digest);

} // namespace sillok::core
