#pragma once
// The user's curation decisions, replayed in order to give the curated state of the graph.
// Decisions are keyed by stable entity uids (see entity_keys.h), never by row ids, so they
// survive re-import and re-extraction: the store rebuilds the curated layer from this replay
// after every merge, curation step and undo. Pure logic; thread-safe.
//
// Kinds (DecisionRow::kind):
//   "rename"       entityUid, value = new display name
//   "add_alias"    entityUid, value = alias form (a user alias, shown on the entity's group)
//   "remove_alias" entityUid, value = alias form (hidden on the whole merge group; by norm key)
//   "merge"        entityUid = kept entity, otherUid = merged-away entity
//   "split"        entityUid/otherUid as in the merge, value = the merge decision's id
//   "reject"       entityUid (hidden from lists, graph and timeline)
// Undone decisions are skipped. A split removes exactly the link its merge created, so undoing
// the split restores the merge; undoing a merge that was split changes nothing more.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace sillok::core {

struct DecisionRow {
    std::int64_t id = 0;
    std::string kind;
    std::string entityUid;
    std::string otherUid;
    std::string value;
    bool undone = false;
};

struct AliasEdit {
    std::string uid;  // the entity the user acted on
    std::string form;
    bool add = true;  // false: remove (hide)
};

struct CurationState {
    // uid → uid of its merge-group root (only entities merged into another appear).
    std::map<std::string, std::string> mergedInto;
    std::map<std::string, std::string> names; // uid → user name (last rename wins)
    std::set<std::string> rejected;
    std::vector<AliasEdit> aliasEdits; // in decision order

    std::string root(const std::string &uid) const;
};

CurationState replayDecisions(const std::vector<DecisionRow> &decisions);

// Every uid a decision mentions (entities that garbage collection must keep).
std::set<std::string> decisionUids(const std::vector<DecisionRow> &decisions);

} // namespace sillok::core
