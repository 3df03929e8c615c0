#pragma once
// Private to core/extract: people anchored by a title: "이종호 과기정통부 장관",
// "강도현 과학기술정보통신부 2차관", "아모레퍼시픽 김승환 대표", "응우옌 득 땀 기획투자부 차관",
// "구글의 전 CEO인 에릭 슈미트", "마이클 카간(Michael Kagan) 최고 기술 책임자". Reporters
// ("이경태 기자") and anaphora ("이 장관") are not people.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/organization_recognizer.h"

#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedPerson> recognizePeople(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs);

} // namespace sillok::core::extract
