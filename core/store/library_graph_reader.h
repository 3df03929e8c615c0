#pragma once
// Internal to core/store: the graph views' reader (library_graph_ego.cpp, and co-mentions in
// library_graph_comentions.cpp). Reads nodes and links on demand, each at most once per view;
// one GraphReader per call, on the calling thread's connection, inside the caller's snapshot.

#include "store/database.h"
#include "store/library_graph_internal.h"
#include "store/statement.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace sillok::core::graphdb {

// One relation (a fact with an entity object), both ends as curated (merge-root) ids.
struct Link {
    std::int64_t factId = 0;
    std::string predicate;
    std::int64_t subject = 0;
    std::int64_t object = 0;
    std::string value;
};

struct NodeInfo {
    std::string name;
    EntityType type = EntityType::Organization;
    bool rejected = true; // unknown ids count as rejected
    int mentions = -1;    // -1 until counted (GraphReader::weighed)
};

// Reads nodes and links on demand, each at most once per call of a view function.
class GraphReader {
public:
    explicit GraphReader(Database &db) : m_db(db) {}

    NodeInfo &node(std::int64_t id)
    {
        auto [it, fresh] = m_nodes.try_emplace(id);
        if (!fresh)
            return it->second;
        auto q = m_db.cached("SELECT name, type, rejected FROM entity WHERE id = ?");
        q->bind(id);
        if (q->next())
            it->second = {q->text(0), entityTypeFromName(q->text(1)).value_or(EntityType::Organization),
                          q->int64(2) != 0, -1};
        else if (!q->status())
            m_status = q->status();
        return it->second;
    }

    // The node with its mention count (the node's weight, the entity's kept tally, migration 13),
    // read only for nodes drawn.
    const NodeInfo &weighed(std::int64_t id)
    {
        NodeInfo &info = node(id);
        if (info.mentions >= 0)
            return info;
        auto q = m_db.cached("SELECT mention_count FROM entity WHERE id = ?");
        q->bind(id);
        info.mentions = q->next() ? static_cast<int>(q->int64(0)) : 0;
        if (!q->status())
            m_status = q->status();
        return info;
    }

    Status status() const { return m_status; }

    // The curated, unrejected entities one relation away from any of `roots`, each with the
    // number of relations (fact rows, either direction, from the roots' rows or rows merged into
    // them) that join it to them. A two-hop graph around a hub reaches tens of thousands of
    // entities through hundreds of thousands of facts: the other ends are read from the covering
    // fact indexes alone (sqlite_autoindex_fact_1 by subject, fact_object by object), tallied by
    // raw id here, and only the distinct ones are mapped to their roots and checked once each.
    std::map<std::int64_t, int> neighboursOf(const std::vector<std::int64_t> &roots)
    {
        std::map<std::int64_t, int> out;
        if (roots.empty() || !loadMerged())
            return out;
        // The rows to read: each given entity's own, and those merged into it.
        std::vector<std::int64_t> rows;
        for (std::int64_t id : roots) {
            rows.push_back(id);
            if (const auto it = m_members.find(id); it != m_members.end())
                rows.insert(rows.end(), it->second.begin(), it->second.end());
        }
        std::ranges::sort(rows);
        rows.erase(std::ranges::unique(rows).begin(), rows.end());
        std::unordered_map<std::int64_t, int> raw = manyRows(rows) ? tallyByScan(rows) : tallyBySeek(rows);
        std::vector<std::int64_t> others;
        others.reserve(raw.size());
        for (const auto &[id, n] : raw)
            others.push_back(id);
        for (std::int64_t id : alive(others))
            out.emplace(id, raw[id]);
        return out;
    }

