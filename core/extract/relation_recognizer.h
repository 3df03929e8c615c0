#pragma once
// Private to core/extract: typed relations between the article's organisations and initiatives,
// read off the sentence patterns of Korean news (docs/extraction.md, "Relations"). A sentence
// states a relation when it holds a trigger word (`relation_trigger` in the lexicon: 업무협약,
// 투자, 인수, 합병, 공급, 자회사, 참여, 보조금…) and its two ends carry the particles that give
// the direction:
//
//   A는 B와 업무협약을 맺었다 / A와 B는 … 협약   → partnership(A, B)
//   A가 B에 투자했다                              → investment(A, B)
//   A가 B로부터 투자를 유치했다                   → investment(B, A)
//   A가 B를 인수했다 / A의 B 인수                 → acquisition(A, B)
//   A가 B에 공급·납품 / B로부터 수주              → supply(A, B)
//   B의 자회사 A / A는 B 산하 / 기획투자부 국가혁신센터 → subsidiary_of(A, B)
//   A가 X 사업에 참여·선정 / X는 A, B가 설립한 연합 → participates_in(A, X)
//   A가 X에 보조금·출연금·예산 (or 투자 into an initiative) → funds(A, X)
//
// Hedged sentences (전망, 가능성, 검토…: `relation_hedge`) state nothing. Items of a list
// ("A, B, C가", "A·B 등이") share the particle of the list. Pure; thread-safe.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"

#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedRelation> recognizeRelations(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                  const std::vector<ExtractedInitiative> &initiatives,
                                                  const std::vector<DateMention> &dates);

} // namespace sillok::core::extract
