#include "extract/initiative_recognizer.h"

#include "extract/initiative_context.h"
#include "extract/organization_recognizer.h"
#include "extract/phrase.h"
#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

struct Cand {
    int start = 0;
    int end = 0;
    std::u32string name;
    std::string kind;
    std::u32string parent; // part_of
    int stage = 0;         // N of "N단계" for stage children
    std::u32string alias;  // an abbreviation given in parentheses right after it
};

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
    return at.text().substr(static_cast<std::size_t>(toks[k + 1].start), static_cast<std::size_t>(toks[close - 1].stemEnd - toks[k + 1].start));
}

bool isUpperAcronymWord(std::u32string_view w)
{
    return w.size() >= 2 && w.size() <= 6 && std::ranges::all_of(w, [](char32_t c) { return (c >= U'A' && c <= U'Z') || isDigit(c); })
           && w.front() >= U'A' && w.front() <= U'Z';
}

std::vector<std::u32string> nameWords(std::u32string_view n)
{
    std::vector<std::u32string> out;
    std::u32string cur;
    for (const char32_t c : n) {
        if (c == U' ') {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

// A word that places a name: a country, a place, or an organisation of the article.
bool placingWord(const Lexicon &lex, const std::vector<ExtractedOrganization> &orgs, const std::u32string &w)
{
    if (lex.has("country", w) || lex.has("place_word", w))
        return true;
    const auto key = normalizeKey(u8(w));
    return std::ranges::any_of(orgs, [&](const ExtractedOrganization &o) {
        return std::ranges::any_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == key; });
    });
}

// "칩 기반 산업혁신 방안" and "칩 기반 대만 산업혁신 방안", "팹리스 성장 사다리 사업" and "경기도
// 팹리스 성장 사다리 사업": the same name with and without its country, place or owner words.
// The shorter must keep two words, so a bare head never folds.
bool sameWithoutPlacing(const Lexicon &lex, const std::vector<ExtractedOrganization> &orgs,
                        std::u32string_view shortName, std::u32string_view longName)
{
    const auto a = nameWords(shortName);
    auto b = nameWords(longName);
    if (b.size() <= a.size())
        return false;
    if (a.size() >= 2 && std::equal(a.begin(), a.end(), b.end() - static_cast<std::ptrdiff_t>(a.size()))
        && std::all_of(b.begin(), b.end() - static_cast<std::ptrdiff_t>(a.size()),
                       [&](const std::u32string &w) { return placingWord(lex, orgs, w); }))
        return true;
    std::erase_if(b, [&](const std::u32string &w) { return lex.has("country", w); });
    return a == b;
}

bool strongWord(std::u32string_view w)
{
    const bool latin = std::ranges::any_of(w, [](char32_t c) { return isLatin(c); });
    const bool hangul = std::ranges::any_of(w, [](char32_t c) { return isHangul(c); });
    return w.starts_with(U"K-") || w.starts_with(U"k-") || (latin && hangul) || (w.find(U'-') != std::u32string_view::npos);
}

int stageOf(std::u32string_view w)
{
    if (w.size() < 3 || !w.ends_with(U"단계") || !std::ranges::all_of(w.substr(0, w.size() - 2), [](char32_t c) { return isDigit(c); }))
        return 0;
    return static_cast<int>(w[0] - U'0');
}

std::u32string legalKey(std::u32string_view name)
{
    auto key = normalizeKey32(name);
    if (key.ends_with(U"호"))
        key.pop_back();
    return key;
}

// "인공지능(AI)-반도체 이니셔티브" is also "AI-반도체 이니셔티브": the key with each "A(B)"
// replaced by B.
std::u32string abbreviatedKey(std::u32string_view name)
{
    std::u32string out(name);
    for (std::size_t open = out.find(U'('); open != std::u32string::npos; open = out.find(U'(')) {
        const auto close = out.find(U')', open);
        if (close == std::u32string::npos)
            break;
        std::size_t a = open;
        while (a > 0 && !isSpace(out[a - 1]) && out[a - 1] != U'-')
            --a;
        out = out.substr(0, a) + out.substr(open + 1, close - open - 1) + out.substr(close + 1);
    }
    return legalKey(out);
}

class Scanner {
public:
    Scanner(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
            const std::vector<std::size_t> &topics)
        : m_at(at), m_toks(at.tokens()), m_lex(at.lexicon()), m_spans(organizationSpans(orgs)),
          m_spansByEnd(indexSpansByEnd(m_spans)), m_quotes(findQuotes(at)), m_ctx(at, orgs, m_spans),
          m_quoteAt(m_toks.size(), -1)
    {
        for (std::size_t q = 0; q < m_quotes.size(); ++q)
            m_quoteAt[m_quotes[q].open] = static_cast<int>(q);
        for (const std::size_t k : topics) {
            if (k == topics.front() || orgs[k].kind == m_topicKind)
                m_topicKind = orgs[k].kind;
            else
                m_topicKind.clear();
        }
    }
    std::vector<Cand> run();

private:
    // The passes, in the order run() applies them. Each token-level pass returns true when it
    // took token i (the later passes then skip it).
    void quotedNames();
    bool numberedAct(std::size_t i);
    bool lawWithEnglishTitle(std::size_t i);
    bool compoundLaw(std::size_t i);
    bool ruleWithAcronym(std::size_t i);
    void headPhrase(std::size_t i);
    bool describes(std::size_t i, std::size_t first, int opener) const;
    bool namesQuoteAfter(std::size_t i, const std::string &kind);
    bool businessLine(std::u32string_view head, std::size_t first, int opener, bool quoted) const;
    std::string headKind(std::u32string_view stem, bool quoted) const;
    bool isEventForum(std::size_t tok) const;
    bool quotedClause(const Quote &q) const;
    void stageAfter(std::size_t afterTok, const std::u32string &parent);

    const ArticleText &m_at;
    const std::vector<Token> &m_toks;
    const Lexicon &m_lex;
    std::vector<OrgSpan> m_spans;
    SpansByEnd m_spansByEnd;
    std::vector<Quote> m_quotes;
    InitiativeContext m_ctx;
    std::vector<int> m_quoteAt; // per token: the quote it opens, -1 for none
    std::string m_topicKind;    // the kind shared by the article's topic organisations, or ""
    std::vector<Cand> m_out;
    std::vector<bool> m_used; // tokens already part of a candidate
};

std::string Scanner::headKind(std::u32string_view stem, bool quoted) const
{
    const auto head = m_lex.suffixIn("initiative_head", stem);
    if (head.empty())
        return {};
    if (!quoted && m_lex.has("quoted_only", head))
        return {};
    return m_lex.note("initiative_head", head);
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
        || m_toks[i + 1].stem.size() < 3 || std::ranges::none_of(m_toks[i + 1].stem, [](char32_t c) { return isDigit(c); }))
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
        || !std::ranges::all_of(t.stem, [](char32_t c) { return isHangul(c); }) || organizationAt(m_spans, t.start, t.stemEnd) >= 0)
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
    if (std::ranges::any_of(m_toks.begin() + static_cast<std::ptrdiff_t>(first), m_toks.begin() + static_cast<std::ptrdiff_t>(i),
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
        m_out.push_back({m_toks[first].start, t.stemEnd, phraseText(m_at, first, i), kind, {}, stageOf(m_toks[first].stem), {}});
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

// Initiatives being built from the candidates, with the key each is found by and the stage
// number of stage children (0 for others); the three vectors stay parallel.
struct Building {
    const ArticleText &at;
    std::vector<ExtractedInitiative> out;
    std::vector<std::u32string> keys;
    std::vector<int> stages;

    void addTo(std::size_t idx, const Cand &c)
    {
        auto &e = out[idx];
        const auto surface = u8(c.name);
        if (std::ranges::none_of(e.aliases, [&](const std::string &a) { return normalizeKey(a) == normalizeKey(surface); }))
            e.aliases.push_back(surface);
        e.mentions.push_back(makeMention(at, c.start, c.end, e.mentions.empty() ? "name" : "alias"));
    }
};

// Candidates with the same key (or abbreviated key) become one initiative. Stage aliases named
// alone ("1단계 실증사업") are returned for attachOrphanStages.
std::vector<Cand> mergeCandidates(Building &b, const std::vector<Cand> &cands)
{
    std::vector<Cand> orphans;
    for (const auto &c : cands) {
        // A candidate whose words were all taken away (a quote of nothing but marks or control
        // characters, once its class phrase and gloss are peeled off) names nothing.
        if (normalizeKey(u8(c.name)).empty())
            continue;
        if (c.stage > 0 && c.parent.empty()) {
            orphans.push_back(c);
            continue;
        }
        auto key = c.stage > 0 ? legalKey(c.parent) + U"#" + static_cast<char32_t>(U'0' + c.stage) : legalKey(c.name);
        auto it = std::ranges::find(b.keys, key);
        if (it == b.keys.end())
            it = std::ranges::find(b.keys, abbreviatedKey(c.name));
        if (it == b.keys.end()) {
            const auto shortKey = abbreviatedKey(c.name);
            for (std::size_t k = 0; k < b.out.size(); ++k) {
                if (abbreviatedKey(u32(b.out[k].name)) == shortKey)
                    it = b.keys.begin() + static_cast<std::ptrdiff_t>(k);
            }
        }
        if (it == b.keys.end()) {
            ExtractedInitiative e;
            e.name = u8(c.name);
            e.kind = c.kind;
            e.partOf = u8(c.parent);
            b.out.push_back(std::move(e));
            b.keys.push_back(key);
            b.stages.push_back(c.stage);
            it = b.keys.end() - 1;
        }
        b.addTo(static_cast<std::size_t>(it - b.keys.begin()), c);
        if (!c.alias.empty())
            b.addTo(static_cast<std::size_t>(it - b.keys.begin()), Cand{c.start, c.end, c.alias, c.kind, {}, 0, {}});
    }
    return orphans;
}

// A stage named alone joins the stage child with the same N; else it is a stage of the
// initiative named earlier in its sentence ("K-클라우드 추진방안에 따라 올해 1단계 실증사업을");
// else it is dropped.
void attachOrphanStages(Building &b, const std::vector<Cand> &orphans)
{
    auto &out = b.out;
    for (const auto &c : orphans) {
        bool joined = false;
        for (std::size_t i = 0; i < out.size() && !joined; ++i) {
            if (b.stages[i] == c.stage && !out[i].partOf.empty()) {
                b.addTo(i, c);
                joined = true;
            }
        }
        if (joined)
            continue;
        const int sentence = b.at.sentenceAt(c.start);
        const ExtractedInitiative *parent = nullptr;
        for (const auto &e : out) {
            for (const auto &m : e.mentions) {
                if (m.sentence == sentence && m.end <= c.start && e.partOf.empty() && (!parent || m.start > parent->mentions.front().start))
                    parent = &e;
            }
        }
        if (!parent)
            continue;
        ExtractedInitiative e;
        e.name = parent->name + " " + u8(c.name);
        e.kind = c.kind;
        e.partOf = parent->name;
        out.push_back(std::move(e));
        b.keys.push_back(legalKey(u32(out.back().name)));
        b.stages.push_back(c.stage);
        b.addTo(out.size() - 1, Cand{c.start, c.end, u32(out.back().name), c.kind, {}, 0, {}});
        b.addTo(out.size() - 1, c);
    }
}

// A name given with and without its country, place or owner words is one initiative, under the
// fuller name.
void foldPlacedVariants(Building &b, const std::vector<ExtractedOrganization> &orgs)
{
    auto &out = b.out;
    for (std::size_t a = 0; a < out.size(); ++a) {
        for (std::size_t c = 0; c < out.size(); ++c) {
            if (a == c || !sameWithoutPlacing(b.at.lexicon(), orgs, u32(out[a].name), u32(out[c].name)))
                continue;
            for (auto &m : out[a].mentions)
                out[c].mentions.push_back(std::move(m));
            std::ranges::sort(out[c].mentions, [](const Mention &x, const Mention &y) { return x.start < y.start; });
            for (const auto &al : out[a].aliases) {
                if (std::ranges::none_of(out[c].aliases, [&](const std::string &x) { return normalizeKey(x) == normalizeKey(al); }))
                    out[c].aliases.push_back(al);
            }
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(a));
            b.stages.erase(b.stages.begin() + static_cast<std::ptrdiff_t>(a));
            --a;
            break;
        }
    }
}

// The sentence has an owner verb (`owner_verb`: 발표, 추진… followed by an ending).
bool hasOwnerVerb(const ArticleText &at, int sentence)
{
    const auto &toks = at.tokens();
    const auto [first, last] = at.sentenceTokens(sentence);
    bool ownerVerb = false;
    for (std::size_t k = first; k < last; ++k) {
        for (const auto &v : at.lexicon().forms("owner_verb"))
            ownerVerb = ownerVerb || (toks[k].text.starts_with(v) && toks[k].text.size() > v.size());
    }
    return ownerVerb;
}

// Owners: organisations that are the subject (은/는/이/가) before the first mention.
void attachOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs, const std::vector<OrgSpan> &spans,
                  ExtractedInitiative &e)
{
    const auto &toks = at.tokens();
    const auto [first, last] = at.sentenceTokens(e.mentions.front().sentence);
    for (std::size_t k = first; k < last; ++k) {
        const auto &t = toks[k];
        if (t.start >= e.mentions.front().start)
            break;
        if (t.tail != U"은" && t.tail != U"는" && t.tail != U"이" && t.tail != U"가")
            continue;
        for (const auto &sp : spans) {
            if (sp.end == t.stemEnd) {
                const auto &name = orgs[static_cast<std::size_t>(sp.org)].name;
                if (std::ranges::find(e.owners, name) == e.owners.end())
                    e.owners.push_back(name);
            }
        }
    }
}

