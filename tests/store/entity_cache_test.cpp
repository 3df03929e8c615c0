// GraphWriter's batch cache of entity and fact rows (library_graph_writer.h): within an import's
// batch an entity or a fact is read once, and every later article of the batch works from the
// cached row. The cache must say what the row says: a refinement written by one article is seen
// by the next one of the same batch.
#include "graph/merger.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace sillok::core;

namespace {

// One organization, as an article names it: the uid is the same, the attributes each article gives.
MergePlan planNaming(const std::string &country, const std::string &english)
{
    PlannedEntity e;
    e.uid = "organization:test:cachechips";
    e.type = EntityType::Organization;
    e.name = "캐시칩스";
    e.country = country;
    e.english = english;
    e.confidence = 0.9;
    MergePlan plan;
    plan.entities.push_back(e);
    return plan;
}

// Three articles that name nothing (their graph emptied), in a fresh library at `dir`.
std::vector<std::int64_t> plainArticles(const sillok::test::TempDir &dir, Library &lib)
{
    for (int i = 0; i < 3; ++i)
        dir.write("corpus/a" + std::to_string(i) + ".txt",
                  "제목 " + std::to_string(i) + "\n\n오늘은 날씨가 맑았다. 내일도 맑겠다고 한다.\n");
    EXPECT_EQ(lib.importPaths({dir.file("corpus")}, {}).imported, 3);
    Database &db = lib.database();
    std::vector<std::int64_t> articles;
    Statement q(db, "SELECT id FROM article ORDER BY id");
    while (q.next())
        articles.push_back(q.int64(0));
    // The articles' own graph out of the way: the batches of the tests drop nothing.
    Transaction tx(db);
    EXPECT_TRUE(tx.begin());
    GraphWriter clean(db);
    for (std::int64_t id : articles)
        EXPECT_TRUE(clean.merge(id, MergePlan{}, 0));
    EXPECT_TRUE(tx.commit());
    return articles;
}

} // namespace

TEST(EntityCache, AnEntityRefinedTwiceInABatchKeepsBothRefinements)
{
    sillok::test::TempDir dir;
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    const std::vector<std::int64_t> articles = plainArticles(dir, **lib);
    ASSERT_EQ(articles.size(), 3u);

    // One batch, as an import writes it: the first article creates the entity, the second gives
    // its country, the third its English name (and says nothing of the country).
    Transaction tx(db);
    ASSERT_TRUE(tx.begin());
    GraphWriter writer(db);
    writer.deferTallies(true);
    ASSERT_TRUE(writer.beginWrite());
    ASSERT_TRUE(writer.merge(articles[0], planNaming("", ""), 0));
    ASSERT_TRUE(writer.merge(articles[1], planNaming("KR", ""), 0));
    ASSERT_TRUE(writer.merge(articles[2], planNaming("", "Cachechips"), 0));
    ASSERT_TRUE(writer.flushTallies());
    ASSERT_TRUE(tx.commit());

    Statement q(db, "SELECT country, english, COUNT(*) OVER () FROM entity WHERE uid = 'organization:test:cachechips'");
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), "KR");         // the first refinement…
    EXPECT_EQ(q.text(1), "Cachechips"); // …and the second
    EXPECT_EQ(q.int64(2), 1);
}

// The rows kept from one batch serve the import's next batches, unless another connection
// committed in between: then they are read again.
TEST(EntityCache, AnotherConnectionsCommitBetweenBatchesIsSeen)
{
    sillok::test::TempDir dir;
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    const std::vector<std::int64_t> articles = plainArticles(dir, **lib);
    ASSERT_EQ(articles.size(), 3u);
    GraphWriter writer(db);
    writer.deferTallies(true);
    const auto batch = [&](std::int64_t article, const MergePlan &plan) {
        Transaction tx(db);
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(writer.beginWrite());
        ASSERT_TRUE(writer.merge(article, plan, 0));
        ASSERT_TRUE(writer.flushTallies());
        ASSERT_TRUE(tx.commit());
    };
    batch(articles[0], planNaming("", ""));
    batch(articles[1], planNaming("", "")); // read, and kept
    {
        auto other = Database::open(dir.file("kb.sqlite"));
        ASSERT_TRUE(other);
        ASSERT_TRUE((*other)->exec("UPDATE entity SET country = 'JP' WHERE uid = 'organization:test:cachechips'"));
    }
    batch(articles[2], planNaming("", "Cachechips"));
    Statement q(db, "SELECT country, english FROM entity WHERE uid = 'organization:test:cachechips'");
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), "JP");         // the other connection's change…
    EXPECT_EQ(q.text(1), "Cachechips"); // …and the refinement
}
