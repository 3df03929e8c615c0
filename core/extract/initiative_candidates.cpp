// Private to core/extract: the Scanner (initiative_recognizer_internal.h) run over an article:
// the head phrases ("… 사업", "… 프로젝트") it takes as initiative candidates, the kind of their
// head, their stages, and run() applying the passes in order.
#include "extract/initiative_recognizer_internal.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace initiative_internal;

namespace {

bool strongWord(std::u32string_view w)
{
    const bool latin = std::ranges::any_of(w, [](char32_t c) { return isLatin(c); });
    const bool hangul = std::ranges::any_of(w, [](char32_t c) { return isHangul(c); });
    return w.starts_with(U"K-") || w.starts_with(U"k-") || (latin && hangul)
           || (w.find(U'-') != std::u32string_view::npos);
}

int stageOf(std::u32string_view w)
{
    if (w.size() < 3 || !w.ends_with(U"단계")
        || !std::ranges::all_of(w.substr(0, w.size() - 2), [](char32_t c) { return isDigit(c); }))
        return 0;
    return static_cast<int>(w[0] - U'0');
}

} // namespace

namespace initiative_internal {

std::string Scanner::headKind(std::u32string_view stem, bool quoted) const
{
    const auto head = m_lex.suffixIn("initiative_head", stem);
    if (head.empty())
        return {};
    if (!quoted && m_lex.has("quoted_only", head))
        return {};
    return m_lex.note("initiative_head", head);
}

// 포럼 is an initiative (a standing channel) unless the sentence holds it as an event.
bool Scanner::isEventForum(std::size_t tok) const
{
    return m_toks[tok].stem.ends_with(U"포럼") && heldAsEvent(m_at, tok);
}

void Scanner::stageAfter(std::size_t k, const std::u32string &parent)
{
    if (k + 1 >= m_toks.size())
        return;
    const int stage = stageOf(m_toks[k].stem);
    if (stage == 0 || !m_toks[k].tail.empty())
        return;
    const auto &h = m_toks[k + 1];
    if (headKind(h.stem, false).empty())
        return;
    Cand c{m_toks[k].start,
           h.stemEnd,
           parent + U" " + std::u32string(m_toks[k].stem) + U" " + std::u32string(h.stem),
           headKind(h.stem, false),
           parent,
           stage,
           {}};
    m_out.push_back(std::move(c));
}

// A company's 사업 (`business_head` noted "line"), quoted or not, is its line of business
// ("'턴키' 사업에 나선다", "AI 데이터센터 사업에 칩을 쓸"); unquoted, its 전략, 로드맵, 방안 and
// 계획 are its plans ("HBM4 양산 로드맵을 공개할", "상장 후 성장 전략을 발표했다"). Only a head
// standing alone counts: a glued 실증사업 or 지원사업 names a programme.
bool Scanner::businessLine(std::u32string_view head, std::size_t first, int opener, bool quoted) const
{
    if (!m_lex.has("business_head", head) || (quoted && m_lex.note("business_head", head) != "line"))
        return false;
    // A sentence that names no owner ("손 회장은 … AI 칩 사업 전략을") speaks of the article's topic.
    const auto owner = m_ctx.ownerKind(first, opener);
    return (owner.empty() ? m_topicKind : owner) == "company";
}

// The unquoted phrase [first, i] describes rather than names: it is said in reported speech, owned
// by a common noun in 의, the object of a verb of deliberation, or a company's business.
bool Scanner::describes(std::size_t i, std::size_t first, int opener) const
{
    return m_ctx.inSpeech(i) || (opener < 0 && m_ctx.possessedByNonOrganization(first)) || m_ctx.deliberated(i)
           || businessLine(m_toks[i].stem, first, opener, false);
}

// An unquoted noun phrase ending in an initiative head at token i.
void Scanner::headPhrase(std::size_t i)
{
    const auto &t = m_toks[i];
    const std::string kind = headKind(t.stem, false);
    if (kind.empty() || isEventForum(i) || organizationAt(m_spans, t.start, t.stemEnd) >= 0)
        return;
    // The head must end its phrase: a particle, punctuation or a verbal noun follows.
    if (t.tail.empty() && i + 1 < m_toks.size()) {
        const auto &nx = m_toks[i + 1];
        if (!nx.punct && m_at.isBareNoun(nx) && !m_lex.has("verbal_noun", nx.stem) && stageOf(nx.stem) == 0)
            return;
        // "AI 칩 사업 전략을": another head after it ends the phrase, not this one.
        if (!nx.punct && nx.spaceBefore && !headKind(nx.stem, false).empty())
            return;
    }
    std::size_t first = phraseStart(m_at, i, 6);
    while (first < i && m_lex.has("demonstrative", m_toks[first].stem))
        ++first;
    // "새 AI 가속기 로드맵", "여러 지원 사업", "비슷한 시제품 제작 지원 사업": a determiner
    // describes, a name does not start so.
    if ((first < i && m_lex.has("descriptive_determiner", m_toks[first].stem))
        || (first > 0 && m_toks[first - 1].sentence == t.sentence
            && m_lex.has("descriptive_determiner", m_toks[first - 1].text)))
        return;
    // "엔비디아 GPU 기반 AI 클라우드 사업": an organisation's line of business built on
    // something ("… 기반") is a description; an organisation opening a name is its owner.
    if (std::ranges::any_of(m_toks.begin() + static_cast<std::ptrdiff_t>(first),
                            m_toks.begin() + static_cast<std::ptrdiff_t>(i),
                            [](const Token &w) { return w.stem == U"기반"; }))
        return;
    const std::size_t phraseFirst = first;
    int opener = -1;
    while (first < i && m_toks[first].tail.empty()
           && organizationAt(m_spans, m_toks[first].start, m_toks[first].stemEnd) >= 0) {
        if (opener < 0)
            opener = organizationAt(m_spans, m_toks[first].start, m_toks[first].stemEnd);
        ++first;
    }
    const auto head = m_lex.suffixIn("initiative_head", t.stem);
    int content = first < i ? contentWords(m_at, first, i - 1) : 0;
    bool strong = false;
    for (std::size_t k = first; k <= i; ++k)
        strong = strong || strongWord(m_toks[k].stem);
    const auto glued = std::u32string_view(t.stem).substr(0, t.stem.size() - head.size());
    if (!glued.empty() && !m_at.isGeneric(glued))
        ++content;
    if (stageOf(m_toks[first].stem) > 0) {
        // "1단계 실증사업": an alias of a stage child found elsewhere.
        m_out.push_back(
            {m_toks[first].start, t.stemEnd, phraseText(m_at, first, i), kind, {}, stageOf(m_toks[first].stem), {}});
        return;
    }
    if (namesQuoteAfter(i, kind))
        return;
    const auto alias = t.tail.empty() ? latinApposition(m_at, i + 1) : std::u32string();
    // 반도체특별법, 칩스법: a law named by the word glued to it.
    const bool namedLaw = head.ends_with(U"법") && !glued.empty() && !m_at.isGeneric(glued) && content >= 1;
    if (!(content >= 2 || (strong && content >= 1) || !alias.empty() || namedLaw))
        return;
    // A phrase in quote marks of its own ("…‘AI-반도체 이니셔티브’에 따라…" inside a quoted
    // utterance, where findQuotes sees only the outer quote) is a name.
    const bool ownQuotes = phraseFirst > 0 && i + 1 < m_toks.size() && m_toks[phraseFirst - 1].punct
                           && isOpenQuote(m_toks[phraseFirst - 1].ch()) && m_toks[i + 1].punct
                           && m_toks[i + 1].ch() == closingQuote(m_toks[phraseFirst - 1].ch());
    if (alias.empty() && !namedLaw && !ownQuotes && describes(i, phraseFirst, opener))
        return;
    // "인력 교류 프로그램을 함께 운영한다", "300억 원 규모 전용 펀드": a head that names only in quotes
    // (`named_when_quoted`), unless glossed or followed by the next item of a list.
    const bool listItem = t.tail.empty() && i + 1 < m_toks.size() && m_toks[i + 1].ch() == U',';
    // "‘자율주행 칩 프로그램(ACP, Autonomous Chip Program)’": quoted, with a gloss inside.
    const bool opensQuote =
        phraseFirst > 0 && m_toks[phraseFirst - 1].punct && isOpenQuote(m_toks[phraseFirst - 1].ch());
    if (alias.empty() && !ownQuotes && !opensQuote && !listItem && m_lex.has("named_when_quoted", head))
        return;
    const auto name = phraseText(m_at, first, i);
    m_out.push_back({m_toks[first].start, t.stemEnd, name, kind, {}, 0, alias});
    stageAfter(i + 1, name);
}

std::vector<Cand> Scanner::run()
{
    m_used.assign(m_toks.size(), false);
    quotedNames();
    for (std::size_t i = 0; i < m_toks.size(); ++i) {
        if (m_used[i] || m_toks[i].punct)
            continue;
        if (numberedAct(i) || lawWithEnglishTitle(i) || compoundLaw(i) || ruleWithAcronym(i))
            continue;
        headPhrase(i);
    }
    return m_out;
}

} // namespace initiative_internal

} // namespace sillok::core::extract
