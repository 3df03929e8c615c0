#include "extract/lexicon.h"

#include "common/fields.h"
#include "common/utf.h"
#include "embedded_resources.h"
#include "ingest/sha256.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <unordered_set>

namespace sillok::core {

namespace {

std::uint32_t formHash(std::u32string_view form)
{
    std::uint64_t h = 14695981039346656037ULL; // FNV-1a over the code points
    for (const char32_t c : form)
        h = (h ^ c) * 1099511628211ULL;
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

} // namespace

std::ptrdiff_t Lexicon::Category::find(std::u32string_view form) const
{
    if (table.empty() || !mayHold(form))
        return -1;
    const std::uint32_t h = formHash(form);
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = table[i];
        if (slot.index == 0)
            return -1;
        if (slot.hash == h && byLength[slot.index - 1] == form)
            return static_cast<std::ptrdiff_t>(slot.index - 1);
    }
}

void Lexicon::Category::LetterBuckets::build(const std::vector<std::u32string> &forms, bool last)
{
    std::vector<std::pair<char32_t, std::uint32_t>> byLetter; // (letter, index), sorted stably by letter
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (!forms[i].empty())
            byLetter.emplace_back(last ? forms[i].back() : forms[i].front(), static_cast<std::uint32_t>(i));
    }
    std::ranges::stable_sort(byLetter, {}, &std::pair<char32_t, std::uint32_t>::first);
    indexes.clear();
    entries.clear();
    std::vector<Slot> runs;
    for (const auto &[letter, index] : byLetter) {
        if (runs.empty() || runs.back().letter != letter)
            runs.push_back(Slot{letter, static_cast<std::uint32_t>(indexes.size()), 0});
        indexes.push_back(index);
        runs.back().end = static_cast<std::uint32_t>(indexes.size());
    }
    if (runs.empty())
        return;
    std::size_t size = 8;
    while (size < runs.size() * 2)
        size *= 2;
    entries.assign(size, Slot{});
    for (const Slot &run : runs) {
        std::size_t k = ((run.letter * 0x9E3779B1U) >> 7) & (size - 1);
        while (entries[k].end != 0)
            k = (k + 1) & (size - 1);
        entries[k] = run;
    }
}

void Lexicon::Category::finish()
{
    std::vector<std::size_t> order(byLength.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::ranges::stable_sort(order,
                             [&](std::size_t a, std::size_t b) { return byLength[a].size() > byLength[b].size(); });
    std::vector<std::u32string> forms;
    std::vector<std::string> notesSorted;
    forms.reserve(order.size());
    notesSorted.reserve(order.size());
    for (const std::size_t i : order) {
        forms.push_back(std::move(byLength[i]));
        notesSorted.push_back(std::move(notes[i]));
    }
    byLength = std::move(forms);
    notes = std::move(notesSorted);
    lengths = 0;
    firstLetters = {};
    lastLetters = {};
    const auto mark = [](std::array<std::uint64_t, 4> &bits, char32_t c) { bits[(c >> 6) & 3] |= 1ULL << (c & 63); };
    for (std::size_t i = 0; i < byLength.size(); ++i) {
        const std::u32string &form = byLength[i];
        lengths |= 1ULL << std::min<std::size_t>(form.size(), 63);
        if (form.empty())
            continue;
        mark(firstLetters, form.front());
        mark(lastLetters, form.back());
    }
    byLastChar.build(byLength, true);
    byFirstChar.build(byLength, false);
    std::size_t size = 8;
    while (size < byLength.size() * 2)
        size *= 2;
    table.assign(size, Slot{});
    for (std::size_t i = 0; i < byLength.size(); ++i) {
        const std::uint32_t h = formHash(byLength[i]);
        std::size_t k = h & (size - 1);
        while (table[k].index != 0)
            k = (k + 1) & (size - 1);
        table[k] = Slot{h, static_cast<std::uint32_t>(i + 1)};
    }
}

Result<Lexicon> Lexicon::fromTsv(std::string_view tsv)
{
    Lexicon lex;
    lex.m_fingerprint = sha256Hex(tsv).substr(0, 16);
    lex.renew();
    std::unordered_map<std::string, std::unordered_set<std::u32string>> seen;
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < tsv.size()) {
        auto nl = tsv.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = tsv.size();
        std::string_view line = tsv.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#' || (lineNo == 1 && line.starts_with("category")))
            continue;
        const auto cols = splitFields(line, '\t');
        if (cols.size() < 2 || cols[0].empty() || cols[1].empty())
            return fail(ErrorCode::Parse, "lexicon line " + std::to_string(lineNo) + ": expected category<TAB>form");
        auto &cat = lex.m_categories[std::string(cols[0])];
        auto form = toU32(cols[1]);
        if (seen[std::string(cols[0])].insert(form).second) { // the first line of a form gives its note
            cat.byLength.push_back(std::move(form));
            cat.notes.push_back(cols.size() > 2 ? std::string(cols[2]) : std::string());
        }
    }
    for (auto &[name, cat] : lex.m_categories)
        cat.finish();
    return lex;
}

