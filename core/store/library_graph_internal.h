#pragma once
// Private to core/store/library_graph*.cpp: the knowledge-graph side of the store (merging
// extractions, the curated layer, graph queries). Not part of the public API.
//
// Storage model (shared with the store's schema):
//  - Every entity the extractor resolves to keeps its own row ("raw" entity, stable uid).
//    mention.origin_entity_id is that raw entity; mention.entity_id is its curated entity
//    (the merge-group root) so other subsystems can read mentions without knowing about merges.
//  - entity.merged_into (root id or NULL), entity.rejected, entity.name and alias.hidden are the
//    curated layer, rebuilt from base_name + the decision ledger by rebuildCuration().
//  - fact rows link raw entities; readers map both ends to their merge-group root.

#include "common/result.h"
#include "graph/decision_ledger.h"
#include "model/records.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Database;
class Statement;

namespace graphdb {

// A prepared statement with positional binding (1, 2, ... in call order) and first-error
// tracking, so a function can run several steps and check status() once.
class Query {
public:
    Query(Database &db, std::string_view sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(std::int64_t value);
    Query &bind(int value) { return bind(static_cast<std::int64_t>(value)); }
    Query &bind(double value);
    Query &bind(std::string_view value);
    Query &bind(const std::string &value) { return bind(std::string_view(value)); }
    Query &bind(const char *value) { return bind(std::string_view(value)); }
    Query &bindNull();
    Query &bindIdOrNull(std::int64_t id); // NULL when id <= 0

    bool next();        // true while a row is available
    Status run();       // steps to the end; the status
    Status status() const;
    void reset();       // for re-use: clears bindings and restarts

    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

Status exec(Database &db, std::string_view sql);
Result<std::int64_t> lastInsertId(Database &db);

// The decision ledger as stored.
Result<std::vector<DecisionRow>> loadDecisions(Database &db);
// Recomputes the curated layer (names, rejected, merged_into, hidden/user aliases, mention
// links) from base names and the decision ledger. Idempotent.
Status rebuildCuration(Database &db);
// Deletes facts without evidence and entities nobody needs any more (no mention, no fact, no
// decision).
Status collectGarbage(Database &db);

std::string datePart(const PartialDate &date);
PartialDate dateFrom(const std::string &text);

// Curated entity id of any entity id (its merge root, or itself). 0 when unknown.
Result<std::int64_t> rootOf(Database &db, std::int64_t id);
Result<std::string> uidOf(Database &db, std::int64_t id);

} // namespace graphdb
} // namespace sillok::core

namespace sillok::core {
class Library;
namespace graphdb {

// RAII savepoint: rolled back unless commit() succeeded. Nests inside an open transaction.
class Savepoint {
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    Status begin();
    Status commit();

private:
    Database &m_db;
    bool m_open = false;
};

// Columns for entitySummaryFrom(): "e" is the entity table alias.
extern const char *const kSummaryColumns;
EntitySummary entitySummaryFrom(const Query &q, int firstColumn = 0);

// Evidence records with their sentence and quote; article text is loaded once per article.
class EvidenceBuilder {
public:
    explicit EvidenceBuilder(Database &db);
    ~EvidenceBuilder();
    EvidenceRecord make(std::int64_t articleId, int start, int end, int sentence);

private:
    struct ArticleText;
    const ArticleText &article(std::int64_t id);
    Database &m_db;
    std::map<std::int64_t, std::unique_ptr<ArticleText>> m_articles;
};

// Facts with both ends mapped to their curated entities, equal curated facts folded into one
// (the lowest id, evidence united); facts touching a rejected entity are left out.
// `entityId` != 0: only facts where that curated entity is subject or object.
Result<std::vector<FactRecord>> curatedFacts(Database &db, bool withEvidence, std::int64_t entityId = 0);

} // namespace graphdb
} // namespace sillok::core
