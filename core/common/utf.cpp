#include "common/utf.h"

#include <cstdint>
#include <cstring>

namespace sillok::core {

namespace {

// Decodes one code point at s[i]; advances i. Returns U+FFFD on malformed input.
char32_t decodeOne(std::string_view s, std::size_t &i, bool &ok)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    ok = true;
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
    else { ++i; ok = false; return 0xFFFD; }
    if (i + static_cast<std::size_t>(len) > s.size()) { ++i; ok = false; return 0xFFFD; }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) { ++i; ok = false; return 0xFFFD; }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ok = false; return 0xFFFD; }
    return cp;
}

} // namespace

std::u32string toU32(std::string_view utf8)
{
    std::u32string out;
    out.resize_and_overwrite(utf8.size(), [utf8](char32_t *dst, std::size_t) {
        return forEachCodePoint(utf8, [&dst](char32_t cp) { *dst++ = cp; });
    });
    return out;
}

std::size_t u32Length(std::string_view utf8)
{
    return forEachCodePoint(utf8, [](char32_t) {}); // toU32's steps without its stores
}

std::string toUtf8(std::u32string_view text)
{
    std::string out;
    out.resize_and_overwrite(text.size() * 4, [text](char *dst, std::size_t) {
        std::size_t k = 0;
        for (const char32_t cp : text)
            k += encodeUtf8(cp, dst + k);
        return k;
    });
    return out;
}

std::size_t codePointCount(std::string_view utf8)
{
    // Eight bytes at a time: a continuation byte has its top bits 10.
    std::size_t n = 0;
    std::size_t i = 0;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    for (; i + 8 <= utf8.size(); i += 8) {
        std::uint64_t x = 0;
        std::memcpy(&x, utf8.data() + i, 8);
        const std::uint64_t continuation = (x & ~(x << 1)) & kHigh;
        n += 8 - static_cast<std::size_t>((((continuation >> 7) * 0x0101010101010101ULL) >> 56) & 0xFF);
    }
    for (; i < utf8.size(); ++i)
        n += (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
    return n;
}

std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::size_t index)
{
    std::size_t cps = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            if (cps == index)
                return i;
            ++cps;
        }
    }
    return utf8.size();
}

std::string substrCodePoints(std::string_view utf8, std::size_t start, std::size_t end)
{
    const std::size_t b = byteOffsetOfCodePoint(utf8, start);
    const std::size_t e = byteOffsetOfCodePoint(utf8, end);
    return e > b ? std::string(utf8.substr(b, e - b)) : std::string();
}

bool isValidUtf8(std::string_view bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    bool ok = true;
    for (std::size_t i = 0; i < n;) {
        if (b[i] < 0x80) { // ASCII and well-formed three-byte sequences (Hangul) inline, as in toU32
            ++i;
            continue;
        }
        if ((b[i] & 0xF0) == 0xE0 && i + 2 < n && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
            const char32_t cp = (static_cast<char32_t>(b[i] & 0x0F) << 12)
                                | (static_cast<char32_t>(b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                i += 3;
                continue;
            }
        }
        decodeOne(bytes, i, ok);
        if (!ok)
            return false;
    }
    return true;
}

char32_t decodeUtf8(std::string_view utf8, std::size_t &i)
{
    bool ok = true;
    return decodeOne(utf8, i, ok);
}

} // namespace sillok::core
