#include "text/normalize.h"

#include <functional>
#include <unordered_map>

#include "common/string_hash.h"
#include "common/utf.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <climits>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sillok::core {

namespace {

const icu::Normalizer2 *nfkcCasefold()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

const icu::Normalizer2 *nfc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// Decodes one code point at `i`, advancing it; malformed input yields U+FFFD for one byte.
// Any sequence, ill-formed ones as U+FFFD (one byte consumed).
[[gnu::noinline]] char32_t decodeSlow(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += len;
    return cp;
}

// The code point at i, advancing i. Inline for ASCII and well-formed three-byte sequences (Hangul:
// every letter of an article is decoded here); the rest as decodeSlow.
[[gnu::always_inline]] inline char32_t decodeAt(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if (const char32_t cp = threeByteSequenceAt(reinterpret_cast<const unsigned char *>(s.data()), i, s.size());
        cp != 0) {
        i += 3;
        return cp;
    }
    return decodeSlow(s, i);
}

// True when `c` starts a new NFKC_Casefold normalization segment (nothing composes across).
bool boundaryBefore(const icu::Normalizer2 *n, char32_t c)
{
    if (c < 0x300 || isHangulSyllable(c))
        return true;
    return n == nullptr || n->hasBoundaryBefore(static_cast<UChar32>(c));
}

void push(FoldedText &out, char32_t c, std::uint32_t b, std::uint32_t e)
{
    out.text.push_back(c);
    out.begin.push_back(b);
    out.end.push_back(e);
}

} // namespace

char32_t foldPunctuation(char32_t c)
{
    switch (c) {
    case 0x00B7: case 0x2027: case 0x2219: case 0x22C5: case 0x30FB: case 0xFF65:
    case 0x2022: case 0x318D: case 0x119E:
        return kMiddleDot;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFF0D: case 0xFE63: case 0xFE58:
        return U'-';
    case U'\'': case U'"': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x300C: case 0x300D:
    case 0x300E: case 0x300F: case 0x300A: case 0x300B: case 0x3008: case 0x3009:
    case 0xFF02: case 0xFF07:
        return U' ';
    default:
        return c;
    }
}

namespace {

// foldForMatch's steps, handing each folded code point and the bytes [b, e) it came from to
// `emit`: foldForMatch keeps them all with their offsets, computeKey only the letters it keys on
// (before, the key of a whole body was folded into three body-sized arrays first).
template <typename Emit>
void foldEach(std::string_view utf8, Emit &&emit)
{
    const icu::Normalizer2 *n = nfkcCasefold();
    icu::UnicodeString src;
    icu::UnicodeString dst;

    std::size_t i = 0;
    std::size_t next = 0;
    char32_t c = utf8.empty() ? 0 : decodeAt(utf8, next);
    while (i < utf8.size()) {
        const auto b = static_cast<std::uint32_t>(i);
        const char32_t mapped = foldPunctuation(c);
        // Find the end of this normalization segment; `after`/`following` is the lookahead.
        std::size_t segEnd = next;
        std::size_t after = next;
        char32_t following = 0;
        bool single = true;
        while (segEnd < utf8.size()) {
            after = segEnd;
            following = decodeAt(utf8, after);
            if (mapped != c || boundaryBefore(n, following) || foldPunctuation(following) != following)
                break;
            single = false;
            segEnd = after;
        }
        const auto e = static_cast<std::uint32_t>(segEnd);
        if (mapped != c) { // a separator we own: never handed to ICU (ㆍ would become U+119E)
            emit(mapped, b, e);
        } else if (single && c < 0x80) {
            emit((c >= U'A' && c <= U'Z') ? c + 32 : c, b, e);
        } else if (single && isHangulSyllable(c)) {
            emit(c, b, e);
        } else if (n != nullptr) {
            src.remove();
            for (std::size_t k = i; k < segEnd;)
                src.append(static_cast<UChar32>(decodeAt(utf8, k)));
            UErrorCode status = U_ZERO_ERROR;
            dst.remove();
            n->normalize(src, dst, status);
            const icu::UnicodeString &res = U_SUCCESS(status) ? dst : src;
            for (int32_t k = 0; k < res.length();) {
                const UChar32 o = res.char32At(k);
                k += U16_LENGTH(o);
                emit(foldPunctuation(static_cast<char32_t>(o)), b, e);
            }
        } else {
            emit(c, b, e);
        }
        i = segEnd;
        if (i < utf8.size()) { // reuse the lookahead decoded above
            c = following;
            next = after;
        }
    }
}

} // namespace

void foldForMatch(std::string_view utf8, FoldedText &out)
{
    out.clear();
    out.text.reserve(utf8.size());
    out.begin.reserve(utf8.size());
    out.end.reserve(utf8.size());
    foldEach(utf8, [&out](char32_t c, std::uint32_t b, std::uint32_t e) { push(out, c, b, e); });
}

std::string normalizeForMatch(std::string_view utf8)
{
    FoldedText folded;
    foldForMatch(utf8, folded);
    return toUtf8(folded.text);
}

std::string normalizeNfc(std::string_view utf8)
{
    const icu::Normalizer2 *n = nfc();
    if (n == nullptr || utf8.size() > INT32_MAX)
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status))
        return std::string(utf8);
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(utf8.size());
    icu::StringByteSink<std::string> sink(&out);
    n->normalizeUTF8(0, piece, sink, nullptr, status);
    return U_SUCCESS(status) ? out : std::string(utf8);
}

namespace {

std::string computeKey(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    foldEach(utf8, [&out](char32_t c, std::uint32_t, std::uint32_t) {
        if (isHangulLetter(c) || isHanLetter(c) || isKanaLetter(c) || isWordLetter(c) || isCombiningMark(c))
            appendUtf8(out, c);
    });
    return out;
}

// Keys of short strings (names, aliases, lexicon forms) are asked for again and again while an
// article is mined and planned; each thread remembers the last few thousand.
constexpr std::size_t kMemoLimit = 1 << 14;
constexpr std::size_t kMemoMaxBytes = 256;

} // namespace

std::string normalizeKey(std::string_view utf8)
{
    if (utf8.size() > kMemoMaxBytes)
        return computeKey(utf8);
    // Looked up by the view itself (a transparent hash): no key string is built to ask.
    thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> memo;
    if (const auto it = memo.find(utf8); it != memo.end())
        return it->second;
    if (memo.size() >= kMemoLimit)
        memo.clear();
    return memo.emplace(std::string(utf8), computeKey(utf8)).first->second;
}

bool isHangulLetter(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

bool isHanLetter(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

bool isKanaLetter(char32_t c)
{
    return (c >= 0x3041 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
}

bool isWordLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    if (isHangulLetter(c) || isHanLetter(c) || isKanaLetter(c))
        return false;
    return u_isalnum(static_cast<UChar32>(c)) != 0;
}

bool isCombiningMark(char32_t c)
{
    if (c < 0x300)
        return false;
    const int8_t t = u_charType(static_cast<UChar32>(c));
    return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

bool isSpace(char32_t c)
{
    if (c < 0x80)
        return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

} // namespace sillok::core
