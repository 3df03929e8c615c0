// Library: curation. Each step writes one decision (keyed by stable uids) and rebuilds the
// curated layer from the whole ledger, in one savepoint; see core/graph/decision_ledger.h.

#include "graph/entity_keys.h"
#include "store/library.h"
#include "store/library_private.h"
#include "store/library_graph_internal.h"

#include <set>

namespace sillok::core {


namespace {

struct Target {
    std::int64_t id = 0; // curated (merge-root) id
    std::string uid;
    std::string type;
};

// After the ledger changed: the curated layer of every group the named uids were in before the
// change (`before`) or are in after it.
Status applyDecisionChange(Database &db, const graphdb::CurationCache &before, std::set<std::string> uids)
{
    uids.erase(std::string());
    graphdb::CurationCache after;
    if (auto s = graphdb::refreshCuration(db, after); !s)
        return s;
    std::set<std::string> scope;
    for (const auto &uid : uids) {
        scope.merge(before.group(uid));
        scope.merge(after.group(uid));
    }
    return graphdb::applyCuration(db, after, scope);
}

Result<Target> curated(Database &db, std::int64_t id)
{
    auto root = graphdb::rootOf(db, id);
    if (!root)
        return std::unexpected(root.error());
    Statement q(db, "SELECT uid, type FROM entity WHERE id = ?");
    q.bind(*root);
    if (!q.next())
        return fail(ErrorCode::NotFound, "no entity " + std::to_string(id));
    return Target{*root, q.text(0), q.text(1)};
}

// Writes the decision and applies the curated layer to the merge groups it concerns (as they are
// before it and after it); the decision id.
Result<std::int64_t> decide(Database &db, const std::string &now, const char *kind, const std::string &uid,
                            const std::string &other, const std::string &value)
{
    Savepoint sp(db);
    if (auto s = sp.begin(); !s)
        return std::unexpected(s.error());
    graphdb::CurationCache before;
    if (auto s = graphdb::refreshCuration(db, before); !s)
        return std::unexpected(s.error());
    Statement q(db, "INSERT INTO decision (kind, entity_uid, other_uid, value, created_at, undone) VALUES (?, ?, ?, ?, ?, 0)");
    q.bind(kind).bind(uid).bind(other).bind(value).bind(now);
    if (auto s = q.run(); !s)
        return std::unexpected(s.error());
    const std::int64_t id = db.lastInsertId();
    if (auto s = applyDecisionChange(db, before, {uid, other}); !s)
        return std::unexpected(s.error());
    if (auto s = sp.release(); !s)
        return std::unexpected(s.error());
    return id;
}

std::string trimmed(const std::string &text)
{
    const auto b = text.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
}

} // namespace

Result<std::int64_t> Library::renameEntity(std::int64_t id, const std::string &newName)
{
    const std::string name = trimmed(newName);
    if (entityNormKey(name).empty())
        return fail(ErrorCode::InvalidArgument, "empty entity name");
    auto t = curated(database(), id);
    if (!t)
        return std::unexpected(t.error());
    return decide(database(), d->clock->nowUtc(), "rename", t->uid, {}, name);
}

Result<std::int64_t> Library::addAlias(std::int64_t id, const std::string &alias)
{
    const std::string form = trimmed(alias);
    if (entityNormKey(form).empty())
        return fail(ErrorCode::InvalidArgument, "empty alias");
    auto t = curated(database(), id);
    if (!t)
        return std::unexpected(t.error());
    return decide(database(), d->clock->nowUtc(), "add_alias", t->uid, {}, form);
}

Result<std::int64_t> Library::removeAlias(std::int64_t id, const std::string &alias)
{
    const std::string norm = entityNormKey(alias);
    auto t = curated(database(), id);
    if (!t)
        return std::unexpected(t.error());
    Statement q(database(), "SELECT COUNT(*) FROM alias a JOIN entity e ON e.id = a.entity_id "
                        "WHERE COALESCE(e.merged_into, e.id) = ? AND a.norm = ? AND a.hidden = 0");
    q.bind(t->id).bind(norm);
    if (!q.next() || q.int64(0) == 0)
        return q.status() ? fail(ErrorCode::NotFound, "no alias '" + alias + "'") : std::unexpected(q.status().error());
    return decide(database(), d->clock->nowUtc(), "remove_alias", t->uid, {}, trimmed(alias));
}

Result<std::int64_t> Library::mergeEntities(std::int64_t keepId, std::int64_t mergedId)
{
    auto keep = curated(database(), keepId);
    if (!keep)
        return std::unexpected(keep.error());
    auto merged = curated(database(), mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    if (keep->id == merged->id)
        return fail(ErrorCode::InvalidArgument, "already the same entity");
    if (keep->type != merged->type)
        return fail(ErrorCode::InvalidArgument, "cannot merge a " + merged->type + " into a " + keep->type);
    return decide(database(), d->clock->nowUtc(), "merge", keep->uid, merged->uid, {});
}

Result<std::int64_t> Library::splitEntity(std::int64_t id, std::int64_t mergeDecisionId)
{
    Database &db = database();
    Statement q(db, "SELECT kind, entity_uid, other_uid, undone FROM decision WHERE id = ?");
    q.bind(mergeDecisionId);
    if (!q.next())
        return q.status() ? fail(ErrorCode::NotFound, "no decision " + std::to_string(mergeDecisionId))
                          : std::unexpected(q.status().error());
    if (q.text(0) != "merge" || q.int64(3) != 0)
        return fail(ErrorCode::InvalidArgument, "decision " + std::to_string(mergeDecisionId) + " is not an active merge");
    const std::string keepUid = q.text(1), otherUid = q.text(2);
    auto t = curated(db, id);
    if (!t)
        return std::unexpected(t.error());
    // The merge must still hold, and on this entity.
    Statement member(db, "SELECT COUNT(*) FROM entity WHERE uid = ? AND COALESCE(merged_into, id) = ?");
    member.bind(otherUid).bind(t->id);
    if (!member.next() || member.int64(0) == 0)
        return member.status() ? fail(ErrorCode::InvalidArgument, "that merge is not part of this entity")
                               : std::unexpected(member.status().error());
    return decide(db, d->clock->nowUtc(), "split", keepUid, otherUid, std::to_string(mergeDecisionId));
}

Result<std::int64_t> Library::rejectEntity(std::int64_t id)
{
    auto t = curated(database(), id);
    if (!t)
        return std::unexpected(t.error());
    return decide(database(), d->clock->nowUtc(), "reject", t->uid, {}, {});
}

Status Library::undoDecision(std::int64_t decisionId)
{
    Database &db = database();
    Savepoint sp(db);
    if (auto s = sp.begin(); !s)
        return s;
    graphdb::CurationCache before;
    if (auto s = graphdb::refreshCuration(db, before); !s)
        return s;
    Statement q(db, "SELECT undone, entity_uid, COALESCE(other_uid, '') FROM decision WHERE id = ?");
    q.bind(decisionId);
    if (!q.next())
        return q.status() ? fail(ErrorCode::NotFound, "no decision " + std::to_string(decisionId)) : q.status();
    if (q.int64(0) != 0)
        return fail(ErrorCode::InvalidArgument, "decision " + std::to_string(decisionId) + " is already undone");
    const std::set<std::string> uids{q.text(1), q.text(2)};
    Statement u(db, "UPDATE decision SET undone = 1 WHERE id = ?");
    u.bind(decisionId);
    if (auto s = u.run(); !s)
        return s;
    if (auto s = applyDecisionChange(db, before, uids); !s)
        return s;
    return sp.release();
}

} // namespace sillok::core
