#pragma once
// UTF helpers. Offsets in the core API ("character offsets", spans of mentions, annotation
// positions) count Unicode code points in the NFC text, never bytes or UTF-16 units.

#include <cstddef>
#include <string>
#include <string_view>

namespace sillok::core {

// Decodes UTF-8 to UTF-32; invalid sequences become U+FFFD. Never throws.
std::u32string toU32(std::string_view utf8);
std::string toUtf8(std::u32string_view text);
void appendUtf8(std::string &out, char32_t cp);
// Number of code points in valid UTF-8.
std::size_t codePointCount(std::string_view utf8);
// Byte offset of code point `index` in utf8 (clamped to the size).
std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::size_t index);
// Code-point substring [start, end).
std::string substrCodePoints(std::string_view utf8, std::size_t start, std::size_t end);
// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view bytes);
// The code point at byte i (i < size), as toU32 decodes it there (U+FFFD when malformed);
// advances i past it.
char32_t decodeUtf8(std::string_view utf8, std::size_t &i);

inline bool isHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// True when a Hangul syllable ends in a final consonant (받침).
inline bool hasFinalConsonant(char32_t c) { return isHangulSyllable(c) && (c - 0xAC00) % 28 != 0; }
inline bool hasFinalRieul(char32_t c) { return isHangulSyllable(c) && (c - 0xAC00) % 28 == 8; }

} // namespace sillok::core
