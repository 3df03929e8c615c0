#include "extract/meeting_candidates.h"

#include "extract/phrase.h"
#include "extract/span_index.h"
#include "extract/text_scan.h"

#include <algorithm>
#include <unordered_map>

namespace sillok::core::extract {

namespace {

bool isUpperAcronym(std::u32string_view w)
{
    return w.size() >= 2 && w.size() <= 8 && std::ranges::all_of(w, [](char32_t c) { return c >= U'A' && c <= U'Z'; });
}

bool isYear(std::u32string_view w)
{
    return w.size() == 4 && std::ranges::all_of(w, [](char32_t c) { return isDigit(c); }) && (w.starts_with(U"19") || w.starts_with(U"20"));
}

class Finder {
public:
    Finder(const ArticleText &at, const std::vector<OrgSpan> &spans)
        : m_at(at), m_toks(at.tokens()), m_lex(at.lexicon()), m_spans(spans), m_quotes(findQuotes(at))
    {
    }
    std::vector<MeetingCand> run();

private:
    bool eventForum(std::size_t tok) const;
    bool endsPhrase(std::size_t i) const;
    void fromQuotes();
    void fromPhrases();
    void fromAcronyms();
    void fromNamedYears();
    bool eventSentence(int sentence) const;
    std::size_t triggerStart(std::size_t head, std::size_t plainFirst) const;
    // fromPhrases() passes, in the order it applies them.
    bool describesQuotedEvent(std::size_t i) const;
    bool isHwaNoun(std::u32string_view head, std::u32string_view stem) const;
    std::size_t nameStart(std::size_t i, bool *demonstrative) const;
    MeetingCand phraseCandidate(std::size_t first, std::size_t i, std::u32string_view head, bool demonstrative) const;
    void nameAfterQuotedInitiative(MeetingCand &c, std::size_t first) const;
    void firstMeetingOfBody(MeetingCand &c, std::size_t first, std::size_t i) const;
    void partOfQuotedEvent(MeetingCand &c, std::size_t first, std::size_t i) const;

    const ArticleText &m_at;
    const std::vector<Token> &m_toks;
    const Lexicon &m_lex;
    const std::vector<OrgSpan> &m_spans;
    std::vector<Quote> m_quotes;
    std::vector<bool> m_used;
    // Appends to m_out and indexes the span.
    void push(MeetingCand c)
    {
        m_outSpans.insert(c.start, c.end);
        m_out.push_back(std::move(c));
    }

