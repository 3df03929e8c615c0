#pragma once
// Korean particle (조사) and ending stripping for ONE eojeol (a space-delimited word piece).
//
// Rules (docs/korean-text-notes.md §2.4): only a suffix is stripped, longest particle first;
// the particle must agree with the stem's final consonant (이/은/을/과/으로 after a 받침,
// 가/는/를/와/로 after a vowel; 로 also after ㄹ); the stem keeps at least 2 syllables.
// After a Latin letter or digit (HBM은, LG가) the agreement test is skipped and 1 character
// of stem is enough. Protections, in order: the caller's isProtected(eojeol); a person-name
// candidate (common surname + 2 syllables ending in 은/만/도, e.g. 김정은, 이수만); the
// exception list of nouns that end like a particle (회의/협의/논의…, 결과/성과…, 한반도,
// 마이크로, 회로…), which blocks a strip that would cut inside such a noun.
//
// Input is expected in folded form (text/normalize.h) or NFC; all functions are pure,
// thread-safe and never throw.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct ParticleOptions {
    // Also strip 하다/되다/시키다 verb endings (발표했다 → 발표, 개최한다 → 개최). Meant for
    // search stems, not for entity names.
    bool verbEndings = false;
    // Keep person-name candidates (김정은) whole.
    bool protectNames = true;
    // Called with the whole eojeol; returning true keeps it whole (gazetteer/alias hit).
    std::function<bool(std::u32string_view)> isProtected;
};

// The most likely stem: the eojeol with its longest valid particle removed, or the eojeol
// itself when nothing may be stripped. Conservative enough for entity-name normalization.
std::u32string stripParticle(std::u32string_view eojeol, const ParticleOptions &options = {});
std::string stripParticle(std::string_view eojeolUtf8, const ParticleOptions &options = {});

// Every plausible stem (never the eojeol itself), longest particle first, duplicates removed;
// includes the stem without a plural 들 (기업들이 → 기업들, 기업). Empty when nothing may be
// stripped. Meant for colocated index tokens, where an extra reading costs little.
std::vector<std::u32string> stemCandidates(std::u32string_view eojeol, const ParticleOptions &options = {});
std::vector<std::string> stemCandidates(std::string_view eojeolUtf8, const ParticleOptions &options = {});

// Allocation-free form for the tokenizer: every stem is a prefix of the eojeol, so this
// writes the prefix lengths (code points) of stemCandidates() into out[0..maxOut) and returns
// how many it wrote.
int stemPrefixLengths(std::u32string_view eojeol, const ParticleOptions &options, std::size_t *out, int maxOut);

// True when `text` is exactly one particle of the table (는, 에서, 으로…), e.g. the piece
// left over after a Latin token in "퓨리오사AI는".
bool isParticle(std::u32string_view text);

// A 3-syllable eojeol made of a common surname + 2 syllables ending in 은/만/도 whose
// 2-syllable stem is not a common noun (장관은, 한국은 are not names).
bool isPersonNameCandidate(std::u32string_view eojeol);

} // namespace sillok::core
