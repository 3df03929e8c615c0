// An entity's kept tallies (entity.article_count / mention_count, migration 13): the distinct
// articles and the mentions whose curated entity it is. Every writer of mention.entity_id keeps
// them — import, an updated article, an article whose mentions are dropped, re-extraction, every kind of
// curation and its undo — so after each step they equal a fresh count over mention, and the
// entity list reads them instead of counting.
#include "graph/entity_keys.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph.h"
#include "store/library_graph_internal.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

// Entities whose kept tallies differ from a count over mention, as "id: kept counted".
std::vector<std::string> untrueTallies(Database &db)
{
    std::vector<std::string> out;
    Statement q(db, "SELECT e.id, e.article_count, e.mention_count, COALESCE(t.a, 0), COALESCE(t.m, 0) FROM entity e "
                    "LEFT JOIN (SELECT entity_id AS id, COUNT(DISTINCT article_id) AS a, COUNT(*) AS m FROM mention "
                    "GROUP BY entity_id) t ON t.id = e.id "
                    "WHERE e.article_count <> COALESCE(t.a, 0) OR e.mention_count <> COALESCE(t.m, 0)");
    while (q.next())
        out.push_back(q.text(0) + ": " + q.text(1) + "/" + q.text(2) + " counted " + q.text(3) + "/" + q.text(4));
    EXPECT_TRUE(q.status()) << q.status().error().detail;
    return out;
}

std::int64_t scalar(Database &db, const std::string &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v) << sql;
    return v ? *v : -1;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

