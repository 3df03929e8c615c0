// The views' reads against the queries they replaced (kept here as the reference, verbatim where
// they were one statement), on the imported sample corpus and again after each curation decision
// that moves lanes and neighbours: organizations merged, an organization rejected, two meetings
// merged, an initiative rejected, a decision undone. Timeline counts (both groupings, with an
// organization, with a window), the items with their lanes (both ways of reading the lanes),
// co-mentions, and the capped two-hop ego network with its total.
#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/library_timeline_lanes.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

// Library::timelineCounts before it was read in one pass (main at 87c475a).
std::vector<TimelineCount> referenceCounts(Database &db, const Library::TimelineQuery &query)
{
    Statement q(
        db,
        "WITH item(id, type, name) AS ("
        "  SELECT id, type, name FROM entity"
        "  WHERE type IN ('initiative', 'meeting') AND date != '' AND merged_into IS NULL AND rejected = 0"
        "  AND date >= ?3 AND date <= ?4), "
        "link(item, side, name) AS ("
        "  SELECT i.id, CASE WHEN f.predicate IN ('organizer', 'participant', 'owner') THEN 'o' ELSE 'i' END, o.name"
        "  FROM item i JOIN entity g ON g.id = i.id OR g.merged_into = i.id"
        "  JOIN fact f ON f.subject_id = g.id JOIN entity ob ON ob.id = f.object_id"
        "  JOIN entity o ON o.id = COALESCE(ob.merged_into, ob.id)"
        "  WHERE o.rejected = 0 AND o.id != i.id AND (f.predicate IN ('organizer', 'participant', 'owner', 'discussed')"
        "    OR (f.predicate = 'part_of' AND o.type = 'initiative'))"
        "  UNION SELECT id, 'i', name FROM item WHERE type = 'initiative'), "
        "lane(item, name) AS ("
        "  SELECT item, name FROM link WHERE side = ?1"
        "  UNION ALL SELECT id, '' FROM item WHERE id NOT IN (SELECT item FROM link WHERE side = ?1)) "
        "SELECT l.name, substr(e.date, 1, 7), e.type, e.kind, COUNT(*) FROM lane l JOIN entity e ON e.id = l.item "
        "WHERE ?2 = '' OR l.item IN (SELECT item FROM link WHERE side = 'o' AND name = ?2) "
        "GROUP BY 1, 2, 3, 4 ORDER BY 2, 1");
    q.bind(1, query.byOrganization ? "o" : "i")
        .bind(2, query.organization)
        .bind(3, query.from.isValid() ? query.from.toString() : std::string())
        .bind(4, query.to.isValid() ? query.to.toString() + "\x7f" : std::string("\x7f"));
    std::vector<TimelineCount> out;
    while (q.next())
        if (const auto month = PartialDate::parse(q.text(1)))
            out.push_back({q.text(0), *month, entityTypeFromName(q.text(2)).value_or(EntityType::Meeting), q.text(3),
                           static_cast<int>(q.int64(4))});
    EXPECT_TRUE(q.status());
    return out;
}

// Library::timeline() before: the items, then each one's lanes by a look-up of its facts.
std::vector<TimelineItem> referenceTimeline(Database &db)
{
    std::vector<TimelineItem> items;
    Statement q(db, "SELECT e.id, e.type, e.name, e.kind, e.date, e.end_date, e.date_text FROM entity e "
                    "WHERE e.type IN ('initiative', 'meeting') AND e.date != '' AND e.merged_into IS NULL "
                    "AND e.rejected = 0");
    while (q.next()) {
        TimelineItem item;
        item.entityId = q.int64(0);
        item.type = entityTypeFromName(q.text(1)).value_or(EntityType::Meeting);
        item.name = q.text(2);
        item.kind = q.text(3);
        item.start = graphdb::dateFrom(q.text(4));
        item.end = graphdb::dateFrom(q.text(5));
        if (!item.start.isValid())
            continue;
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.dateText = q.text(6);
        items.push_back(std::move(item));
    }
    Statement lanes(db, "SELECT f.predicate, o.name, o.type FROM fact f JOIN entity ob ON ob.id = f.object_id "
                        "JOIN entity o ON o.id = COALESCE(ob.merged_into, ob.id) "
                        "WHERE f.subject_id IN (SELECT id FROM entity WHERE id = ?1 "
                        "UNION ALL SELECT id FROM entity WHERE merged_into = ?1) "
                        "AND o.rejected = 0 AND o.id != ?1 ORDER BY f.id");
    const auto addUnique = [](std::vector<std::string> &to, std::string name) {
        if (std::ranges::find(to, name) == to.end())
            to.push_back(std::move(name));
    };
    for (TimelineItem &item : items) {
        lanes.reset();
        lanes.bind(1, item.entityId);
        if (item.type == EntityType::Initiative)
            item.initiatives.push_back(item.name);
        while (lanes.next()) {
            const std::string predicate = lanes.text(0);
            if (predicate == "discussed" || (predicate == "part_of" && lanes.text(2) == "initiative"))
                addUnique(item.initiatives, lanes.text(1));
            else if (predicate == "organizer" || predicate == "participant" || predicate == "owner")
                addUnique(item.organizations, lanes.text(1));
        }
    }
    // By start and name as before; then by id, which before was left to the sort (unstable) and
    // the order the rows came in.
    std::ranges::sort(items, [](const TimelineItem &a, const TimelineItem &b) {
        return std::tie(a.start, a.name, a.entityId) < std::tie(b.start, b.name, b.entityId);
    });
    return items;
}

