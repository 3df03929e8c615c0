#include "ingest/identity.h"

#include "common/utf.h"
#include "ingest/sha256.h"
#include "ingest/source_line.h"
#include "text/normalize.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define SILLOK_MINHASH_AVX2 1
#endif

#include <algorithm>
#include <array>
#include <cstring>

namespace sillok::core {

namespace {

constexpr int kShingle = 5;

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct Permutations {
    std::array<std::uint64_t, kMinHashSize> a{};
    std::array<std::uint64_t, kMinHashSize> b{};
    Permutations()
    {
        for (int i = 0; i < kMinHashSize; ++i) {
            a[static_cast<std::size_t>(i)] = splitmix(0x5111'0c00ULL + 2 * static_cast<std::uint64_t>(i)) | 1ULL;
            b[static_cast<std::size_t>(i)] = splitmix(0x5111'0c01ULL + 2 * static_cast<std::uint64_t>(i));
        }
    }
};

const Permutations &permutations()
{
    static const Permutations p;
    return p;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lowerAscii(s[i]) != prefix[i])
            return false;
    return true;
}

bool isUrlStart(std::string_view s)
{
    return startsWithNoCase(s, "http://") || startsWithNoCase(s, "https://");
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The body without URLs (a scraped source line or a link left in the text is not the story).
std::string withoutUrls(std::string_view body)
{
    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size();) {
        if ((body[i] == 'h' || body[i] == 'H') && isUrlStart(body.substr(i))) {
            while (i < body.size() && !isAsciiSpace(body[i]))
                ++i;
            out.push_back(' ');
            continue;
        }
        out.push_back(body[i++]);
    }
    return out;
}

bool isTrackingParameter(std::string_view p)
{
    return startsWithNoCase(p, "utm_") || startsWithNoCase(p, "fbclid=") || startsWithNoCase(p, "gclid=");
}

// The URL at the start of `s` (up to white space), trailing punctuation removed.
std::string_view leadingUrl(std::string_view s)
{
    std::size_t end = 0;
    while (end < s.size() && !isAsciiSpace(s[end]))
        ++end;
    std::string_view url = s.substr(0, end);
    while (!url.empty() && std::strchr(").,;>]'\"", url.back()))
        url.remove_suffix(1);
    return url;
}

} // namespace

std::string canonicalUrlKey(std::string_view url)
{
    url = trimSpaces(url);
    std::size_t schemeEnd = 0;
    if (startsWithNoCase(url, "https://"))
        schemeEnd = 8;
    else if (startsWithNoCase(url, "http://"))
        schemeEnd = 7;
    else
        return {};
    std::string_view rest = url.substr(schemeEnd);
    if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos)
        rest = rest.substr(0, hash);
    const std::size_t slash = rest.find_first_of("/?");
    std::string host(rest.substr(0, slash));
    std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    for (char &c : host)
        c = lowerAscii(c);
    if (const std::size_t at = host.rfind('@'); at != std::string::npos)
        host.erase(0, at + 1);
    if (host.ends_with(":80") || host.ends_with(":443"))
        host.erase(host.rfind(':'));
    if (host.starts_with("www."))
        host.erase(0, 4);
    if (host.empty() || host.find('.') == std::string::npos)
        return {};
    std::string query;
    if (const std::size_t q = path.find('?'); q != std::string_view::npos) {
        std::string_view params = path.substr(q + 1);
        path = path.substr(0, q);
        while (!params.empty()) {
            const std::size_t amp = params.find('&');
            const std::string_view p = params.substr(0, amp);
            if (!p.empty() && !isTrackingParameter(p))
                query += (query.empty() ? "?" : "&") + std::string(p);
            params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
        }
    }
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    return host + std::string(path) + query;
}

std::string sourceLineUrl(const std::vector<std::string> &lines)
{
    static constexpr std::string_view kLabels[] = {"원문보기", "기사원문", "원문 보기", "원문", "출처", "기사 url",
                                                   "기사url", "url", "source", "link", "original", "링크"};
    constexpr std::size_t kNear = 6; // lines from either end where a source line is looked for
    const auto urlOf = [&](std::string_view line) -> std::string {
        line = trimSpaces(line);
        if (isUrlStart(line)) {
            const std::string_view url = leadingUrl(line);
            return url.size() == line.size() ? std::string(url) : std::string(); // a bare URL only
        }
        for (const std::string_view label : kLabels) {
            if (!startsWithNoCase(line, label))
                continue;
            std::string_view rest = trimSpaces(line.substr(label.size()));
            while (!rest.empty() && (rest.front() == ':' || rest.front() == '=' || rest.front() == '-'
                                     || rest.front() == '|' || rest.front() == '>'))
                rest = trimSpaces(rest.substr(1));
            if (const std::size_t colon = rest.find("\xEF\xBC\x9A"); colon == 0) // full-width colon
                rest = trimSpaces(rest.substr(3));
            if (isUrlStart(rest) && leadingUrl(rest).size() == rest.size())
                return std::string(rest);
            return {};
        }
        return {};
    };
    const std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= kNear && i + kNear < n)
            continue;
        if (std::string url = urlOf(lines[i]); !url.empty() && !canonicalUrlKey(url).empty())
            return url;
    }
    return {};
}

