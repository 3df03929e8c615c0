#include "extract/lexicon.h"

#include "common/fields.h"
#include "common/utf.h"
#include "embedded_resources.h"
#include "ingest/sha256.h"

#include <algorithm>
#include <atomic>
#include <cstdint>

namespace sillok::core {

Result<Lexicon> Lexicon::fromTsv(std::string_view tsv)
{
    Lexicon lex;
    lex.m_fingerprint = sha256Hex(tsv).substr(0, 16);
    lex.renew();
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
        if (cat.notes.emplace(form, cols.size() > 2 ? std::string(cols[2]) : std::string()).second)
            cat.byLength.push_back(std::move(form));
    }
    for (auto &[name, cat] : lex.m_categories) {
        std::ranges::stable_sort(cat.byLength, [](const auto &a, const auto &b) { return a.size() > b.size(); });
        for (std::size_t i = 0; i < cat.byLength.size(); ++i)
            cat.byLastChar[cat.byLength[i].back()].push_back(i);
    }
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
        if (cat.notes.emplace(form, std::string()).second)
            cat.byLength.push_back(std::move(form));
    }
    std::ranges::stable_sort(cat.byLength, [](const auto &a, const auto &b) { return a.size() > b.size(); });
    cat.byLastChar.clear();
    for (std::size_t i = 0; i < cat.byLength.size(); ++i)
        cat.byLastChar[cat.byLength[i].back()].push_back(i);
}

void Lexicon::renew()
{
    static std::atomic<std::uint64_t> next{1};
    m_instance = next.fetch_add(1);
}

const Lexicon::Category *Lexicon::category(std::string_view name) const
{
    struct Slot {
        const Lexicon *lexicon = nullptr;
        std::uint64_t instance = 0;
        const char *data = nullptr;
        std::size_t size = 0;
        const Category *category = nullptr;
    };
    thread_local Slot slots[64];
    Slot &slot = slots[(reinterpret_cast<std::uintptr_t>(name.data()) >> 3) % 64];
    if (slot.lexicon == this && slot.instance == m_instance && slot.data == name.data() && slot.size == name.size()
        && std::string_view(slot.data, slot.size) == name)
        return slot.category; // the same literal as last time (checked: a reused buffer may hold another name)
    const auto it = m_categories.find(name);
    const Category *found = it == m_categories.end() ? nullptr : &it->second;
    // Only names that stay put are remembered: a literal's bytes never change, and the check above
    // compares the bytes anyway.
    slot = Slot{this, m_instance, name.data(), name.size(), found};
    return found;
}

bool Lexicon::has(std::string_view category, std::u32string_view form) const
{
    const Category *c = this->category(category);
    return c != nullptr && c->notes.find(form) != c->notes.end();
}

std::string Lexicon::note(std::string_view category, std::u32string_view form) const
{
    const Category *c = this->category(category);
    if (c == nullptr)
        return {};
    const auto n = c->notes.find(form);
    return n == c->notes.end() ? std::string() : n->second;
}

const std::vector<std::u32string> &Lexicon::forms(std::string_view category) const
{
    static const std::vector<std::u32string> empty;
    const Category *c = this->category(category);
    return c == nullptr ? empty : c->byLength;
}

bool Lexicon::startsWithForm(std::string_view category, std::u32string_view word) const
{
    return std::ranges::any_of(forms(category), [&](const std::u32string &form) { return word.starts_with(form); });
}

std::u32string_view Lexicon::suffixIn(std::string_view category, std::u32string_view word) const
{
    const Category *c = this->category(category);
    if (c == nullptr || word.empty())
        return {};
    const auto bucket = c->byLastChar.find(word.back());
    if (bucket == c->byLastChar.end())
        return {};
    for (const std::size_t i : bucket->second) { // longest first
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
