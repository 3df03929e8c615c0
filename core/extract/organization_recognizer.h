#pragma once
// Private to core/extract: finds organisations in an article: gazetteer names, "한글(English)"
// appositions (which add aliases), suffix shapes (…위원회, …진흥원, …대학교), title contexts
// (기획투자부 차관, 태재대 총장, 아모레퍼시픽 김승환 대표, Aitomatic의 창립자) and coordinated
// lists of companies (사피온·퓨리오사AI·딥엑스 등 AI반도체 기업; NHN·KT·네이버클라우드).

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/gazetteer.h"

#include <unordered_map>
#include <vector>

namespace sillok::core::extract {

std::vector<ExtractedOrganization> recognizeOrganizations(const ArticleText &at, const Gazetteer &gazetteer);

// A mention span of an organisation, for the other recognizers (sorted by start).
struct OrgSpan {
    int start = 0;
    int end = 0;
    int org = -1; // index into the organisations
};
std::vector<OrgSpan> organizationSpans(const std::vector<ExtractedOrganization> &orgs);
// Indices into a span list by mention end, each list ascending (in span order).
using SpansByEnd = std::unordered_map<int, std::vector<std::size_t>>;
SpansByEnd indexSpansByEnd(const std::vector<OrgSpan> &spans);
// The organisation whose mention covers exactly the stem of tokens [first, last], or -1.
int organizationAt(const std::vector<OrgSpan> &spans, int start, int end);

// Folds a short Latin brand (KT, LG) into the one unit of it named in the same article
// (KT클라우드, LG AI연구원), as headlines and lists abbreviate ("KT·NHN클라우드 등"). A brand
// that carries a particle somewhere in `text` ("KT와 신한벤처투자") acts in its own name and stays.
void mergeBrandShorthands(std::vector<ExtractedOrganization> &orgs, std::u32string_view text);
// Folds an organisation recognised by shape (정보통신부) into the known one named with its
// country in the same article (베트남 정보통신부).
void mergeCountryQualified(std::vector<ExtractedOrganization> &orgs, const Lexicon &lexicon);

// True when `word` looks like a Korean personal name (surname + 1-2 syllables).
bool looksLikeKoreanName(const ArticleText &at, std::u32string_view word);
// Token k is a three-syllable Korean name whose last syllable the tokenizer took for a particle
// (류은은, 서경도: 은/도), right before "[organisation] title", where no particle can end a name.
// The stem must not be a common noun (hunspell-ko) or a stop word: "정부는 … 회장" is not a name.
bool koreanNameBeforeTitle(const Lexicon &lex, const std::vector<Token> &toks, std::size_t k);

} // namespace sillok::core::extract