const Lexicon &Lexicon::builtin()
{
    static const Lexicon instance = [] {
        auto parsed = fromTsv(sillok::resources::embeddedFile("gazetteer/lexicon.tsv"));
        Lexicon lex = parsed ? std::move(*parsed) : Lexicon();
        lex.addWords("common_noun", sillok::resources::embeddedFile("generated/common_words.txt"));
        return lex;
    }();
    return instance;
}

void Lexicon::addWords(std::string_view category, std::string_view lines)
{
    m_fingerprint = sha256Hex(m_fingerprint + std::string(category) + std::string(lines)).substr(0, 16);
    renew();
    auto &cat = m_categories[std::string(category)];
    std::unordered_set<std::u32string> added;
    std::size_t pos = 0;
    while (pos < lines.size()) {
        auto nl = lines.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = lines.size();
        const auto line = lines.substr(pos, nl - pos);
        pos = nl + 1;
        if (line.empty())
            continue;
        auto form = toU32(line);
        if (cat.find(form) < 0 && added.insert(form).second) {
            cat.byLength.push_back(std::move(form));
            cat.notes.emplace_back();
        }
    }
    cat.finish();
}

void Lexicon::renew()
{
    static std::atomic<std::uint64_t> next{1};
    m_instance = next.fetch_add(1);
}

namespace {

// A per-thread cache of category(): which category a name passed at a call site is. Plain data,
// zero-initialised, so a thread's first use runs no initialiser.
struct CategorySlot {
    const void *lexicon;
    std::uint64_t instance;
    const char *data;
    std::size_t size;
    const void *category;
};

// Hundreds of call sites each pass their own literal: with 64 slots indexed by the address alone,
// literals a multiple of 512 bytes apart kept evicting each other (a quarter of the calls hashed
// the name). 512 slots, the address's bits folded.
constexpr std::size_t kCategorySlots = 512;

CategorySlot &categorySlot(const char *data)
{
    thread_local CategorySlot slots[kCategorySlots];
    const auto address = reinterpret_cast<std::uintptr_t>(data);
    return slots[((address >> 3) ^ (address >> 12)) % kCategorySlots];
}

} // namespace

// Called for every rule test of every token: the hit is inlined into has(), forms() and the
// others; a miss looks the name up and remembers it. Names are literals (LexiconCategory accepts
// nothing else: their bytes stay at their address), so a slot with the same address and size is the
// same name: comparing the bytes there would compare them with themselves.
inline const Lexicon::Category *Lexicon::category(LexiconCategory wanted) const
{
    const std::string_view name = wanted.name();
    const CategorySlot &slot = categorySlot(name.data());
    if (slot.lexicon == this && slot.instance == m_instance && slot.data == name.data() && slot.size == name.size())
        return static_cast<const Category *>(slot.category);
    return categoryMiss(name);
}

const Lexicon::Category *Lexicon::categoryMiss(std::string_view name) const
{
    const auto it = m_categories.find(name);
    const Category *found = it == m_categories.end() ? nullptr : &it->second;
    categorySlot(name.data()) = CategorySlot{this, m_instance, name.data(), name.size(), found};
    return found;
}

bool Lexicon::has(LexiconCategory category, std::u32string_view form) const
{
    const Category *c = this->category(category);
    return c != nullptr && c->find(form) >= 0;
}

const std::string &Lexicon::note(LexiconCategory category, std::u32string_view form) const
{
    static const std::string none;
    const Category *c = this->category(category);
    if (c == nullptr)
        return none;
    const std::ptrdiff_t i = c->find(form);
    return i < 0 ? none : c->notes[static_cast<std::size_t>(i)];
}

const std::vector<std::u32string> &Lexicon::forms(LexiconCategory category) const
{
    static const std::vector<std::u32string> empty;
    const Category *c = this->category(category);
    return c == nullptr ? empty : c->byLength;
}

bool Lexicon::startsWithForm(LexiconCategory category, std::u32string_view word) const
{
    const Category *c = this->category(category);
    if (c == nullptr)
        return false;
    if ((c->lengths & 1) != 0)
        return true; // an empty form starts every word
    if (word.empty() || !Category::hasLetter(c->firstLetters, word.front()))
        return false; // no form starts with this letter
    // Only the forms with the word's first letter are compared (a sentence scan asks this of every
    // token: the bits above let through a letter that shares its low byte with a form's).
    return std::ranges::any_of(c->byFirstChar.find(word.front()),
                               [&](std::size_t i) { return word.starts_with(c->byLength[i]); });
}

bool Lexicon::hasFormEndingWith(LexiconCategory category, char32_t last) const
{
    const Category *c = this->category(category);
    return c != nullptr && Category::hasLetter(c->lastLetters, last) && !c->byLastChar.find(last).empty();
}

std::u32string_view Lexicon::suffixIn(LexiconCategory category, std::u32string_view word) const
{
    const Category *c = this->category(category);
    if (c == nullptr || word.empty() || !Category::hasLetter(c->lastLetters, word.back()))
        return {};
    for (const std::size_t i : c->byLastChar.find(word.back())) { // longest first
        const auto &form = c->byLength[i];
        if (word.size() >= form.size() && word.ends_with(form))
            return word.substr(word.size() - form.size());
    }
    return {};
}

std::size_t Lexicon::size() const
{
    std::size_t n = 0;
    for (const auto &[name, cat] : m_categories)
        n += cat.byLength.size();
    return n;
}

} // namespace sillok::core
