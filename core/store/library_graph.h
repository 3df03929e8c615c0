#pragma once
// The knowledge-graph hooks the rest of core/store calls (import, re-extraction, search).
// All run on the caller's connection and inside the caller's transaction.

#include "common/result.h"
#include "extract/extraction.h"
#include "graph/merger.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Schema this side reads and writes: entity (base_name = the extracted name, name = the curated
// one), alias (hidden), mention (origin_entity_id = the raw entity, entity_id = its curated merge
// root), fact, fact_evidence, sentence, decision. Every lookup below is backed by an index
// (checked by ctest store_merge_query_plans with EXPLAIN QUERY PLAN).

namespace sillok::core {

class Database;

// Writes articles' extractions into the cross-article graph, one article at a time, touching only
// the rows the article brings or drops: its mentions and their evidence, the entities, aliases and
// facts it names, and — when a curation decision concerns one of them — the curated layer of that
// entity's merge group. Keeps its prepared statements and the replayed decision ledger between
// articles. One per connection and thread; call beginWrite() at the start of each transaction.
class GraphWriter {
public:
    explicit GraphWriter(Database &db);
    ~GraphWriter();
    GraphWriter(const GraphWriter &) = delete;
    GraphWriter &operator=(const GraphWriter &) = delete;

    // Reloads the decision ledger when another connection changed it.
    Status beginWrite();
    // Replaces the article's part of the graph by the plan's: drops its old mentions and their
    // evidence, upserts entities (by stable uid, else a unique alias match, else the one meeting
    // of the same day), aliases, mentions and facts with evidence, stamps first/last run, applies
    // curation decisions to what it touched and deletes what nothing needs any more (facts left
    // without evidence, entities left without mention, fact, decision or merged child).
    // Idempotent for the same plan. runId 0 leaves run stamps NULL. `newArticle`: the article was
    // inserted in this transaction and has nothing to drop (an import's new files: four statements
    // an article that find nothing). `sameDate`: the article was merged before and keeps its
    // publication date (a re-extraction): a fact it states again keeps its span as it was, and
    // when the plan states what the article's rows hold (the same mentions, the same evidence),
    // the rows stay as they are and only the facts' run stamps are written.
    Status merge(std::int64_t articleId, const MergePlan &plan, std::int64_t runId, bool newArticle = false,
                 bool sameDate = false);
    // Drops the article's mentions and evidence and collects what that leaves unneeded.
    Status dropArticle(std::int64_t articleId);
    // Call after rolling back the transaction this writer wrote in: it forgets what it remembered
    // having stored and every tally change it had not written.
    void rolledBack();

    // The tallies of entities and facts (migrations 12–13) move with every article. By default
    // merge() and dropArticle() write them before returning. Deferred (an import's batches), the
    // writer keeps each touched row's change in memory and writes it once, at flushTallies():
    // a name in most articles of a batch is written once a batch instead of once an article.
    // Readers of the tallies inside the open transaction see them short until then.
    void deferTallies(bool defer);
    // The article merged last is kept (written, its savepoint released if it had one): its
    // changes join the batch's.
    // Implied by the next merge() / dropArticle() / flushTallies().
    void articleKept();
    // The article merged last was rolled back with its savepoint: its tally changes are dropped
    // (and what the writer remembered having stored), the batch's stay.
    void articleRolledBack();
    // Writes the batch's tally changes, one UPDATE a touched entity and fact. Call before the
    // transaction commits; the rows and their tallies then commit together.
    Status flushTallies();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// One-shot form of GraphWriter::merge (tests, tools): plans nothing, writes `plan`.
Status mergeExtraction(Database &db, std::int64_t articleId, const MergePlan &plan, std::int64_t runId);
// One-shot form of GraphWriter::dropArticle.
Status deleteArticleGraph(Database &db, std::int64_t articleId);

// Every visible name (canonical, aliases, English, user aliases) of the curated entities that
// have `term` as one of their names (normalized match), `term`'s own form included when known;
// empty when no entity is called that. For search alias expansion beyond the gazetteer.
std::vector<std::string> aliasGroupFromGraph(Database &db, std::string_view term);
// For a Latin word of at least five letters or digits that begins exactly one entity's Latin
// names ("furiosa" → FuriosaAI): that entity's names (as aliasGroupFromGraph), else empty.
std::vector<std::string> aliasGroupFromGraphPrefix(Database &db, std::string_view term);

} // namespace sillok::core
