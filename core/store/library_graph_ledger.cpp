// The curated layer of the graph: entity.name, entity.rejected, entity.merged_into, user aliases,
// alias.hidden and mention.entity_id, derived from entity.base_name, the extracted aliases and
// the decision ledger (core/graph/decision_ledger.h). Replay after re-import, curation and undo
// are the same code, and so is keeping entity.article_count/mention_count (migration 13) true
// for the mentions it re-points. applyCuration() rewrites only the merge groups a change concerns, so its
// cost follows the size of those groups, never the size of the library; rebuildCuration()
// rewrites everything and is kept as the reference the tests compare against.

#include "graph/entity_keys.h"
#include "store/library_graph_internal.h"

#include <map>

namespace sillok::core::graphdb {

namespace {

Result<std::map<std::string, std::int64_t>> idsOf(Database &db, const std::set<std::string> &uids)
{
    std::map<std::string, std::int64_t> ids;
    auto q = db.cached("SELECT id FROM entity WHERE uid = ?");
    for (const auto &uid : uids) {
        q->reset();
        q->bind(uid);
        if (q->next())
            ids.emplace(uid, q->int64(0));
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    return ids;
}

// The ids of the merge group the entity `id` belongs to now (its root and the root's children).
const char *const kGroupOf = "(SELECT g.id FROM entity g WHERE g.id = (SELECT COALESCE(merged_into, id) FROM entity "
                             "WHERE id = ?1) OR g.merged_into = (SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?1))";

// Applies the state's merges, names, rejections and alias edits to the entities of `uids` (all
// of them when `uids` is null). The curated columns of those entities must have been reset.
Status applyState(Database &db, const CurationState &state, const std::vector<DecisionRow> &decisions,
                  const std::set<std::string> *uids)
{
    const auto inScope = [&](const std::string &uid) { return uids == nullptr || uids->contains(uid); };
    std::set<std::string> wanted;
    for (const auto &uid : decisionUids(decisions))
        if (inScope(uid))
            wanted.insert(uid);
    auto ids = idsOf(db, wanted);
    if (!ids)
        return std::unexpected(ids.error());
    auto idOf = [&](const std::string &uid) -> std::int64_t {
        const auto it = ids->find(uid);
        return it == ids->end() ? 0 : it->second;
    };

    auto merge = db.cached("UPDATE entity SET merged_into = ? WHERE id = ?");
    for (const auto &[child, root] : state.mergedInto) {
        if (!inScope(child))
            continue;
        const std::int64_t childId = idOf(child), rootId = idOf(root);
        if (childId == 0 || rootId == 0)
            continue; // not (yet) imported: the decision waits for it
        merge->reset();
        merge->bind(rootId).bind(childId);
        if (auto s = merge->run(); !s)
            return s;
    }
    auto rename = db.cached("UPDATE entity SET name = ? WHERE id = ?");
    for (const auto &[uid, name] : state.names) {
        if (const std::int64_t id = inScope(uid) ? idOf(uid) : 0) {
            rename->reset();
            rename->bind(name).bind(id);
            if (auto s = rename->run(); !s)
                return s;
        }
    }
    auto reject = db.cached("UPDATE entity SET rejected = 1 WHERE id = ?");
    for (const auto &uid : state.rejected) {
        if (const std::int64_t id = inScope(uid) ? idOf(uid) : 0) {
            reject->reset();
            reject->bind(id);
            if (auto s = reject->run(); !s)
                return s;
        }
    }
    // Alias edits act on the whole merge group of the entity the user acted on.
    auto unhide = db.cached(std::string("UPDATE alias SET hidden = 0 WHERE norm = ?2 AND entity_id IN ") + kGroupOf);
    auto hide = db.cached(std::string("UPDATE alias SET hidden = 1 WHERE norm = ?2 AND entity_id IN ") + kGroupOf);
    auto exists = db.cached(std::string("SELECT COUNT(*) FROM alias WHERE norm = ?2 AND entity_id IN ") + kGroupOf);
    auto add = db.cached("INSERT OR IGNORE INTO alias (entity_id, form, norm, kind, source, hidden) "
                               "VALUES (?, ?, ?, 'user', 'user', 0)");
    for (const auto &edit : state.aliasEdits) {
        const std::int64_t id = inScope(edit.uid) ? idOf(edit.uid) : 0;
        const std::string norm = entityNormKey(edit.form);
        if (id == 0 || norm.empty())
            continue;
        if (!edit.add) {
            hide->reset();
            hide->bind(1, id).bind(2, norm);
            if (auto s = hide->run(); !s)
                return s;
            continue;
        }
        exists->reset();
        exists->bind(1, id).bind(2, norm);
        const bool present = exists->next() && exists->int64(0) > 0;
        if (!exists->status())
            return exists->status();
        Statement &q = present ? *unhide : *add;
        q.reset();
        if (present)
            q.bind(1, id).bind(2, norm);
        else
            q.bind(id).bind(edit.form).bind(norm);
        if (auto s = q.run(); !s)
            return s;
    }
    return {};
}

// Every uid the change may concern: the state's merge groups of `uids`, and the groups their
// entities are in now (before the change is applied).
Result<std::set<std::string>> closeGroups(Database &db, const CurationCache &cache, const std::set<std::string> &uids)
{
    std::set<std::string> scope;
    for (const auto &uid : uids)
        scope.merge(cache.group(uid));
    // Stored groups: the current root of each, and every entity merged into it.
    auto stored = db.cached("SELECT g.uid FROM entity g WHERE g.id = (SELECT COALESCE(merged_into, id) FROM entity "
                                  "WHERE uid = ?1) OR g.merged_into = (SELECT COALESCE(merged_into, id) FROM entity "
                                  "WHERE uid = ?1)");
    std::set<std::string> more;
    for (const auto &uid : scope) {
        stored->reset();
        stored->bind(1, uid);
        while (stored->next())
            more.insert(stored->text(0));
        if (!stored->status())
            return std::unexpected(stored->status().error());
    }
    for (const auto &uid : more)
        scope.merge(cache.group(uid));
    return scope;
}

} // namespace

std::string datePart(const PartialDate &date)
{
    return date.toString();
}

PartialDate dateFrom(const std::string &text)
{
    return PartialDate::parse(text).value_or(PartialDate{});
}

Result<std::vector<DecisionRow>> loadDecisions(Database &db)
{
    std::vector<DecisionRow> rows;
    Statement q(db, "SELECT id, kind, COALESCE(entity_uid, ''), COALESCE(other_uid, ''), COALESCE(value, ''), undone "
                    "FROM decision ORDER BY id");
    while (q.next())
        rows.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5) != 0});
    if (!q.status())
        return std::unexpected(q.status().error());
    return rows;
}

