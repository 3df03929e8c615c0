#pragma once
// Private to core/extract: named initiatives: quoted names with a head noun (‘K-클라우드
// 프로젝트’, ‘국산 AI반도체를 활용한 K-클라우드 추진방안’), unquoted noun phrases ending in a head
// noun (베트남 반도체 산업 개발 전략), legal acts (결의안 제57-NQ/TW호) and stages
// (‘K-클라우드 프로젝트’ 1단계 사업 → part of K-클라우드 프로젝트). Owners are organisations that
// are the subject of 발표/추진/마련… in the same sentence; the date is stated in that sentence.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"

#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedInitiative> recognizeInitiatives(const ArticleText &at,
                                                      const std::vector<ExtractedOrganization> &orgs,
                                                      const std::vector<DateMention> &dates,
                                                      const std::vector<std::size_t> &topics = {});

// An alliance the article gives members, a chair or a secretariat (`alliance_member_cue`:
// "얼라이언스 회원사", "초대 의장은", "사무국은") in a sentence naming it or its bare head
// ("얼라이언스에는") is an organisation of kind alliance, not a programme: moved from
// `initiatives` to the end of `orgs` (confidence 0.8). An organisation whose every mention lies
// inside such a name is dropped ("AI 얼라이언스" inside "글로벌 텔코 AI 얼라이언스"). True when
// anything moved: indexes into `orgs` are then stale.
bool moveMemberAlliances(const ArticleText &at, std::vector<ExtractedInitiative> &initiatives,
                         std::vector<ExtractedOrganization> &orgs);

} // namespace sillok::core::extract