class EntityTallies : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_corpus = m_dir.path() / "corpus";
        fs::copy(SILLOK_SAMPLE_CORPUS_DIR, m_corpus, fs::copy_options::recursive);
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        const ImportReport r = m_lib->importPaths({m_corpus.string()}, {});
        ASSERT_TRUE(r.failed.empty()) << r.failed.front().path << ": " << r.failed.front().error;
        ASSERT_GT(r.imported, 10);
        for (const auto &entry : fs::recursive_directory_iterator(m_corpus))
            if (entry.is_regular_file() && entry.path().extension() == ".txt")
                m_files.push_back(entry.path());
        std::ranges::sort(m_files);
        ASSERT_GE(m_files.size(), 6u);
    }

    Database &db() { return m_lib->database(); }

    // The kept tallies equal a count over mention, for every entity, and Library::entities()
    // shows exactly those counts.
    void expectTrue(const std::string &step)
    {
        EXPECT_EQ(untrueTallies(db()), std::vector<std::string>{}) << step;
        // The filter by name reads norm_key for an entity not renamed: it is its base name's key.
        Statement keys(db(), "SELECT base_name, norm_key FROM entity");
        while (keys.next())
            EXPECT_EQ(entityNormKey(keys.text(0)), keys.text(1)) << step;
        auto list = m_lib->entities({std::nullopt, "", true});
        ASSERT_TRUE(list) << step;
        ASSERT_FALSE(list->empty()) << step;
        Statement counted(db(), "SELECT COUNT(DISTINCT article_id), COUNT(*) FROM mention WHERE entity_id = ?");
        for (const EntitySummary &e : *list) {
            counted.reset();
            counted.bind(e.id);
            ASSERT_TRUE(counted.next()) << step;
            EXPECT_EQ(e.articleCount, counted.int64(0)) << step << ": " << e.name;
            EXPECT_EQ(e.mentionCount, counted.int64(1)) << step << ": " << e.name;
        }
    }

    // The organizations, most mentioned first (rejected ones too).
    std::vector<EntitySummary> organizations()
    {
        auto list = m_lib->entities({EntityType::Organization, "", true});
        EXPECT_TRUE(list);
        return list ? *list : std::vector<EntitySummary>{};
    }

    // 국방부: a gazetteer organization the sample corpus never names.
    static constexpr const char *kLateUid = "organization:gaz:kr-mnd";

    // Decides a merge of 국방부 into the most mentioned organization (`root`) before 국방부 is
    // imported, as a ledger brought from another library holds it.
    void decideLateMerge(EntitySummary &root)
    {
        ASSERT_EQ(scalar(db(), "SELECT COUNT(*) FROM entity WHERE uid = '" + std::string(kLateUid) + "'"), 0);
        auto orgs = organizations();
        ASSERT_FALSE(orgs.empty());
        root = orgs.front();
        Statement uid(db(), "SELECT uid FROM entity WHERE id = ?");
        uid.bind(root.id);
        ASSERT_TRUE(uid.next());
        Statement d(db(), "INSERT INTO decision (kind, entity_uid, other_uid, value, created_at, undone) "
                          "VALUES ('merge', ?, ?, '', '2026-01-01T00:00:00Z', 0)");
        d.bind(uid.text(0)).bind(kLateUid);
        ASSERT_TRUE(d.run());
    }

    // An article naming 국방부.
    std::string writeLateArticle()
    {
        return m_dir.write("extra/late.txt", "칩 소식\n\n국방부는 AI 반도체 시험 사업을 시작한다고 "
                                             "밝혔다. 국방부는 올해 예산을 늘린다.\n");
    }

    sillok::test::TempDir m_dir;
    fs::path m_corpus;
    std::vector<fs::path> m_files;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(EntityTallies, FollowImportUpdateDropAndReextraction)
{
    expectTrue("import");
    EXPECT_GT(scalar(db(), "SELECT COUNT(*) FROM entity WHERE article_count >= 2"), 0);
    EXPECT_GT(scalar(db(), "SELECT COUNT(*) FROM entity WHERE mention_count > article_count"), 0);
    const std::int64_t mentions = scalar(db(), "SELECT SUM(mention_count) FROM entity");
    EXPECT_EQ(mentions, scalar(db(), "SELECT COUNT(*) FROM mention"));

    // Three articles lose their second half: their mentions there leave the tallies.
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string text = readFile(m_files[i]);
        const std::size_t cut = text.find('\n', text.size() / 2);
        ASSERT_NE(cut, std::string::npos);
        std::ofstream(m_files[i], std::ios::binary | std::ios::trunc) << text.substr(0, cut + 1);
    }
    EXPECT_EQ(m_lib->importPaths({m_corpus.string()}, {}).updated, 3);
    expectTrue("update");
    EXPECT_LT(scalar(db(), "SELECT SUM(mention_count) FROM entity"), mentions);

    // An article updated by an import that does not extract: its mentions are dropped.
    const std::string mentionsOfSource = "SELECT COUNT(*) FROM mention m JOIN article a ON a.id = m.article_id "
                                         "WHERE a.source_key = '"
                                         + fs::weakly_canonical(m_files[3]).string() + "'";
    ASSERT_GT(scalar(db(), mentionsOfSource), 0);
    std::ofstream(m_files[3], std::ios::binary | std::ios::app) << "\n덧붙인 문단.\n";
    ImportOptions noExtraction;
    noExtraction.extract = false;
    EXPECT_EQ(m_lib->importPaths({m_files[3].string()}, noExtraction).updated, 1);
    EXPECT_EQ(scalar(db(), mentionsOfSource), 0);
    expectTrue("an article updated without extraction");

    // A new article naming known organizations and a new one.
    const std::string extra = m_dir.write("extra/new.txt", "칩 시장\n\n과학기술정보통신부와 리벨리온, 삼성전자가 "
                                                           "한빛칩스와 협력한다고 밝혔다. 리벨리온은 이날 발표했다.\n");
    EXPECT_EQ(m_lib->importPaths({extra}, {}).imported, 1);
    expectTrue("a new article");

    // Deleting an article's graph (what replacing it starts with) takes it out of every tally.
    const std::int64_t article =
        scalar(db(), "SELECT article_id FROM mention GROUP BY article_id ORDER BY COUNT(*) DESC LIMIT 1");
    ASSERT_TRUE(deleteArticleGraph(db(), article));
    expectTrue("an article's graph deleted");

    std::vector<std::string> before;
    Statement rows(db(), "SELECT uid, article_count, mention_count FROM entity ORDER BY uid");
    while (rows.next())
        before.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2));
    auto re = m_lib->reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    expectTrue("re-extraction");
    std::vector<std::string> after;
    rows.reset();
    while (rows.next())
        after.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2));
    // The same extractor over the same texts, plus the article whose graph was deleted above.
    EXPECT_GE(after.size(), before.size());
    EXPECT_EQ(scalar(db(), "SELECT SUM(mention_count) FROM entity"), scalar(db(), "SELECT COUNT(*) FROM mention"));
}