// "중소벤처기업부의 '팁스(TIPS)' 프로그램", "창업진흥원이 운영하는 '초기창업패키지'", "Arm의 스타트업
// 지원 프로그램인 'X'": at any mention, the organisation in 의 right before it (an opening quote
// may stand between), the possessor (의) of an apposition in 인 right before it, or the subject of
// an adnominal owner verb right before it (`owner_adnominal`: 추진하는, 운영하는, 주관하는, 만든,
// 키우는…; the subject up to eight words before the verb, with the partners joined to it: "A가 B,
// C와 함께 추진하는 'X'") owns the initiative.
// Returns whether the first mention has such an owner (then the subjects before it are not its owners).
bool attachPossessorOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                           const std::vector<OrgSpan> &spans, const SpansByEnd &byEnd, ExtractedInitiative &e)
{
    bool atFirst = false;
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto orgEndingAt = [&](const Token &t) {
        const auto it = byEnd.find(t.stemEnd);
        return it == byEnd.end() || it->second.empty() ? -1 : spans[it->second.back()].org;
    };
    const auto adnominalOwnerVerb = [&](const Token &t) {
        if (t.punct
            || !(t.text.ends_with(U"는") || t.text.ends_with(U"한") || t.text.ends_with(U"인")
                 || t.text.ends_with(U"은")))
            return false;
        return lex.startsWithForm("owner_adnominal", t.text);
    };
    // The organisation in a token with one of `tails` within `reach` tokens before token j.
    const auto orgBefore = [&](std::size_t j, std::size_t first, std::size_t reach,
                               std::initializer_list<std::u32string_view> tails) {
        for (std::size_t i = j; i-- > first && i + reach >= j;) {
            if (toks[i].punct)
                break;
            if (std::ranges::find(tails, std::u32string_view(toks[i].tail)) != tails.end())
                return orgEndingAt(toks[i]);
        }
        return -1;
    };
    for (const auto &m : e.mentions) {
        const std::size_t first = at.sentenceTokens(m.sentence).first;
        std::size_t j = at.tokenAt(m.start);
        while (j > first && toks[j - 1].punct && isOpenQuote(toks[j - 1].ch()))
            --j;
        if (j == first)
            continue;
        const Token &p = toks[j - 1];
        int owner = -1;
        std::vector<int> partners; // "A가 B, C와 함께 추진하는 'X'": owners with the subject
        if (p.tail == U"의")
            owner = orgEndingAt(p);
        else if (adnominalOwnerVerb(p)) {
            // The subject of the clause, up to eight words before the verb ("중소벤처기업부가 … 유망
            // 기업을 키우는 'X'"), and the partners joined to it before the verb ("B, C와 함께").
            std::vector<int> joined;
            for (std::size_t i = j - 1; i-- > first && i + 10 >= j - 1;) {
                const auto &t = toks[i];
                if (t.punct) {
                    if (t.ch() == U',' || isListDot(t.ch()))
                        continue;
                    break;
                }
                const int o = orgEndingAt(t);
                if (o >= 0 && (t.tail == U"이" || t.tail == U"가" || t.tail == U"은" || t.tail == U"는")) {
                    owner = o;
                    break;
                }
                const bool listed =
                    t.tail.empty() && i + 1 < toks.size() && (toks[i + 1].ch() == U',' || isListDot(toks[i + 1].ch()));
                if (o >= 0 && (t.tail == U"와" || t.tail == U"과" || (listed && !joined.empty())))
                    joined.push_back(o);
            }
            if (owner >= 0)
                partners = std::move(joined);
        } else if (!p.punct && p.text.ends_with(U"인"))
            owner = orgBefore(j - 1, first, 4, {U"의"});
        if (owner < 0)
            continue;
        atFirst = atFirst || &m == &e.mentions.front();
        partners.insert(partners.begin(), owner);
        for (const int o : partners) {
            const auto &name = orgs[static_cast<std::size_t>(o)].name;
            if (std::ranges::find(e.owners, name) == e.owners.end())
                e.owners.push_back(name);
        }
    }
    return atFirst;
}

