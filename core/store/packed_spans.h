#pragma once
// An article's sentences and blocks as the library keeps them: one blob each a stored article
// (article_sentences.bounds, article_blocks.blocks) instead of a row a sentence and a row a block.
// A row of (article, index, start, end) took some 16 bytes with its share of the table's pages;
// the blobs take 2–3 bytes a sentence and 5–6 a block besides a noise block's reason and text
// (docs/performance.md, "The sentences and blocks as blobs").
//
// Both are sequences of varints, each zigzag-coded so that any int survives:
// - sentences: its start less the previous sentence's end (0 before the first), its length;
// - blocks: its kind (0 body, 1 title, 2 noise, 3 caption), its start less the previous block's
//   end, its length, then the byte length and the bytes of its reason, then of its text.
// A block's text is stored only where the article row does not hold it (the writer's choice,
// store/import_writer.cpp writeBlocks); an empty text is stored as empty.

#include "common/result.h"
#include "extract/extraction.h"
#include "ingest/article.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::store {

// The blob of `sentences`, in their order ("" for none).
std::string packSentences(const std::vector<Sentence> &sentences);

// The sentences of a blob made by packSentences(). ErrorCode::Database, naming the damage, for
// bytes that end inside a varint or hold an offset outside int's range.
Result<std::vector<Sentence>> unpackSentences(std::string_view bounds);

// The blob of `blocks`, in their order; block i's text is kept where keepText[i] is true (missing
// entries: kept), stored as empty elsewhere.
std::string packBlocks(const std::vector<TextBlock> &blocks, const std::vector<bool> &keepText);

// The blocks of a blob made by packBlocks(); a block whose text was not kept has "". Refused as
// unpackSentences() refuses, and for a kind other than the four or a string past the blob's end.
Result<std::vector<TextBlock>> unpackBlocks(std::string_view packed);

// The kind a name gives ("body", "title", "noise", "caption"; the block table's spelling before
// migration 29); Body for any other.
BlockKind blockKindNamed(std::string_view name);

} // namespace sillok::core::store
