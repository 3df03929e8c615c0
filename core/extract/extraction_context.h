#pragma once
// ExtractionContext: everything the extractor reads besides the article — the gazetteer, the
// lexicon, the calendar of dated events — and the version of the extractor they make together.
// The store is handed one (Library::open) and never reaches for a process-wide singleton, so
// tests choose their dictionaries and a re-extraction knows which build produced what is stored.
//
// The objects are borrowed: they must outlive every Library and extraction that uses the context.
// Immutable once built; thread-safe to share.

#include <string>

namespace sillok::core {

class EventCalendar;
class Gazetteer;
class Lexicon;

// Bumped whenever the extractor's code finds something different on the same text (a rule added,
// changed or removed). Data changes (the TSVs) change the version by themselves, through their
// fingerprints.
inline constexpr int kExtractorRulesVersion = 2;

struct ExtractionContext {
    const Gazetteer *gazetteer = nullptr;
    const Lexicon *lexicon = nullptr;
    const EventCalendar *calendar = nullptr;

    // "<rules version>-<16 hex digits>": kExtractorRulesVersion and a hash of the three
    // fingerprints. Two contexts with the same version extract the same from the same text.
    std::string version() const;

    // The embedded dictionaries (or $SILLOK_GAZETTEER): what the CLI and the GUI use.
    static const ExtractionContext &builtin();
};

} // namespace sillok::core