    // The relations among `keep` (curated ids): facts whose two ends are rows of kept entities
    // (their own rows or rows merged into them), read in one pass over the subject index for
    // those rows only. A hub's other relations are never read: at 100,000 articles a
    // ministry's page reaches tens of thousands of facts, and a graph of 100 hubs needs the
    // three thousand among them. (The unary + keeps SQLite from pairing every kept entity with
    // every other through fact_object (object_id, subject_id): a seek per pair, 250,000 for 500.)
    std::vector<Link> linksAmong(const std::set<std::int64_t> &keep)
    {
        auto q = m_db.cached(
            "WITH m(id) AS (SELECT id FROM entity WHERE id IN (SELECT value FROM json_each(?1)) "
            "  UNION SELECT id FROM entity WHERE merged_into IN (SELECT value FROM json_each(?1))) "
            "SELECT f.id, f.predicate, COALESCE(s.merged_into, s.id), COALESCE(o.merged_into, o.id), f.value "
            "FROM fact f JOIN entity s ON s.id = f.subject_id JOIN entity o ON o.id = f.object_id "
            "WHERE f.subject_id IN (SELECT id FROM m) AND +f.object_id IN (SELECT id FROM m)");
        q->bind(1, graphdb::jsonIdArray(keep));
        std::vector<Link> rows;
        while (q->next())
            if (q->int64(2) != q->int64(3)) // both ends merged into one entity
                rows.push_back({q->int64(0), q->text(1), q->int64(2), q->int64(3), q->text(4)});
        if (!q->status())
            m_status = q->status();
        return rows;
    }

    // The graph over `keep`: its nodes by id, and every relation among them once per (subject,
    // predicate, object, value), as the first fact row of the fold (as curatedFacts folds).
    Result<Graph> build(const std::set<std::int64_t> &keep)
    {
        Graph g;
        for (std::int64_t id : keep) {
            const NodeInfo &info = weighed(id);
            g.nodes.push_back({id, info.type, info.name, info.mentions});
        }
        std::map<std::tuple<std::int64_t, std::string, std::int64_t, std::string>, std::int64_t> folded;
        for (const Link &l : linksAmong(keep)) {
            if (node(l.subject).rejected || node(l.object).rejected)
                continue;
            auto [it, fresh] = folded.try_emplace({l.subject, l.predicate, l.object, l.value}, l.factId);
            if (!fresh)
                it->second = std::min(it->second, l.factId);
        }
        for (const auto &[key, factId] : folded)
            g.edges.push_back({std::get<0>(key), std::get<2>(key), std::get<1>(key), factId});
        std::ranges::sort(g.edges, {}, &GraphEdge::factId);
        g.totalNodes = static_cast<int>(g.nodes.size());
        if (!m_status)
            return std::unexpected(m_status.error());
        return g;
    }

private:
    // The other ends (roots) of the relations of `rows` (raw ids, sorted), each with its fact rows.
    // A seek per row into each covering fact index (sqlite_autoindex_fact_1 by subject, fact_object
    // by object).
    std::unordered_map<std::int64_t, int> tallyBySeek(const std::vector<std::int64_t> &rows)
    {
        const std::string list = graphdb::jsonIdArray(rows);
        std::unordered_map<std::int64_t, int> raw; // other end (root) → fact rows
        const auto tally = [&](const char *sql) {
            auto q = m_db.cached(sql);
            q->bind(1, list);
            while (q->next()) {
                const std::int64_t other = rootOf(q->int64(1));
                if (other != rootOf(q->int64(0)))
                    ++raw[other];
            }
            if (!q->status())
                m_status = q->status();
        };
        tally("SELECT subject_id, object_id FROM fact WHERE subject_id IN (SELECT value FROM json_each(?1)) "
              "AND object_id IS NOT NULL");
        tally("SELECT object_id, subject_id FROM fact WHERE object_id IN (SELECT value FROM json_each(?1))");
        return raw;
    }

