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
// Writes cp's UTF-8 (1–4 bytes) at dst, which has room for 4; returns how many bytes it wrote.
// The one encoder behind toUtf8 and appendUtf8, inline for the tokenizer's hot path.
inline std::size_t encodeUtf8(char32_t cp, char *dst)
{
    if (cp < 0x80) {
        dst[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        dst[0] = static_cast<char>(0xC0 | (cp >> 6));
        dst[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        dst[0] = static_cast<char>(0xE0 | (cp >> 12));
        dst[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        dst[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    dst[0] = static_cast<char>(0xF0 | (cp >> 18));
    dst[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    dst[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    dst[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}
// Appends cp's UTF-8 to out (one append, not a push_back per byte).
inline void appendUtf8(std::string &out, char32_t cp)
{
    char buf[4];
    out.append(buf, encodeUtf8(cp, buf));
}
// toU32(utf8).size() without the copy: malformed bytes count as toU32 decodes them.
std::size_t u32Length(std::string_view utf8);
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

// The code point of the well-formed three-byte sequence (a Hangul syllable, most often) at b[i]
// of n bytes, or 0 when none starts there: the decoders' inline step, the rest going out of line.
inline char32_t threeByteSequenceAt(const unsigned char *b, std::size_t i, std::size_t n)
{
    if ((b[i] & 0xF0) != 0xE0 || i + 2 >= n || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80)
        return 0;
    const char32_t cp =
        (static_cast<char32_t>(b[i] & 0x0F) << 12) | (static_cast<char32_t>(b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
    return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0;
}

// Calls f(cp) for each code point toU32(utf8) would hold, in order, without building it; returns
// how many there were. ASCII and well-formed three-byte sequences (Hangul) are decoded inline.
template <typename F>
std::size_t forEachCodePoint(std::string_view utf8, F &&f)
{
    const auto *b = reinterpret_cast<const unsigned char *>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t i = 0, k = 0;
    while (i < n) {
        const unsigned char b0 = b[i];
        ++k;
        if (b0 < 0x80) {
            f(static_cast<char32_t>(b0));
            ++i;
            continue;
        }
        if (const char32_t cp = threeByteSequenceAt(b, i, n); cp != 0) {
            f(cp);
            i += 3;
            continue;
        }
        f(decodeUtf8(utf8, i));
    }
    return k;
}

inline bool isHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// True when a Hangul syllable ends in a final consonant (받침).
inline bool hasFinalConsonant(char32_t c) { return isHangulSyllable(c) && (c - 0xAC00) % 28 != 0; }
inline bool hasFinalRieul(char32_t c) { return isHangulSyllable(c) && (c - 0xAC00) % 28 == 8; }

} // namespace sillok::core