// The date: the last non-target date before the first mention in its sentence, at most eight
// tokens before it, not an event's, with no other initiative in between ("지난 4월 발표한
// AI-반도체 이니셔티브와 K-클라우드 프로젝트": the date is the nearer one's).
void attachDate(const ArticleText &at, const std::vector<ExtractedInitiative> &out, const std::vector<DateMention> &dates,
                ExtractedInitiative &e)
{
    const auto &toks = at.tokens();
    const int s = e.mentions.front().sentence;
    const std::size_t mentionTok = at.tokenAt(e.mentions.front().start);
    const auto anotherInBetween = [&](const DateMention &d) {
        return std::ranges::any_of(out, [&](const ExtractedInitiative &other) {
            return &other != &e && std::ranges::any_of(other.mentions, [&](const Mention &m) {
                return m.sentence == s && m.start >= d.end && m.end <= e.mentions.front().start;
            });
        });
    };
    for (const auto &d : dates) {
        const std::size_t dTok = at.tokenAt(d.end);
        if (d.sentence == s && !d.target && d.end <= e.mentions.front().start && dTok + 8 >= mentionTok
            && !(dTok < toks.size() && at.lexicon().has("event_trigger", toks[dTok].text)) && !anotherInBetween(d)) {
            e.date = d.date;
            e.dateText = d.text;
        }
    }
}

