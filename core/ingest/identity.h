#pragma once
// What makes two files the same story, independently of where they lie.
//
//  * canonicalUrlKey: a page's own address (og:url, <link rel=canonical>, a scraped .txt's source
//    line) reduced to a comparable key — no scheme, lower-case host without "www.", no fragment,
//    no tracking parameters, no trailing slash.
//  * bodyFingerprint: SHA-256 of the cleaned body's key form (letters and digits only, folded;
//    URLs dropped), so other line breaks, spacing or punctuation give the same fingerprint.
//  * MinHash: a signature of the body's 5-code-point shingles (over the same key form) for
//    near-duplicates — wire copies, re-scrapes with other furniture, small edits. kBands bands
//    of kRows values each are hashed to band keys; two bodies share a band key with probability
//    1 - (1 - J^kRows)^kBands for Jaccard similarity J (J = 0.7: 0.975; J = 0.4: 0.2), and the
//    candidates a band index finds are confirmed by the signatures' estimated similarity.
// Pure functions; thread-safe.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

inline constexpr int kMinHashRows = 5;
inline constexpr int kMinHashBands = 20;
inline constexpr int kMinHashSize = kMinHashRows * kMinHashBands; // 100 values
// Estimated Jaccard similarity from which a body is a copy of another, when their publication
// days (if both are known) are at most kNearDuplicateDays apart. Measured (tests/store/
// identity_test.cpp, bench/store/scale_bench): the closest two distinct stories of the sample
// corpus, the seeds and the three holdouts (88 articles; two outlets on the K-Cloud plan) are at
// 0.09; a wire copy with its own byline, a few words edited and the last paragraph cut is at
// 0.99. gen_corpus articles (six of ~90 seed paragraphs each, random dates) reach 0.91: at 0.6
// and without the date rule 318 of 3,000 were folded, with both rules none of 5,000.
inline constexpr double kNearDuplicateSimilarity = 0.85;
inline constexpr int kNearDuplicateDays = 3;
// Bands a stored body must share with a new one before their signatures are compared.
inline constexpr int kMinBandHits = 3;
// Bodies shorter than this many shingles are matched by their exact fingerprint only.
inline constexpr int kMinShingles = 40;

// Each value keeps the top 16 bits of its permutation's minimum (b-bit MinHash): two unequal
// minima share them once in 65,536, which moves a similarity of 0.85 by less than 0.0001, and a
// stored signature takes 200 bytes instead of 400 (docs/performance.md, migration 11).
using MinHash = std::array<std::uint16_t, kMinHashSize>;

// "" when `url` is not an absolute http(s) URL.
std::string canonicalUrlKey(std::string_view url);

// The URL a scraped text states as its source: a line near the top or the end that is a bare
// http(s) URL or one after a label (원문, 원문보기, 기사원문, 출처, 기사 URL, URL, Source, Link,
// Original). "" when there is none. `lines` are the file's trimmed lines in order.
std::string sourceLineUrl(const std::vector<std::string> &lines);

// The key form the fingerprint and the shingles are taken from, in UTF-8 (letters only, so it
// converts to UTF-32 and back unchanged) and in UTF-32.
std::string fingerprintKey(std::string_view body);
std::u32string fingerprintText(std::string_view body);

// Hex SHA-256 of fingerprintText(body).
std::string bodyFingerprint(std::string_view body);

struct BodySignature {
    bool valid = false; // false when the body has fewer than kMinShingles shingles
    MinHash minhash{};
    std::array<std::int64_t, kMinHashBands> bands{}; // one key per band (32-bit range), distinct across bands
};

BodySignature bodySignature(std::string_view body);
BodySignature bodySignatureOfKey(const std::u32string &key);
// bodySignatureOfKey takes the minima with AVX2 when the processor has it; these let a test compare
// that path with the portable one.
bool minhashHasAvx2();
BodySignature bodySignatureOfKeyPortable(const std::u32string &key);

// Share of equal values: the estimated Jaccard similarity of the two bodies' shingle sets.
double minhashSimilarity(const MinHash &a, const MinHash &b);

// The LSH band keys of a signature (BodySignature::bands), e.g. of one read back from the store.
std::array<std::int64_t, kMinHashBands> minhashBands(const MinHash &minhash);
// Little-endian bytes of a signature, and back (false when `blob` has the wrong size; a
// signature stored before migration 11, four bytes a value, is read as its top 16 bits).
std::string minhashBytes(const MinHash &m);
bool minhashFromBytes(std::string_view blob, MinHash &out);

} // namespace sillok::core
