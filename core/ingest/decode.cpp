#include "ingest/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace sillok::core {

namespace {

struct Utf8Scan {
    std::size_t firstInvalid = std::string_view::npos;
    std::size_t multibyte = 0; // well-formed sequences of 2-4 bytes
    std::size_t invalid = 0;   // positions where a sequence failed
    std::size_t validPrefix = 0; // length of the longest valid prefix
};

// Length of the well-formed UTF-8 sequence at s[i], 0 when malformed or incomplete.
std::size_t sequenceLength(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 >= 0xE1 && b0 <= 0xEC) len = 3;
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }
    else if (b0 >= 0xEE && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
    else return 0;
    if (i + len > s.size())
        return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lo || b1 > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (b < 0x80 || b > 0xBF)
            return 0;
    }
    return len;
}

Utf8Scan scanUtf8(std::string_view s)
{
    Utf8Scan scan;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = sequenceLength(s, i);
        if (len == 0) {
            if (scan.firstInvalid == std::string_view::npos)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
            continue;
        }
        if (len > 1)
            ++scan.multibyte;
        i += len;
        if (scan.firstInvalid == std::string_view::npos)
            scan.validPrefix = i;
    }
    if (scan.firstInvalid == std::string_view::npos)
        scan.validPrefix = s.size();
    return scan;
}

// True when s[from..] is a proper prefix of some well-formed multi-byte sequence.
bool isIncompleteTail(std::string_view s, std::size_t from)
{
    const std::size_t n = s.size() - from;
    if (n == 0 || n > 3)
        return false;
    const auto b0 = static_cast<unsigned char>(s[from]);
    const std::size_t need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
    if (need <= n)
        return false;
    std::string padded(s.substr(from));
    // Complete it with the smallest continuation bytes that the lead byte allows, then check.
    while (padded.size() < need)
        padded.push_back(static_cast<char>(padded.size() == 1 && b0 == 0xE0 ? 0xA0
                                           : padded.size() == 1 && b0 == 0xF0 ? 0x90
                                                                               : 0x80));
    return sequenceLength(padded, 0) == need;
}

std::string unicodeToUtf8(const icu::UnicodeString &u)
{
    std::string out;
    out.reserve(static_cast<std::size_t>(u.length()) * 2);
    u.toUTF8String(out);
    return out;
}

// Strict conversion with an ICU converter; nullopt when any byte sequence is illegal.
std::optional<icu::UnicodeString> convertStrict(std::string_view bytes, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    icu::UnicodeString out(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
    if (U_FAILURE(status) || out.isBogus())
        return std::nullopt;
    return out;
}

// Plain EUC-KR (KS X 1001) uses only lead and trail bytes 0xA1-0xFE; CP949 adds more.
bool isPlainEucKr(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80)
            continue;
        if (b < 0xA1 || i + 1 >= bytes.size())
            return false;
        const auto t = static_cast<unsigned char>(bytes[++i]);
        if (t < 0xA1 || t > 0xFE)
            return false;
    }
    return true;
}

std::string normalizeLineEndings(std::string text)
{
    if (text.find('\r') == std::string::npos)
        return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

bool isOnlyWhitespace(std::string_view utf8)
{
    const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
    const auto n = static_cast<int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX));
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c < 0)
            return false;
        if (!u_isUWhiteSpace(c) && c != 0xFEFF && c != 0x200B)
            return false;
    }
    return true;
}

enum class Utf16Guess { None, LE, BE };

// BOM-less UTF-16: many NULs at one parity, almost none at the other (first 64 KiB).
Utf16Guess guessUtf16(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size(), 65536) & ~std::size_t{1};
    if (n < 4 || bytes.size() % 2 != 0)
        return Utf16Guess::None;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        even += bytes[i] == '\0';
        odd += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (odd * 10 >= pairs && even * 100 <= pairs)
        return Utf16Guess::LE;
    if (even * 10 >= pairs && odd * 100 <= pairs)
        return Utf16Guess::BE;
    return Utf16Guess::None;
}

bool looksBinary(std::string_view bytes)
{
    std::size_t controls = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) || b == 0x7F)
            ++controls;
    }
    return controls * 50 > bytes.size();
}

Result<DecodedText> finish(std::string utf8, std::string encoding, const std::string &path)
{
    std::string text = normalizeLineEndings(normalizeNfc(utf8));
    if (text.starts_with("\xEF\xBB\xBF"))
        text.erase(0, 3);
    if (isOnlyWhitespace(text))
        return fail(ErrorCode::Empty, "the file has no text (only whitespace)", path);
    return DecodedText{std::move(text), std::move(encoding)};
}

