#pragma once
// Private to core/store: Library's state and the helpers the store's .cpp files share.
// Not for the CLI or GUI (they use library.h only).
//
// Hooks for the helpers that complete the Library:
//  * graph (core/store/library_graph*.cpp, declared in store/library_graph.h): GraphWriter
//    writes each article's merge plan inside the import's batch transaction (one savepoint per
//    article; an error rolls that article back). aliasGroupFromGraph() widens search alias
//    expansion beyond the gazetteer.
//  * annotate (core/store/library_annotations*.cpp): the annotation table (migration 1) and
//    annotation_fts (migration 2, bigram tokenizer, kept in sync by triggers). After an article's
//    text changed on re-import the store calls store::reanchorAnnotations(db, articleId) inside
//    the same transaction, after the new body is written.

#include "common/clock.h"
#include "extract/extraction_context.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace sillok::core {

struct Library::Private {
    std::unique_ptr<Database> db;
    std::string path;
    const ExtractionContext *context = nullptr; // never null after open()
    const Clock *clock = nullptr;               // never null after open()
    int workers = 0;                            // LibraryOptions::workers
    int writerCacheMb = 0;                      // LibraryOptions::writerCacheMb
    std::int64_t currentRunId = 0; // the import_run being written by importPaths(), else 0
    // Set by interrupt() (any thread) until clearInterrupt(): the connection's progress handler
    // then stops every statement (SQLITE_INTERRUPT), even one that had not begun yet.
    std::atomic_bool interrupted{false};
};

namespace store {

// The stored texts' identities (KnownTexts: each article's source key and content key), read
// from the source keys' index and article_content, joined by id: a scan of the article table
// itself reads every article's row, text and all (at 100,000 articles, the whole table for an
// append). article_content (migration 20) keeps each article's hexDigestKey of its content hash
// in a table keyed by the article, where an index on the 64-digit hashes took a random place
// for every new article (docs/performance.md, "The content keys").
inline constexpr const char *kStoredSourceKeysSql = "SELECT id, source_key FROM article";
inline constexpr const char *kStoredHashesSql = "SELECT article_id, content_key FROM article_content";

// Annotation hook (see above): re-anchors the article's annotations to its new body.
Status reanchorAnnotations(Database &db, std::int64_t articleId);

// How many of the library's newest articles (article_published) a walk asks before it reads an
// entity's or a fact's own rows instead: an entity's first page of articles (library.cpp) and a
// fact's evidence (library_entity_evidence.cpp) walk for what is named in a large share of the library.
inline constexpr int kWalkProbes = 4000;

// PartialDate ↔ the stored (text, precision) pair.
PartialDate storedDate(const std::string &text);

// Article `id` as re-extraction reads it, through cached statements: its text and blocks as
// Library::article gives them, and of its summary only the article row's own columns (no counts);
// no mentions, no sentences.
Result<ArticleRecord> storedText(Database &db, std::int64_t id);

} // namespace store
} // namespace sillok::core
