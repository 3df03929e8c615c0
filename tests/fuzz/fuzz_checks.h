#pragma once
// Invariants the pipeline fuzzer checks after each stage. Each function appends one line per
// broken invariant to `failures` (empty when everything holds) and never throws.

#include "dates/date_resolver.h"
#include "extract/extraction.h"
#include "ingest/article.h"
#include "search/korean_tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::fuzz {

using Failures = std::vector<std::string>;

// Text fields valid NFC UTF-8; blocks inside fullText and equal to their span; body made of the
// Body blocks; contentHash the SHA-256 of fullText; published a real calendar date or none.
void checkArticle(const core::ParsedArticle &article, Failures &failures);

// Sentences ordered, non-empty, inside the body; every mention start < end inside the body,
// its sentence index valid and its surface the text of its span; names valid UTF-8; dates real.
void checkExtraction(const core::ParsedArticle &article, const core::Extraction &extraction, Failures &failures);

// Expressions ordered inside the text (code points), their words the text of the span (up to
// particles), values real calendar times.
void checkTemporal(std::string_view text, const std::vector<core::TemporalExpression> &found, Failures &failures);

// Tokens non-empty, valid UTF-8, with byte offsets inside the input.
void checkTokens(std::string_view input, const std::vector<core::SearchToken> &tokens, std::string_view what,
                 Failures &failures);

// A calendar date with a real month and day for its precision.
bool isRealDate(const core::PartialDate &date);

} // namespace sillok::fuzz
