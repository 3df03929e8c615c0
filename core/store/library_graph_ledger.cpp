// The curated layer of the graph: rebuilt from entity.base_name, raw aliases and the decision
// ledger (core/graph/decision_ledger.h), so replay after re-import and undo are the same code.

#include "graph/entity_keys.h"
#include "store/library_graph_internal.h"

#include <map>

namespace sillok::core::graphdb {

namespace {

Result<std::map<std::string, std::int64_t>> idsOf(Database &db, const std::set<std::string> &uids)
{
    std::map<std::string, std::int64_t> ids;
    Query q(db, "SELECT id FROM entity WHERE uid = ?");
    for (const auto &uid : uids) {
        q.reset();
        q.bind(uid);
        if (q.next())
            ids.emplace(uid, q.int64(0));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    return ids;
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
    Query q(db, "SELECT id, kind, COALESCE(entity_uid, ''), COALESCE(other_uid, ''), COALESCE(value, ''), undone "
                "FROM decision ORDER BY id");
    while (q.next())
        rows.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5) != 0});
    if (!q.status())
        return std::unexpected(q.status().error());
    return rows;
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
        if (auto s = exec(db, sql); !s)
            return s;
    }
    auto ids = idsOf(db, decisionUids(*decisions));
    if (!ids)
        return std::unexpected(ids.error());
    auto idOf = [&](const std::string &uid) -> std::int64_t {
        const auto it = ids->find(uid);
        return it == ids->end() ? 0 : it->second;
    };

    Query merge(db, "UPDATE entity SET merged_into = ? WHERE id = ?");
    for (const auto &[child, root] : state.mergedInto) {
        const std::int64_t childId = idOf(child), rootId = idOf(root);
        if (childId == 0 || rootId == 0)
            continue; // not (yet) imported: the decision waits for it
        merge.reset();
        merge.bind(rootId).bind(childId);
        if (auto s = merge.run(); !s)
            return s;
    }
    Query rename(db, "UPDATE entity SET name = ? WHERE id = ?");
    for (const auto &[uid, name] : state.names) {
        if (const std::int64_t id = idOf(uid)) {
            rename.reset();
            rename.bind(name).bind(id);
            if (auto s = rename.run(); !s)
                return s;
        }
    }
    Query reject(db, "UPDATE entity SET rejected = 1 WHERE id = ?");
    for (const auto &uid : state.rejected) {
        if (const std::int64_t id = idOf(uid)) {
            reject.reset();
            reject.bind(id);
            if (auto s = reject.run(); !s)
                return s;
        }
    }
    // Alias edits act on the whole merge group of the entity the user acted on.
    const char *group = "(SELECT id FROM entity WHERE COALESCE(merged_into, id) = "
                        "(SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?))";
    Query unhide(db, std::string("UPDATE alias SET hidden = 0 WHERE norm = ? AND entity_id IN ") + group);
    Query hide(db, std::string("UPDATE alias SET hidden = 1 WHERE norm = ? AND entity_id IN ") + group);
    Query exists(db, std::string("SELECT COUNT(*) FROM alias WHERE norm = ? AND entity_id IN ") + group);
    Query add(db, "INSERT OR IGNORE INTO alias (entity_id, form, norm, kind, source, hidden) "
                  "VALUES (?, ?, ?, 'user', 'user', 0)");
    for (const auto &edit : state.aliasEdits) {
        const std::int64_t id = idOf(edit.uid);
        const std::string norm = entityNormKey(edit.form);
        if (id == 0 || norm.empty())
            continue;
        if (!edit.add) {
            hide.reset();
            hide.bind(norm).bind(id);
            if (auto s = hide.run(); !s)
                return s;
            continue;
        }
        exists.reset();
        exists.bind(norm).bind(id);
        const bool present = exists.next() && exists.int64(0) > 0;
        if (!exists.status())
            return exists.status();
        Query &q = present ? unhide : add;
        q.reset();
        if (present)
            q.bind(norm).bind(id);
        else
            q.bind(id).bind(edit.form).bind(norm);
        if (auto s = q.run(); !s)
            return s;
    }
    return exec(db, "UPDATE mention SET entity_id = COALESCE((SELECT e.merged_into FROM entity e "
                    "WHERE e.id = mention.origin_entity_id), origin_entity_id) "
                    "WHERE origin_entity_id IS NOT NULL AND entity_id IS NOT COALESCE((SELECT e.merged_into "
                    "FROM entity e WHERE e.id = mention.origin_entity_id), origin_entity_id)");
}

Status collectGarbage(Database &db)
{
    if (auto s = exec(db, "DELETE FROM fact WHERE NOT EXISTS (SELECT 1 FROM fact_evidence fe WHERE fe.fact_id = fact.id)"); !s)
        return s;
    // Entities still needed: mentioned, in a fact, named by a decision, or a merge root.
    const char *orphans =
        "SELECT e.id FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.origin_entity_id = e.id) "
        "AND NOT EXISTS (SELECT 1 FROM fact f WHERE f.subject_id = e.id OR f.object_id = e.id) "
        "AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.entity_uid = e.uid OR d.other_uid = e.uid) "
        "AND NOT EXISTS (SELECT 1 FROM entity c WHERE c.merged_into = e.id)";
    if (auto s = exec(db, std::string("DELETE FROM alias WHERE entity_id IN (") + orphans + ")"); !s)
        return s;
    return exec(db, std::string("DELETE FROM entity WHERE id IN (") + orphans + ")");
}

Result<std::int64_t> rootOf(Database &db, std::int64_t id)
{
    Query q(db, "SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?");
    q.bind(id);
    if (q.next())
        return q.int64(0);
    if (!q.status())
        return std::unexpected(q.status().error());
    return fail(ErrorCode::NotFound, "no entity " + std::to_string(id));
}

Result<std::string> uidOf(Database &db, std::int64_t id)
{
    Query q(db, "SELECT uid FROM entity WHERE id = ?");
    q.bind(id);
    if (q.next())
        return q.text(0);
    if (!q.status())
        return std::unexpected(q.status().error());
    return fail(ErrorCode::NotFound, "no entity " + std::to_string(id));
}

} // namespace sillok::core::graphdb