// Library::coMentions before: one GROUP BY over the centre's mentions and their sentences.
std::vector<CoMention> referenceCoMentions(Database &db, std::int64_t root, int limit)
{
    Statement q(db,
                "SELECT o.entity_id, COUNT(DISTINCT m.article_id * 1000000 + m.sentence), COUNT(DISTINCT m.article_id) "
                "FROM mention m JOIN mention o ON o.article_id = m.article_id AND o.sentence = m.sentence "
                "JOIN entity e ON e.id = o.entity_id "
                "WHERE m.entity_id = ?1 AND m.sentence >= 0 AND o.entity_id != ?1 AND e.rejected = 0 "
                "GROUP BY o.entity_id ORDER BY 2 DESC, 3 DESC, 1 LIMIT ?2");
    q.bind(1, root).bind(2, limit);
    std::vector<CoMention> out;
    while (q.next())
        out.push_back({root, q.int64(0), static_cast<int>(q.int64(1)), static_cast<int>(q.int64(2))});
    EXPECT_TRUE(q.status());
    return out;
}

// The ego network's neighbour tally before (one statement with the entity joins per fact row).
std::map<std::int64_t, int> referenceNeighbours(Database &db, const std::vector<std::int64_t> &roots)
{
    Statement q(db,
                "WITH m(id, root) AS (SELECT id, COALESCE(merged_into, id) FROM entity WHERE id IN (SELECT value FROM "
                "json_each(?1)) "
                "  UNION SELECT id, merged_into FROM entity WHERE merged_into IN (SELECT value FROM json_each(?1))) "
                "SELECT other, COUNT(*) FROM ("
                "  SELECT ro.id AS other FROM m JOIN fact f ON f.subject_id = m.id JOIN entity o ON o.id = f.object_id "
                "  JOIN entity ro ON ro.id = COALESCE(o.merged_into, o.id) WHERE ro.rejected = 0 AND ro.id <> m.root "
                "  UNION ALL "
                "  SELECT rs.id FROM m JOIN fact f ON f.object_id = m.id JOIN entity s ON s.id = f.subject_id "
                "  JOIN entity rs ON rs.id = COALESCE(s.merged_into, s.id) WHERE rs.rejected = 0 AND rs.id <> m.root) "
                "GROUP BY other");
    q.bind(1, graphdb::jsonIdArray(roots));
    std::map<std::int64_t, int> out;
    while (q.next())
        out.emplace(q.int64(0), static_cast<int>(q.int64(1)));
    EXPECT_TRUE(q.status());
    return out;
}

// Library::graph's choice of nodes before, over referenceNeighbours: the ids kept and the total.
std::pair<std::set<std::int64_t>, int> referenceEgo(Database &db, std::int64_t root, int hops, std::size_t budget)
{
    std::set<std::int64_t> keep{root};
    int total = 0;
    std::vector<std::int64_t> frontier{root}, reachedFrontier{root};
    std::set<std::int64_t> reached{root};
    for (int step = 0; step < hops; ++step) {
        std::map<std::int64_t, int> strength = referenceNeighbours(db, frontier);
        std::erase_if(strength, [&keep](const auto &entry) { return keep.contains(entry.first); });
        std::vector<std::int64_t> nextReached;
        for (const auto &[other, n] : reachedFrontier == frontier ? strength : referenceNeighbours(db, reachedFrontier))
            if (reached.insert(other).second)
                nextReached.push_back(other);
        total += static_cast<int>(nextReached.size());
        reachedFrontier = std::move(nextReached);
        const std::size_t used = keep.size() - 1;
        if (budget && used >= budget) {
            frontier.clear();
            continue;
        }
        std::vector<std::pair<int, std::int64_t>> ranked;
        for (const auto &[id, n] : strength)
            ranked.emplace_back(-n, id);
        std::ranges::sort(ranked);
        frontier.clear();
        for (const auto &[negative, id] : ranked)
            if (!budget || frontier.size() < budget - used)
                frontier.push_back(id);
        keep.insert(frontier.begin(), frontier.end());
    }
    return {keep, total + 1};
}