    // The same tally as tallyBySeek, from one pass over every relation (the subject index): for the
    // thousands of entities a hub's neighbourhood holds, whose relations are most of the table,
    // seeking each one's rows from a list SQLite builds first cost four times as much.
    std::unordered_map<std::int64_t, int> tallyByScan(const std::vector<std::int64_t> &rows)
    {
        const std::int64_t first = rows.front();
        std::vector<char> isRow(static_cast<std::size_t>(rows.back() - first + 1), 0);
        for (std::int64_t id : rows)
            isRow[static_cast<std::size_t>(id - first)] = 1;
        const auto given = [&](std::int64_t id) {
            return id >= first && id <= rows.back() && isRow[static_cast<std::size_t>(id - first)] != 0;
        };
        std::unordered_map<std::int64_t, int> raw;
        auto q = m_db.cached("SELECT f.subject_id, f.object_id FROM fact f INDEXED BY sqlite_autoindex_fact_1 "
                             "WHERE f.object_id IS NOT NULL");
        while (q->next()) {
            const std::int64_t subject = q->int64(0), object = q->int64(1);
            const bool fromSubject = given(subject), fromObject = given(object);
            if (!fromSubject && !fromObject)
                continue;
            const std::int64_t subjectRoot = rootOf(subject), objectRoot = rootOf(object);
            if (subjectRoot == objectRoot)
                continue;
            if (fromSubject)
                ++raw[objectRoot];
            if (fromObject)
                ++raw[subjectRoot];
        }
        if (!q->status())
            m_status = q->status();
        return raw;
    }

    // True when `rows` are enough entities (a sixteenth of the ids) that reading every relation
    // once is cheaper than seeking theirs.
    bool manyRows(const std::vector<std::int64_t> &rows)
    {
        if (m_maxEntityId < 0) {
            auto q = m_db.cached("SELECT COALESCE(MAX(id), 0) FROM entity");
            m_maxEntityId = q->next() ? q->int64(0) : 0;
            if (!q->status())
                m_status = q->status();
        }
        return static_cast<std::int64_t>(rows.size()) * kScanShare >= m_maxEntityId;
    }
    static constexpr std::int64_t kScanShare = 16;
    std::int64_t m_maxEntityId = -1;

    // Entities merged into another (curation decisions): loaded once.
    bool loadMerged()
    {
        if (m_mergedLoaded)
            return static_cast<bool>(m_status);
        m_mergedLoaded = true;
        auto q = m_db.cached("SELECT id, merged_into FROM entity WHERE merged_into IS NOT NULL");
        while (q->next()) {
            m_root.emplace(q->int64(0), q->int64(1));
            m_members[q->int64(1)].push_back(q->int64(0));
        }
        if (!q->status())
            m_status = q->status();
        return static_cast<bool>(m_status);
    }

    std::int64_t rootOf(std::int64_t id) const
    {
        const auto it = m_root.find(id);
        return it == m_root.end() ? id : it->second;
    }

    // Those of `ids` that are stored and not rejected, in one statement (primary-key look-ups).
    std::vector<std::int64_t> alive(const std::vector<std::int64_t> &ids)
    {
        std::vector<std::int64_t> out;
        if (ids.empty())
            return out;
        auto q =
            m_db.cached("SELECT e.id FROM json_each(?1) JOIN entity e ON e.id = json_each.value WHERE e.rejected = 0");
        q->bind(1, graphdb::jsonIdArray(ids));
        while (q->next())
            out.push_back(q->int64(0));
        if (!q->status())
            m_status = q->status();
        return out;
    }

    Database &m_db;
    std::unordered_map<std::int64_t, NodeInfo> m_nodes;
    bool m_mergedLoaded = false;
    std::unordered_map<std::int64_t, std::int64_t> m_root;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> m_members;
    Status m_status;
};

// The ids of `strength` ordered strongest first (then by id), at most `limit` (0 = all).
inline std::vector<std::int64_t> strongest(const std::map<std::int64_t, int> &strength, std::size_t limit)
{
    std::vector<std::pair<int, std::int64_t>> ranked;
    for (const auto &[id, n] : strength)
        ranked.emplace_back(-n, id);
    std::ranges::sort(ranked);
    std::vector<std::int64_t> out;
    for (const auto &[negative, id] : ranked) {
        if (limit && out.size() >= limit)
            break;
        out.push_back(id);
    }
    return out;
}

} // namespace sillok::core::graphdb