Result<DecodedText> finishUnicode(std::optional<icu::UnicodeString> u, std::string encoding,
                                  const std::string &path)
{
    if (!u)
        return fail(ErrorCode::Decode, "invalid " + encoding + " byte sequence", path);
    return finish(unicodeToUtf8(*u), std::move(encoding), path);
}

std::string canonicalCharset(std::string_view name)
{
    std::string lower;
    for (const char c : name)
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (lower == "euc-kr" || lower == "euckr" || lower == "ks_c_5601-1987" || lower == "cp949"
        || lower == "windows-949" || lower == "ms949" || lower == "x-windows-949" || lower == "uhc")
        return "windows-949";
    return std::string(name);
}

} // namespace

Result<DecodedText> decodeText(std::string_view bytes, const std::string &path,
                               std::string_view declaredCharset)
{
    if (bytes.empty())
        return fail(ErrorCode::Empty, "the file is empty", path);
    if (bytes.size() > INT32_MAX)
        return fail(ErrorCode::Unsupported, "the file is larger than 2 GiB", path);

    // 1. Byte-order marks (UTF-32 first: its LE mark starts like UTF-16's).
    if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)))
        return finishUnicode(convertStrict(bytes.substr(4), "UTF-32LE"), "UTF-32LE", path);
    if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
        return finishUnicode(convertStrict(bytes.substr(4), "UTF-32BE"), "UTF-32BE", path);
    if (bytes.starts_with("\xFF\xFE"))
        return finishUnicode(convertStrict(bytes.substr(2), "UTF-16LE"), "UTF-16LE", path);
    if (bytes.starts_with("\xFE\xFF"))
        return finishUnicode(convertStrict(bytes.substr(2), "UTF-16BE"), "UTF-16BE", path);
    std::string_view body = bytes;
    const bool utf8Bom = body.starts_with("\xEF\xBB\xBF");
    if (utf8Bom)
        body.remove_prefix(3);
    if (body.empty())
        return fail(ErrorCode::Empty, "the file has only a byte-order mark", path);

    // 2. BOM-less UTF-16.
    if (!utf8Bom) {
        if (const Utf16Guess g = guessUtf16(body); g != Utf16Guess::None) {
            const char *name = g == Utf16Guess::LE ? "UTF-16LE" : "UTF-16BE";
            if (auto u = convertStrict(body, name))
                return finishUnicode(std::move(u), name, path);
        }
    }

    // 3. Binary.
    if (looksBinary(body))
        return fail(ErrorCode::Binary, "the file looks binary (NUL or control bytes)", path);

    // 4-5. UTF-8.
    const Utf8Scan scan = scanUtf8(body);
    if (scan.invalid == 0)
        return finish(std::string(body), "UTF-8", path);
    if (isIncompleteTail(body, scan.validPrefix) && scan.validPrefix > 0)
        return finish(std::string(body.substr(0, scan.validPrefix)), "UTF-8 (truncated)", path);
    if (utf8Bom || scan.multibyte >= scan.invalid * 2)
        return fail(ErrorCode::Decode,
                    "invalid UTF-8 at byte " + std::to_string(scan.firstInvalid + (utf8Bom ? 3 : 0)),
                    path);

    // 6. Legacy encodings: the document's own declaration, then ICU's detector.
    auto tryCharset = [&](const std::string &charset) -> std::optional<Result<DecodedText>> {
        const std::string canonical = canonicalCharset(charset);
        auto u = convertStrict(body, canonical.c_str());
        if (!u)
            return std::nullopt;
        std::string label = charset;
        if (canonical == "windows-949")
            label = isPlainEucKr(body) ? "EUC-KR" : "CP949";
        return finishUnicode(std::move(u), label, path);
    };
    if (!declaredCharset.empty()) {
        if (auto r = tryCharset(std::string(declaredCharset)))
            return *r;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    std::vector<std::pair<std::string, int>> candidates;
    if (U_SUCCESS(status)) {
        const auto sample = static_cast<int32_t>(std::min<std::size_t>(body.size(), 256 * 1024));
        ucsdet_setText(det.get(), body.data(), sample, &status);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode s2 = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s2);
            const int32_t confidence = ucsdet_getConfidence(matches[i], &s2);
            if (U_SUCCESS(s2) && name)
                candidates.emplace_back(name, confidence);
        }
    }
    // Korean first: EUC-KR/CP949 whenever it converts cleanly, whatever the detector's rank.
    if (auto r = tryCharset("EUC-KR"))
        return *r;
    for (const auto &[name, confidence] : candidates) {
        if (confidence < 50 || name.starts_with("UTF"))
            continue;
        if (auto r = tryCharset(name))
            return *r;
    }
    return fail(ErrorCode::Decode,
                "not valid UTF-8 (byte " + std::to_string(scan.firstInvalid) + ") nor EUC-KR/CP949", path);
}

} // namespace sillok::core
