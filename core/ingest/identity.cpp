#include "ingest/identity.h"

#include "common/utf.h"
#include "ingest/sha256.h"
#include "ingest/source_line.h"
#include "text/normalize.h"

#include <algorithm>
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

std::u32string fingerprintText(std::string_view body)
{
    return toU32(normalizeKey(withoutUrls(body)));
}

std::string bodyFingerprint(std::string_view body)
{
    return sha256Hex(normalizeKey(withoutUrls(body)));
}

BodySignature bodySignatureOfKey(const std::u32string &key)
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
    std::ranges::sort(shingles);
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    if (shingles.size() < static_cast<std::size_t>(kMinShingles))
        return sig;
    // Four permutations at a time over all shingles, their minima in registers; the top 16 bits
    // of the minimum are the minimum of the top 16 bits, so one shift per value at the end.
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
        sig.minhash[i] = static_cast<std::uint16_t>(m0 >> 48);
        sig.minhash[i + 1] = static_cast<std::uint16_t>(m1 >> 48);
        sig.minhash[i + 2] = static_cast<std::uint16_t>(m2 >> 48);
        sig.minhash[i + 3] = static_cast<std::uint16_t>(m3 >> 48);
    }
    sig.bands = minhashBands(sig.minhash);
    sig.valid = true;
    return sig;
}

std::array<std::int64_t, kMinHashBands> minhashBands(const MinHash &minhash)
{
    std::array<std::int64_t, kMinHashBands> bands{};
    for (std::size_t band = 0; band < static_cast<std::size_t>(kMinHashBands); ++band) {
        std::uint64_t h = splitmix(0xba4dULL + band);
        for (std::size_t r = 0; r < static_cast<std::size_t>(kMinHashRows); ++r)
            h = splitmix(h ^ minhash[band * kMinHashRows + r]);
        bands[band] = static_cast<std::int64_t>(h);
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