using CountKey = std::tuple<std::string, std::string, EntityType, std::string, int>;

std::vector<CountKey> keys(const std::vector<TimelineCount> &counts)
{
    std::vector<CountKey> out;
    for (const auto &c : counts)
        out.emplace_back(c.month.toString(), c.lane, c.type, c.kind, c.count);
    return out;
}

using ItemKey = std::tuple<std::int64_t, EntityType, std::string, std::string, std::string, std::string, std::string,
                           std::vector<std::string>, std::vector<std::string>>;

std::vector<ItemKey> keys(const std::vector<TimelineItem> &items)
{
    std::vector<ItemKey> out;
    for (const auto &i : items)
        out.emplace_back(i.entityId, i.type, i.name, i.kind, i.start.toString(), i.end.toString(), i.dateText,
                         i.initiatives, i.organizations);
    return out;
}

class LibraryViewsReference : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(sillok::test::openSampleLibrary(m_dir, m_lib)); }

    std::int64_t idOf(EntityType type, const std::string &name)
    {
        auto list = m_lib->entities({type, "", false});
        EXPECT_TRUE(list);
        for (const auto &e : *list)
            if (e.name == name)
                return e.id;
        return 0;
    }

    // Every read against its reference; `what` names the state of the library.
    void compareAll(const std::string &what)
    {
        SCOPED_TRACE(what);
        Database &db = m_lib->database();
        auto items = m_lib->timeline();
        ASSERT_TRUE(items) << items.error().detail;
        EXPECT_EQ(keys(*items), keys(referenceTimeline(db)));
        ASSERT_GT(items->size(), 5u);
        // Both ways of reading the lanes.
        for (std::size_t scanAbove : {std::size_t(0), std::size_t(1) << 30}) {
            std::vector<timelinedb::DatedItem> dated;
            for (const auto &item : *items)
                dated.push_back({item.entityId,
                                 item.type == EntityType::Initiative ? "initiative" : "meeting",
                                 item.name,
                                 "",
                                 "",
                                 "",
                                 "",
                                 {},
                                 {}});
            timelinedb::LaneNames names;
            ASSERT_TRUE(timelinedb::addLanes(db, dated, names, scanAbove));
            const auto named = [&names](const std::vector<int> &lanes) {
                std::vector<std::string> out;
                for (int lane : lanes)
                    out.push_back(names.names.at(static_cast<std::size_t>(lane)));
                return out;
            };
            for (std::size_t i = 0; i < dated.size(); ++i) {
                EXPECT_EQ(named(dated[i].initiatives), (*items)[i].initiatives) << (*items)[i].name;
                EXPECT_EQ(named(dated[i].organizations), (*items)[i].organizations) << (*items)[i].name;
            }
        }
        std::set<std::string> organizations;
        for (const auto &item : *items)
            organizations.insert(item.organizations.begin(), item.organizations.end());
        ASSERT_FALSE(organizations.empty());
        const std::string organization = *organizations.begin();
        const PartialDate from = PartialDate::ofMonth(2023, 6), to = PartialDate::ofYear(2024);
        for (const Library::TimelineQuery &query :
             {Library::TimelineQuery{false, {}, {}, {}}, Library::TimelineQuery{true, {}, {}, {}},
              Library::TimelineQuery{false, organization, {}, {}}, Library::TimelineQuery{true, organization, {}, {}},
              Library::TimelineQuery{true, {}, from, to}, Library::TimelineQuery{false, organization, from, {}}}) {
            auto overview = m_lib->timelineOverview(query);
            ASSERT_TRUE(overview) << overview.error().detail;
            const auto expected = referenceCounts(db, query);
            EXPECT_EQ(keys(overview->counts), keys(expected))
                << (query.byOrganization ? "by organization " : "by initiative ") << query.organization;
            // The total and the organizations are those of the grouping without the filter.
            const auto unfiltered = referenceCounts(db, {query.byOrganization, {}, query.from, query.to});
            int total = 0;
            for (const auto &c : unfiltered)
                total += c.count;
            EXPECT_EQ(overview->laneTotal, total);
            std::set<std::string> lanes;
            for (const auto &c : referenceCounts(db, {true, {}, query.from, query.to}))
                if (!c.lane.empty())
                    lanes.insert(c.lane);
            EXPECT_EQ(overview->organizations, std::vector<std::string>(lanes.begin(), lanes.end()));
        }
        // Co-mentions and the capped ego network of the busiest entities of each kind.
        for (EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Meeting}) {
            auto list = m_lib->entities({type, "", false});
            ASSERT_TRUE(list);
            for (std::size_t i = 0; i < std::min<std::size_t>(list->size(), 3); ++i) {
                const std::int64_t id = (*list)[i].id;
                for (int limit : {3, 15, 1000}) {
                    auto co = m_lib->coMentions(id, limit);
                    ASSERT_TRUE(co) << co.error().detail;
                    const auto expected = referenceCoMentions(db, id, limit);
                    ASSERT_EQ(co->coMentions.size(), expected.size()) << (*list)[i].name;
                    for (std::size_t k = 0; k < expected.size(); ++k)
                        EXPECT_EQ(
                            std::tie(co->coMentions[k].to, co->coMentions[k].sentences, co->coMentions[k].articles),
                            std::tie(expected[k].to, expected[k].sentences, expected[k].articles));
                }
                for (int hops : {1, 2})
                    for (int cap : {0, 4, 12}) {
                        auto ego = m_lib->graph(id, hops, cap);
                        ASSERT_TRUE(ego) << ego.error().detail;
                        std::set<std::int64_t> ids;
                        for (const auto &n : ego->nodes)
                            ids.insert(n.id);
                        const auto [keep, total] = referenceEgo(db, id, hops, static_cast<std::size_t>(cap));
                        EXPECT_EQ(ids, keep) << (*list)[i].name << " " << hops << " " << cap;
                        EXPECT_EQ(ego->totalNodes, total) << (*list)[i].name << " " << hops << " " << cap;
                    }
            }
        }
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(LibraryViewsReference, ReadsEqualTheirReferenceBeforeAndAfterCuration)
{
    compareAll("as imported");
    // Two organization lanes become one: the items of the second now carry the first's name.
    auto items = m_lib->timeline();
    ASSERT_TRUE(items);
    std::map<std::string, int> laneItems;
    for (const auto &item : *items)
        for (const auto &o : item.organizations)
            ++laneItems[o];
    ASSERT_GE(laneItems.size(), 3u);
    std::vector<std::pair<int, std::string>> busiest;
    for (const auto &[name, n] : laneItems)
        busiest.emplace_back(-n, name);
    std::ranges::sort(busiest);
    const std::int64_t keepOrg = idOf(EntityType::Organization, busiest[0].second);
    const std::int64_t mergedOrg = idOf(EntityType::Organization, busiest[1].second);
    const std::int64_t rejectedOrg = idOf(EntityType::Organization, busiest[2].second);
    ASSERT_NE(keepOrg, 0);
    ASSERT_NE(mergedOrg, 0);
    ASSERT_NE(rejectedOrg, 0);
    ASSERT_TRUE(m_lib->mergeEntities(keepOrg, mergedOrg));
    compareAll("organizations merged");
    // A rejected organization is no lane.
    auto rejected = m_lib->rejectEntity(rejectedOrg);
    ASSERT_TRUE(rejected);
    compareAll("organization rejected");
    // Two meetings become one item: the merged one's facts give the kept one lanes.
    std::vector<std::int64_t> meetings;
    for (const auto &item : *items)
        if (item.type == EntityType::Meeting && !item.organizations.empty())
            meetings.push_back(item.entityId);
    ASSERT_GE(meetings.size(), 2u);
    ASSERT_TRUE(m_lib->mergeEntities(meetings[0], meetings[1]));
    compareAll("meetings merged");
    // A rejected initiative is neither an item nor a lane.
    std::int64_t initiative = 0;
    for (const auto &item : *items)
        if (item.type == EntityType::Initiative && item.initiatives.size() > 0)
            initiative = item.entityId;
    ASSERT_NE(initiative, 0);
    ASSERT_TRUE(m_lib->rejectEntity(initiative));
    compareAll("initiative rejected");
    ASSERT_TRUE(m_lib->undoDecision(*rejected));
    compareAll("organization's rejection undone");
}
