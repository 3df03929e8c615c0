#pragma once
// Known organisations of the field (resources/gazetteer/organizations.tsv: `id name kind
// country english aliases`, aliases '|'-separated) with lookup by any name and a matcher that
// finds every known name in a text. Immutable after loading; thread-safe to share.

#include "common/result.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sillok::core {

struct GazetteerEntry {
    std::string id;
    std::string name; // canonical (Korean official name when there is one)
    std::string kind; // government | company | research | university | association | alliance | media | other
    std::string country;
    std::string english;
    std::vector<std::string> aliases; // other names, any script (canonical not repeated)
};

struct GazetteerMatch {
    int start = 0; // code points in the searched text
    int end = 0;
    int entry = -1; // index into Gazetteer::entries()
};

class Gazetteer {
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    // Parses the TSV; the first line is the header. Fails on a row with fewer than 3 columns.
    static Result<Gazetteer> fromTsv(std::string_view tsv);
    // The embedded gazetteer (or the file named by $SILLOK_GAZETTEER), loaded once on first
    // use (thread-safe). Empty if it is missing.
    static const Gazetteer &builtin();

    const std::vector<GazetteerEntry> &entries() const { return m_entries; }
    // The first 16 hex digits of the SHA-256 of the TSV it was parsed from: a changed gazetteer
    // gives another fingerprint (part of the extractor version, see extraction_context.h).
    const std::string &fingerprint() const { return m_fingerprint; }
    // The entry one of whose names (canonical, alias or English) has the same normalised key
    // as `name` (case, spaces and punctuation ignored); nullptr when none.
    const GazetteerEntry *lookup(std::string_view name) const;
    // The entry with this id (GazetteerEntry::id); nullptr when none.
    const GazetteerEntry *byId(std::string_view id) const;
    int indexOf(std::string_view name) const; // -1 when unknown
    // Every name of the entity `name` belongs to: canonical first, then aliases and English.
    // Just {name} when it is unknown.
    std::vector<std::string> aliasGroup(std::string_view name) const;

    // All known names in `text`, longest match first, non-overlapping, in text order. A match
    // starts at a word boundary and may be followed only by a particle in the same eojeol
    // (과기정통부는, 리벨리온과); Latin names must sit on Latin token boundaries (KT, LG, SK).
    std::vector<GazetteerMatch> findAll(std::u32string_view text) const;
    std::vector<GazetteerMatch> findAll(std::string_view utf8Text) const;

private:
    struct Trie;
    void addKey(const std::string &name, int entry);
    std::vector<GazetteerEntry> m_entries;
    std::string m_fingerprint;
    std::unordered_map<std::string, int> m_byKey;
    std::unordered_map<std::string, int> m_byId;
    std::unique_ptr<Trie> m_trie;
};

} // namespace sillok::core
