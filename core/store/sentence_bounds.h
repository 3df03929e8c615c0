#pragma once
// An article's sentences as the library keeps them: one blob a stored article
// (article_sentences.bounds) instead of a row a sentence. Each sentence is two varints, its start
// less the previous sentence's end and its length, each zigzag-coded so that any pair of offsets
// survives: about 2.5 bytes a sentence where a row of (article, index, start, end) took some 16
// with its share of the table's pages (docs/performance.md, "The sentences as one blob").

#include "common/result.h"
#include "extract/extraction.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::store {

// The blob of `sentences`, in their order ("" for none).
std::string packSentences(const std::vector<Sentence> &sentences);

// The sentences of a blob made by packSentences(). ErrorCode::Database, naming the damage, for
// bytes that end inside a varint or hold an offset outside int's range.
Result<std::vector<Sentence>> unpackSentences(std::string_view bounds);

} // namespace sillok::core::store