std::string fingerprintKey(std::string_view body)
{
    return normalizeKey(withoutUrls(body));
}

std::u32string fingerprintText(std::string_view body)
{
    return toU32(fingerprintKey(body));
}

std::string bodyFingerprint(std::string_view body)
{
    return sha256Hex(fingerprintKey(body));
}

namespace {

// Four permutations at a time over all shingles, their minima in registers; the top 16 bits
// of the minimum are the minimum of the top 16 bits, so one shift per value at the end.
void minimaPortable(const std::vector<std::uint64_t> &shingles, MinHash &out)
{
    const Permutations &p = permutations();
    static_assert(kMinHashSize % 4 == 0);
    for (std::size_t i = 0; i < static_cast<std::size_t>(kMinHashSize); i += 4) {
        const std::uint64_t a0 = p.a[i], a1 = p.a[i + 1], a2 = p.a[i + 2], a3 = p.a[i + 3];
        const std::uint64_t b0 = p.b[i], b1 = p.b[i + 1], b2 = p.b[i + 2], b3 = p.b[i + 3];
        std::uint64_t m0 = UINT64_MAX, m1 = UINT64_MAX, m2 = UINT64_MAX, m3 = UINT64_MAX;
        for (const std::uint64_t h : shingles) {
            m0 = std::min(m0, a0 * h + b0);
            m1 = std::min(m1, a1 * h + b1);
            m2 = std::min(m2, a2 * h + b2);
            m3 = std::min(m3, a3 * h + b3);
        }
        out[i] = static_cast<std::uint16_t>(m0 >> 48);
        out[i + 1] = static_cast<std::uint16_t>(m1 >> 48);
        out[i + 2] = static_cast<std::uint16_t>(m2 >> 48);
        out[i + 3] = static_cast<std::uint16_t>(m3 >> 48);
    }
}

#ifdef SILLOK_MINHASH_AVX2
// The same minima, four permutations a vector and two vectors a pass (the last pass one): the
// 64-bit product a·h from three 32×32-bit products, and the unsigned minimum as a signed one of
// values offset by 2^63 (folded into b). About half the instructions of the portable loop.
__attribute__((target("avx2"))) __m256i load4(const std::uint64_t *at)
{
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
}

// a·h + b for four permutations (modulo 2^64).
__attribute__((target("avx2"))) __m256i apply4(__m256i a, __m256i aHigh, __m256i b, __m256i h, __m256i hHigh)
{
    const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(aHigh, h), _mm256_mul_epu32(a, hHigh));
    return _mm256_add_epi64(_mm256_add_epi64(_mm256_mul_epu32(a, h), _mm256_slli_epi64(cross, 32)), b);
}

// The top 16 bits of four minima kept offset by 2^63.
__attribute__((target("avx2"))) void keep4(__m256i m, __m256i offset, MinHash &out, std::size_t at)
{
    alignas(32) std::array<std::uint64_t, 4> v{};
    _mm256_store_si256(reinterpret_cast<__m256i *>(v.data()), _mm256_xor_si256(m, offset));
    for (std::size_t k = 0; k < 4; ++k)
        out[at + k] = static_cast<std::uint16_t>(v[k] >> 48);
}

__attribute__((target("avx2"))) void minimaAvx2(const std::vector<std::uint64_t> &shingles, MinHash &out)
{
    const Permutations &p = permutations();
    const __m256i offset = _mm256_set1_epi64x(INT64_MIN);
    static_assert(kMinHashSize % 4 == 0);
    for (std::size_t i = 0; i < static_cast<std::size_t>(kMinHashSize); i += 8) {
        const bool two = i + 8 <= static_cast<std::size_t>(kMinHashSize);
        const __m256i a0 = load4(&p.a[i]), b0 = _mm256_add_epi64(load4(&p.b[i]), offset);
        const __m256i a1 = two ? load4(&p.a[i + 4]) : a0;
        const __m256i b1 = two ? _mm256_add_epi64(load4(&p.b[i + 4]), offset) : b0;
        const __m256i a0High = _mm256_srli_epi64(a0, 32), a1High = _mm256_srli_epi64(a1, 32);
        __m256i m0 = _mm256_set1_epi64x(INT64_MAX), m1 = m0;
        for (const std::uint64_t shingle : shingles) {
            const __m256i h = _mm256_set1_epi64x(static_cast<long long>(shingle));
            const __m256i hHigh = _mm256_srli_epi64(h, 32);
            const __m256i v0 = apply4(a0, a0High, b0, h, hHigh);
            const __m256i v1 = apply4(a1, a1High, b1, h, hHigh);
            m0 = _mm256_blendv_epi8(m0, v0, _mm256_cmpgt_epi64(m0, v0));
            m1 = _mm256_blendv_epi8(m1, v1, _mm256_cmpgt_epi64(m1, v1));
        }
        keep4(m0, offset, out, i);
        if (two)
            keep4(m1, offset, out, i + 4);
    }
}
#endif

