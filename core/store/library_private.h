#pragma once
// Private to core/store: Library's state and the helpers the store's .cpp files share.
// Not for the CLI or GUI (they use library.h only).
//
// Hooks for the helpers that complete the Library:
//  * graph (core/store/library_graph*.cpp, declared in store/library_graph.h):
//      Status mergeExtraction(Database &, std::int64_t articleId, const Extraction &, std::int64_t runId)
//    is called by importPaths() and reextractAll() INSIDE the per-file transaction, after the
//    article row, its blocks and sentences were written; an error rolls the whole file back.
//    runId is the current import_run id (0 for reextractAll() outside an import: NULL runs).
//    deleteArticleGraph() is called when an article is re-imported with ImportOptions::extract
//    == false (its old mentions no longer fit the new text). aliasGroupFromGraph() widens
//    search alias expansion beyond the builtin gazetteer.
//  * annotate (core/store/library_annotations*.cpp): the annotation table (migration 1) and
//    annotation_fts (migration 2, bigram tokenizer, kept in sync by triggers). After an article's
//    text changed on re-import the store calls store::reanchorAnnotations(db, articleId) inside
//    the same transaction, after the new body is written.

#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"

#include <cstdint>
#include <memory>
#include <string>

namespace sillok::core {

struct Library::Private {
    std::unique_ptr<Database> db;
    std::string path;
    std::int64_t currentRunId = 0; // the import_run being written by importPaths(), else 0
};

namespace store {

// Current UTC time as ISO 8601 "YYYY-MM-DDTHH:MM:SSZ".
std::string nowUtc();

// Annotation hook (see above): re-anchors the article's annotations to its new body.
Status reanchorAnnotations(Database &db, std::int64_t articleId);

// PartialDate ↔ the stored (text, precision) pair.
PartialDate storedDate(const std::string &text);

} // namespace store
} // namespace sillok::core
