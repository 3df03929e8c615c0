// Library: graph reads that stay fast at any library size — an entity's neighbourhood and the
// best-connected entities (co-mentions: library_graph_comentions.cpp). Every lookup goes through
// an index (fact_subject, fact_object, entity_merged_into); topGraph() counts degrees inside the
// two fact indexes.

#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/library_graph_reader.h"
#include "store/read_snapshot.h"

#include <algorithm>
#include <map>
#include <set>

namespace sillok::core {

using graphdb::GraphReader;
using graphdb::NodeInfo;
using graphdb::strongest;

Result<Graph> Library::graph(std::int64_t centerId, int hops, int maxNodes)
{
    if (centerId == 0)
        return graphdb::wholeGraph(database());
    Database &db = database();
    ReadSnapshot snapshot(db);
    auto root = graphdb::rootOf(db, centerId);
    if (!root)
        return std::unexpected(root.error());
    GraphReader reader(db);
    std::set<std::int64_t> keep{*root};
    if (reader.node(*root).rejected)
        return reader.build(keep);
    const std::size_t budget = maxNodes > 0 ? static_cast<std::size_t>(maxNodes) : 0;
    int total = 0;
    std::vector<std::int64_t> frontier{*root};
    std::set<std::int64_t> reached{*root};
    std::vector<std::int64_t> reachedFrontier{*root};
    for (int step = 0; step < std::clamp(hops, 1, 2); ++step) {
        const std::size_t used = keep.size() - 1; // the centre is not counted against the budget
        const bool full = budget && used >= budget;
        // How many relations join each new entity to the entities kept so far (not needed once
        // the budget is spent: nothing more is kept).
        std::map<std::int64_t, int> strength;
        if (!full) {
            strength = reader.neighboursOf(frontier);
            std::erase_if(strength, [&keep](const auto &entry) { return keep.contains(entry.first); });
        }
        // Every entity within reach counts in the total, also beyond the entities kept.
        std::vector<std::int64_t> nextReached;
        const std::map<std::int64_t, int> around =
            !full && reachedFrontier == frontier ? strength : reader.neighboursOf(reachedFrontier);
        for (const auto &[other, relations] : around)
            if (reached.insert(other).second)
                nextReached.push_back(other);
        total += static_cast<int>(nextReached.size());
        reachedFrontier = std::move(nextReached);
        if (full) {
            frontier.clear();
            continue;
        }
        frontier = strongest(strength, budget ? budget - used : 0);
        keep.insert(frontier.begin(), frontier.end());
    }
    auto g = reader.build(keep);
    if (g)
        g->totalNodes = total + 1;
    return g;
}

Result<Graph> Library::topGraph(int limit)
{
    Database &db = database();
    ReadSnapshot snapshot(db);
    auto top = graphdb::topByDegree(db, limit);
    if (!top)
        return std::unexpected(top.error());
    GraphReader reader(db);
    auto g = reader.build(top->ids);
    if (g)
        g->totalNodes = std::max(top->total, static_cast<int>(g->nodes.size()));
    return g;
}

} // namespace sillok::core