TEST_F(EntityTallies, FollowEveryKindOfCurationAndItsUndo)
{
    auto orgs = organizations();
    ASSERT_GE(orgs.size(), 6u);
    // Two organizations named together in some article: merged, their shared articles count once.
    std::int64_t keep = 0, other = 0, shared = 0;
    {
        Statement q(db(), "SELECT a.entity_id, b.entity_id, COUNT(DISTINCT a.article_id) FROM mention a "
                          "JOIN mention b ON b.article_id = a.article_id AND b.entity_id > a.entity_id "
                          "JOIN entity ea ON ea.id = a.entity_id JOIN entity eb ON eb.id = b.entity_id "
                          "WHERE ea.type = 'organization' AND eb.type = 'organization' "
                          "GROUP BY a.entity_id, b.entity_id ORDER BY 3 DESC, 1, 2 LIMIT 1");
        ASSERT_TRUE(q.next());
        keep = q.int64(0);
        other = q.int64(1);
        shared = q.int64(2);
    }
    ASSERT_GE(shared, 1);
    const auto summary = [&](std::int64_t id) {
        auto e = m_lib->entity(id);
        EXPECT_TRUE(e) << id;
        return e ? e->summary : EntitySummary{};
    };
    const EntitySummary a = summary(keep), b = summary(other);

    auto merged = m_lib->mergeEntities(keep, other);
    ASSERT_TRUE(merged) << merged.error().detail;
    expectTrue("merge");
    EXPECT_EQ(summary(keep).articleCount, a.articleCount + b.articleCount - shared);
    EXPECT_EQ(summary(keep).mentionCount, a.mentionCount + b.mentionCount);
    EXPECT_EQ(scalar(db(), "SELECT article_count + mention_count FROM entity WHERE id = " + std::to_string(other)), 0);

    // An article arriving while the merge holds: its mentions of the merged-away one count for the root.
    const std::string extra =
        m_dir.write("extra/merged.txt", "칩 소식\n\n" + b.name + "와 " + a.name + "가 손잡았다고 밝혔다. " + b.name
                                            + "는 이날 발표했다.\n");
    ASSERT_TRUE(m_lib->importPaths({extra}, {}).failed.empty());
    expectTrue("import while merged");

    ASSERT_TRUE(m_lib->splitEntity(keep, *merged));
    expectTrue("split");
    EXPECT_GE(summary(other).articleCount, b.articleCount);

    auto again = m_lib->mergeEntities(other, keep); // the other way round this time
    ASSERT_TRUE(again);
    expectTrue("merge the other way");
    ASSERT_TRUE(m_lib->undoDecision(*again));
    expectTrue("undo the merge");

    auto renamed = m_lib->renameEntity(orgs[2].id, "바뀐 이름");
    ASSERT_TRUE(renamed);
    auto alias = m_lib->addAlias(orgs[2].id, "또 다른 이름");
    ASSERT_TRUE(alias);
    auto rejected = m_lib->rejectEntity(orgs[3].id);
    ASSERT_TRUE(rejected);
    expectTrue("rename, alias, reject");
    ASSERT_TRUE(m_lib->undoDecision(*rejected));
    ASSERT_TRUE(m_lib->undoDecision(*renamed));
    expectTrue("undo reject and rename");

    // Random decisions with articles arriving between them, then re-extraction: still true, and
    // the full rebuild of the curated layer (the reference) keeps them as they are.
    std::mt19937 random(11);
    std::vector<std::int64_t> decisions;
    const auto pick = [&] { return orgs[random() % orgs.size()].id; };
    for (int step = 0; step < 30; ++step) {
        switch (random() % 4) {
        case 0:
        case 1:
            if (auto d = m_lib->mergeEntities(pick(), pick()))
                decisions.push_back(*d);
            break;
        case 2:
            if (auto d = m_lib->rejectEntity(pick()))
                decisions.push_back(*d);
            break;
        default:
            if (!decisions.empty())
                (void)m_lib->undoDecision(decisions[random() % decisions.size()]);
            break;
        }
        if (step % 10 == 9) {
            const std::string name = "extra/" + std::to_string(step) + ".txt";
            m_dir.write(name, "칩 소식 " + std::to_string(step) + "\n\n삼성전자와 SK하이닉스, 리벨리온이 "
                                  + std::to_string(step) + "일 과학기술정보통신부와 협약을 맺었다고 밝혔다.\n");
            ASSERT_TRUE(m_lib->importPaths({m_dir.file(name)}, {}).failed.empty());
        }
        expectTrue("random step " + std::to_string(step));
    }
    auto re = m_lib->reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    expectTrue("re-extraction after curation");
    std::vector<std::string> kept;
    Statement rows(db(), "SELECT uid, article_count, mention_count FROM entity ORDER BY uid");
    while (rows.next())
        kept.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2));
    ASSERT_TRUE(graphdb::rebuildCuration(db()));
    std::vector<std::string> rebuilt;
    rows.reset();
    while (rows.next())
        rebuilt.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2));
    EXPECT_EQ(kept, rebuilt);
}

