#pragma once
// The full-text schema and ranking SQL for core/store to execute (core/search runs no SQL of
// its own). Contract with the store:
//  * tables it must create first: article(id INTEGER PRIMARY KEY, title TEXT, body TEXT, …)
//    and, for annotationSearchSchemaSql(), annotation(id INTEGER PRIMARY KEY, exact TEXT,
//    note TEXT, tags TEXT) with tags stored as text (e.g. space- or comma-separated);
//  * registerKoreanTokenizer() (korean_tokenizer.h) on EVERY connection before any of these
//    statements or any INSERT/UPDATE/DELETE on article/annotation (the triggers tokenize);
//  * doc_wd (word mode) and doc_bg (bigram mode) are external-content FTS5 tables over
//    article(title, body), kept in sync by the article_fts_* triggers; annotation_fts
//    (bigram mode) over annotation(exact, note, tags) by annotation_fts_* triggers;
//  * when kKoreanTokenizerVersion changes, run searchRebuildSql() (and
//    annotationSearchRebuildSql()) once, e.g. in a numbered migration.
// All statements are idempotent (IF NOT EXISTS) and may be run with sqlite3_exec.

#include <string_view>

namespace sillok::core {

// Column weights used by bm25(): a title match counts this many times a body match.
inline constexpr double kTitleWeight = 5.0;
// The word index (exact words and stems) counts this many times the bigram index.
inline constexpr double kWordIndexWeight = 2.0;

std::string_view searchSchemaSql();
// Replaces searchSchemaSql()'s article_fts_ai (after DROP TRIGGER): a new article is indexed
// only when the SQL function sillok_fts_sync() is true. The store registers it on every
// connection; it is false while a writer indexes its batch of new articles itself, with the
// same INSERT INTO doc_wd/doc_bg(rowid, title, body) the trigger runs.
std::string_view articleInsertTriggerSql();
std::string_view searchRebuildSql();
std::string_view annotationSearchSchemaSql();
std::string_view annotationSearchRebuildSql();

// Ranked article ids. Parameters: ?1 = MatchQuery::wordExpr, ?2 = MatchQuery::bigramExpr.
// Columns: id, score (REAL, higher is better; = -(kWordIndexWeight*bm25(doc_wd) + bm25(doc_bg))
// summed over the indexes that matched; a bigram-only hit still ranks). No ORDER BY/LIMIT, so
// the store can join filters (dates, entity) around it as a subquery.
std::string_view articleRankSql();

// articleRankSql() joined to article, best first. Parameters: ?1 wordExpr, ?2 bigramExpr,
// ?3 limit. Columns: id, title, body, score. Build the snippet with makeSnippet(body,
// MatchQuery::highlightTerms).
std::string_view articleSearchSql();

// Ranked annotations. Parameters: ?1 = MatchQuery::bigramExpr, ?2 = limit.
// Columns: id, score (higher is better).
std::string_view annotationSearchSql();

} // namespace sillok::core
