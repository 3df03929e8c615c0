#pragma once
// Private to core/extract: meetings and events: noun phrases ending in an event head noun
// (제1차 AI반도체 분과회의, 반도체 현안 점검회의), quoted names (제4차 ‘AI 반도체 최고위 전략대화’),
// "…에서 열린 <name> 회의" stretches, and event names "AISC 2025" / "CES 2024". Each gets its
// kind, ordinal/series, date (nearest temporal expression of its sentence; none is invented),
// place ("X에서" before it), organizers, participants, initiatives and part_of.
//
// Organizers: subject organisations before its first mention; else, when the sentence that
// holds it (개최했다, 가졌다…) names no actor, the article's topic organisations (topic.h).
// Participants: the organisations, and the organisations of the people, of sentences that
// mention it and say 참석/참여, of sentences where organisations present at it ("X에서 …
// 소개했다", and the next sentence's "Y에서도 발표했다"), and of a sentence that opens by
// pointing back at it ("여기에는 …"). When a sentence names two meetings, what it says goes to
// the one it takes place at ("…에서는", "…에는"), not the one it only refers to.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"

#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedMeeting> recognizeMeetings(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                const std::vector<ExtractedInitiative> &initiatives,
                                                const std::vector<DateMention> &dates,
                                                const std::vector<ExtractedPerson> &people = {},
                                                const std::vector<std::size_t> &topics = {});

} // namespace sillok::core::extract
