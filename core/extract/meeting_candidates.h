#pragma once
// Private to core/extract: raw meeting mentions before merging (see meeting_recognizer.h).

#include "extract/article_text.h"
#include "extract/organization_recognizer.h"
#include "extract/phrase.h"

#include <string>
#include <vector>

namespace sillok::core::extract {

struct MeetingCand {
    int start = 0;
    int end = 0;
    std::size_t firstToken = 0;
    std::u32string name;       // as it will be shown (제N차 included)
    std::u32string head;       // the head noun form ("분과회의"), empty for event names
    std::string kind;
    int ordinal = 0;
    std::u32string series;     // name without 제N차
    std::u32string partOf;
    std::u32string alias;      // a second name given with it (quoted title, acronym)
    std::u32string acronym;    // "AISC" for acronym-year events
    bool bare = false;         // just the head noun ("분과회의는", "제3차 전략대화")
    bool anaphor = false;      // a bare head after a demonstrative ("이 전시회에서"): an event named before
};

// meeting_quoted.cpp: "협회가 여는 ‘한·칠레 NPU 협력 포럼’에서", "열리는 ‘해양로봇산업전’에
// 부스를", "‘블루칩스 엣지 테크데이 2024’를 연다", "열린 ‘오토마티카(automatica)’ 전시회": a quote of one to seven words, none of them taken (`used`, by token), names an event
// when the word before it says the event is held there (`venue_held_form`, 여는, 연) and a particle
// of place or an event's head noun follows it, and its words hold an event's head
// (`meeting_head`, `quoted_event_end`) or a year, or an event's head follows it; or when it is the
// object of a held verb (열고, 연다, 개최) and ends with an event's head (before a year); or when a
// show's head noun classes it right before ("세계 최대 로봇 전시회 ‘로보월드 2024(RoboWorld 2024)’가
// 개막했다") and it holds an event's head or a year. An English gloss in parentheses at its end is
// its alias.
std::vector<MeetingCand> heldQuotedEvents(const ArticleText &at, const std::vector<Quote> &quotes,
                                          const std::vector<bool> &used);

std::vector<MeetingCand> findMeetingCandidates(const ArticleText &at, const std::vector<OrgSpan> &orgSpans);

} // namespace sillok::core::extract
