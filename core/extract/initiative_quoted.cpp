// Private to core/extract: the Scanner passes (initiative_recognizer_internal.h) that read a
// name off its quotation marks or its legal form: quoted names, numbered acts, laws with an
// English title, compound laws, rules with an acronym, and a name quoted right after its kind.
#include "extract/initiative_recognizer_internal.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace initiative_internal;

namespace {

bool isUpperAcronymWord(std::u32string_view w)
{
    return w.size() >= 2 && w.size() <= 6
           && std::ranges::all_of(w, [](char32_t c) { return (c >= U'A' && c <= U'Z') || isDigit(c); })
           && w.front() >= U'A' && w.front() <= U'Z';
}

// "스타게이트(Stargate) 프로젝트": the name without the English gloss inside it, and the gloss.
// A gloss counts only when Latin and followed by a space: "인공지능(AI)-반도체" keeps its own
// spelling (see abbreviatedKey).
std::pair<std::u32string, std::u32string> withoutInnerGloss(std::u32string_view name)
{
    const auto open = name.find(U'(');
    const auto close = name.find(U')');
    if (open == std::u32string_view::npos || close == std::u32string_view::npos || close < open + 2
        || close + 1 >= name.size() || name[close + 1] != U' ' || open == 0 || isSpace(name[open - 1]))
        return {std::u32string(name), {}};
    const auto gloss = name.substr(open + 1, close - open - 1);
    if (!std::ranges::all_of(gloss, [](char32_t c) { return isLatin(c) || isDigit(c) || c == U' ' || c == U'-'; })
        || std::ranges::none_of(gloss, [](char32_t c) { return isLatin(c); }))
        return {std::u32string(name), {}};
    return {std::u32string(name.substr(0, open)) + std::u32string(name.substr(close + 1)), std::u32string(gloss)};
}

} // namespace

