// The read side of the graph and timeline views on the imported sample corpus: the indexed ego
// network equals the neighbourhood in the whole graph, the top-by-degree graph ranks by relation
// rows, co-mentions count the sentences two entities share, timeline counts equal the items
// grouped by lane and month, windows and first articles — and every view query uses an index.
#include "store/database.h"
#include "store/library.h"
#include "store/library_timeline_lanes.h"
#include "store/statement.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

using EdgeKey = std::tuple<std::int64_t, std::string, std::int64_t>;

std::set<std::int64_t> nodeIds(const Graph &g)
{
    std::set<std::int64_t> ids;
    for (const auto &n : g.nodes)
        ids.insert(n.id);
    return ids;
}

std::set<EdgeKey> edgeKeys(const Graph &g)
{
    std::set<EdgeKey> keys;
    for (const auto &e : g.edges)
        keys.emplace(e.from, e.predicate, e.to);
    return keys;
}

class LibraryViews : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        // One library for the suite (TempDir needs a running test): imported once, read only.
        s_dir = new std::filesystem::path(std::filesystem::temp_directory_path()
                                          / ("sillok-store-views-" + std::to_string(::getpid())));
        std::filesystem::remove_all(*s_dir);
        std::filesystem::create_directories(*s_dir);
        auto lib = Library::open((*s_dir / "kb.sqlite").string());
        ASSERT_TRUE(lib) << lib.error().detail;
        s_lib = lib->release();
        const ImportReport r = s_lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {});
        ASSERT_TRUE(r.failed.empty());
        ASSERT_GT(r.imported, 10);
        auto whole = s_lib->graph(0, 1);
        ASSERT_TRUE(whole);
        s_whole = new Graph(std::move(*whole));
    }
    static void TearDownTestSuite()
    {
        delete s_whole;
        delete s_lib;
        std::filesystem::remove_all(*s_dir);
        delete s_dir;
    }

    // Relation rows per curated entity, counted here from the fact table (both ends).
    static std::map<std::int64_t, int> degrees()
    {
        std::map<std::int64_t, std::int64_t> root;
        std::set<std::int64_t> rejected;
        Statement e(s_lib->database(), "SELECT id, COALESCE(merged_into, id), rejected FROM entity");
        while (e.next()) {
            root[e.int64(0)] = e.int64(1);
            if (e.int64(2))
                rejected.insert(e.int64(0));
        }
        std::map<std::int64_t, int> degree;
        Statement f(s_lib->database(), "SELECT subject_id, object_id FROM fact WHERE object_id IS NOT NULL");
        while (f.next()) {
            ++degree[root[f.int64(0)]];
            ++degree[root[f.int64(1)]];
        }
        for (std::int64_t id : rejected)
            degree.erase(id);
        return degree;
    }

    // The neighbourhood of `center` within `hops`, from the whole graph's edges.
    static std::set<std::int64_t> reach(std::int64_t center, int hops)
    {
        std::set<std::int64_t> seen{center};
        std::vector<std::int64_t> frontier{center};
        for (int h = 0; h < hops; ++h) {
            std::vector<std::int64_t> next;
            for (std::int64_t id : frontier)
                for (const auto &e : s_whole->edges)
                    for (auto [a, b] : {std::pair{e.from, e.to}, std::pair{e.to, e.from}})
                        if (a == id && seen.insert(b).second)
                            next.push_back(b);
            frontier = std::move(next);
        }
        return seen;
    }

    static std::int64_t busiest(EntityType type)
    {
        auto list = s_lib->entities({type, "", false});
        EXPECT_TRUE(list && !list->empty());
        return list && !list->empty() ? list->front().id : 0; // most mentions first
    }

    static std::filesystem::path *s_dir;
    static Library *s_lib;
    static Graph *s_whole;
};

std::filesystem::path *LibraryViews::s_dir = nullptr;
Library *LibraryViews::s_lib = nullptr;
Graph *LibraryViews::s_whole = nullptr;

} // namespace

