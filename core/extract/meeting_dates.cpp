// Private to core/extract: the date and place of each meeting (attachDate, followPrevious,
// placeBefore) and the date a ceremony takes from the meeting it is held at (dateCeremonies).
#include "extract/meeting_recognizer_internal.h"

#include "extract/text_scan.h"

namespace sillok::core::extract {

using namespace meeting_internal;

using namespace meeting_rules;

namespace {

const DateMention *dateFor(const Mention &m, const DatesBySentence &dates)
{
    const DateMention *before = nullptr;
    const DateMention *after = nullptr;
    const auto inSentence = dates.find(m.sentence);
    if (inSentence == dates.end())
        return nullptr;
    for (const auto *dp : inSentence->second) {
        const auto &d = *dp;
        if (d.target || (d.start < m.end && m.start < d.end))
            continue;
        // "내년 상반기 서울에서 열린다", "2분기": a half or a quarter gives no month of the meeting.
        if (d.text.find("반기") != std::string::npos || d.text.find("분기") != std::string::npos)
            continue;
        if (d.end <= m.start)
            before = &d;
        else if (!after)
            after = &d;
    }
    return before ? before : after;
}

bool startsWithContinuation(const ArticleText &at, int sentence)
{
    const auto &s = at.sentences()[static_cast<std::size_t>(sentence)];
    const auto text = std::u32string_view(at.text()).substr(static_cast<std::size_t>(s.start),
                                                            static_cast<std::size_t>(s.end - s.start));
    // `continuation_cue`: a cue noted "word" must be followed by a space ("이어 ").
    const auto &lex = at.lexicon();
    for (const auto &cue : lex.forms("continuation_cue")) {
        if (text.starts_with(cue)
            && (lex.note("continuation_cue", cue) != "word" || text.substr(cue.size()).starts_with(U' ')))
            return true;
    }
    // "회의에 이어 같은 장소에서는 …", "행사 직후": the sentence opens by following the previous event.
    const auto [first, last] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    for (std::size_t k = first; k < last && k < first + 4; ++k) {
        const auto &w = toks[k].text;
        if ((w == U"이어" || w == U"이어서" || w == U"직후" || w == U"직후에") && k > first
            && toks[k - 1].tail == U"에")
            return true;
        if (w == U"같은" && k + 1 < last && (toks[k + 1].stem == U"장소" || toks[k + 1].stem == U"날"))
            return true;
    }
    return false;
}

} // namespace

namespace meeting_internal {

std::u32string placeBefore(const ArticleText &at, const Mention &m, const std::vector<OrgSpan> &spans)
{
    const auto &toks = at.tokens();
    const std::size_t first = at.tokenAt(m.start);
    for (std::size_t k = first, n = 0; k > 0 && n < 4; --k, ++n) {
        const auto &t = toks[k - 1];
        if (t.sentence != m.sentence)
            break;
        if (t.tail != U"에서") {
            if (t.punct && !isOpenQuote(t.ch()) && !(t.ch() == U')'))
                break;
            continue;
        }
        if (organizationAt(spans, t.start, t.stemEnd) >= 0 || !at.lexicon().suffixIn("meeting_head", t.stem).empty())
            return {};
        std::size_t s = k - 1;
        while (s > 0 && s + 5 > k && toks[s - 1].sentence == t.sentence
               && (at.isBareNoun(toks[s - 1]) || toks[s - 1].tail == U"와" || toks[s - 1].tail == U"과")
               && organizationAt(spans, toks[s - 1].start, toks[s - 1].stemEnd) < 0)
            --s;
        // "하노이와 다낭": the separator belongs before the next word.
        std::u32string fixed;
        for (std::size_t j = s; j < k; ++j) {
            if (j > s)
                fixed += (toks[j - 1].tail == U"와" || toks[j - 1].tail == U"과") ? U", " : U" ";
            fixed += toks[j].stem;
        }
        return fixed;
    }
    return {};
}

// Date: from the first mention that has one in its sentence (named mentions first).
void attachDate(const MeetingContext &cx, ExtractedMeeting &m)
{
    for (int pass = 0; pass < 2 && !m.date.isValid(); ++pass) {
        for (const auto &mm : m.mentions) {
            if ((pass == 0) != (mm.field == "name"))
                continue;
            if (const auto *d = dateFor(mm, cx.datesBySentence)) {
                m.date = d->date;
                m.endDate = d->lastDay;
                m.dateText = d->text;
                break;
            }
        }
    }
}

// A follow-up event ("전략대화에 이어 같은 장소에서는 … 시연회") takes the date of the dated
// event before it.
void followPrevious(const MeetingContext &cx, const ExtractedMeeting *previous, ExtractedMeeting &m)
{
    if (previous && m.date.precision < DatePrecision::Day && (!m.date.isValid() || m.date.year == previous->date.year)
        && startsWithContinuation(cx.at, m.mentions.front().sentence)) {
        m.date = previous->date;
        m.dateText = m.dateText.empty() ? previous->dateText : m.dateText;
    }
}

// "반도체대전이 23일 막을 올렸다 … 개막식에는": an undated opening ceremony is on the first day
// of the exhibition or conference named before it (a closing ceremony on its last day).
void dateCeremonies(std::vector<ExtractedMeeting> &meetings)
{
    for (auto &m : meetings) {
        const bool opening = m.name.ends_with("개막식") || m.name.ends_with("개회식");
        const bool closing = m.name.ends_with("폐막식") || m.name.ends_with("폐회식");
        if ((!opening && !closing) || m.date.precision == DatePrecision::Day)
            continue;
        const ExtractedMeeting *event = nullptr;
        for (const auto &e : meetings) {
            if (&e != &m && (e.kind == "exhibition" || e.kind == "conference") && e.date.precision == DatePrecision::Day
                && e.mentions.front().start < m.mentions.front().start && !event)
                event = &e;
        }
        if (!event)
            continue;
        m.date = closing && event->endDate.isValid() ? event->endDate : event->date;
        if (m.dateText.empty())
            m.dateText = event->dateText;
    }
}

} // namespace meeting_internal

} // namespace sillok::core::extract