// "K-클라우드 프로젝트는 … 추진방안을 발표하면서 본격적으로 추진했다", "정부가 추진하고 있는
// AI-반도체 이니셔티브": a sentence with an owner verb that names no actor before the
// initiative leaves it to the article's topic organisations; a generic actor (정부) stands for
// the topic's government bodies.
void attachTopicOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs, const std::vector<OrgSpan> &spans,
                       const std::vector<std::size_t> &topics, ExtractedInitiative &e)
{
    if (topics.empty())
        return;
    for (const auto &m : e.mentions) {
        if (!hasOwnerVerb(at, m.sentence))
            continue;
        const bool generic = genericSubject(at, m.sentence, m.start);
        if (!generic && !sentenceLacksSubject(at, spans, m.sentence, at.sentences()[static_cast<std::size_t>(m.sentence)].end))
            continue;
        for (const std::size_t t : topics) {
            if (!generic || orgs[t].kind == "government")
                e.owners.push_back(orgs[t].name);
        }
        return;
    }
}

} // namespace

std::vector<ExtractedInitiative> recognizeInitiatives(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                      const std::vector<DateMention> &dates, const std::vector<std::size_t> &topics)
{
    Scanner scanner(at, orgs, topics);
    auto cands = scanner.run();
    std::ranges::stable_sort(cands, [](const Cand &a, const Cand &b) { return a.start < b.start; });
    Building b{at, {}, {}, {}};
    attachOrphanStages(b, mergeCandidates(b, cands));
    foldPlacedVariants(b, orgs);
    const auto spans = organizationSpans(orgs);
    const auto byEnd = indexSpansByEnd(spans);
    // Owners and the date come from the sentence of the first mention, when it has an owner verb.
    for (auto &e : b.out) {
        const bool possessed = attachPossessorOwners(at, orgs, spans, byEnd, e);
        if (hasOwnerVerb(at, e.mentions.front().sentence)) {
            if (!possessed)
                attachOwners(at, orgs, spans, e);
            attachDate(at, b.out, dates, e);
        }
        if (e.owners.empty())
            attachTopicOwners(at, orgs, spans, topics, e);
    }
    return std::move(b.out);
}