TEST_F(LibraryViews, EgoNetworkEqualsTheNeighbourhoodInTheWholeGraph)
{
    int checked = 0;
    for (const auto &node : s_whole->nodes) {
        for (int hops : {1, 2}) {
            auto ego = s_lib->graph(node.id, hops);
            ASSERT_TRUE(ego) << ego.error().detail;
            const std::set<std::int64_t> expected = reach(node.id, hops);
            ASSERT_EQ(nodeIds(*ego), expected) << node.name << " at " << hops << " hop(s)";
            std::set<EdgeKey> edges;
            for (const auto &e : s_whole->edges)
                if (expected.contains(e.from) && expected.contains(e.to))
                    edges.emplace(e.from, e.predicate, e.to);
            EXPECT_EQ(edgeKeys(*ego), edges) << node.name;
            EXPECT_EQ(ego->totalNodes, static_cast<int>(expected.size()));
        }
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

TEST_F(LibraryViews, EgoNetworkCapKeepsTheCentreAndItsStrongestLinks)
{
    // The entity with the widest two-hop neighbourhood.
    std::int64_t ministry = 0;
    std::size_t widest = 0;
    for (const auto &node : s_whole->nodes)
        if (const std::size_t n = reach(node.id, 2).size(); n > widest) {
            widest = n;
            ministry = node.id;
        }
    auto full = s_lib->graph(ministry, 2);
    ASSERT_TRUE(full);
    ASSERT_GT(full->nodes.size(), 6u);
    auto capped = s_lib->graph(ministry, 2, 5);
    ASSERT_TRUE(capped);
    EXPECT_EQ(capped->nodes.size(), 6u); // the centre and five
    EXPECT_TRUE(nodeIds(*capped).contains(ministry));
    EXPECT_EQ(capped->totalNodes, static_cast<int>(full->nodes.size()));
    // The first hop comes first: with room for all of it, every direct neighbour is kept.
    const std::set<std::int64_t> direct = reach(ministry, 1);
    auto roomy = s_lib->graph(ministry, 2, static_cast<int>(direct.size()) - 1);
    ASSERT_TRUE(roomy);
    EXPECT_EQ(nodeIds(*roomy), direct);
}

TEST_F(LibraryViews, TopGraphRanksEntitiesByRelations)
{
    const auto degree = degrees();
    auto top = s_lib->topGraph(8);
    ASSERT_TRUE(top) << top.error().detail;
    ASSERT_EQ(top->nodes.size(), 8u);
    EXPECT_EQ(top->totalNodes, static_cast<int>(degree.size()));
    const std::set<std::int64_t> ids = nodeIds(*top);
    int weakestIn = 1 << 30, strongestOut = 0;
    for (const auto &[id, n] : degree) {
        if (ids.contains(id))
            weakestIn = std::min(weakestIn, n);
        else
            strongestOut = std::max(strongestOut, n);
    }
    EXPECT_GE(weakestIn, strongestOut); // no entity left out has more relations than one kept
    // Its relations are those of the whole graph among these entities.
    std::set<EdgeKey> among;
    for (const auto &e : s_whole->edges)
        if (ids.contains(e.from) && ids.contains(e.to))
            among.emplace(e.from, e.predicate, e.to);
    EXPECT_EQ(edgeKeys(*top), among);
    EXPECT_FALSE(among.empty());
    // Asking for more than there are gives every connected entity.
    auto all = s_lib->topGraph(100000);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->nodes.size(), degree.size());
}

TEST_F(LibraryViews, CoMentionsCountTheSentencesTwoEntitiesShare)
{
    const std::int64_t center = busiest(EntityType::Organization);
    // Counted here from each article's mentions: sentences naming the centre and another entity.
    std::map<std::int64_t, std::pair<std::set<std::pair<std::int64_t, int>>, std::set<std::int64_t>>> expected;
    auto detail = s_lib->entity(center);
    ASSERT_TRUE(detail);
    for (const auto &summary : detail->articles) {
        auto article = s_lib->article(summary.id);
        ASSERT_TRUE(article);
        std::set<int> withCenter;
        for (const auto &m : article->mentions)
            if (m.entityId == center && m.sentence >= 0)
                withCenter.insert(m.sentence);
        for (const auto &m : article->mentions)
            if (m.entityId != 0 && m.entityId != center && withCenter.contains(m.sentence)) {
                expected[m.entityId].first.emplace(summary.id, m.sentence);
                expected[m.entityId].second.insert(summary.id);
            }
    }
    ASSERT_GT(expected.size(), 3u);
    auto co = s_lib->coMentions(center, 1000);
    ASSERT_TRUE(co) << co.error().detail;
    ASSERT_EQ(co->coMentions.size(), expected.size());
    EXPECT_EQ(co->nodes.front().id, center);
    EXPECT_EQ(co->nodes.size(), expected.size() + 1);
    for (std::size_t i = 0; i < co->coMentions.size(); ++i) {
        const CoMention &c = co->coMentions[i];
        EXPECT_EQ(c.from, center);
        ASSERT_TRUE(expected.contains(c.to));
        EXPECT_EQ(c.sentences, static_cast<int>(expected[c.to].first.size()));
        EXPECT_EQ(c.articles, static_cast<int>(expected[c.to].second.size()));
        if (i > 0) { // strongest first
            EXPECT_GE(co->coMentions[i - 1].sentences, c.sentences);
        }
    }
    auto few = s_lib->coMentions(center, 3);
    ASSERT_TRUE(few);
    ASSERT_EQ(few->coMentions.size(), 3u);
    EXPECT_EQ(few->coMentions[0].to, co->coMentions[0].to);
}

TEST_F(LibraryViews, TimelineCountsAreTheItemsGroupedByLaneAndMonth)
{
    auto items = s_lib->timeline();
    ASSERT_TRUE(items);
    ASSERT_GT(items->size(), 5u);
    for (bool byOrganization : {false, true}) {
        for (const std::string &organization : {std::string(), items->front().organizations.empty()
                                                                  ? std::string("과학기술정보통신부")
                                                                  : items->front().organizations.front()}) {
            std::map<std::tuple<std::string, std::string, EntityType, std::string>, int> expected;
            for (const auto &item : *items) {
                if (!organization.empty() && std::ranges::find(item.organizations, organization) == item.organizations.end())
                    continue;
                const PartialDate month = item.start.precision == DatePrecision::Year
                                              ? item.start
                                              : PartialDate::ofMonth(item.start.year, item.start.month);
                const auto &lanes = byOrganization ? item.organizations : item.initiatives;
                if (lanes.empty())
                    ++expected[{"", month.toString(), item.type, item.kind}];
                for (const auto &lane : lanes)
                    ++expected[{lane, month.toString(), item.type, item.kind}];
            }
            auto counts = s_lib->timelineCounts({byOrganization, organization, {}, {}});
            ASSERT_TRUE(counts) << counts.error().detail;
            std::map<std::tuple<std::string, std::string, EntityType, std::string>, int> got;
            for (const auto &c : *counts)
                got[{c.lane, c.month.toString(), c.type, c.kind}] += c.count;
            EXPECT_EQ(got, expected) << (byOrganization ? "by organization " : "by initiative ") << organization;
            EXPECT_FALSE(got.empty());
        }
    }
}

TEST_F(LibraryViews, TimelineWindowHoldsTheItemsStartingInIt)
{
    auto items = s_lib->timeline();
    ASSERT_TRUE(items);
    const PartialDate from = PartialDate::ofMonth(2023, 3), to = PartialDate::ofMonth(2024, 6);
    auto window = s_lib->timeline({false, {}, from, to});
    ASSERT_TRUE(window);
    std::vector<std::int64_t> expected, got;
    int yearOnlyIn = 0;
    for (const auto &item : *items) {
        const std::string start = item.start.toString();
        const bool yearOnly = item.start.precision == DatePrecision::Year;
        if ((start >= "2023-03" && start.substr(0, 7) <= "2024-06") || start == "2023" || start == "2024")
            expected.push_back(item.entityId); // an item dated to 2023 spans the window's start
        yearOnlyIn += yearOnly && (start == "2023" || start == "2024") ? 1 : 0;
    }
    for (const auto &item : *window)
        got.push_back(item.entityId);
    EXPECT_EQ(got, expected);
    EXPECT_GE(yearOnlyIn, 1); // the sample has an item dated only to 2023
    EXPECT_LT(got.size(), items->size());
}

TEST_F(LibraryViews, FirstArticleOfAnItemIsTheEarliestArticleNamingIt)
{
    auto items = s_lib->timeline();
    ASSERT_TRUE(items);
    for (const auto &item : *items) {
        auto detail = s_lib->entity(item.entityId);
        ASSERT_TRUE(detail);
        auto first = s_lib->firstArticleOf(item.entityId);
        ASSERT_TRUE(first);
        std::int64_t lowest = 0;
        for (const auto &a : detail->articles)
            lowest = lowest == 0 ? a.id : std::min(lowest, a.id);
        EXPECT_EQ(*first, lowest) << item.name;
    }
    EXPECT_FALSE(s_lib->firstArticleOf(99999999));
}

// The library list's first read, how many stories there are, counts index entries, never the
// article rows with their texts (a scan of them took 1.2 s from a cold disk at 90,000 articles).
TEST_F(LibraryViews, TheStoryCountReadsIndexesAlone)
{
    auto opened = Library::open((*s_dir / "kb.sqlite").string());
    ASSERT_TRUE(opened);
    Library &lib = **opened;
    auto count = lib.articleCount();
    ASSERT_TRUE(count);
    auto primaries = lib.database().scalar("SELECT COUNT(*) FROM article WHERE copy_of IS NULL");
    ASSERT_TRUE(primaries);
    EXPECT_EQ(*count, *primaries);
    EXPECT_GT(*count, 10);
    const auto texts = lib.database().cachedSql();
    const auto text =
        std::ranges::find_if(texts, [](const std::string &t) { return t.find("COUNT(*)") != std::string::npos; });
    ASSERT_NE(text, texts.end());
    Statement plan(lib.database(), "EXPLAIN QUERY PLAN " + *text);
    std::string details;
    int articleReads = 0;
    while (plan.next()) {
        const std::string detail = plan.text(3);
        details += "\n  " + detail;
        if (detail.find(" article ") == std::string::npos && !detail.ends_with(" article"))
            continue;
        ++articleReads;
        EXPECT_NE(detail.find("COVERING INDEX"), std::string::npos) << *text << details;
    }
    EXPECT_EQ(articleReads, 2) << details;
}

TEST_F(LibraryViews, EveryViewQueryUsesAnIndex)
{
    // A second connection: its statement cache holds only what these calls prepare.
    auto opened = Library::open((*s_dir / "kb.sqlite").string());
    ASSERT_TRUE(opened);
    Library &lib = **opened;
    const auto before = lib.database().cachedSql();
    const std::int64_t center = busiest(EntityType::Organization);
    ASSERT_TRUE(lib.graph(center, 2, 50));
    ASSERT_TRUE(lib.topGraph(20));
    ASSERT_TRUE(lib.coMentions(center, 10));
    ASSERT_TRUE(lib.timelineCounts({true, "과학기술정보통신부", {}, {}}));
    ASSERT_TRUE(lib.timelineOverview({false, {}, {}, {}}));
    { // the lanes of many items: one pass over the lane facts
        std::vector<timelinedb::DatedItem> items(1);
        items[0].id = center;
        timelinedb::LaneNames names;
        ASSERT_TRUE(timelinedb::addLanes(lib.database(), items, names, 0));
    }
    ASSERT_TRUE(lib.timeline({false, {}, PartialDate::ofYear(2024), PartialDate::ofYear(2024)}));
    ASSERT_TRUE(lib.timeline());
    ASSERT_TRUE(lib.firstArticleOf(center));
    const std::set<std::string> old(before.begin(), before.end());
    int plans = 0;
    for (const std::string &text : lib.database().cachedSql()) {
        if (old.contains(text))
            continue;
        ++plans;
        Statement plan(lib.database(), "EXPLAIN QUERY PLAN " + text);
        std::string details;
        while (plan.next()) {
            const std::string detail = plan.text(3);
            details += "\n  " + detail;
            if (!detail.starts_with("SCAN "))
                continue;
            // Allowed: scans of the queries' own intermediate results (CTEs, subqueries), of the
            // id lists they are given (json_each), and the top-by-degree graph's one pass over
            // the covering fact indexes (read once, no table).
            const std::string what = detail.substr(5, detail.find(' ', 5) - 5);
            const bool intermediate = what == "item" || what == "i" || what == "link" || what == "l" || what == "d"
                                      || what == "m" || what == "json_each" || what.starts_with("(subquery")
                                      || what == "CONSTANT" || what == "centre_articles";
            const bool factIndex = detail.find("USING COVERING INDEX sqlite_autoindex_fact_1") != std::string::npos
                                   || detail.find("USING COVERING INDEX fact_object") != std::string::npos;
            EXPECT_TRUE(intermediate || factIndex) << "a table scan in:\n" << text << details;
        }
        ASSERT_TRUE(plan.status()) << text;
    }
    EXPECT_GE(plans, 7);
}

TEST_F(LibraryViews, TheBusiestReadsComeFromCoveringIndexes)
{
    // Migration 14: the timeline's items from entity_timeline, co-mentions from mention_article
    // with the sentence, a fact's subject by its object from fact_object: no row is visited.
    auto opened = Library::open((*s_dir / "kb.sqlite").string());
    ASSERT_TRUE(opened);
    Library &lib = **opened;
    const std::int64_t center = busiest(EntityType::Organization);
    ASSERT_TRUE(lib.graph(center, 2, 50));
    ASSERT_TRUE(lib.coMentions(center, 10));
    ASSERT_TRUE(lib.timelineOverview({}));
    ASSERT_TRUE(lib.topGraph(20));
    const std::vector<std::pair<std::string, std::string>> expected{
        {"FROM entity WHERE type IN ('initiative', 'meeting')", "INDEX entity_timeline"},
        {"CROSS JOIN mention o", "USING COVERING INDEX mention_article"},
        {"SELECT object_id, subject_id FROM fact", "USING COVERING INDEX fact_object"},
        {"SELECT subject_id, object_id FROM fact", "USING COVERING INDEX sqlite_autoindex_fact_1"},
        // the relations among the kept entities: by subject, never a seek per pair of them
        {"AND +f.object_id IN", "USING COVERING INDEX sqlite_autoindex_fact_1"},
        // the degree pass of topGraph: subjects in subject order
        {"INDEXED BY sqlite_autoindex_fact_1", "SCAN f USING COVERING INDEX sqlite_autoindex_fact_1"}};
    for (const auto &[sql, index] : expected) {
        const auto texts = lib.database().cachedSql();
        const auto text =
            std::ranges::find_if(texts, [&](const std::string &t) { return t.find(sql) != std::string::npos; });
        ASSERT_NE(text, texts.end()) << sql;
        Statement plan(lib.database(), "EXPLAIN QUERY PLAN " + *text);
        std::string details;
        while (plan.next())
            details += plan.text(3) + "\n";
        EXPECT_NE(details.find(index), std::string::npos) << *text << "\n" << details;
    }
}
