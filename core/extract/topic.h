#pragma once
// Private to core/extract: the organisations an article is about, as Korean news and press
// releases introduce them — the subject of the lead ("과학기술정보통신부는 … 했다고 19일
// 밝혔다") or the organisations that open a subtitle line ("과기정통부-산업부, AI반도체분과
// 1차회의 개최"). Later sentences drop that subject ("… 전시회도 개최했다"), and "정부" there
// stands for the article's government body. Pure; thread-safe.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/organization_recognizer.h"

#include <cstddef>
#include <vector>

namespace sillok::core::extract {

// Indexes into `orgs`, in order of mention; empty when the article has no such lead.
std::vector<std::size_t> topicOrganizations(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs);

// True when the subject particle 은/는/이/가 ends token `t` / is `particle`.
bool isSubjectTail(const Token &t);
bool isSubjectParticle(std::u32string_view particle);

// The particle after the span [start, end) of the body: on its last token, or glued after it,
// past a closing quote or a gloss in parentheses ("‘…’에서는", "국가혁신센터(NIC)는"); empty
// when none.
std::u32string tailAfter(const ArticleText &at, int start, int end);

// The sentence leaves its actor unsaid: none of its tokens before `beforeCp` is a subject
// (은/는/이/가) organisation, official (a title) or generic actor (`generic_actor`: 정부).
bool sentenceLacksSubject(const ArticleText &at, const std::vector<OrgSpan> &spans, int sentence, int beforeCp);
// A generic actor (`generic_actor`: 정부, 우리 정부) is a subject before `beforeCp`.
bool genericSubject(const ArticleText &at, int sentence, int beforeCp);

} // namespace sillok::core::extract
