// Organisation passes that resolve a name through its neighbours: a bare ministry name shared by
// several countries (상무부), a body named with its parent ("국회 과학기술정보방송통신위원회"),
// and a Korean abbreviation given in parentheses ("(과방위)").
#include "extract/organization_builder.h"
#include "extract/text_scan.h"

#include <algorithm>
#include <map>

namespace sillok::core::extract {

namespace {

// Suffixes of bodies that sit inside a larger one: committees of a parliament, bureaus of a
// ministry, institutes and centres of an academy or university, graduate schools.
bool subUnitShaped(std::u32string_view name, const Lexicon &lex)
{
    for (const std::u32string &s : lex.forms("sub_unit_suffix")) {
        if (name.size() > s.size() + 1 && name.ends_with(s))
            return true;
    }
    return false;
}

bool isHanOrLatinWord(std::u32string_view w)
{
    return !w.empty() && std::ranges::all_of(w, [](char32_t c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || isLatin(c) || isDigit(c);
    });
}

bool parentKind(const std::string &kind) { return kind == "government" || kind == "university" || kind == "research"; }

} // namespace

// Gazetteer ministries named "<country> <bare>" whose bare name is ministry-shaped
// (`ministry_ending`: 상무부, 경제산업성), never a common word (정부 "the government") nor a
// gazetteer name of its own: bare name -> entries.
const std::map<std::u32string, std::vector<int>> &OrgBuilder::bareMinistries() const
{
    const auto &lex = m_at.lexicon();
    // Keyed by the dictionaries' fingerprints (hashes of their text), so an entry made for another
    // gazetteer or lexicon that happened to live at the same address is never reused.
    struct Cached {
        std::string gazetteer;
        std::string lexicon;
        std::map<std::u32string, std::vector<int>> byBare;
    };
    thread_local Cached cached{"-", "-", {}};
    if (cached.gazetteer == m_g.fingerprint() && cached.lexicon == lex.fingerprint())
        return cached.byBare;
    cached.gazetteer = "-"; // set again once the map is whole
    auto &byBare = cached.byBare;
    byBare.clear();
    const auto &entries = m_g.entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto name = u32(entries[i].name);
        const auto space = name.find(U' ');
        if (space == std::u32string::npos || name.find(U' ', space + 1) != std::u32string::npos || entries[i].kind != "government")
            continue;
        const auto country = name.substr(0, space);
        const auto bare = name.substr(space + 1);
        const bool ministry = !bare.empty() && lex.has("ministry_ending", bare.substr(bare.size() - 1));
        if (bare.size() >= 3 && ministry && lex.has("country", country) && !m_at.isGeneric(bare) && m_g.indexOf(u8(bare)) < 0)
            byBare[bare].push_back(static_cast<int>(i));
    }
    cached.gazetteer = m_g.fingerprint();
    cached.lexicon = lex.fingerprint();
    return byBare;
}

// The one entry of `options` whose country is named by a country word in tokens [first, last),
// -1 when none or several.
int OrgBuilder::onlyOptionOfCountryIn(const std::vector<int> &options, std::size_t first, std::size_t last) const
{
    const auto &lex = m_at.lexicon();
    const auto &toks = m_at.tokens();
    const auto &entries = m_g.entries();
    std::vector<int> named;
    for (std::size_t k = first; k < last && k < toks.size(); ++k) {
        if (toks[k].punct || !lex.has("country", toks[k].stem))
            continue;
        const auto code = lex.note("country", toks[k].stem);
        for (const int e : options) {
            if (entries[static_cast<std::size_t>(e)].country == code && std::ranges::find(named, e) == named.end())
                named.push_back(e);
        }
    }
    return named.size() == 1 ? named.front() : -1;
}

// The entry a bare ministry at token t stands for: the qualified one named last before it;
// else the one whose country its sentence names ("대만 행정원은 … 경제부가"); else the only one
// of them the article names; else the only one whose country the article names; else -1.
int OrgBuilder::chooseBareMinistry(const Token &t, const std::vector<int> &options, const std::vector<OrgCandidate> &live) const
{
    const auto isOption = [&](int e) { return std::ranges::find(options, e) != options.end(); };
    int chosen = -1;
    int lastStart = -1;
    for (const auto &c : live) {
        if (c.entry >= 0 && isOption(c.entry) && c.start < t.start && c.start > lastStart) {
            chosen = c.entry;
            lastStart = c.start;
        }
    }
    if (chosen < 0) {
        const auto [first, last] = m_at.sentenceTokens(m_at.sentenceAt(t.start));
        chosen = onlyOptionOfCountryIn(options, first, last);
    }
    if (chosen < 0) {
        std::vector<int> named;
        for (const auto &c : live) {
            if (c.entry >= 0 && isOption(c.entry) && std::ranges::find(named, c.entry) == named.end())
                named.push_back(c.entry);
        }
        if (named.size() == 1)
            chosen = named.front();
    }
    if (chosen < 0)
        chosen = onlyOptionOfCountryIn(options, 0, m_at.tokens().size());
    return chosen;
}

// 상무부, 경제부: a ministry named without its country, where the gazetteer has the same name
// under several countries ("미국 상무부", "중국 상무부") or only with the country ("대만 경제부").
void OrgBuilder::barePass()
{
    const auto &byBare = bareMinistries();
    if (byBare.empty())
        return;
    const auto live = m_cands.live();
    const auto &entries = m_g.entries();
    for (const auto &t : m_at.tokens()) {
        if (t.punct || covered(t.start, t.stemEnd))
            continue;
        const auto it = byBare.find(std::u32string(t.stem));
        if (it == byBare.end())
            continue;
        const int chosen = chooseBareMinistry(t, it->second, live);
        if (chosen < 0)
            continue;
        const auto &e = entries[static_cast<std::size_t>(chosen)];
        add(t.start, t.stemEnd, chosen, u32(e.name), e.kind);
    }
}

