#pragma once
// Private to meeting_recognizer.cpp and its parts (meeting_merge.cpp, meeting_dates.cpp,
// meeting_organizers.cpp): the passes of recognizeMeetings() each part defines for the others.
// What every pass looks things up in is MeetingContext (meeting_context.h).

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/meeting_candidates.h"
#include "extract/meeting_context.h"
#include "extract/organization_recognizer.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract::meeting_internal {

using meeting_rules::MeetingContext;

// Merges candidates into meetings: numbered meetings first, so that the series named alone can
// join them, then the other named ones, then the bare head nouns.
std::vector<ExtractedMeeting> merge(const ArticleText &at, const std::vector<MeetingCand> &cands);
// Adds `alias` to the meeting's aliases unless it is empty or one of them already (keys compared).
void addAlias(ExtractedMeeting &m, const std::u32string &alias);
// Place: the words in 에서 right before the mention ("하노이와 다낭에서 열린"), empty when none or
// when they name an organisation or a meeting.
std::u32string placeBefore(const ArticleText &at, const Mention &m, const std::vector<OrgSpan> &spans);
// Date: from the first mention that has one in its sentence (named mentions first).
void attachDate(const MeetingContext &cx, ExtractedMeeting &m);
// A follow-up event ("전략대화에 이어 같은 장소에서는 … 시연회") takes the date of the dated
// event before it.
void followPrevious(const MeetingContext &cx, const ExtractedMeeting *previous, ExtractedMeeting &m);
// "반도체대전이 23일 막을 올렸다 … 개막식에는": an undated opening ceremony is on the first day
// of the exhibition or conference named before it (a closing ceremony on its last day).
void dateCeremonies(std::vector<ExtractedMeeting> &meetings);
// The particle right after the mention.
std::u32string tailAfter(const ArticleText &at, const Mention &mm);
// A particle that makes the name a venue: 에서, 에, 에는…
bool isVenueTail(std::u32string_view tail);
// Organisers: those of the first mention; when it gives none (a headline names the event before
// the sentence that holds it: "…‘X’ 출범식…", then "과기정통부는 … ‘X’ 출범식을 열었다"), those
// of the first later mention that is the object of a holding verb (`held_verb`).
void attachOrganizers(const MeetingContext &cx, ExtractedMeeting &m);
// Participants: the organisations (and people's organisations) of sentences that mention it and
// say 참석/참여/참가, presenters at it, and the organisations of the next sentence when it opens
// by pointing back at it (`venue_anaphor`: 여기에는) or goes on with presenters ("…에서도").
// Initiatives: those named in sentences that mention it.
void attachParticipantsAndInitiatives(const MeetingContext &cx, std::size_t mi, ExtractedMeeting &m);

} // namespace sillok::core::extract::meeting_internal
