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

} // namespace sillok::core::extract
