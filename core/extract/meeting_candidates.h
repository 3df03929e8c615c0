#pragma once
// Private to core/extract: raw meeting mentions before merging (see meeting_recognizer.h).

#include "extract/article_text.h"
#include "extract/organization_recognizer.h"

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

std::vector<MeetingCand> findMeetingCandidates(const ArticleText &at, const std::vector<OrgSpan> &orgSpans);

} // namespace sillok::core::extract
