#pragma once
// Deterministic input mutation for the pipeline fuzzer (fuzz_pipeline.cpp).
//
// FuzzRng is a SplitMix64 generator with its own range arithmetic, so a (seed, iteration) pair
// gives the same input on every platform and standard library. Mutator::make() builds one input
// from the seed files by stacking 1-8 mutations (two inputs in three keep their encoding intact) aimed at the pipeline's parsers: encodings
// (bad UTF-8, lone surrogates, BOMs, odd UTF-16, broken EUC-KR pairs), HTML (unclosed script,
// comment and CDATA, 5000-deep nesting, huge attributes, meta charsets) and the date and
// ordinal grammars (2024.13.45, 제99999999999차, 30-digit runs before 일/월/년/차).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::fuzz {

class FuzzRng {
public:
    explicit FuzzRng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, n); 0 when n == 0.
    std::size_t below(std::size_t n);
    // True with probability 1/n.
    bool oneIn(std::size_t n) { return below(n) == 0; }

private:
    std::uint64_t m_state;
};

// One generated input: the bytes and the file name the pipeline sees (its extension picks the
// reader: .txt, .html, .htm, or none for sniffing).
struct FuzzInput {
    std::string bytes;
    std::string fileName;
    std::string recipe; // the mutations applied, for the report
};

class Mutator {
public:
    // `seeds` are the files' bytes (not empty). `maxBytes` caps the generated input size.
    Mutator(std::vector<std::string> seeds, std::size_t maxBytes);

    // The input of iteration `iteration` under `campaignSeed`; a pure function of both.
    FuzzInput make(std::uint64_t campaignSeed, std::uint64_t iteration) const;

private:
    void mutate(FuzzRng &rng, std::string &data, std::string &recipe, bool textOnly) const;
    std::vector<std::string> m_seeds;
    std::size_t m_maxBytes;
};

} // namespace sillok::fuzz
