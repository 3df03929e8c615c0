#pragma once
// The extractor's word lists (resources/gazetteer/lexicon.tsv, `category<TAB>form<TAB>note`):
// person titles, organisation suffixes, initiative and meeting head nouns, surnames, foreign
// given names, generic modifiers and stop words. Immutable after loading; thread-safe to share.

#include "common/result.h"
#include "common/string_hash.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sillok::core {

// A category's name as a call site writes it. Only a string literal (or another array of static
// storage known at compile time) converts: Lexicon's per-thread cache of categories keys a name by
// the address of its bytes and never compares them, which is only sound for bytes that never move
// or change. A name built at run time does not compile (tests/extract/lexicon_test.cpp says so).
class LexiconCategory {
public:
    template <std::size_t N>
    consteval LexiconCategory(const char (&name)[N]) : m_name(name, N - 1) // NOLINT(google-explicit-constructor)
    {}
    constexpr std::string_view name() const { return m_name; }

private:
    std::string_view m_name;
};

class Lexicon {
public:
    // Parses the TSV (a header line starting with "category" and '#' comments are skipped).
    static Result<Lexicon> fromTsv(std::string_view tsv);
    // The embedded lexicon; loaded once, thread-safe. Empty when the resource is missing.
    // It also holds the category "common_noun": the common Korean nouns of Debian's hunspell-ko
    // dictionary, read at build time (resources/CMakeLists.txt; empty without the package).
    static const Lexicon &builtin();
    // Adds every line of `lines` (UTF-8, one form a line) to `category`, without notes.
    void addWords(std::string_view category, std::string_view lines);

    bool has(LexiconCategory category, std::u32string_view form) const;
    // The note of a form ("" when absent): kinds for heads, e.g. "meeting" / "strategy". The
    // reference stays valid as long as the lexicon.
    const std::string &note(LexiconCategory category, std::u32string_view form) const;
    // All forms of a category, longest first.
    const std::vector<std::u32string> &forms(LexiconCategory category) const;
    // The longest form of `category` that ends `word` (empty view when none).
    std::u32string_view suffixIn(LexiconCategory category, std::u32string_view word) const;
    // True when a form of `category` ends with the letter `last` (a scan of the forms that end a word
    // can be skipped when none does).
    bool hasFormEndingWith(LexiconCategory category, char32_t last) const;
    // True when `word` begins with a form of `category` (a verb stem before its ending: 참석했다).
    bool startsWithForm(LexiconCategory category, std::u32string_view word) const;
    std::size_t size() const;
    // The first 16 hex digits of the SHA-256 of the TSV it was parsed from.
    const std::string &fingerprint() const { return m_fingerprint; }

private:
    // The forms of a category, longest first (equal lengths in the order they were added), their
    // notes alongside, and an open-addressing table over them: has() and note() hash the form once
    // and mostly touch one slot; a form absent from a small category is rejected in one probe.
    struct Category {
        std::vector<std::u32string> byLength;
        std::vector<std::string> notes; // parallel to byLength
        struct Slot {
            std::uint32_t hash = 0;
            std::uint32_t index = 0; // into byLength, plus one; 0: empty
        };
        // A power of two, at least twice the forms.
        std::vector<Slot> table;
        // The indexes into byLength of the forms with a given letter, in byLength's order, in one
        // flat array behind an open-addressing table of letters (asked for every token: no node to
        // chase, no division to find the bucket).
        struct LetterBuckets {
            struct Slot {
                char32_t letter = 0;
                std::uint32_t begin = 0, end = 0; // into indexes; end == 0: empty
            };
            std::vector<Slot> entries; // a power of two, at least twice the letters
            std::vector<std::uint32_t> indexes;
            void build(const std::vector<std::u32string> &forms, bool last);
            // The indexes of the forms with `letter` (empty when none).
            std::span<const std::uint32_t> find(char32_t letter) const
            {
                if (entries.empty())
                    return {};
                const std::size_t mask = entries.size() - 1;
                for (std::size_t i = ((letter * 0x9E3779B1U) >> 7) & mask;; i = (i + 1) & mask) {
                    const Slot &slot = entries[i];
                    if (slot.end == 0)
                        return {};
                    if (slot.letter == letter)
                        return std::span<const std::uint32_t>(indexes).subspan(slot.begin, slot.end - slot.begin);
                }
            }
        };
        LetterBuckets byLastChar;
        LetterBuckets byFirstChar; // the same, by first letter
        // Most look-ups miss, and most categories are small: a bit for each length of a form (63:
        // 63 or more) and for the low byte of each first and last letter answer most misses
        // before the form is hashed or a bucket looked up.
        std::uint64_t lengths = 0;
        std::array<std::uint64_t, 4> firstLetters{};
        std::array<std::uint64_t, 4> lastLetters{};
        static bool hasLetter(const std::array<std::uint64_t, 4> &bits, char32_t c)
        {
            return ((bits[(c >> 6) & 3] >> (c & 63)) & 1) != 0;
        }
        bool mayHold(std::u32string_view form) const
        {
            return ((lengths >> std::min<std::size_t>(form.size(), 63)) & 1) != 0
                   && (form.empty() || hasLetter(firstLetters, form.front()));
        }
        // Index into byLength of `form`, or -1.
        std::ptrdiff_t find(std::u32string_view form) const;
        // Sorts the forms longest first (stably) and rebuilds the table and the last-char index.
        void finish();
    };
    // Looked up on every rule test of every token: hashed, and in front of that a small per-thread
    // cache keyed by the address of the caller's literal (LexiconCategory).
    std::unordered_map<std::string, Category, StringHash, std::equal_to<>> m_categories;
    inline const Category *category(LexiconCategory name) const;  // defined in lexicon.cpp
    const Category *categoryMiss(std::string_view name) const;    // looks the name up, caches it
    // Changes whenever the categories change (fromTsv, addWords): the per-thread cache of category()
    // never trusts an entry made for another instance that happened to live at the same address.
    std::uint64_t m_instance = 0;
    void renew();
    std::string m_fingerprint;
};

} // namespace sillok::core
