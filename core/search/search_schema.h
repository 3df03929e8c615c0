#pragma once
// The full-text schema and ranking SQL for core/store to execute (core/search runs no SQL of
// its own). Contract with the store:
//  * tables it must create first: article(id INTEGER PRIMARY KEY, title TEXT, body BLOB, …),
//    body as text/text_pack.h packs it, with the SQL function sillok_text() that unpacks it
//    registered on every connection (store/database.cpp); and, for annotationSearchSchemaSql(), annotation(id INTEGER PRIMARY KEY, exact TEXT,
//    note TEXT, tags TEXT) with tags stored as text (e.g. space- or comma-separated); the
//    search and facet queries (articleSearchSql, articleFacetSql) also read article(uid, source,
//    published, copy_of) with an index article_published, mention(article_id, entity_id) and
//    entity(id, type, name, rejected);
//  * registerKoreanTokenizer() (korean_tokenizer.h) on EVERY connection before any of these
//    statements or any INSERT/UPDATE/DELETE on article/annotation (the triggers tokenize);
//  * doc_wd (word mode) and doc_bg (bigram mode, detail=none) are external-content FTS5
//    tables over the view article_text(title, body), kept in sync by the article_fts_*
//    triggers; annotation_fts (bigram mode) over annotation(exact, note, tags) by
//    annotation_fts_* triggers;
//  * when kKoreanTokenizerVersion changes, run searchRebuildSql() (and
//    annotationSearchRebuildSql()) once, e.g. in a numbered migration.
// The schema statements are idempotent (IF NOT EXISTS) and may be run with sqlite3_exec.

#include <string>
#include <string_view>

namespace sillok::core {

// Column weights used by bm25(): a title match counts this many times a body match.
inline constexpr double kTitleWeight = 5.0;
// The word index (exact words and stems) counts this many times the bigram index.
inline constexpr double kWordIndexWeight = 2.0;

// The view article_text (id, title, body: the text unpacked by the store's SQL function
// sillok_text()), doc_wd and doc_bg over it, and the article_fts_* triggers.
std::string_view searchSchemaSql();
// Drops what searchSchemaSql() makes (a migration that changes the indexes makes them again).
std::string_view searchSchemaDropSql();
// Replaces searchSchemaSql()'s article_fts_ai (after DROP TRIGGER): a new article is indexed
// only when the SQL function sillok_fts_sync() is true. The store registers it on every
// connection; it is false while a writer indexes its batch of new articles itself, with the
// same INSERT INTO doc_wd/doc_bg(rowid, title, body) the trigger runs.
std::string_view articleInsertTriggerSql();
std::string_view searchRebuildSql();
std::string_view annotationSearchSchemaSql();
std::string_view annotationSearchRebuildSql();

// The article search as one statement, best first, one page. The store no longer runs it: it
// computes the same matches in memory (store/library_search.cpp, one MATCH per index, merged by
// id), and tests/store/library_search_reference_test.cpp holds that path to this statement and
// to articleFacetSql(), the reference for what a search returns: the stories either index finds,
// scored -kWordIndexWeight*bm25(doc_wd) (0 for a story only doc_bg finds: bm25 over a
// detail=none index would tokenize every matching text again)
// (or, when ?1 and ?2 are '', every story with score 0: filters alone), restricted by the
// filters, ranked with the entity tier on top, counted, paged. Needs, besides doc_wd/doc_bg: article(id, uid,
// source, title, body, published) and mention(article_id, entity_id) (entity_id = the curated
// entity the mention belongs to). Parameters:
//   ?1 MatchQuery::wordExpr, ?2 MatchQuery::bigramExpr ('' and '' = no text query);
//   ?3 from, ?4 to: PartialDate strings ('' = open); an article matches when its date's span
//      overlaps [from, to] ("2024" overlaps 2024-03-01..2024-06-30); undated ones never do;
//   ?5 … ?8 entity filters: each NULL or a JSON array of entity ids; an article matches a filter
//      when it mentions one of its ids (so several filters = AND, the ids of one = OR);
//   ?9 NULL or a JSON array of the entities the query names: articles that mention one of them
//      rank above the rest (kEntityTierBonus is added to their score);
//   ?10 limit (-1 = all), ?11 offset;
//   ?12 MatchQuery::bigramCheck: a story only doc_bg found must hold it (the SQL function
//      sillok_holds(title, body, check) of the store, search/term_check.h); NULL or '' = none.
// Columns: id, score, total (matching stories over all pages), uid, source, title, body,
// published, duplicates (copies folded into the story).
// Build the snippet with makeSnippet(body, MatchQuery::highlightTerms).
std::string_view articleSearchSql();
inline constexpr int kEntityFilterSlots = 4;  // ?5 … ?8
inline constexpr double kEntityTierBonus = 1000.0;

// Facet counts over the same matches as articleSearchSql() (same parameters ?1 … ?9 and ?12;
// ?10 and ?11 unused). Needs the indexes mention_article(article_id, …, entity_id) and
// article_published(published)
// too (the years are read from it, not from the article rows). Rows (kind, value, count, entity):
//   ('total', '', N, 0)                      matching stories;
//   ('mention', '', story id, entity id)     one row per mention of a matching story, a story's
//                                           rows together: FacetTally (facet_tally.h) counts
//                                           the stories per entity type and curated name;
//   ('year', 'YYYY', N, 0)                   stories published that year;
//   ('source', <article.source>, 1, 0)       one row per matching story (the caller folds the
//                                           sources into outlets).
std::string_view articleFacetSql();

// "One row per story": the condition a matching article id (the SQL expression `id`) must meet
// to be listed and counted — it is a primary copy (article.copy_of IS NULL). Every search and
// facet query goes through it, so what a story is changes here and nowhere else.
std::string storyConditionSql(std::string_view id);
// How many copies are folded into the story of article `id` (an SQL expression).
std::string duplicatesSql(std::string_view id);

// Ranked annotations. Parameters: ?1 = MatchQuery::bigramExpr, ?2 = limit.
// Columns: id, score (higher is better).
std::string_view annotationSearchSql();

} // namespace sillok::core