using Minima = void (*)(const std::vector<std::uint64_t> &, MinHash &);

Minima avx2Minima()
{
#ifdef SILLOK_MINHASH_AVX2
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2"))
        return minimaAvx2;
#endif
    return nullptr;
}

// Keeps one of each shingle, in their first order: a per-thread open-addressing set instead of a
// sort (the minima do not depend on the order, and a set is linear in the shingles).
void keepDistinct(std::vector<std::uint64_t> &shingles)
{
    thread_local std::vector<std::uint64_t> table; // 0: an empty slot; a zero shingle is kept apart
    std::size_t size = 16;
    while (size < shingles.size() * 2)
        size *= 2;
    table.assign(size, 0);
    const std::size_t mask = size - 1;
    bool zero = false;
    std::size_t out = 0;
    for (std::size_t i = 0; i < shingles.size(); ++i) {
        const std::uint64_t h = shingles[i];
        if (h == 0) {
            if (!zero)
                shingles[out++] = 0;
            zero = true;
            continue;
        }
        std::size_t k = static_cast<std::size_t>(h) & mask; // splitmix's output: its low bits are mixed
        while (table[k] != 0 && table[k] != h)
            k = (k + 1) & mask;
        if (table[k] == h)
            continue;
        table[k] = h;
        shingles[out++] = h;
    }
    shingles.resize(out);
}

BodySignature signatureWith(Minima minima, const std::u32string &key)
{
    BodySignature sig;
    if (key.size() < static_cast<std::size_t>(kShingle + kMinShingles - 1))
        return sig;
    std::vector<std::uint64_t> shingles;
    shingles.reserve(key.size());
    for (std::size_t i = 0; i + kShingle <= key.size(); ++i) {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (int k = 0; k < kShingle; ++k)
            h = (h ^ key[i + static_cast<std::size_t>(k)]) * 0x100000001b3ULL;
        shingles.push_back(splitmix(h));
    }
    keepDistinct(shingles);
    if (shingles.size() < static_cast<std::size_t>(kMinShingles))
        return sig;
    minima(shingles, sig.minhash);
    sig.bands = minhashBands(sig.minhash);
    sig.valid = true;
    return sig;
}

} // namespace

BodySignature bodySignatureOfKey(const std::u32string &key)
{
    static const Minima avx2 = avx2Minima();
    return signatureWith(avx2 != nullptr ? avx2 : minimaPortable, key);
}

bool minhashHasAvx2()
{
    return avx2Minima() != nullptr;
}

BodySignature bodySignatureOfKeyPortable(const std::u32string &key)
{
    return signatureWith(minimaPortable, key);
}

std::array<std::int64_t, kMinHashBands> minhashBands(const MinHash &minhash)
{
    std::array<std::int64_t, kMinHashBands> bands{};
    for (std::size_t band = 0; band < static_cast<std::size_t>(kMinHashBands); ++band) {
        std::uint64_t h = splitmix(0xba4dULL + band);
        for (std::size_t r = 0; r < static_cast<std::size_t>(kMinHashRows); ++r)
            h = splitmix(h ^ minhash[band * kMinHashRows + r]);
        // The hash's top 32 bits, as a signed 32-bit number: SQLite stores it in 4 bytes where a
        // 64-bit key took 8 (20 keys an article, 80 bytes of its rows; migration 30). Two of a
        // library's 2,000,000 keys at 100k articles meet by chance once in ~2,000 keys, and a
        // candidate needs kMinBandHits of them, then its signature's similarity.
        bands[band] = static_cast<std::int32_t>(static_cast<std::uint32_t>(h >> 32));
    }
    return bands;
}

BodySignature bodySignature(std::string_view body)
{
    return bodySignatureOfKey(fingerprintText(body));
}

double minhashSimilarity(const MinHash &a, const MinHash &b)
{
    int same = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        same += a[i] == b[i] ? 1 : 0;
    return static_cast<double>(same) / static_cast<double>(a.size());
}

std::string minhashBytes(const MinHash &m)
{
    std::string out(m.size() * 2, '\0');
    for (std::size_t i = 0; i < m.size(); ++i) {
        out[i * 2] = static_cast<char>(m[i] & 0xff);
        out[i * 2 + 1] = static_cast<char>(m[i] >> 8);
    }
    return out;
}

bool minhashFromBytes(std::string_view blob, MinHash &out)
{
    const auto byte = [&](std::size_t at) { return static_cast<std::uint16_t>(static_cast<unsigned char>(blob[at])); };
    if (blob.size() == out.size() * 2) {
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = static_cast<std::uint16_t>(byte(i * 2) | byte(i * 2 + 1) << 8);
        return true;
    }
    if (blob.size() == out.size() * 4) { // the top 16 bits of each value stored before migration 11
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = static_cast<std::uint16_t>(byte(i * 4 + 2) | byte(i * 4 + 3) << 8);
        return true;
    }
    return false;
}

} // namespace sillok::core