    std::vector<MeetingCand> m_out;
    SpanSet m_outSpans; // of m_out
    // eventSentence() per sentence: -1 unknown, else 0/1. Without it every quoted name scanned
    // its whole sentence again (quadratic in one long sentence full of ‘Name 2024’ quotes).
    mutable std::vector<signed char> m_eventSentence;
};

bool Finder::eventForum(std::size_t tok) const
{
    return heldAsEvent(m_at, tok);
}

bool Finder::endsPhrase(std::size_t i) const
{
    if (!m_toks[i].tail.empty() || i + 1 >= m_toks.size())
        return true;
    const auto &nx = m_toks[i + 1];
    return nx.punct || !m_at.isBareNoun(nx) || m_lex.has("verbal_noun", nx.stem) || nx.sentence != m_toks[i].sentence;
}

void Finder::fromQuotes()
{
    for (const auto &q : m_quotes) {
        const auto &last = m_toks[q.close - 1];
        const auto head = m_lex.suffixIn("meeting_head", last.stem);
        if (head.empty() || (head == U"포럼" && !eventForum(q.close - 1)))
            continue;
        MeetingCand c;
        c.start = q.start;
        c.end = q.end;
        c.firstToken = q.open;
        c.series = std::u32string(trimmed(q.content));
        c.head = std::u32string(head);
        c.kind = m_lex.note("meeting_head", head);
        if (q.open > 0 && (c.ordinal = ordinalOf(m_toks[q.open - 1].stem)) > 0) {
            c.start = m_toks[q.open - 1].start;
            c.firstToken = q.open - 1;
        } else if (q.close > q.open + 2 && (c.ordinal = ordinalOf(m_toks[q.open + 1].stem)) > 0) {
            c.series = phraseText(m_at, q.open + 2, q.close - 1); // '제5차 인공지능 최고위 전략대화'
        }
        c.name = c.ordinal ? u32("제" + std::to_string(c.ordinal) + "차 ") + c.series : c.series;
        if (c.ordinal)
            c.partOf = c.series;
        for (std::size_t k = q.open; k <= q.close; ++k)
            m_used[k] = true;
        push(std::move(c));
    }
}

std::size_t Finder::triggerStart(std::size_t head, std::size_t plainFirst) const
{
    const int sentence = m_toks[head].sentence;
    for (std::size_t k = plainFirst, n = 0; k > 0 && n < 16; --k, ++n) {
        const auto &p = m_toks[k - 1];
        if (p.sentence != sentence || isOpenQuote(p.ch()) || (p.punct && p.ch() != U','))
            return plainFirst;
        if (!m_lex.suffixIn("meeting_head", p.stem).empty() || p.text.ends_with(U"다"))
            return plainFirst;
        if (m_lex.has("event_trigger", p.text))
            return k;
    }
    return plainFirst;
}

// 개발자 행사 ‘GTC 2024’, IT 전시회인 ‘칩엑스포 2031’: the head at token i is a descriptor of
// the named event right after it, not a second event. The named event may also start inside
// the quote: ‘반도체대전(SEDEX 2024)’.
bool Finder::describesQuotedEvent(std::size_t i) const
{
    const auto &t = m_toks[i];
    if (!(t.tail.empty() || t.tail == U"인") || i + 1 >= m_toks.size() || !isOpenQuote(m_toks[i + 1].ch()))
        return false;
    const auto q = std::ranges::find_if(m_quotes, [&](const Quote &x) { return x.open == i + 1; });
    const int limit = q != m_quotes.end() ? q->end : (i + 2 < m_toks.size() ? m_toks[i + 2].start : m_toks[i + 1].end);
    return m_outSpans.anyStartingIn(m_toks[i + 1].start, limit);
}

// 현대화, 극대화: a "-화" noun (`not_dialogue_prefix` before 대화), not a dialogue.
bool Finder::isHwaNoun(std::u32string_view head, std::u32string_view stem) const
{
    return head == U"대화" && stem.size() >= 3 && m_lex.has("not_dialogue_prefix", stem.substr(stem.size() - 3, 1));
}

// The first token of the name whose head is token i. "회의 뒤 브리핑", "지난해 4분기 실적
// 설명회": a name starts after a word of time or sequence (`sequence_word`); the time word dates
// the event, it does not name it. Sets *demonstrative when a demonstrative opened the phrase or
// stands right before it ("이 전시회에서", "올해 전시회의 주인공은").
std::size_t Finder::nameStart(std::size_t i, bool *demonstrative) const
{
    std::size_t first = triggerStart(i, phraseStart(m_at, i, 6));
    for (std::size_t k = first; k < i; ++k) {
        if (m_lex.has("sequence_word", m_toks[k].stem))
            first = k + 1;
    }
    while (first < i && m_lex.has("time_word", m_toks[first].stem) && m_toks[first].tail.empty())
        ++first;
    *demonstrative = false;
    while (first < i && m_lex.has("demonstrative", m_toks[first].stem)) {
        ++first;
        *demonstrative = true;
    }
    if (first == i && first > 0 && m_toks[first - 1].tail.empty() && !m_toks[first - 1].punct
        && m_lex.has("demonstrative", m_toks[first - 1].stem))
        *demonstrative = true;
    return first;
}

// ‘K-클라우드 프로젝트’ 1단계 사업의 AI서비스 실증 시연회, ‘K-칩 사업’의 성과 발표회: an event
// of a quoted initiative (or of one of its stages) is named after it; the plain phrase stays an
// alias.
void Finder::nameAfterQuotedInitiative(MeetingCand &c, std::size_t first) const
{
    if (c.bare || c.ordinal != 0 || first < 2)
        return;
    const auto &g = m_toks[first - 1];
    const auto isStage = [](const Token &w) { return w.stem.size() > 2 && w.stem.ends_with(U"단계") && isDigit(w.stem.front()); };
    const Quote *q = nullptr;
    std::u32string stage;
    if (g.punct && g.text == U"의") {
        q = quoteClosingAt(m_quotes, first - 2);
    } else if (!g.punct && g.tail == U"의") {
        std::size_t j = first - 1;
        if (g.stem == U"사업" && isStage(m_toks[j - 1]) && m_toks[j - 1].tail.empty())
            stage = m_toks[--j].stem;
        else if (isStage(g))
            stage = g.stem;
        if (!stage.empty() && j > 0)
            q = quoteClosingAt(m_quotes, j - 1);
    }
    if (q && !m_lex.suffixIn("initiative_head", m_toks[q->close - 1].stem).empty()) {
        c.alias = c.name;
        c.name = std::u32string(trimmed(q->content)) + (stage.empty() ? U"" : U" " + stage) + U" " + c.name;
        c.series = c.name;
        c.start = q->start;
    }
}

// 국가AI위원회의 첫 회의: the first meeting of the body named before it.
void Finder::firstMeetingOfBody(MeetingCand &c, std::size_t first, std::size_t i) const
{
    if (!c.bare || c.ordinal != 0 || first + 1 != i || m_toks[first].stem != U"첫" || first == 0 || m_toks[first - 1].tail != U"의"
        || organizationAt(m_spans, m_toks[first - 1].start, m_toks[first - 1].stemEnd) < 0)
        return;
    const std::u32string body(m_toks[first - 1].stem);
    c.ordinal = 1;
    c.series = body + U" " + std::u32string(m_toks[i].stem);
    c.name = body + U" 제1차 " + std::u32string(m_toks[i].stem);
    c.alias = phraseText(m_at, first, i);
    c.partOf = body;
    c.bare = false;
}

// A quote closing right before the phrase is what the event is part of; ‘세미콘 타이완 2024’
// 개막식: a ceremony of the quoted event is named after it.
void Finder::partOfQuotedEvent(MeetingCand &c, std::size_t first, std::size_t i) const
{
    if (first == 0)
        return;
    const auto *q = quoteClosingAt(m_quotes, first - 1);
    if (!q)
        return;
    c.partOf = q->content;
    if (c.bare && c.ordinal == 0 && c.kind == "ceremony" && m_outSpans.anyContaining(q->start, q->end)) {
        c.series = std::u32string(trimmed(q->content)) + U" " + std::u32string(m_toks[i].stem);
        c.name = c.series;
        c.start = q->start;
        c.bare = false;
    }
}

// The candidate named by the phrase from token `first` to the head at token i.
MeetingCand Finder::phraseCandidate(std::size_t first, std::size_t i, std::u32string_view head, bool demonstrative) const
{
    const auto &t = m_toks[i];
    MeetingCand c;
    c.head = std::u32string(head);
    c.kind = m_lex.note("meeting_head", head);
    c.ordinal = ordinalOf(m_toks[first].stem);
    const std::size_t seriesFirst = c.ordinal && first < i ? first + 1 : first;
    c.start = m_toks[first].start;
    c.end = t.stemEnd;
    c.firstToken = first;
    c.series = phraseText(m_at, seriesFirst, i);
    c.name = c.ordinal ? u32("제" + std::to_string(c.ordinal) + "차 ") + c.series : c.series;
    c.bare = (seriesFirst == i && t.stem == head);
    c.anaphor = c.bare && demonstrative && c.ordinal == 0;
    // "1차회의": an ordinal glued to the head noun.
    if (seriesFirst == i && c.ordinal == 0) {
        const int glued = ordinalOf(std::u32string_view(t.stem).substr(0, t.stem.size() - head.size()));
        if (glued > 0) {
            c.ordinal = glued;
            c.bare = true;
        }
    }
    if (!c.bare && seriesFirst < i && contentWords(m_at, seriesFirst, i - 1) == 0 && t.stem == head && c.ordinal == 0)
        c.bare = true;
    return c;
}

void Finder::fromPhrases()
{
    for (std::size_t i = 0; i < m_toks.size(); ++i) {
        const auto &t = m_toks[i];
        if (m_used[i] || t.punct)
            continue;
        const auto head = m_lex.suffixIn("meeting_head", t.stem);
        if (head.empty() || organizationAt(m_spans, t.start, t.stemEnd) >= 0 || !endsPhrase(i))
            continue;
        if ((head == U"포럼" && !eventForum(i)) || describesQuotedEvent(i) || isHwaNoun(head, t.stem))
            continue;
        bool demonstrative = false;
        const std::size_t first = nameStart(i, &demonstrative);
        MeetingCand c = phraseCandidate(first, i, head, demonstrative);
        if (c.bare && head == U"행사")
            continue;
        nameAfterQuotedInitiative(c, first);
        firstMeetingOfBody(c, first, i);
        partOfQuotedEvent(c, first, i);
        if (c.ordinal && c.partOf.empty() && !c.bare)
            c.partOf = c.series;
        // "…"(AISC 2025) 국제 학술대회: the phrase names the event in the parentheses.
        if (first > 0 && m_toks[first - 1].ch() == U')' && c.series.size() <= 8)
            c.bare = true;
        for (std::size_t k = first; k <= i; ++k)
            m_used[k] = true;
        push(std::move(c));
    }
}

void Finder::fromAcronyms()
{
    for (std::size_t i = 0; i + 1 < m_toks.size(); ++i) {
        const auto &a = m_toks[i];
        const auto &b = m_toks[i + 1];
        if (a.punct || b.punct || !b.spaceBefore)
            continue;
        std::u32string acr;
        if (isUpperAcronym(a.stem) && a.tail.empty() && isYear(b.stem))
            acr = a.stem;
        else if (isYear(a.stem) && a.tail.empty() && isUpperAcronym(b.stem))
            acr = b.stem;
        if (acr.empty() || organizationAt(m_spans, a.start, b.stemEnd) >= 0)
            continue;
        // ‘레드웨이브 오픈 AI 2024’, ‘X 전시회(DX KOREA 2024)’: the last words of a longer quoted
        // name, not an event of their own.
        if (i > 0 && !m_toks[i - 1].punct && m_toks[i - 1].tail.empty() && m_toks[i - 1].sentence == a.sentence
            && std::ranges::any_of(m_quotes, [&](const Quote &q) { return q.open + 1 < i && i + 1 < q.close; }))
            continue;
        MeetingCand c;
        c.start = a.start;
        c.end = b.stemEnd;
        c.firstToken = i;
        c.name = std::u32string(a.stem) + U" " + std::u32string(b.stem);
        c.series = acr; // the recurring event, for merging editions across articles
        c.acronym = acr;
        c.kind = "conference";
        // "인공지능과 반도체 2025"(AISC 2025): the quoted title is another name.
        if (i >= 2 && m_toks[i - 1].ch() == U'(') {
            if (const auto *q = quoteClosingAt(m_quotes, i - 2))
                c.alias = q->content;
        }
        for (std::size_t k = i + 2; k < m_toks.size() && k < i + 6; ++k) {
            const auto head = m_lex.suffixIn("meeting_head", m_toks[k].stem);
            if (!head.empty()) {
                c.kind = m_lex.note("meeting_head", head);
                break;
            }
            if (!m_toks[k].tail.empty())
                break;
        }
        push(std::move(c));
        ++i;
    }
    // Bare acronyms of those events ("AISC는").
    std::unordered_map<std::u32string, std::vector<std::size_t>> byAcronym; // indices into m_out, ascending
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        if (!m_out[k].acronym.empty())
            byAcronym[m_out[k].acronym].push_back(k);
    }
    std::vector<MeetingCand> extra;
    for (std::size_t i = 0; i < m_toks.size() && !byAcronym.empty(); ++i) {
        const auto named = byAcronym.find(std::u32string(m_toks[i].stem));
        if (named == byAcronym.end())
            continue;
        for (const std::size_t k : named->second) {
            const auto &c = m_out[k];
            if (!(m_toks[i].start >= c.start && m_toks[i].start < c.end)) {
                MeetingCand b = c;
                b.start = m_toks[i].start;
                b.end = m_toks[i].stemEnd;
                b.alias.clear();
                b.firstToken = i;
                b.bare = true;
                b.name = c.acronym;
                extra.push_back(std::move(b));
                break;
            }
        }
    }
    for (auto &b : extra)
        push(std::move(b));
}

// A sentence about an event: something opens, is held or attended there.
bool Finder::eventSentence(int sentence) const
{
    const auto index = static_cast<std::size_t>(sentence);
    if (sentence >= 0 && index < m_eventSentence.size() && m_eventSentence[index] >= 0)
        return m_eventSentence[index] != 0;
    bool found = false;
    const auto [first, last] = m_at.sentenceTokens(sentence);
    for (std::size_t k = first; k < last && !found; ++k) {
        const auto &w = m_toks[k].text;
        for (const std::u32string &cue : m_lex.forms("event_sentence_cue")) {
            if (w.starts_with(cue))
                found = true;
        }
        if (!found && (m_lex.has("event_trigger", w) || !m_lex.suffixIn("meeting_head", m_toks[k].stem).empty()))
            found = true;
    }
    if (sentence >= 0) {
        if (m_eventSentence.empty())
            m_eventSentence.assign(m_at.sentences().size(), -1);
        if (index < m_eventSentence.size())
            m_eventSentence[index] = found ? 1 : 0;
    }
    return found;
}

// ‘컴퓨텍스 2024’, ‘핫칩스(Hot Chips) 2024’: a quoted name of one to three words and a year,
// in a sentence about an event, is that year's edition of a recurring event.
void Finder::fromNamedYears()
{
    for (const auto &q : m_quotes) {
        if (q.close < q.open + 3 || m_outSpans.overlaps(q.start, q.end))
            continue;
        const auto &year = m_toks[q.close - 1];
        if (!isYear(year.stem) || !year.tail.empty())
            continue;
        std::vector<std::size_t> words;
        std::u32string english;
        bool ok = true;
        bool hasHead = false;
        for (std::size_t k = q.open + 1; k + 1 < q.close && ok; ++k) {
            const auto &t = m_toks[k];
            if (t.ch() == U'(') { // 핫칩스(Hot Chips): the English name
                std::size_t j = k + 1;
                std::u32string inner;
                for (; j + 1 < q.close && m_toks[j].ch() != U')'; ++j) {
                    ok = ok && !m_toks[j].punct && std::ranges::all_of(m_toks[j].text, [](char32_t c) { return isLatin(c) || isDigit(c); });
                    inner += (inner.empty() ? U"" : U" ") + std::u32string(m_toks[j].text);
                }
                ok = ok && m_toks[j].ch() == U')' && !inner.empty() && english.empty() && !words.empty();
                english = inner;
                k = j;
                continue;
            }
            // ‘PIM 반도체 포럼 2025’: a head that names an event as well as an initiative (포럼)
            // ends the name of a year's edition.
            const bool eventHead = k + 2 == q.close && !m_lex.suffixIn("meeting_head", t.stem).empty();
            // "‘OCP 글로벌 서밋 2025’": a generic word inside the name, not opening it.
            const bool generic = m_at.isGeneric(t.stem) && words.empty();
            ok = !t.punct && t.tail.empty() && !generic && !m_at.isTimeWord(t)
                 && (m_lex.suffixIn("initiative_head", t.stem).empty() || eventHead) && !m_lex.has("np_stop", t.stem);
            hasHead = hasHead || !m_lex.suffixIn("meeting_head", t.stem).empty();
            words.push_back(k);
        }
        // "‘구글 클라우드 서밋 서울 2026’": four words when one of them is an event's head.
        const std::size_t maxWords = hasHead ? 4 : 3;
        if (!ok || words.empty() || words.size() > maxWords || !eventSentence(m_toks[q.open].sentence))
            continue;
        // ‘그램 2024’를 공개했다: a product is an object; an event is one only when it is held.
        if (q.close + 1 < m_toks.size() && (m_toks[q.close + 1].text == U"를" || m_toks[q.close + 1].text == U"을")) {
            const auto &verb = m_toks[std::min(q.close + 2, m_toks.size() - 1)].text;
            const bool held =
                q.close + 2 < m_toks.size()
                && (verb.starts_with(U"개최") || verb.starts_with(U"주최") || verb.starts_with(U"열")
                    || verb.starts_with(U"연다") || verb == U"연" || verb.starts_with(U"여는")); // 연다: 열다
            if (!held)
                continue;
        }
        MeetingCand c;
        c.start = q.start;
        c.end = q.end;
        c.firstToken = q.open;
        c.series = phraseText(m_at, words.front(), words.back());
        c.name = c.series + U" " + std::u32string(year.stem);
        c.kind = "conference";
        c.alias = std::u32string(trimmed(q.content));
        if (words.size() == 1)
            c.acronym = c.series; // keys the edition by series and year, like CES 2024
        for (std::size_t k = q.open; k <= q.close; ++k)
            m_used[k] = true;
        push(c);
        if (!english.empty()) { // the English edition name, as a second mention of the same event
            MeetingCand e = c;
            e.alias = english + U" " + std::u32string(year.stem);
            e.bare = false;
            push(std::move(e));
        }
    }
}

std::vector<MeetingCand> Finder::run()
{
    m_used.assign(m_toks.size(), false);
    fromQuotes();
    fromAcronyms();
    fromNamedYears();
    for (const auto &c : m_out) {
        for (std::size_t k = c.firstToken; k < m_toks.size() && m_toks[k].start < c.end; ++k)
            m_used[k] = true;
    }
    for (auto &c : heldQuotedEvents(m_at, m_quotes, m_used))
        push(std::move(c));
    for (const auto &c : m_out) {
        for (std::size_t k = c.firstToken; k < m_toks.size() && m_toks[k].start < c.end; ++k)
            m_used[k] = true;
    }
    fromPhrases();
    std::ranges::stable_sort(m_out, [](const MeetingCand &a, const MeetingCand &b) { return a.start < b.start; });
    return m_out;
}

} // namespace

std::vector<MeetingCand> findMeetingCandidates(const ArticleText &at, const std::vector<OrgSpan> &orgSpans)
{
    Finder f(at, orgSpans);
    return f.run();
}

} // namespace sillok::core::extract