namespace initiative_internal {

// "(TCIP)" / "(CHIPS Act)" right after token `k - 1`: the Latin words inside, else empty.
std::u32string latinApposition(const ArticleText &at, std::size_t k)
{
    const auto &toks = at.tokens();
    if (k >= toks.size() || toks[k].ch() != U'(')
        return {};
    std::size_t close = k + 1;
    while (close < toks.size() && close < k + 9 && toks[close].ch() != U')')
        ++close;
    if (close >= toks.size() || toks[close].ch() != U')' || close == k + 1)
        return {};
    for (std::size_t j = k + 1; j < close; ++j) {
        if (!std::ranges::all_of(toks[j].stem, [](char32_t c) { return isLatin(c) || isDigit(c) || c == U'-'; }))
            return {};
    }
    // Past three words only an English title of an initiative: "(Chip-driven Taiwan Industrial
    // Innovation Initiative)".
    if (close > k + 4) {
        const auto &last = toks[close - 1].stem;
        if (!at.lexicon().has("initiative_title_en", last))
            return {};
    }
    return at.text().substr(static_cast<std::size_t>(toks[k + 1].start),
                            static_cast<std::size_t>(toks[close - 1].stemEnd - toks[k + 1].start));
}

// A verbal noun's future adnominal (투자할, 책정할: three syllables or more, so not 역할 or 분할)
// right before the quote's last word.
bool Scanner::quotedClause(const Quote &q) const
{
    if (q.close < q.open + 3)
        return false;
    const auto &w = m_toks[q.close - 2].text;
    return w.size() >= 3 && w.ends_with(U"할");
}

// Quoted names with an initiative head, inside the quote or right after it ("‘K-클라우드’ 구상").
// With the head outside, the quoted words are the name as the article uses it: an alias.
void Scanner::quotedNames()
{
    for (const auto &q : m_quotes) {
        const auto sameEnd = m_spansByEnd.find(q.end);
        if (organizationAt(m_spans, q.start, q.end) >= 0 && sameEnd != m_spansByEnd.end()
            && std::ranges::any_of(sameEnd->second, [&](std::size_t k) { return m_spans[k].start == q.start; }))
            continue;
        const auto &last = m_toks[q.close - 1];
        std::u32string name(trimmed(q.content));
        std::string kind = headKind(last.stem, true);
        std::size_t after = q.close + 1;
        int end = q.end;
        std::u32string alias;
        if (!m_lex.suffixIn("meeting_head", last.stem).empty() && (kind.empty() || isEventForum(q.close - 1)))
            continue;
        // "“내년에 세 곳에 더 투자할 계획”이라고": a quoted clause with a verb before its head
        // is what someone said, not a name.
        if (quotedClause(q))
            continue;
        if (kind.empty() && after < m_toks.size() && !m_toks[after].punct) {
            const auto &h = m_toks[after];
            const auto hk = headKind(h.stem, true);
            if (!hk.empty() && m_lex.has("initiative_head", h.stem) && !h.stem.ends_with(U"포럼")) {
                // "'멀티 칩' 전략으로 … 낮추겠다"고, "'턴키' 사업에 나선다": a speaker's plan and a
                // company's line of business are not initiatives.
                if (m_ctx.inSpeech(after) || businessLine(h.stem, q.open, -1, true))
                    continue;
                alias = name;
                name += U" " + std::u32string(h.stem);
                kind = hk;
                end = h.stemEnd;
                ++after;
            }
        }
        if (kind.empty())
            continue;
        auto [plain, gloss] = withoutInnerGloss(name);
        for (std::size_t k = q.open; k < after; ++k)
            m_used[k] = true;
        const auto apposition = latinApposition(m_at, after);
        if (!apposition.empty())
            alias = apposition;
        else if (!gloss.empty())
            alias = gloss;
        m_out.push_back({q.start, end, plain, kind, {}, 0, alias});
        stageAfter(after, plain);
    }
}

// Legal acts with a number: 결의안 제57-NQ/TW호 (`numbered_act`).
bool Scanner::numberedAct(std::size_t i)
{
    const auto &t = m_toks[i];
    if (!m_lex.has("numbered_act", t.text) || i + 1 >= m_toks.size() || !m_toks[i + 1].stem.starts_with(U"제")
        || m_toks[i + 1].stem.size() < 3
        || std::ranges::none_of(m_toks[i + 1].stem, [](char32_t c) { return isDigit(c); }))
        return false;
    m_out.push_back({t.start,
                     m_toks[i + 1].stemEnd,
                     std::u32string(t.text) + U" " + std::u32string(m_toks[i + 1].stem),
                     "policy",
                     {},
                     0,
                     {}});
    m_used[i + 1] = true;
    return true;
}

// 반도체과학법(CHIPS and Science Act): a law glossed with its English title.
bool Scanner::lawWithEnglishTitle(std::size_t i)
{
    const auto &t = m_toks[i];
    if (!t.tail.empty() || t.stem.size() < 3 || !t.stem.ends_with(U"법") || !headKind(t.stem, false).empty())
        return false;
    const auto act = latinApposition(m_at, i + 1);
    if (!act.ends_with(U" Act") && !act.ends_with(U" Law"))
        return false;
    m_out.push_back({t.start, t.stemEnd, std::u32string(t.stem), "policy", {}, 0, act});
    return true;
}

// 반도체과학법, 인공지능기본법: a law named by one compound word of five or more syllables
// (방법, 공법, 기법 … end words that are not laws: `method_word`). In parentheses it glosses the
// name before it: 'K-칩스법'(조세특례제한법 개정안).
bool Scanner::compoundLaw(std::size_t i)
{
    const auto &t = m_toks[i];
    const bool glossed = i > 0 && m_toks[i - 1].ch() == U'(';
    if (glossed || t.stem.size() < 5 || !t.stem.ends_with(U"법") || !headKind(t.stem, false).empty()
        || !std::ranges::all_of(t.stem, [](char32_t c) { return isHangul(c); })
        || organizationAt(m_spans, t.start, t.stemEnd) >= 0)
        return false;
    if (m_lex.has("method_word", std::u32string_view(t.stem).substr(t.stem.size() - 2)))
        return false;
    m_out.push_back({t.start, t.stemEnd, std::u32string(t.stem), "policy", {}, 0, latinApposition(m_at, i + 1)});
    return true;
}

// 해외직접제품규칙(FDPR): a rule named by one word and glossed with its acronym.
bool Scanner::ruleWithAcronym(std::size_t i)
{
    const auto &t = m_toks[i];
    if (!t.tail.empty() || t.stem.size() < 4 || (!t.stem.ends_with(U"규칙") && !t.stem.ends_with(U"규정")))
        return false;
    const auto acr = latinApposition(m_at, i + 1);
    if (acr.empty() || !(isUpperAcronymWord(acr) || acr.ends_with(U" Rule")))
        return false;
    m_out.push_back({t.start, t.stemEnd, std::u32string(t.stem), "policy", {}, 0, acr});
    return true;
}

// "Arm의 스타트업 지원 프로그램인 'Arm 플렉서블 액세스 포 스타트업'", "초대형 AI 인프라 사업
// '스타게이트 프로젝트'": a phrase right before a quoted name (also with 인, 이라는) classes that
// name. The phrase is no initiative; the quote is one of its kind, when no earlier pass took it
// and it is no organisation or event. True when such a quote follows.
bool Scanner::namesQuoteAfter(std::size_t i, const std::string &kind)
{
    const auto &t = m_toks[i];
    if (i + 1 >= m_toks.size() || m_quoteAt[i + 1] < 0
        || !(t.tail.empty() || t.tail == U"인" || t.tail == U"이라는" || t.tail == U"라는"))
        return false;
    const auto &q = m_quotes[static_cast<std::size_t>(m_quoteAt[i + 1])];
    const auto sameEnd = m_spansByEnd.find(q.end);
    const bool organization = sameEnd != m_spansByEnd.end() && std::ranges::any_of(sameEnd->second, [&](std::size_t k) {
                                  return m_spans[k].start == q.start;
                              });
    if (m_used[q.open] || organization || !m_lex.suffixIn("meeting_head", m_toks[q.close - 1].stem).empty())
        return true;
    for (std::size_t k = q.open; k <= q.close; ++k)
        m_used[k] = true;
    m_out.push_back(
        {q.start, q.end, std::u32string(trimmed(q.content)), kind, {}, 0, latinApposition(m_at, q.close + 1)});
    return true;
}

} // namespace initiative_internal

} // namespace sillok::core::extract