// "국회 과학기술정보방송통신위원회", "중국과학원 계산기술연구소", "서울대 반도체공동연구소": a
// known government body, university or institute right before a body shaped as one of its
// units names that unit. The parent's word is part of the unit's name there, not a mention of
// its own. A unit found by shape keeps its short form as an alias for later mentions.
void OrgBuilder::subUnitPass()
{
    const auto &text = m_at.text();
    const auto live = m_cands.live();
    for (const auto &unit : live) {
        if (unit.start < 2 || text[static_cast<std::size_t>(unit.start - 1)] != U' ')
            continue;
        const auto surface = text.substr(static_cast<std::size_t>(unit.start), static_cast<std::size_t>(unit.end - unit.start));
        if (!subUnitShaped(surface, m_at.lexicon()))
            continue;
        const OrgCandidate *parent = m_cands.firstEndingAt(unit.start - 1, [&](const OrgCandidate &c) {
            return c.entry >= 0 && c.entry != unit.entry && parentKind(c.kind);
        });
        if (!parent)
            continue;
        const std::size_t pk = m_at.tokenAt(parent->start);
        const std::size_t uk = m_at.tokenAt(unit.start);
        if (uk == 0 || m_at.tokens()[uk - 1].stemEnd != parent->end || !m_at.tokens()[uk - 1].tail.empty() || pk >= uk)
            continue;
        const int start = parent->start;
        const auto full = text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(unit.end - start));
        OrgCandidate merged = unit;
        merged.start = start;
        m_shortForms.emplace_back(surface, full);
        if (merged.entry < 0)
            merged.name = full;
        m_cands.drop(parent->start, parent->end);
        m_cands.drop(unit.start, unit.end);
        m_cands.push(std::move(merged));
    }
}

// "과학기술정보방송통신위원회(과방위)": a Hangul word in parentheses whose syllables all occur in
// order in the name before it, starting with its first, is that name's abbreviation.
void OrgBuilder::abbreviationPass()
{
    const auto &toks = m_at.tokens();
    for (std::size_t i = 1; i + 2 < toks.size(); ++i) {
        if (toks[i].ch() != U'(' || toks[i + 2].ch() != U')')
            continue;
        const auto &inner = toks[i + 1];
        const auto &before = toks[i - 1];
        if (inner.punct || inner.text != inner.stem || inner.stem.size() < 2 || inner.stem.size() > 5
            || !std::ranges::all_of(inner.stem, [](char32_t c) { return isHangul(c); }) || covered(inner.start, inner.end))
            continue;
        const OrgCandidate *at = m_cands.firstEndingAt(before.stemEnd, [](const OrgCandidate &) { return true; });
        if (!at)
            continue;
        const auto name = m_at.text().substr(static_cast<std::size_t>(at->start), static_cast<std::size_t>(at->end - at->start));
        if (name.size() < inner.stem.size() + 2)
            continue;
        // The abbreviation starts with the first syllable of one of the name's words.
        std::size_t pos = std::u32string::npos;
        for (std::size_t k = 0; k < name.size() && pos == std::u32string::npos; ++k) {
            if (name[k] == inner.stem[0] && (k == 0 || name[k - 1] == U' '))
                pos = k + 1;
        }
        bool inOrder = pos != std::u32string::npos;
        for (std::size_t k = 1; inOrder && k < inner.stem.size(); ++k) {
            const auto found = name.find(inner.stem[k], pos);
            inOrder = found != std::u32string::npos;
            pos = found + 1;
        }
        if (!inOrder)
            continue;
        const OrgCandidate copy = *at;
        add(inner.start, inner.end, copy.entry, copy.name, copy.kind);
        if (copy.entry < 0)
            m_shortForms.emplace_back(inner.stem, copy.name);
    }
}

// "캄브리콘(寒武紀·Cambricon)": the names in parentheses right after an organisation, set off by
// "·" or ",", are its other names (in Chinese characters or Latin), not a list of organisations.
void OrgBuilder::glossPass()
{
    const auto &toks = m_at.tokens();
    for (std::size_t i = 1; i + 2 < toks.size(); ++i) {
        if (toks[i].ch() != U'(')
            continue;
        const auto &before = toks[i - 1];
        const OrgCandidate *at = m_cands.firstEndingAt(before.stemEnd, [](const OrgCandidate &) { return true; });
        if (!at || before.punct)
            continue;
        std::size_t close = i + 1;
        while (close < toks.size() && close < i + 10 && toks[close].ch() != U')')
            ++close;
        if (close >= toks.size() || toks[close].ch() != U')')
            continue;
        // Items of one or more words, separated by · or ,; at least two, none with Hangul.
        std::vector<std::pair<std::size_t, std::size_t>> items;
        std::size_t first = i + 1;
        bool ok = true;
        for (std::size_t k = i + 1; k <= close && ok; ++k) {
            const bool sep = k == close || toks[k].ch() == U'·' || toks[k].ch() == U',' || toks[k].ch() == U'・';
            if (!sep) {
                ok = !toks[k].punct && isHanOrLatinWord(toks[k].text);
                continue;
            }
            ok = k > first;
            items.emplace_back(first, k - 1);
            first = k + 1;
        }
        if (!ok || items.size() < 2)
            continue;
        const OrgCandidate copy = *at;
        for (const auto &[a, b] : items) {
            if (!m_cands.overlaps(toks[a].start, toks[b].end))
                add(toks[a].start, toks[b].end, copy.entry, copy.name, copy.kind);
        }
    }
}

} // namespace sillok::core::extract