// A decision waiting for an entity that is not imported yet applies when it arrives, and the
// mentions it moves move its tallies. 국방부 is a gazetteer organization the sample corpus never names.
TEST_F(EntityTallies, FollowADecisionThatWaitedForItsEntity)
{
    const std::string lateUid = kLateUid;
    EntitySummary root;
    ASSERT_NO_FATAL_FAILURE(decideLateMerge(root)); // the merge is decided first
    const std::string extra = writeLateArticle();
    ASSERT_EQ(m_lib->importPaths({extra}, {}).imported, 1);
    EXPECT_EQ(scalar(db(), "SELECT COUNT(*) FROM entity WHERE uid = '" + lateUid
                               + "' AND merged_into = " + std::to_string(root.id)),
              1);
    expectTrue("a waiting merge applied on import");
    auto after = m_lib->entity(root.id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->summary.articleCount, root.articleCount + 1);
    EXPECT_GE(after->summary.mentionCount, root.mentionCount + 2);
}

// Every summary read (Library::entities(), entityWindow(), entity(), search's entity tier) is
// "SELECT kSummaryColumns FROM entity e …": the counts come from the entity row, and the plans of
// the list's statements never visit mention.
TEST_F(EntityTallies, TheEntityListDoesNotReadMentions)
{
    const std::string columns = std::string("SELECT ") + graphdb::kSummaryColumns + " FROM entity e ";
    for (const std::string where :
         {"WHERE e.merged_into IS NULL AND (1 OR e.rejected = 0) AND ('' = '' OR e.type = '')",
          "WHERE e.merged_into IS NULL AND (0 OR e.rejected = 0) AND ('person' = '' OR e.type = 'person') "
          "ORDER BY e.article_count DESC, e.name, e.id LIMIT 200 OFFSET 400",
          "WHERE e.merged_into IS NULL ORDER BY e.name, e.id LIMIT 200", "WHERE e.id = 1"}) {
        Statement plan(db(), "EXPLAIN QUERY PLAN " + columns + where);
        std::string details;
        while (plan.next())
            details += "\n  " + plan.text(3);
        ASSERT_TRUE(plan.status()) << plan.status().error().detail;
        EXPECT_TRUE(details.find("SCAN e") != std::string::npos || details.find("SEARCH e ") != std::string::npos)
            << where << details;
        EXPECT_EQ(details.find("mention"), std::string::npos) << where << details;
    }
    // And the list answers with the counts the mentions give (expectTrue compares each row).
    expectTrue("the entity list");
}

