#pragma once
// The knowledge-graph hooks the rest of core/store calls (import, re-extraction, search).
// All run on the caller's connection and inside the caller's transaction when there is one.

#include "common/result.h"
#include "extract/extraction.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Schema this side reads and writes (beyond the store's design): entity.base_name TEXT (the
// extracted name; entity.name is the curated one), alias.hidden INTEGER NOT NULL DEFAULT 0,
// mention.origin_entity_id INTEGER REFERENCES entity(id) (the raw entity; mention.entity_id is
// its curated merge root), fact_evidence UNIQUE/PRIMARY KEY (fact_id, mention_id),
// sentence(article_id, idx, start, end), import_run(id, started_at), article(id, title, source,
// body), decision(kind, entity_uid, other_uid, value, created_at, undone). Indexes wanted:
// mention(origin_entity_id), mention(entity_id), mention(article_id), alias(norm),
// fact(subject_id, predicate), fact(object_id). Database::handle() gives the sqlite3*.

namespace sillok::core {

class Database;

// Merges one article's extraction into the cross-article graph: drops the article's previous
// mentions and their evidence, upserts entities (by stable uid), aliases, mentions and facts
// with evidence, stamps first/last run, garbage-collects facts left without evidence and
// entities nobody needs, then replays the decision ledger. Idempotent for the same input.
Status mergeExtraction(Database &db, std::int64_t articleId, const Extraction &extraction, std::int64_t runId);

// Removes the article's mentions and the evidence that cites them (call before deleting an
// article; mergeExtraction does it itself), then garbage-collects.
Status deleteArticleGraph(Database &db, std::int64_t articleId);

// Every visible name (canonical, aliases, English, user aliases) of the curated entities that
// have `term` as one of their names (normalized match), `term`'s own form included when known;
// empty when no entity is called that. For search alias expansion beyond the gazetteer.
std::vector<std::string> aliasGroupFromGraph(Database &db, std::string_view term);
// For a Latin word of at least five letters or digits that begins exactly one entity's Latin
// names ("furiosa" → FuriosaAI): that entity's names (as aliasGroupFromGraph), else empty.
std::vector<std::string> aliasGroupFromGraphPrefix(Database &db, std::string_view term);

} // namespace sillok::core
