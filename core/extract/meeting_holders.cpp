// The rules of recognizeMeetings() that read holders and attendees off a meeting's name and the
// sentences around it (meeting_context.h).
#include "extract/meeting_context.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract::meeting_rules {

namespace {

// The organisation with the longest name or alias that opens `name` and ends at a word boundary
// (a space, or "·"/"-" joining a second name); -1 when none. `rest` gets what follows it. One
// lookup per boundary of the name.
int organizationOpening(const MeetingContext &cx, std::u32string_view name, std::u32string_view &rest)
{
    int best = -1;
    for (std::size_t p = 2; p + 1 < name.size(); ++p) {
        const char32_t c = name[p];
        if (c != U' ' && c != U'·' && c != U'・' && c != U'-')
            continue;
        if (const auto it = cx.orgByName.find(std::u32string(name.substr(0, p))); it != cx.orgByName.end()) {
            best = it->second;
            rest = name.substr(p);
        }
    }
    return best;
}

} // namespace

// "다온칩스 임시주주총회", "KT클라우드 파트너 데이 2024", "오르빗세미·뉴로레인 합병 계약 체결식":
// the organisations whose names open the meeting's name (the second joined by "·" or "-") hold
// it. An event named after a body that someone else holds (`attended_by_named`: its launch, "X
// 출범식"; its audit, "X 국정감사") has X attend it instead.
void attachNamedHolders(const MeetingContext &cx, ExtractedMeeting &m)
{
    std::vector<std::string> names{m.name};
    names.insert(names.end(), m.aliases.begin(), m.aliases.end());
    for (const auto &n : names) {
        const auto w = u32(n);
        std::u32string_view rest;
        const int first = organizationOpening(cx, w, rest);
        if (first < 0)
            continue;
        const bool attends = std::ranges::any_of(cx.at.lexicon().forms("attended_by_named"),
                                                 [&](const std::u32string &h) { return w.ends_with(h); });
        auto &into = attends ? m.participants : m.organizers;
        addUnique(into, cx.orgs[static_cast<std::size_t>(first)].name);
        if (rest.front() != U' ') {
            std::u32string_view rest2;
            const int second = organizationOpening(cx, rest.substr(1), rest2);
            if (second >= 0)
                addUnique(into, cx.orgs[static_cast<std::size_t>(second)].name);
        }
        return;
    }
}

// "오르빗세미와 뉴로레인이 하나로 합친다 … 합병 계약 체결식", "포톤링크와 KAIST는 … 업무협약을
// 맺었다 … 업무협약식": a signing (`deal_event`: 체결식, 서명식, 협약식), or a merger's press
// conference or shareholders' meeting, is held by the two parties joined as the subject before it
// ("X와 Y는/가"), when it names no other holder and, if it names who attended, both are there.
void attachDealParties(const MeetingContext &cx, ExtractedMeeting &m)
{
    const auto name = u32(m.name);
    const bool signing = std::ranges::any_of(cx.at.lexicon().forms("deal_event"),
                                             [&](const std::u32string &h) { return name.ends_with(h); });
    const bool merger =
        name.find(U"합병") != std::u32string::npos && (m.kind == "press_conference" || name.ends_with(U"주주총회"));
    if ((!signing && !merger) || m.organizers.size() > 1)
        return;
    const auto *pair = pairBefore(cx, m.mentions.front().sentence + 1);
    if (!pair)
        return;
    const auto &a = cx.orgs[static_cast<std::size_t>(pair->first)].name;
    const auto &b = cx.orgs[static_cast<std::size_t>(pair->second)].name;
    const auto in = [](const std::vector<std::string> &v, const std::string &s) {
        return std::ranges::find(v, s) != v.end();
    };
    if (!m.organizers.empty() && !in({a, b}, m.organizers.front()))
        return;
    if (!m.participants.empty() && !(in(m.participants, a) && in(m.participants, b)))
        return;
    addUnique(m.organizers, a);
    addUnique(m.organizers, b);
}

// "…열린 X 출범식에서 참석자들이 기념촬영을 하고 있다. 왼쪽부터 A 대표, B 실장.", "전략대화에는 …
// 참석했다. 주요 참석자는 ▲A ▲B": a sentence that opens with a line-up (`lineup_cue`: 왼쪽부터,
// 참석자는, 진술인으로는) and names no meeting lists who attended the meeting of the sentence
// before it (the one named there, or the one named as its place). One pass over the sentences.
void attachLineups(const MeetingContext &cx, std::vector<ExtractedMeeting> &meetings)
{
    constexpr std::size_t kCueWithin = 4;
    const auto &toks = cx.at.tokens();
    const int n = static_cast<int>(cx.at.sentences().size());
    for (int s = 1; s < n; ++s) {
        const auto before = cx.meetingsBySentence.find(s - 1);
        if (before == cx.meetingsBySentence.end() || cx.meetingsBySentence.contains(s))
            continue;
        const auto [a, b] = cx.at.sentenceTokens(s);
        bool lineup = false;
        for (std::size_t k = a; k < b && k < a + kCueWithin && !lineup; ++k)
            lineup = !toks[k].punct && cx.at.lexicon().startsWithForm("lineup_cue", toks[k].text);
        if (!lineup)
            continue;
        std::size_t only = meetings.size();
        std::size_t venue = meetings.size();
        int venues = 0;
        bool several = false;
        for (const auto &[i, isVenue] : before->second) {
            several = several || (only != meetings.size() && only != i);
            only = i;
            if (isVenue && venue != i) {
                venue = i;
                ++venues;
            }
        }
        const std::size_t target = !several ? only : (venues == 1 ? venue : meetings.size());
        if (target < meetings.size())
            addSentenceOrganizations(cx, s, meetings[target].participants);
    }
}

// "‘CES 2025’가 7일 개막했다. … 모빌린트는 통합 한국관에 부스를 냈다", "국내에서는 A, B 등과
// C가 참가했다": a sentence that names no meeting and says its organisations exhibit or take part
// (`exhibit_word`: 부스, 한국관, 출품, 참가했 …) shortly after a show is named (the latest meeting
// of the three sentences before, when it is an exhibition or conference and the only one of its
// sentence) is about that show. One pass over the sentences.
void attachExhibitors(const MeetingContext &cx, std::vector<ExtractedMeeting> &meetings)
{
    constexpr int kWithin = 3;
    const int n = static_cast<int>(cx.at.sentences().size());
    for (int s = 1; s < n; ++s) {
        if (cx.meetingsBySentence.contains(s) || !sentenceSays(cx.at, s, "exhibit_word"))
            continue;
        for (int p = s - 1; p >= 0 && p >= s - kWithin; --p) {
            const auto it = cx.meetingsBySentence.find(p);
            if (it == cx.meetingsBySentence.end())
                continue;
            const std::size_t mi = it->second.front().first;
            const bool only = std::ranges::all_of(it->second, [&](const auto &e) { return e.first == mi; });
            if (only && (meetings[mi].kind == "exhibition" || meetings[mi].kind == "conference"))
                addSentenceOrganizations(cx, s, meetings[mi].participants);
            break;
        }
    }
}

} // namespace sillok::core::extract::meeting_rules
