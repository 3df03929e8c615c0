#pragma once
// core/extract: the entity extractor. Rules, dictionaries and patterns (no ML) over the cleaned
// body of one article: organisations, people, named initiatives and meetings/events, each with
// its mentions (code-point spans in ParsedArticle::body, sentence index). Dates come from
// core/dates resolved against ParsedArticle::published; relative dates are dropped when the
// publication day is unknown (never invented). Pure function; thread-safe.

#include "extract/extraction.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "ingest/article.h"

#include <cstddef>
#include <string_view>

namespace sillok::core {

// Bodies longer than this (bytes of UTF-8) are stored and searchable but not mined:
// extractEntities returns an empty Extraction for them.
inline constexpr std::size_t kMaxMinedBodyBytes = 256 * 1024;

Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer = Gazetteer::builtin());
Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon);

// Convenience for tests and tools: extracts from a plain body with a publication date.
Extraction extractFromText(std::string_view body, const PartialDate &published,
                           const Gazetteer &gazetteer = Gazetteer::builtin(),
                           const Lexicon &lexicon = Lexicon::builtin());

} // namespace sillok::core
