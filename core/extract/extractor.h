#pragma once
// core/extract: the entity extractor. Rules, dictionaries and patterns (no ML) over the cleaned
// body of one article: organisations, people, named initiatives and meetings/events, each with
// its mentions (code-point spans in ParsedArticle::body, sentence index). Dates come from
// core/dates resolved against ParsedArticle::published; relative dates are dropped when the
// publication day is unknown (never invented). Pure function; thread-safe. An exception out of
// these functions (std::bad_alloc, or a bug in a recognizer) is not caught inside: callers report
// it as an internal error naming the article, never as a partial extraction.

#include "extract/extraction.h"
#include "extract/extraction_context.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "ingest/article.h"

#include <cstddef>
#include <string_view>

namespace sillok::core {

// Bodies up to this size (bytes of UTF-8; news articles stay far below) are mined as one piece.
// Longer ones are mined in windows of at most this size cut after a line break, and the windows'
// results merged: every entity once, mentions and sentences at their offsets in the whole body.
// Extraction time is linear in body size either way; windows bound the working memory (about 50
// bytes per body byte). Context does not cross a window edge (a later short mention of an
// organisation recognised by its shape in an earlier window is not found).
inline constexpr std::size_t kMinedWindowBytes = 1024 * 1024;

// Extracts with the context's gazetteer, lexicon and event calendar (every pointer set).
Extraction extractEntities(const ParsedArticle &article, const ExtractionContext &context);
Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer = Gazetteer::builtin());
Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon);

// Mines the body and then the article's captions (minedText(article)): offsets below
// minedCaptionStart(article) are body offsets, mentions at or after it have Mention::caption set
// (and so have the evidence of facts and relations they support). Without captions it is
// extractEntities(). The store still mines the body alone (extractEntities) until it keeps
// caption blocks and their sentences; `sillok-cli extract` uses this one.
Extraction extractArticle(const ParsedArticle &article, const Gazetteer &gazetteer = Gazetteer::builtin(),
                          const Lexicon &lexicon = Lexicon::builtin());
Extraction extractArticle(const ParsedArticle &article, const ExtractionContext &context);
// The same, and sets `minedU32` to toU32(minedText(article)): the text the extraction converted
// anyway, for the merge plan (planMerge) not to convert it again.
Extraction extractArticle(const ParsedArticle &article, const ExtractionContext &context, std::u32string &minedU32);

// Convenience for tests and tools: extracts from a plain body with a publication date.
Extraction extractFromText(std::string_view body, const PartialDate &published,
                           const Gazetteer &gazetteer = Gazetteer::builtin(),
                           const Lexicon &lexicon = Lexicon::builtin());

} // namespace sillok::core