std::set<std::string> CurationCache::group(const std::string &uid) const
{
    std::set<std::string> out{uid};
    const std::string root = state.root(uid);
    out.insert(root);
    if (const auto it = members.find(root); it != members.end())
        out.insert(it->second.begin(), it->second.end());
    return out;
}

bool CurationCache::concerns(const std::string &uid) const
{
    if (decisions.empty())
        return false;
    return uids.contains(uid) || aliasEditRoots.contains(state.root(uid));
}

Status refreshCuration(Database &db, CurationCache &cache)
{
    auto q = db.cached("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(undone), 0) FROM decision");
    if (!q->next())
        return q->status() ? Status{} : q->status();
    const std::string signature =
        std::to_string(q->int64(0)) + ':' + std::to_string(q->int64(1)) + ':' + std::to_string(q->int64(2));
    if (cache.loaded && signature == cache.signature)
        return {};
    auto decisions = loadDecisions(db);
    if (!decisions)
        return std::unexpected(decisions.error());
    CurationCache fresh;
    fresh.loaded = true;
    fresh.signature = signature;
    fresh.decisions = std::move(*decisions);
    fresh.state = replayDecisions(fresh.decisions);
    fresh.uids = decisionUids(fresh.decisions);
    for (const auto &[child, root] : fresh.state.mergedInto)
        fresh.members[root].insert(child);
    for (const auto &edit : fresh.state.aliasEdits)
        fresh.aliasEditRoots.insert(fresh.state.root(edit.uid));
    cache = std::move(fresh);
    return {};
}