bool moveMemberAlliances(const ArticleText &at, std::vector<ExtractedInitiative> &initiatives,
                         std::vector<ExtractedOrganization> &orgs)
{
    const std::size_t before = orgs.size();
    const auto &lex = at.lexicon();
    const auto &toks = at.tokens();
    const auto hasCue = [&](int sentence) {
        const auto [first, last] = at.sentenceTokens(sentence);
        for (std::size_t k = first; k < last; ++k) {
            for (const auto &cue : lex.forms("alliance_member_cue")) {
                if (toks[k].text.starts_with(cue))
                    return true;
            }
        }
        return false;
    };
    std::erase_if(initiatives, [&](ExtractedInitiative &e) {
        if (e.kind != "alliance" || e.mentions.empty())
            return false;
        const auto name = u32(e.name);
        const auto head = lex.suffixIn("initiative_head", name);
        bool member = std::ranges::any_of(e.mentions, [&](const Mention &m) { return hasCue(m.sentence); });
        for (std::size_t k = at.tokenAt(e.mentions.front().start); !member && !head.empty() && k < toks.size(); ++k)
            member = toks[k].stem == head && hasCue(toks[k].sentence);
        if (!member)
            return false;
        ExtractedOrganization o;
        o.name = e.name;
        o.aliases = e.aliases;
        o.kind = "alliance";
        o.mentions = std::move(e.mentions);
        o.confidence = 0.8;
        orgs.push_back(std::move(o));
        return true;
    });
    if (orgs.size() == before)
        return false;
    // "글로벌 텔코 AI 얼라이언스": a shorter name found inside an alliance's name ("AI 얼라이언스")
    // is not mentioned there; an organisation left with no mention is dropped.
    // So is its gloss in parentheses right after it ("…얼라이언스(GTAA)").
    const auto &text = at.text();
    const auto coverEnd = [&](const Mention &s) {
        const auto end = static_cast<std::size_t>(s.end);
        if (end >= text.size() || text[end] != U'(')
            return s.end;
        const auto close = text.find(U')', end);
        return close == std::u32string::npos || close > end + 40 ? s.end : static_cast<int>(close) + 1;
    };
    for (std::size_t a = before; a < orgs.size(); ++a) {
        const auto spans = orgs[a].mentions;
        for (std::size_t k = 0; k < before; ++k) {
            std::erase_if(orgs[k].mentions, [&](const Mention &m) {
                return std::ranges::any_of(
                    spans, [&](const Mention &s) { return s.start <= m.start && m.end <= coverEnd(s); });
            });
        }
    }
    std::erase_if(orgs, [](const ExtractedOrganization &o) { return o.mentions.empty(); });
    return true;
}

} // namespace sillok::core::extract