// Migration 13 fills the tallies of a library made before it from its mentions.
TEST_F(EntityTallies, MigrationFillsThemFromTheMentions)
{
    const std::string path = m_dir.file("kb.sqlite");
    ASSERT_TRUE(db().exec("UPDATE entity SET article_count = 0, mention_count = 0; PRAGMA user_version = 12;"));
    ASSERT_TRUE(
        db().exec("ALTER TABLE entity DROP COLUMN article_count; ALTER TABLE entity DROP COLUMN mention_count;"));
    m_lib.reset();
    auto reopened = Library::open(path);
    ASSERT_TRUE(reopened) << reopened.error().detail;
    m_lib = std::move(*reopened);
    EXPECT_EQ(*db().userVersion(), currentSchemaVersion());
    EXPECT_GT(scalar(db(), "SELECT COUNT(*) FROM entity WHERE article_count > 0"), 0);
    expectTrue("migration 13");
}

// The Entities list's windows: read a few rows at a time in every order, with and without filter
// text, they join into exactly the entities the filter selects, each once, in that order (ties
// by name, then id).
TEST_F(EntityTallies, WindowsJoinIntoTheWholeListInEveryOrder)
{
    const auto key = [](EntityOrder order, const EntitySummary &e) -> std::string {
        const auto padded = [](int n) {
            std::string digits = std::to_string(n);
            return std::string(12 - digits.size(), '0') + digits;
        };
        switch (order) {
        case EntityOrder::Articles:
            return padded(e.articleCount);
        case EntityOrder::Mentions:
            return padded(e.mentionCount);
        case EntityOrder::Name:
            return e.name;
        case EntityOrder::Type:
            return entityTypeName(e.type);
        case EntityOrder::Kind:
            return e.kind;
        case EntityOrder::Date:
            return e.date.toString();
        }
        return {};
    };
    int checked = 0;
    for (const std::string text : {"", "AI"}) {
        for (const auto type : {std::optional<EntityType>{}, std::optional<EntityType>{EntityType::Organization}}) {
            const EntityFilter filter{type, text, false};
            auto all = m_lib->entities(filter);
            ASSERT_TRUE(all);
            ASSERT_GE(all->size(), 3u) << text;
            for (const EntityOrder order : {EntityOrder::Articles, EntityOrder::Mentions, EntityOrder::Name,
                                            EntityOrder::Type, EntityOrder::Kind, EntityOrder::Date}) {
                for (const bool descending : {true, false}) {
                    EntityWindow window{filter, order, descending, 0, 5};
                    std::vector<EntitySummary> joined;
                    for (;;) {
                        auto page = m_lib->entityWindow(window);
                        ASSERT_TRUE(page) << page.error().detail;
                        ASSERT_LE(page->size(), 5u);
                        joined.insert(joined.end(), page->begin(), page->end());
                        if (page->size() < 5)
                            break;
                        window.offset += 5;
                    }
                    std::vector<std::int64_t> ids, expected;
                    for (const auto &e : joined)
                        ids.push_back(e.id);
                    for (const auto &e : *all)
                        expected.push_back(e.id);
                    std::ranges::sort(expected);
                    std::vector<std::int64_t> sortedIds = ids;
                    std::ranges::sort(sortedIds);
                    ASSERT_EQ(sortedIds, expected) << text << " order " << int(order);
                    for (std::size_t i = 1; i < joined.size(); ++i) {
                        const std::string a = key(order, joined[i - 1]), b = key(order, joined[i]);
                        if (a != b) {
                            EXPECT_EQ(descending, a > b) << text << " order " << int(order) << " at " << i;
                            continue;
                        }
                        EXPECT_LE(std::tie(joined[i - 1].name, joined[i - 1].id),
                                  std::tie(joined[i].name, joined[i].id))
                            << text << " order " << int(order) << " at " << i;
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_EQ(checked, 2 * 2 * 6 * 2);
}

namespace {

// Keeps the first half (whole lines) of a file: the article is updated, losing mentions and facts.
void cutInHalf(const fs::path &file)
{
    const std::string text = readFile(file);
    const std::size_t cut = text.find('\n', text.size() / 2);
    ASSERT_NE(cut, std::string::npos);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text.substr(0, cut + 1);
}

} // namespace

// An import keeps the tallies' changes of its open batch in memory and writes them once, at the
// batch's commit. An article that fails in the middle of the batch (here a trigger refuses its
// evidence, after its old mentions were dropped and its new ones written) is rolled back with
// its savepoint, and its changes with it: the articles before and after it in the same batch
// still count, and the tallies equal a fresh count.
TEST_F(EntityTallies, AnArticleRolledBackInTheMiddleOfABatchLeavesThemTrue)
{
    const auto articleOf = [&](const fs::path &file) {
        return scalar(db(), "SELECT id FROM article WHERE source_key = '" + fs::weakly_canonical(file).string() + "'");
    };
    const auto evidenceOf = [&](std::int64_t article) {
        return scalar(db(), "SELECT COUNT(*) FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id "
                            "WHERE m.article_id = "
                                + std::to_string(article));
    };
    // The failing article: one with evidence in the middle of the files changed.
    std::size_t target = 0;
    for (std::size_t i = 2; i + 2 < m_files.size() && target == 0; ++i)
        if (evidenceOf(articleOf(m_files[i])) > 0)
            target = i;
    ASSERT_NE(target, 0u) << "no article with facts in the sample corpus";
    const std::int64_t targetId = articleOf(m_files[target]);
    const std::int64_t evidenceBefore = evidenceOf(targetId);
    std::vector<fs::path> changed;
    for (std::size_t i = target - 2; i <= target + 2; ++i) {
        cutInHalf(m_files[i]);
        changed.push_back(m_files[i]);
    }
    ASSERT_TRUE(db().exec("CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON fact_evidence "
                          "WHEN (SELECT article_id FROM mention WHERE id = NEW.mention_id) = "
                          + std::to_string(targetId) + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    std::vector<std::string> paths;
    for (const auto &f : changed)
        paths.push_back(f.string());
    const ImportReport r = m_lib->importPaths(paths, {});
    ASSERT_EQ(r.failed.size(), 1u);
    EXPECT_EQ(fs::weakly_canonical(r.failed.front().path), fs::weakly_canonical(m_files[target]));
    EXPECT_EQ(r.updated, 4);
    EXPECT_FALSE(r.libraryError);
    // The failed article kept what it had: its old mentions and evidence, counted as before.
    EXPECT_EQ(evidenceOf(targetId), evidenceBefore);
    expectTrue("an article rolled back in the middle of a batch");
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});

    ASSERT_TRUE(db().exec("DROP TRIGGER temp.refuse_one"));
    EXPECT_EQ(m_lib->importPaths(paths, {}).updated, 1);
    expectTrue("the failed article imported again");
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});
}

// A curation decision concerning an article's entity makes the writer count that entity again
// in the middle of the batch, so the batch's pending changes are written there, inside that
// article's savepoint. When the article then fails, they are rolled back with it and must be
// kept for the batch's commit: the articles before it in the batch still count.
TEST_F(EntityTallies, AnArticleRolledBackAfterTheBatchsChangesWereWrittenForACuration)
{
    const std::string lateUid = kLateUid;
    EntitySummary root;
    ASSERT_NO_FATAL_FAILURE(decideLateMerge(root));
    // Changed articles that do not name the root (so no curation runs for them), two before the
    // failing one in the batch and one after it.
    std::vector<std::string> paths;
    for (const auto &f : m_files) {
        const std::string key = fs::weakly_canonical(f).string();
        if (scalar(db(), "SELECT COUNT(*) FROM mention m JOIN article a ON a.id = m.article_id WHERE a.source_key = '"
                             + key + "' AND m.entity_id = " + std::to_string(root.id))
                == 0
            && scalar(db(), "SELECT COUNT(*) FROM mention m JOIN article a ON a.id = m.article_id "
                            "WHERE a.source_key = '"
                                + key + "'")
                   > 0) {
            cutInHalf(f);
            paths.push_back(f.string());
        }
        if (paths.size() == 3)
            break;
    }
    ASSERT_EQ(paths.size(), 3u);
    const std::string late = writeLateArticle();
    paths.insert(paths.begin() + 2, late);
    // The waiting merge is applied to the new entity, after the pending changes were written: refused.
    ASSERT_TRUE(db().exec("CREATE TEMP TRIGGER refuse_merge BEFORE UPDATE OF merged_into ON entity "
                          "WHEN NEW.merged_into IS NOT NULL AND NEW.uid = '"
                          + lateUid + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    const ImportReport r = m_lib->importPaths(paths, {});
    ASSERT_EQ(r.failed.size(), 1u);
    EXPECT_EQ(r.failed.front().path, late);
    EXPECT_EQ(r.updated, 3);
    EXPECT_EQ(scalar(db(), "SELECT COUNT(*) FROM entity WHERE uid = '" + lateUid + "'"), 0);
    expectTrue("an article rolled back after a curation wrote the batch's changes");
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});

    ASSERT_TRUE(db().exec("DROP TRIGGER temp.refuse_merge"));
    EXPECT_EQ(m_lib->importPaths({late}, {}).imported, 1);
    EXPECT_EQ(scalar(db(), "SELECT COUNT(*) FROM entity WHERE uid = '" + lateUid
                               + "' AND merged_into = " + std::to_string(root.id)),
              1);
    expectTrue("the failed article imported again");
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});
}

// A fact stated on its latest date in several wordings keeps the first statement's wording (the
// lowest mention id): a library from before the rule gets it from migration 18, and dropping the
// statement it came from gives the next one's.
TEST_F(EntityTallies, TheLatestDateKeepsItsFirstStatementsWording)
{
    // A fact with evidence in at least two articles and at least three statements.
    const std::int64_t fact =
        scalar(db(), "SELECT fe.fact_id FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id "
                     "GROUP BY fe.fact_id HAVING COUNT(DISTINCT m.article_id) >= 2 "
                     "AND COUNT(*) >= 3 ORDER BY fe.fact_id LIMIT 1");
    ASSERT_GT(fact, 0);
    const std::string id = std::to_string(fact);
    // Every statement gives the same date in its own wording, and the fact keeps the last one's,
    // as a library before migration 18 could.
    ASSERT_TRUE(db().exec("UPDATE fact_evidence SET date = '2031-05-07', date_text = 'w' || mention_id "
                          "WHERE fact_id = "
                          + id
                          + "; UPDATE fact SET stated = '2031-05-07', stated_text = 'w' || "
                            "(SELECT MAX(mention_id) FROM fact_evidence WHERE fact_id = "
                          + id + ") WHERE id = " + id + "; PRAGMA user_version = 17;"));
    EXPECT_EQ(sillok::test::untrueFactTallies(db()).size(), 1u);
    m_lib.reset();
    auto reopened = Library::open(m_dir.file("kb.sqlite"));
    ASSERT_TRUE(reopened) << reopened.error().detail;
    m_lib = std::move(*reopened);
    const std::int64_t first = scalar(db(), "SELECT MIN(mention_id) FROM fact_evidence WHERE fact_id = " + id);
    Statement kept(db(), "SELECT stated, stated_text FROM fact WHERE id = " + id);
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.text(1), "w" + std::to_string(first));
    kept.reset();
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});
    // Dropping the article of the first statement: the next statement's wording, not any other.
    const std::int64_t article = scalar(db(), "SELECT article_id FROM mention WHERE id = " + std::to_string(first));
    const std::int64_t next = scalar(db(), "SELECT MIN(fe.mention_id) FROM fact_evidence fe JOIN mention m "
                                           "ON m.id = fe.mention_id WHERE fe.fact_id = "
                                               + id + " AND m.article_id <> " + std::to_string(article));
    ASSERT_TRUE(deleteArticleGraph(db(), article));
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.text(0), "2031-05-07");
    EXPECT_EQ(kept.text(1), "w" + std::to_string(next));
    kept.reset();
    EXPECT_EQ(sillok::test::untrueFactTallies(db()), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db()), std::vector<std::string>{});
}
