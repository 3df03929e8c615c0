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
//  - entity.article_count / mention_count (migration 13) are kept equal to the distinct articles
//    and the rows of mention whose entity_id is the entity, by every writer of mention.entity_id:
//    GraphWriter (deltas for one article's mentions as they are written and dropped) and
//    applyCuration/rebuildCuration (a recount of the entities whose mentions were re-pointed).

#include "common/result.h"
#include "graph/decision_ledger.h"
#include "model/records.h"
#include "store/database.h"
#include "store/statement.h"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Database;

namespace graphdb {

// Entity ids as a JSON array ("[3,17,42]"), the one way a statement is given a list of ids to
// read with json_each().
template <class Ids>
std::string jsonIdArray(const Ids &ids)
{
    std::string out = "[";
    for (std::int64_t id : ids)
        out += (out.size() > 1 ? "," : "") + std::to_string(id);
    return out + "]";
}

// The decision ledger as stored.
Result<std::vector<DecisionRow>> loadDecisions(Database &db);

// The ledger replayed, kept between writes (it rarely changes while articles are merged).
struct CurationCache {
    bool loaded = false;
    std::string signature; // count, largest id and undone count of the ledger when loaded
    std::vector<DecisionRow> decisions;
    CurationState state;
    std::set<std::string> uids;                               // every uid a decision names
    std::map<std::string, std::set<std::string>> members;     // state root uid → uids merged into it
    std::set<std::string> aliasEditRoots;                     // state roots of groups with alias edits

    // The uid and every uid of its merge group in the state (root and children).
    std::set<std::string> group(const std::string &uid) const;
    // True when a decision concerns the entity (by uid) or its group has alias edits: its curated
    // columns or its aliases' hidden flags may differ from the extracted ones.
    bool concerns(const std::string &uid) const;
};
// Reloads `cache` when the ledger changed since it was filled (cheap check otherwise). Call at
// the start of each write transaction: another connection may have added decisions meanwhile.
Status refreshCuration(Database &db, CurationCache &cache);
// Rewrites the curated layer of the merge groups of `uids` — in the cache's state and as stored —
// and nothing else: names, rejected flags, merge links, user aliases, hidden flags and the
// curated entity of those entities' mentions. Cost follows the groups' size.
Status applyCuration(Database &db, const CurationCache &cache, const std::set<std::string> &uids);
// Counts again, from mention (mention_entity), the tallies of each entity in `ids`: the distinct
// articles and the mentions whose curated entity it is. Cost follows those entities' mentions.
Status recountEntityTallies(Database &db, const std::set<std::int64_t> &ids);

// Recomputes the curated layer of the whole graph from base names and the ledger (the reference
// applyCuration is tested against). Idempotent; rewrites every row.
Status rebuildCuration(Database &db);

// Gives the entities of `uids` (every entity when null) the date an analyst chose for them in
// the review queue (review_decision.value of an accepted date_conflict, the latest one), so the
// choice holds when an import or re-extraction inserts the entity again
// (store/library_review_dates.cpp). One indexed look-up per uid.
Status applyChosenDates(Database &db, const std::set<std::string> *uids);

std::string datePart(const PartialDate &date);
PartialDate dateFrom(const std::string &text);

// mention.field as stored: a mention of the entity's name, three in four of them, is stored as ""
// (the merger reads an empty field as a name, graph/merger.cpp), 4 bytes less a row: 9 MB of a
// 100k library. Rows written before keep "name"; both read back as "name".
inline std::string_view storedField(std::string_view field)
{
    return field == "name" ? std::string_view() : field;
}
inline std::string fieldFromStored(std::string stored)
{
    return stored.empty() ? std::string("name") : stored;
}

// Curated entity id of any entity id (its merge root, or itself). 0 when unknown.
Result<std::int64_t> rootOf(Database &db, std::int64_t id);
Result<std::string> uidOf(Database &db, std::int64_t id);

// Every unrejected curated entity and every relation among them (Library::graph(0)).
Result<Graph> wholeGraph(Database &db);

// The curated entities with the most relations, as Library::topGraph() ranks them.
struct TopEntities {
    std::set<std::int64_t> ids; // at most `limit`: the most relations, then the lowest id
    int total = 0;              // the curated, unrejected entities with any relation (0 for limit <= 0)
};
// Relations: fact rows with an entity object, counted at both ends, a merged entity's rows for
// its merge root. Only roots stored and not rejected are ranked.
Result<TopEntities> topByDegree(Database &db, int limit);

} // namespace graphdb
} // namespace sillok::core

namespace sillok::core {
class Library;
namespace graphdb {

// Columns for entitySummaryFrom(): "e" is the entity table alias. The counts are the entity's
// kept tallies (entity.article_count / mention_count, migration 13), never a count of mention.
extern const char *const kSummaryColumns;
EntitySummary entitySummaryFrom(const Statement &q, int firstColumn = 0);

// A person's posts: the organization of each of its role and member_of facts (its uid, and the
// uid and name of the curated organization), with the fact's last run and id. Two look-ups of
// fact_subject (subject_id, predicate): an IN list of the two would make the statement build a
// list to walk.
struct Post {
    std::string uid;
    std::string curatedUid;
    std::string curatedName;
    std::int64_t lastRun = 0;
    std::int64_t factId = 0;
};
Result<std::vector<Post>> postsOf(Database &db, std::int64_t person);

// What tells a person apart from its namesakes: the curated name of the organization its uid
// carries (graph/entity_keys.h personOrganizationUid). One look-up of entity's uid index an
// organization, memoised; "" for an entity that is no person or names no stored organization.
// A person whose uid names no organization ("김도윤 박사") shows the organization of its latest
// post (role or member_of fact), once an article gave it one: two look-ups of fact_subject.
class PersonOrganizations {
public:
    explicit PersonOrganizations(Database &db) : m_db(db) {}
    Result<std::string> of(std::int64_t id, std::string_view uid);
    // Fills EntitySummary::organization of every person of `rows`.
    Status fill(std::vector<EntitySummary> &rows);

private:
    Database &m_db;
    std::map<std::string, std::string, std::less<>> m_names; // organization uid → its curated name
    std::map<std::int64_t, std::string> m_unplaced; // person placed by no uid → its latest post's organization
};

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
