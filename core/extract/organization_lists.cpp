// Coordinated lists of organisations: 사피온·퓨리오사AI·딥엑스 등 AI반도체 기업,
// NHN·KT·네이버클라우드 (a distributive suffix), 한빛칩(Hanbit Chip)·누리랩(Nuri Lab) 등 … 기업.
#include "extract/organization_builder.h"
#include "extract/organization_recognizer.h"
#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

// Items are single words separated by one list separator ('·', ','), each optionally followed
// by its English name in parentheses: 한빛칩(Hanbit Chip)·누리랩(Nuri Lab). Collects the items
// starting at token i into *items, with the ')' of each item's English name in *groups (0 when
// none).
void OrgBuilder::collectListItems(std::size_t i, std::vector<std::size_t> *items, std::vector<std::size_t> *groups) const
{
    const auto &toks = m_at.tokens();
    std::size_t k = i;
    while (k < toks.size() && !toks[k].punct) {
        items->push_back(k);
        const std::size_t close = k + 1 < toks.size() && toks[k].tail.empty() && !toks[k + 1].spaceBefore
                                      ? latinNameGroup(m_at, k + 1) : 0;
        groups->push_back(close);
        const std::size_t end = close ? close : k;
        // After an English name a particle may join the next pair: X(Eng)와 Y(Eng2).
        // (The name group may close the text: nothing follows it then.)
        const bool joiner = close && end + 1 < toks.size()
                            && (toks[end + 1].text == U"와" || toks[end + 1].text == U"과" || toks[end + 1].text == U"및");
        const bool more = end + 2 < toks.size() && (toks[end + 1].ch() == U',' || isListDot(toks[end + 1].ch()) || joiner)
                          && !toks[end + 2].punct && toks[k].tail.empty() && toks[end + 2].sentence == toks[k].sentence
                          && (!joiner || (end + 3 < toks.size() && toks[end + 3].ch() == U'(' && !toks[end + 3].spaceBefore));
        if (!more)
            break;
        k = end + 2;
    }
}

// A list is of organisations when one item is known and a class noun (`list_company_cue`:
// 기업, 업체…) follows within eight tokens, or known items are half of a list of three or more
// (or in parentheses); or when most items are 한글(English) pairs closed by 등 and a class noun.
bool OrgBuilder::isOrganizationList(const std::vector<std::size_t> &items, const std::vector<std::size_t> &groups, bool *companyCue) const
{
    const auto &toks = m_at.tokens();
    const std::size_t lastTok = groups.back() ? groups.back() : items.back();
    int knownCount = 0;
    for (auto idx : items)
        knownCount += covered(toks[idx].start, toks[idx].stemEnd) ? 1 : 0;
    *companyCue = false;
    for (std::size_t j = lastTok + 1; j < toks.size() && j < lastTok + 8; ++j) {
        if (!m_at.lexicon().suffixIn("list_company_cue", toks[j].stem).empty())
            *companyCue = true;
    }
    const int pairs = static_cast<int>(std::ranges::count_if(groups, [](std::size_t g) { return g > 0; }));
    // "… 등 AI반도체 기업": the list is closed by 등 before the class noun.
    const bool closedByDeung = toks[items.back()].tail == U"등" || (lastTok + 1 < toks.size() && toks[lastTok + 1].text == U"등");
    const bool inParens = items.front() > 0 && toks[items.front() - 1].ch() == U'(' && lastTok + 1 < toks.size()
                          && toks[lastTok + 1].ch() == U')';
    const auto n = static_cast<int>(items.size());
    const bool pairList = *companyCue && closedByDeung && pairs * 2 >= n;
    return pairList || (knownCount >= 1 && (*companyCue || (knownCount * 2 >= n && (n >= 3 || inParens))));
}

// Adds the items of an organisation list: English pairs, known names completed by a distributive
// suffix (NHN·KT·네이버클라우드 → NHN클라우드, KT클라우드), and bare nouns of a name's shape.
void OrgBuilder::addListItems(const std::vector<std::size_t> &items, const std::vector<std::size_t> &groups, bool companyCue)
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    const auto &lastStem = toks[items.back()].stem;
    const auto suffix = lex.suffixIn("company_suffix", lastStem);
    for (std::size_t n2 = 0; n2 < items.size(); ++n2) {
        const auto idx = items[n2];
        const auto &t = toks[idx];
        if (groups[n2] && !covered(t.start, t.stemEnd) && plausibleName(t) && (companyCue || !looksLikeKoreanName(m_at, t.stem))) {
            addPair(t, idx + 1, groups[n2], "company");
            continue;
        }
        if (idx != items.back() && !suffix.empty() && lastStem.size() > suffix.size() && t.tail.empty()) {
            const int entry = known(std::u32string(t.stem) + std::u32string(suffix));
            if (entry >= 0) {
                add(t.start, t.stemEnd, entry, u32(m_g.entries()[static_cast<std::size_t>(entry)].name),
                    m_g.entries()[static_cast<std::size_t>(entry)].kind);
                continue;
            }
        }
        if (covered(t.start, t.stemEnd) || !plausibleName(t) || (idx + 1 < toks.size() && lex.has("title", toks[idx + 1].stem))
            || (t.tail.empty() && !m_at.isBareNoun(t))) // 회사이고, …: a clause, not an item
            continue;
        if (looksLikeKoreanName(m_at, t.stem) && !companyCue)
            continue;
        addShape(t, "company", 0.8);
    }
}

void OrgBuilder::listPass()
{
    const auto &toks = m_at.tokens();
    std::size_t i = 0;
    std::vector<std::size_t> items; // reused: most tokens start a "list" of one
    std::vector<std::size_t> groups;
    while (i < toks.size()) {
        items.clear();
        groups.clear();
        collectListItems(i, &items, &groups);
        if (items.size() < 2) {
            ++i;
            continue;
        }
        i = (groups.back() ? groups.back() : items.back()) + 1;
        bool companyCue = false;
        if (isOrganizationList(items, groups, &companyCue))
            addListItems(items, groups, companyCue);
    }
}

} // namespace sillok::core::extract
