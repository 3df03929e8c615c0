#pragma once
// Private to core/extract: meetings and events: noun phrases ending in an event head noun
// (제1차 AI반도체 분과회의, 반도체 현안 점검회의), quoted names (제4차 ‘AI 반도체 최고위 전략대화’),
// "…에서 열린 <name> 회의" stretches, and event names "AISC 2025" / "CES 2024". Each gets its
// kind, ordinal/series, date (nearest temporal expression of its sentence; none is invented),
// place ("X에서" before it), organizers, participants, initiatives and part_of.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"

#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedMeeting> recognizeMeetings(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                const std::vector<ExtractedInitiative> &initiatives,
                                                const std::vector<DateMention> &dates);

} // namespace sillok::core::extract