Status applyCuration(Database &db, const CurationCache &cache, const std::set<std::string> &uids)
{
    if (uids.empty())
        return {};
    auto scope = closeGroups(db, cache, uids);
    if (!scope)
        return std::unexpected(scope.error());
    auto ids = idsOf(db, *scope);
    if (!ids)
        return std::unexpected(ids.error());
    auto resetEntity = db.cached("UPDATE entity SET name = base_name, rejected = 0, merged_into = NULL "
                                       "WHERE id = ?1 AND (name IS NOT base_name OR rejected != 0 OR merged_into IS NOT NULL)");
    auto dropUser = db.cached("DELETE FROM alias WHERE entity_id = ? AND source = 'user'");
    auto unhideAll = db.cached("UPDATE alias SET hidden = 0 WHERE entity_id = ? AND hidden != 0");
    for (const auto &[uid, id] : *ids) {
        for (Statement *st : {&*resetEntity, &*dropUser, &*unhideAll}) {
            st->reset();
            st->bind(1, id);
            if (auto s = st->run(); !s)
                return s;
        }
    }
    if (auto s = applyState(db, cache.state, cache.decisions, &*scope); !s)
        return s;
    // Mentions point at the curated entity: re-point those of the scope's entities. The entities
    // mentions leave and the roots they join are counted again (a merge that changes nothing
    // moves no mention and counts nothing).
    // The mentions extraction gave an entity are found in two parts (migration 16): those still
    // pointing at it (mention_entity), and those a merge moved elsewhere (mention_moved, the
    // partial index of the mentions whose entity is not their origin).
    // ?2 is the entity's merge root, read once (NULL when the entity is gone).
    auto moving = db.cached("SELECT ?1 WHERE ?1 IS NOT ?2 "
                            "AND EXISTS (SELECT 1 FROM mention WHERE entity_id = ?1 AND origin_entity_id = ?1) "
                            "UNION SELECT entity_id FROM mention WHERE origin_entity_id = ?1 "
                            "AND entity_id IS NOT origin_entity_id AND entity_id IS NOT ?2");
    auto repoint = db.cached("UPDATE mention SET entity_id = ?2 "
                             "WHERE id IN (SELECT id FROM mention WHERE entity_id = ?1 AND origin_entity_id = ?1 "
                             "AND ?1 IS NOT ?2 "
                             "UNION ALL SELECT id FROM mention WHERE origin_entity_id = ?1 "
                             "AND entity_id IS NOT origin_entity_id AND entity_id IS NOT ?2)");
    std::set<std::int64_t> recount;
    for (const auto &[uid, id] : *ids) {
        const auto root = rootOf(db, id);
        if (!root && root.error().code != ErrorCode::NotFound)
            return std::unexpected(root.error());
        moving->reset();
        moving->bind(1, id);
        if (root)
            moving->bind(2, *root);
        else
            moving->bindNull(2);
        bool moves = false;
        while (moving->next()) {
            moves = true;
            if (!moving->isNull(0))
                recount.insert(moving->int64(0));
        }
        if (!moving->status())
            return moving->status();
        if (!moves)
            continue;
        if (!root)
            return std::unexpected(root.error()); // no entity `id`
        recount.insert(*root);
        repoint->reset();
        repoint->bind(1, id).bind(2, *root);
        if (auto s = repoint->run(); !s)
            return s;
    }
    return recountEntityTallies(db, recount);
}

Status recountEntityTallies(Database &db, const std::set<std::int64_t> &ids)
{
    auto q = db.cached("UPDATE entity SET article_count = (SELECT COUNT(DISTINCT article_id) FROM mention "
                       "WHERE entity_id = ?1), mention_count = (SELECT COUNT(*) FROM mention WHERE entity_id = ?1) "
                       "WHERE id = ?1");
    for (std::int64_t id : ids) {
        q->reset();
        q->bind(1, id);
        if (auto s = q->run(); !s)
            return s;
    }
    return {};
}

Status rebuildCuration(Database &db)
{
    auto decisions = loadDecisions(db);
    if (!decisions)
        return std::unexpected(decisions.error());
    const CurationState state = replayDecisions(*decisions);
    for (const char *sql : {"UPDATE entity SET name = base_name WHERE name IS NOT base_name",
                            "UPDATE entity SET rejected = 0 WHERE rejected != 0",
                            "UPDATE entity SET merged_into = NULL WHERE merged_into IS NOT NULL",
                            "DELETE FROM alias WHERE source = 'user'",
                            "UPDATE alias SET hidden = 0 WHERE hidden != 0"}) {
        if (auto s = db.exec(sql); !s)
            return s;
    }
    if (auto s = applyState(db, state, *decisions, nullptr); !s)
        return s;
    if (auto s = db.exec("UPDATE mention SET entity_id = COALESCE((SELECT e.merged_into FROM entity e "
                         "WHERE e.id = mention.origin_entity_id), origin_entity_id) "
                         "WHERE origin_entity_id IS NOT NULL AND entity_id IS NOT COALESCE((SELECT e.merged_into "
                         "FROM entity e WHERE e.id = mention.origin_entity_id), origin_entity_id)");
        !s)
        return s;
    return db.exec(
        "UPDATE entity SET article_count = (SELECT COUNT(DISTINCT article_id) FROM mention "
        "WHERE entity_id = entity.id), mention_count = (SELECT COUNT(*) FROM mention WHERE entity_id = entity.id)");
}

Result<std::int64_t> rootOf(Database &db, std::int64_t id)
{
    auto q = db.cached("SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?");
    q->bind(id);
    if (q->next())
        return q->int64(0);
    if (!q->status())
        return std::unexpected(q->status().error());
    return fail(ErrorCode::NotFound, "no entity " + std::to_string(id));
}

Result<std::string> uidOf(Database &db, std::int64_t id)
{
    auto q = db.cached("SELECT uid FROM entity WHERE id = ?");
    q->bind(id);
    if (q->next())
        return q->text(0);
    if (!q->status())
        return std::unexpected(q->status().error());
    return fail(ErrorCode::NotFound, "no entity " + std::to_string(id));
}

} // namespace sillok::core::graphdb
