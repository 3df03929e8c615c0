// Private to core/extract: recognizeMeetings() (meeting_recognizer.h), its MeetingContext
// (meeting_context.h) and the passes that settle the meetings once merged: the organisations of
// the article's topic, the programme an event belongs to, which meetings to keep, events held at
// a meeting. The merge is in meeting_merge.cpp, dates and places in meeting_dates.cpp, organizers
// and participants in meeting_organizers.cpp, holders read off the name in meeting_holders.cpp.
#include "extract/meeting_recognizer.h"

#include "extract/meeting_recognizer_internal.h"
#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>
#include <unordered_map>

namespace sillok::core::extract {

using namespace meeting_internal;

using namespace meeting_rules;

namespace meeting_rules {

MeetingContext::MeetingContext(const ArticleText &a, const std::vector<ExtractedOrganization> &o,
                               const std::vector<ExtractedInitiative> &ini, const std::vector<DateMention> &dates,
                               const std::vector<ExtractedPerson> &p, std::vector<std::size_t> t)
    : at(a), orgs(o), initiatives(ini), spans(organizationSpans(o)), people(p), topics(std::move(t))
{
    for (std::size_t i = 0; i < people.size(); ++i) {
        for (const auto &pm : people[i].mentions) {
            auto &list = peopleBySentence[pm.sentence];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
    for (const auto &d : dates)
        datesBySentence[d.sentence].push_back(&d);
    spanSentence.reserve(spans.size());
    for (const auto &sp : spans)
        spanSentence.push_back(at.sentenceAt(sp.start));
    for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
        const auto &x = spans[i];
        // Past the first one's own gloss ("스파크레인(SparkRain)과": SparkRain is a mention too).
        std::size_t next = i + 1;
        while (next + 1 < spans.size() && spans[next].org == x.org && spans[next].start < x.end + 16)
            ++next;
        const auto &y = spans[next];
        const auto joint = tailAfter(at, x.start, x.end);
        // "스파크레인(SparkRain)과 코어빗(Corebit)이": past the first one's gloss.
        std::size_t near = at.tokenAt(x.start);
        const auto &toks = at.tokens();
        if (const std::size_t after = at.tokenAt(x.end); after < toks.size() && toks[after].ch() == U'(') {
            for (std::size_t c = after; c < toks.size() && c < after + 8; ++c) {
                if (toks[c].ch() == U')') {
                    near = c;
                    break;
                }
            }
        }
        if (spanSentence[i] == spanSentence[next] && x.org != y.org && (joint == U"와" || joint == U"과")
            && at.tokenAt(y.start) <= near + 2 && isSubjectParticle(tailAfter(at, y.start, y.end)))
            subjectPairs.push_back({spanSentence[i], x.org, y.org});
    }
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        orgByName.try_emplace(u32(orgs[i].name), static_cast<int>(i));
        for (const auto &alias : orgs[i].aliases)
            orgByName.try_emplace(u32(alias), static_cast<int>(i));
    }
    for (std::size_t i = 0; i < initiatives.size(); ++i) {
        for (const auto &im : initiatives[i].mentions) {
            auto &list = initiativesBySentence[im.sentence];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
}

void addUnique(std::vector<std::string> &v, const std::string &s)
{
    if (!s.empty() && std::ranges::find(v, s) == v.end())
        v.push_back(s);
}

// A token of the sentence opens with a word of `category`.
bool sentenceSays(const ArticleText &at, int sentence, LexiconCategory category)
{
    const auto [a, b] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    const Lexicon &lex = at.lexicon();
    for (std::size_t k = a; k < b; ++k) {
        if (!lex.startsWithForm(category, toks[k].text)) // most tokens: no form has their first letter
            continue;
        for (const auto &w : lex.forms(category)) {
            if (!toks[k].text.starts_with(w))
                continue;
            // A form noted "exact" is a whole token ("개최" in a headline, not "개최된").
            if (toks[k].text.size() == w.size() || lex.note(category, w) != "exact")
                return true;
        }
    }
    return false;
}

// Every organisation of the sentence, and the organisation of every person in it.
void addSentenceOrganizations(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
    for (auto k = lo; k != hi; ++k)
        addUnique(into, cx.orgs[static_cast<std::size_t>(cx.spans[static_cast<std::size_t>(k - cx.spanSentence.begin())].org)].name);
    if (const auto p = cx.peopleBySentence.find(s); p != cx.peopleBySentence.end()) {
        for (const std::size_t i : p->second)
            addUnique(into, cx.people[i].organization);
    }
}

// "X와 Y가 …": the last pair of organisations joined as a subject in a sentence before
// `sentence`, or nullptr.
const MeetingContext::Pair *pairBefore(const MeetingContext &cx, int sentence)
{
    const auto it = std::ranges::lower_bound(cx.subjectPairs, sentence, {}, &MeetingContext::Pair::sentence);
    return it == cx.subjectPairs.begin() ? nullptr : &*std::prev(it);
}

} // namespace meeting_rules

namespace {

// "… 성과전시회도 개최했다": a sentence that holds the meeting (`held_verb`) and names no actor
// leaves it to the article's topic organisations.
void attachTopicOrganizers(const MeetingContext &cx, ExtractedMeeting &m)
{
    if (!m.organizers.empty() || cx.topics.empty())
        return;
    for (const auto &mm : m.mentions) {
        const auto &sentence = cx.at.sentences()[static_cast<std::size_t>(mm.sentence)];
        if (!sentenceSays(cx.at, mm.sentence, "held_verb") || !sentenceLacksSubject(cx.at, cx.spans, mm.sentence, sentence.end))
            continue;
        for (const std::size_t t : cx.topics)
            addUnique(m.organizers, cx.orgs[t].name);
        return;
    }
}

// "두 부처는 다음 달 … 착수회의를 열어", "팹리스 챌린지 데모데이": an event of a programme
// (`programme_event`: 설명회, 데모데이, 보고회, 착수회의 …) that names no initiative in its
// sentences is about the initiative named last before it, within a few sentences, or about the
// only initiative of the article.
void attachProgrammeOfEvent(const MeetingContext &cx, ExtractedMeeting &m)
{
    constexpr int kLookBack = 6;
    const auto name = u32(m.name);
    if (!m.initiatives.empty()
        || std::ranges::none_of(cx.at.lexicon().forms("programme_event"),
                                [&](const std::u32string &h) { return name.ends_with(h); }))
        return;
    const auto &first = m.mentions.front();
    for (int s = first.sentence; s >= 0 && s > first.sentence - kLookBack; --s) {
        const auto it = cx.initiativesBySentence.find(s);
        if (it == cx.initiativesBySentence.end())
            continue;
        // The initiative whose mention in s is last before the meeting (in s itself: before it).
        const ExtractedInitiative *best = nullptr;
        int bestStart = -1;
        for (const std::size_t i : it->second) {
            for (const auto &im : cx.initiatives[i].mentions) {
                if (im.sentence == s && (s < first.sentence || im.end <= first.start) && im.start > bestStart) {
                    best = &cx.initiatives[i];
                    bestStart = im.start;
                }
            }
        }
        if (best) {
            addUnique(m.initiatives, best->name);
            return;
        }
    }
    // "AICA는 … '2단계 사업 설명회'를 열고 … 'AI 실증 데모데이'를 개최할 예정이다", many sentences
    // after the programme: the only initiative the article names, when it is named in more than
    // one sentence (not a programme named once in passing).
    if (cx.initiatives.size() == 1) {
        const auto &mentions = cx.initiatives.front().mentions;
        if (std::ranges::any_of(mentions, [&](const Mention &im) { return im.sentence != mentions.front().sentence; }))
            addUnique(m.initiatives, cx.initiatives.front().name);
    }
}

// A company's press conference, a signing ceremony, a shareholders' meeting (`host_attends`):
// those who hold it are there.
void hostsAttend(const Lexicon &lex, ExtractedMeeting &m)
{
    const auto name = u32(m.name);
    if (std::ranges::none_of(lex.forms("host_attends"), [&](const std::u32string &h) { return name.ends_with(h); }))
        return;
    for (const auto &o : m.organizers)
        addUnique(m.participants, o);
}

// A bare kind noun (시연회, 기자회견) names an event only when something pins it down: a date,
// an organiser or participant, an organisation or date word before it, or a named event or
// initiative in its sentence. "백준호 퓨리오사AI 대표는 25일 기자간담회를 열고": an organisation
// or a date word earlier in the sentence qualifies it even when the date cannot be resolved.
std::vector<ExtractedMeeting> keepPinned(const MeetingContext &cx, const std::vector<ExtractedMeeting> &meetings)
{
    const auto &at = cx.at;
    const auto &toks = at.tokens();
    const auto qualifiedBefore = [&](const Mention &mm) {
        const auto [sFirst, sLast] = at.sentenceTokens(mm.sentence);
        for (std::size_t k = sFirst; k < sLast && toks[k].start < mm.start; ++k) {
            if (at.isTimeWord(toks[k]) || organizationAt(cx.spans, toks[k].start, toks[k].stemEnd) >= 0)
                return true;
            // "무토 요지 경제산업상은 기자회견에서": an official as the subject.
            const auto &tail = toks[k].tail;
            if (at.lexicon().has("title", toks[k].stem) && (tail == U"은" || tail == U"는" || tail == U"이" || tail == U"가"))
                return true;
        }
        return false;
    };
    // For each sentence, up to two meetings mentioned in it (indices, distinct).
    std::unordered_map<int, std::pair<std::size_t, std::size_t>> meetingsBySentence;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        for (const auto &mm : meetings[i].mentions) {
            auto [it, fresh] = meetingsBySentence.try_emplace(mm.sentence, i, kNone);
            if (!fresh && it->second.first != i && it->second.second == kNone)
                it->second.second = i;
        }
    }
    // Another meeting is mentioned in one of m's sentences.
    const auto sharesSentence = [&](std::size_t i) {
        return std::ranges::any_of(meetings[i].mentions, [&](const Mention &mm) {
            const auto &[a, b] = meetingsBySentence.at(mm.sentence);
            return a != i || (b != kNone && b != i);
        });
    };
    std::vector<ExtractedMeeting> kept;
    for (std::size_t mi = 0; mi < meetings.size(); ++mi) {
        const auto &m = meetings[mi];
        const bool pinned = !at.lexicon().has("meeting_head", u32(m.name)) || m.date.isValid() || !m.organizers.empty()
                            || !m.participants.empty() || !m.initiatives.empty()
                            || std::ranges::any_of(m.mentions, qualifiedBefore)
                            || sharesSentence(mi);
        if (pinned)
            kept.push_back(m);
    }
    return kept;
}

// "제3차 전략대화에서 1단계 실증사업 착수 보고회를 가졌다": an event held (`held_verb`) at a
// meeting named as the place before it, in the same sentence and nowhere else, is a part of
// that meeting: it becomes one of its names.
void foldEventsHeldAtMeetings(const ArticleText &at, std::vector<ExtractedMeeting> &meetings)
{
    std::vector<bool> gone(meetings.size(), false);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        auto &m = meetings[i];
        if (m.mentions.size() != 1)
            continue;
        const auto &mm = m.mentions.front();
        const auto tail = tailAfter(at, mm);
        if ((tail != U"을" && tail != U"를") || !sentenceSays(at, mm.sentence, "held_verb"))
            continue;
        for (std::size_t j = 0; j < meetings.size(); ++j) {
            if (j == i || gone[j])
                continue;
            const bool placeBefore = std::ranges::any_of(meetings[j].mentions, [&](const Mention &pm) {
                const auto t = tailAfter(at, pm);
                return pm.sentence == mm.sentence && pm.end <= mm.start && (t == U"에서" || t == U"에서는");
            });
            if (!placeBefore)
                continue;
            addAlias(meetings[j], u32(m.name));
            gone[i] = true;
            break;
        }
    }
    std::size_t k = 0;
    std::erase_if(meetings, [&](const ExtractedMeeting &) { return gone[k++]; });
}

} // namespace

std::vector<ExtractedMeeting> recognizeMeetings(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                const std::vector<ExtractedInitiative> &initiatives,
                                                const std::vector<DateMention> &dates, const std::vector<ExtractedPerson> &people,
                                                const std::vector<std::size_t> &topics)
{
    MeetingContext cx(at, orgs, initiatives, dates, people, topics);
    auto meetings = merge(at, findMeetingCandidates(at, cx.spans));
    foldEventsHeldAtMeetings(at, meetings);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        for (const auto &mm : meetings[i].mentions)
            cx.meetingsBySentence[mm.sentence].emplace_back(i, isVenueTail(tailAfter(at, mm)));
    }
    const ExtractedMeeting *previous = nullptr;
    for (auto &m : meetings) {
        attachDate(cx, m);
        followPrevious(cx, previous, m);
        m.place = u8(placeBefore(at, m.mentions.front(), cx.spans));
        attachOrganizers(cx, m);
        attachParticipantsAndInitiatives(cx, static_cast<std::size_t>(&m - meetings.data()), m);
        attachNamedHolders(cx, m);
        attachDealParties(cx, m);
        attachTopicOrganizers(cx, m);
        // "황보준 X 대표는 … 열린 IPO 기자간담회에서": a press conference with no organiser said is
        // held by the organisation of the first who speaks at it.
        if (m.kind == "press_conference" && m.organizers.empty() && !m.participants.empty())
            m.organizers.push_back(m.participants.front());
        hostsAttend(at.lexicon(), m);
        attachProgrammeOfEvent(cx, m);
        if (m.date.precision == DatePrecision::Day)
            previous = &m;
    }
    attachLineups(cx, meetings);
    attachExhibitors(cx, meetings);
    dateCeremonies(meetings);
    return keepPinned(cx, meetings);
}

} // namespace sillok::core::extract
