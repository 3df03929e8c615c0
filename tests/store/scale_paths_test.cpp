// The import's write path at scale: every statement it runs is answered through an index (no
// table scan grows with the library), curation applied group by group equals the full rebuild,
// and re-extraction keeps every curation decision and annotation.
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph.h"
#include "store/library_graph_internal.h"
#include "store/library_identity.h"
#include "store/library_private.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

// Small tables whose scan is bounded by what a person does or by the writer, not by the
// library's size: the curation ledger (hundreds of rows), and the band keys written since the last
// fold (counted before each commit; folded at store::kRecentBandRows).
bool isBoundedTable(const std::string &detail)
{
    return detail.find("SCAN decision") != std::string::npos
           || detail.find("SCAN article_band_recent") != std::string::npos;
}

class ScalePaths : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(sillok::test::openSampleLibrary(m_dir, m_lib)); }

    std::vector<EntitySummary> organizations()
    {
        auto list = m_lib->entities({EntityType::Organization, "", true});
        EXPECT_TRUE(list);
        return list ? *list : std::vector<EntitySummary>{};
    }

    // The curated layer as rows: (uid, name, rejected, root uid), visible aliases, mention links.
    std::vector<std::string> curatedRows()
    {
        std::vector<std::string> rows;
        Statement e(m_lib->database(), "SELECT e.uid, e.name, e.rejected, COALESCE(r.uid, '') FROM entity e "
                                       "LEFT JOIN entity r ON r.id = e.merged_into ORDER BY e.uid");
        while (e.next())
            rows.push_back("E " + e.text(0) + "|" + e.text(1) + "|" + e.text(2) + "|" + e.text(3));
        Statement a(m_lib->database(), "SELECT e.uid, a.norm, a.form, a.kind, a.source, a.hidden FROM alias a "
                                       "JOIN entity e ON e.id = a.entity_id ORDER BY e.uid, a.norm");
        while (a.next())
            rows.push_back("A " + a.text(0) + "|" + a.text(1) + "|" + a.text(2) + "|" + a.text(3) + "|" + a.text(4) + "|"
                           + a.text(5));
        Statement m(m_lib->database(), "SELECT o.uid, COALESCE(c.uid, ''), m.article_id, m.start FROM mention m "
                                       "JOIN entity o ON o.id = m.origin_entity_id LEFT JOIN entity c ON c.id = m.entity_id "
                                       "ORDER BY m.article_id, m.start, o.uid");
        while (m.next())
            rows.push_back("M " + m.text(0) + "|" + m.text(1) + "|" + m.text(2) + "|" + m.text(3));
        return rows;
    }

    // Every cached statement that ran 20 times or more was prepared at most twice (an import sets
    // foreign_keys, which expires every statement once; SetUp and the tests import at most twice),
    // and at least ten statements ran that often.
    void expectHotStatementsKeptTheirPlans()
    {
        int checked = 0;
        for (const Database::CachedUse &use : m_lib->database().cachedUse()) {
            if (use.runs < 20)
                continue;
            ++checked;
            EXPECT_LE(use.reprepares, 2) << use.runs << " runs, prepared again " << use.reprepares << " times:\n"
                                         << use.sql;
        }
        EXPECT_GE(checked, 10);
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(ScalePaths, EveryWriteStatementUsesAnIndex)
{
    // Exercise every write path: curation of each kind, undo, a changed file, re-extraction.
    auto orgs = organizations();
    ASSERT_GE(orgs.size(), 4u);
    ASSERT_TRUE(m_lib->renameEntity(orgs[0].id, "새 이름"));
    ASSERT_TRUE(m_lib->addAlias(orgs[0].id, "별칭 하나"));
    auto merged = m_lib->mergeEntities(orgs[0].id, orgs[1].id);
    ASSERT_TRUE(merged);
    ASSERT_TRUE(m_lib->splitEntity(orgs[0].id, *merged));
    auto rejected = m_lib->rejectEntity(orgs[2].id);
    ASSERT_TRUE(rejected);
    ASSERT_TRUE(m_lib->undoDecision(*rejected));
    const std::string file = m_dir.write("extra/a.txt", "칩 시장\n\n과학기술정보통신부와 리벨리온이 협력한다고 밝혔다.\n");
    ASSERT_EQ(m_lib->importPaths({file}, {}).imported, 1);
    m_dir.write("extra/a.txt", "칩 시장\n\n과학기술정보통신부와 퓨리오사AI가 협력한다고 밝혔다.\n");
    ASSERT_EQ(m_lib->importPaths({file}, {}).updated, 1);
    ASSERT_TRUE(m_lib->reextractAll());

    const std::vector<std::string> sql = m_lib->database().cachedSql();
    ASSERT_GE(sql.size(), 20u); // the write path prepares its statements through cached()
    for (const std::string &text : sql) {
        Statement plan(m_lib->database(), "EXPLAIN QUERY PLAN " + text);
        std::string details;
        while (plan.next()) {
            const std::string detail = plan.text(3);
            details += "\n  " + detail;
            // A multi-row VALUES list ("SCAN 20 CONSTANT ROWS") is read from the statement itself.
            const bool constants = detail == "SCAN CONSTANT ROW" || detail.ends_with(" CONSTANT ROWS");
            const bool scan = detail.starts_with("SCAN ") && !constants && !isBoundedTable(detail);
            EXPECT_FALSE(scan) << "a table scan in:\n" << text << details;
        }
        ASSERT_TRUE(plan.status()) << text << ": " << plan.status().error().detail;
    }
}

// An import first reads every stored article's source key and content key (KnownTexts), and its
// writer every article's day (StoryDays): from the indexes and the article_content table, never
// from the article rows with their texts.
TEST_F(ScalePaths, TheStoredTextsAreReadFromIndexesAlone)
{
    for (const auto &[sql, scan] :
         {std::pair{store::kStoredSourceKeysSql, "SCAN article USING COVERING INDEX "},
          std::pair{store::kStoredHashesSql, "SCAN article_content"},
          std::pair{store::StoryDays::kStoredDaysSql, "SCAN article USING COVERING INDEX article_published"}}) {
        Statement plan(m_lib->database(), std::string("EXPLAIN QUERY PLAN ") + sql);
        std::string details;
        while (plan.next())
            details += plan.text(3) + ";";
        ASSERT_TRUE(plan.status());
        EXPECT_TRUE(details.starts_with(scan)) << sql << ": " << details;
        EXPECT_EQ(details.find(';'), details.size() - 1) << sql << ": " << details;
    }
    // Every stored text is known: importing the corpus again changes nothing.
    const ImportReport again = m_lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {});
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_GT(again.unchanged, 10);
}

// SQLite prepares a statement again at every new binding when a bound value is weighed against
// a partial index's WHERE (`e.type = ?` against `WHERE type = 'meeting'`): the merge's alias
// look-up paid a parse and a plan per entity that way. A second import into the library, then
// every cached statement that ran often must have kept its plan.
TEST_F(ScalePaths, CachedStatementsKeepTheirPlanAcrossBindings)
{
    const std::string file =
        m_dir.write("extra/b.txt", "칩 시장\n\n과기정통부와 리벨리온, 퓨리오사AI가 협력한다고 밝혔다.\n");
    ASSERT_EQ(m_lib->importPaths({file}, {}).imported, 1);
    expectHotStatementsKeptTheirPlans(); // the merge's look-ups and inserts ran often enough to tell
}

// The import's statements that run once an article or more build no temporary B-tree at each
// run (OpenEphemeral: an IN list of bound values or of more than two constants, DISTINCT, an
// ORDER BY no index gives) and no sorter: those B-trees (each opened, a page zeroed, closed) were
// a fifth of the writer's instructions an article (docs/performance.md, "The third stop of
// 2026-12-06").
TEST_F(ScalePaths, PerArticleStatementsBuildNoTemporaryBTree)
{
    int articles = 0;
    Statement count(m_lib->database(), "SELECT COUNT(*) FROM article");
    if (count.next())
        articles = static_cast<int>(count.int64(0));
    ASSERT_GT(articles, 10);
    int checked = 0;
    for (const Database::CachedUse &use : m_lib->database().cachedUse()) {
        if (use.runs < articles)
            continue;
        ++checked;
        Statement program(m_lib->database(), "EXPLAIN " + use.sql);
        while (program.next()) {
            const std::string opcode = program.text(1);
            EXPECT_TRUE(opcode != "OpenEphemeral" && opcode != "SorterOpen") << opcode << ", " << use.runs << " runs:\n"
                                                                             << use.sql;
        }
        ASSERT_TRUE(program.status()) << use.sql;
    }
    EXPECT_GE(checked, 10);
}

// The same for the reads the views repeat with new values: every entity's page and later
// pages, its related entities of each type, searches with and without an entity filter, the
// entity list by type, the timeline by organization, the graph around each entity.
TEST_F(ScalePaths, ReadsKeepTheirPlanAcrossBindings)
{
    auto all = m_lib->entities({});
    ASSERT_TRUE(all);
    ASSERT_GE(all->size(), 10u);
    const std::vector<std::string> queries = {"반도체", "협력", "AI", "리벨리온", "과기정통부", "NVIDIA", "삼성전자"};
    for (const EntitySummary &e : *all) {
        ASSERT_TRUE(m_lib->entityPage(e.id));
        ASSERT_TRUE(m_lib->entityMentions(e.id, {0, 5}));
        ASSERT_TRUE(m_lib->entityArticles(e.id, {0, 5}));
        ASSERT_TRUE(m_lib->relatedEntities(e.id, e.type));
        ASSERT_TRUE(m_lib->resolveEntityFilter(e.name, e.type));
        ASSERT_TRUE(m_lib->graph(e.id, 1, 50));
        SearchOptions options;
        options.entityId = e.id;
        options.facets = true;
        ASSERT_TRUE(m_lib->searchPage(queries[static_cast<std::size_t>(e.id) % queries.size()], options));
        ASSERT_TRUE(m_lib->timeline({true, e.name, {}, {}}));
    }
    for (const std::string &q : queries)
        ASSERT_TRUE(m_lib->searchPage(q, {}));
    for (EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Initiative, EntityType::Meeting})
        ASSERT_TRUE(m_lib->entityWindow({{type, "", true}, EntityOrder::Articles, true, 0, 50}));
    expectHotStatementsKeptTheirPlans();
}

TEST_F(ScalePaths, CurationAppliedGroupByGroupEqualsTheFullRebuild)
{
    auto orgs = organizations();
    ASSERT_GE(orgs.size(), 8u);
    std::mt19937 random(7);
    std::vector<std::int64_t> decisions;
    const auto pick = [&] { return orgs[random() % orgs.size()].id; };
    for (int step = 0; step < 40; ++step) {
        switch (random() % 6) {
        case 0:
            if (auto d = m_lib->mergeEntities(pick(), pick()))
                decisions.push_back(*d);
            break;
        case 1:
            if (auto d = m_lib->renameEntity(pick(), "이름 " + std::to_string(step)))
                decisions.push_back(*d);
            break;
        case 2:
            if (auto d = m_lib->addAlias(pick(), "별칭 " + std::to_string(step)))
                decisions.push_back(*d);
            break;
        case 3: {
            auto detail = m_lib->entity(pick());
            ASSERT_TRUE(detail);
            if (detail->aliases.size() > 1)
                if (auto d = m_lib->removeAlias(detail->summary.id, detail->aliases.back().form))
                    decisions.push_back(*d);
            break;
        }
        case 4:
            if (auto d = m_lib->rejectEntity(pick()))
                decisions.push_back(*d);
            break;
        default:
            if (!decisions.empty())
                (void)m_lib->undoDecision(decisions[random() % decisions.size()]);
            break;
        }
        if (step % 10 == 9) {
            // New articles arrive between decisions, as during a long import.
            const std::string name = "extra/" + std::to_string(step) + ".txt";
            m_dir.write(name, "칩 소식 " + std::to_string(step) + "\n\n삼성전자와 SK하이닉스, 리벨리온이 " + std::to_string(step)
                                  + "일 과학기술정보통신부와 협약을 맺었다고 밝혔다.\n");
            ASSERT_TRUE(m_lib->importPaths({m_dir.file(name)}, {}).failed.empty());
        }
    }
    ASSERT_GE(decisions.size(), 15u);
    const std::vector<std::string> incremental = curatedRows();
    // The reference: the whole curated layer recomputed from every base name and the whole ledger.
    ASSERT_TRUE(graphdb::rebuildCuration(m_lib->database()));
    const std::vector<std::string> full = curatedRows();
    ASSERT_EQ(incremental.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i)
        ASSERT_EQ(incremental[i], full[i]) << "row " << i;
}

TEST_F(ScalePaths, ReextractionKeepsDecisionsAndAnnotations)
{
    auto orgs = organizations();
    ASSERT_GE(orgs.size(), 4u);
    ASSERT_TRUE(m_lib->renameEntity(orgs[0].id, "고친 이름"));
    ASSERT_TRUE(m_lib->mergeEntities(orgs[1].id, orgs[2].id));
    ASSERT_TRUE(m_lib->rejectEntity(orgs[3].id));
    auto articles = m_lib->articles();
    ASSERT_TRUE(articles && !articles->empty());
    auto record = m_lib->article(articles->front().id);
    ASSERT_TRUE(record);
    AnnotationRecord note;
    note.articleId = record->summary.id;
    note.start = 0;
    note.end = 10;
    note.note = "다시 찾을 메모";
    auto added = m_lib->addAnnotation(note);
    ASSERT_TRUE(added);

    const std::vector<std::string> before = curatedRows();
    auto entitiesBefore = m_lib->entities({std::nullopt, "", true});
    ASSERT_TRUE(entitiesBefore);
    auto report = m_lib->reextractAll();
    ASSERT_TRUE(report) << report.error().detail;
    EXPECT_EQ(report->updated, static_cast<int>(articles->size()));
    EXPECT_TRUE(report->failed.empty());
    EXPECT_EQ(curatedRows(), before); // the same extractor: the same graph, decisions applied
    auto renamed = m_lib->entity(orgs[0].id);
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->summary.name, "고친 이름");
    auto annotations = m_lib->annotations(record->summary.id);
    ASSERT_TRUE(annotations);
    ASSERT_EQ(annotations->size(), 1u);
    EXPECT_EQ(annotations->front().note, "다시 찾을 메모");
    EXPECT_FALSE(annotations->front().orphaned);
    auto version = m_lib->storedExtractorVersion();
    ASSERT_TRUE(version);
    EXPECT_EQ(*version, m_lib->extractorVersion());
    EXPECT_FALSE(*m_lib->needsReextraction());
}

TEST_F(ScalePaths, AnotherExtractorVersionAsksForReextraction)
{
    EXPECT_FALSE(*m_lib->needsReextraction()); // imported by this build into an empty library
    ASSERT_TRUE(m_lib->database().exec("UPDATE meta SET value = '0-older' WHERE key = 'extractor_version'"));
    EXPECT_TRUE(*m_lib->needsReextraction());
    ASSERT_TRUE(m_lib->reextractAll());
    EXPECT_FALSE(*m_lib->needsReextraction());
}

TEST_F(ScalePaths, EntityMentionsPageAlongTheIndexNewestArticleFirst)
{
    // The organization with the most mentions, three at a time: the pages join into all of its
    // mentions, newest article first, each once; and the reads by entity seek mention_entity and
    // never sort (an organization in 20,000 articles is paged from the index, not sorted first).
    auto orgs = organizations();
    ASSERT_FALSE(orgs.empty());
    const auto top = std::ranges::max_element(orgs, {}, &EntitySummary::mentionCount);
    ASSERT_GE(top->mentionCount, 7);
    std::vector<std::pair<std::int64_t, int>> paged;
    std::int64_t cursor = 0;
    int pages = 0;
    do {
        auto page = m_lib->entityMentions(top->id, {cursor, 3}, &cursor);
        ASSERT_TRUE(page) << page.error().detail;
        ASSERT_LE(page->size(), 3u);
        for (const EvidenceRecord &e : *page)
            paged.emplace_back(e.articleId, e.start);
        ++pages;
    } while (cursor != 0 && pages < 1000);
    EXPECT_GE(pages, 3);
    std::vector<std::pair<std::int64_t, int>> all;
    Statement q(m_lib->database(),
                "SELECT article_id, start FROM mention WHERE entity_id = ?1 ORDER BY article_id DESC, id DESC");
    q.bind(1, top->id);
    while (q.next())
        all.emplace_back(q.int64(0), q.int32(1));
    ASSERT_EQ(static_cast<int>(all.size()), top->mentionCount);
    EXPECT_EQ(paged, all);

    int checked = 0;
    for (const std::string &text : m_lib->database().cachedSql()) {
        if (text.find("FROM mention WHERE entity_id") == std::string::npos)
            continue;
        Statement plan(m_lib->database(), "EXPLAIN QUERY PLAN " + text);
        std::string details;
        while (plan.next())
            details += "\n  " + plan.text(3);
        ASSERT_TRUE(plan.status()) << plan.status().error().detail;
        EXPECT_NE(details.find("INDEX mention_entity"), std::string::npos) << text << details;
        EXPECT_EQ(details.find("TEMP B-TREE"), std::string::npos) << text << details;
        ++checked;
    }
    EXPECT_GE(checked, 2); // the first page and the later ones
}

TEST_F(ScalePaths, EntityArticlesPageNewestFirstWhetherWalkedOrListed)
{
    // entityArticles walks the library's newest articles for an entity named often, and reads the
    // entity's own articles otherwise (and for the page the walk cannot fill): two at a time, every
    // organization's pages join into its articles newest first, each once, whichever way was taken.
    int compared = 0;
    for (const EntitySummary &org : organizations()) {
        std::vector<std::int64_t> paged;
        std::int64_t cursor = 0;
        int pages = 0;
        do {
            auto page = m_lib->entityArticles(org.id, {cursor, 2}, &cursor);
            ASSERT_TRUE(page) << page.error().detail;
            ASSERT_LE(page->size(), 2u);
            for (const ArticleSummary &a : *page)
                paged.push_back(a.id);
            ++pages;
        } while (cursor != 0 && pages < 1000);
        std::vector<std::int64_t> all;
        Statement q(m_lib->database(), "SELECT a.id FROM article a WHERE a.id IN (SELECT article_id FROM mention "
                                       "WHERE entity_id = ?1) ORDER BY a.published DESC, a.id DESC");
        q.bind(1, org.id);
        while (q.next())
            all.push_back(q.int64(0));
        EXPECT_EQ(paged, all) << org.name;
        EXPECT_EQ(static_cast<int>(all.size()), org.articleCount) << org.name;
        compared += all.size() > 4 ? 1 : 0;
    }
    EXPECT_GE(compared, 3); // organizations with several pages, so both ways are taken
}

namespace {

std::int64_t scalar(Database &db, const std::string &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v) << sql;
    return v ? *v : -1;
}

} // namespace

// The graph writer keeps each fact's tallies and span as articles come, change and are extracted
// again: they always equal what the evidence rows say (the entity page reads them instead of the
// rows).
TEST(FactTallies, FollowImportUpdateAndReextraction)
{
    sillok::test::TempDir dir;
    const fs::path corpus = dir.path() / "corpus";
    fs::copy(SILLOK_SAMPLE_CORPUS_DIR, corpus, fs::copy_options::recursive);
    auto opened = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(opened) << opened.error().detail;
    Library &lib = **opened;
    ASSERT_GT(lib.importPaths({corpus.string()}, {}).imported, 10);
    Database &db = lib.database();
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM fact WHERE articles >= 2"), 0);
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM fact WHERE stated <> ''"), 0);
    const std::int64_t sentences = scalar(db, "SELECT SUM(sentences) FROM fact");

    // Three articles lose their second half: their statements there leave the tallies.
    std::vector<fs::path> files;
    for (const auto &entry : fs::recursive_directory_iterator(corpus))
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
            files.push_back(entry.path());
    std::ranges::sort(files);
    ASSERT_GE(files.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        std::ifstream in(files[i], std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        std::size_t cut = text.find('\n', text.size() / 2);
        ASSERT_NE(cut, std::string::npos);
        std::ofstream(files[i], std::ios::binary | std::ios::trunc) << text.substr(0, cut + 1);
    }
    const ImportReport again = lib.importPaths({corpus.string()}, {});
    EXPECT_EQ(again.updated, 3);
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
    EXPECT_LT(scalar(db, "SELECT SUM(sentences) FROM fact"), sentences);

    std::vector<std::string> before;
    Statement rows(db, "SELECT id, articles, sentences, stated, stated_text FROM fact ORDER BY id");
    while (rows.next())
        before.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2) + "|" + rows.text(3) + "|"
                         + rows.text(4));
    auto re = lib.reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
    std::vector<std::string> after;
    rows.reset();
    while (rows.next())
        after.push_back(rows.text(0) + "|" + rows.text(1) + "|" + rows.text(2) + "|" + rows.text(3) + "|"
                        + rows.text(4));
    EXPECT_EQ(after, before);

    // The spans follow an article's date and its going: the newest article of the fact stated in
    // the most articles is dated back before all of them (its oldest now), then its graph dropped.
    const std::int64_t spanned =
        scalar(db, "SELECT f.id FROM fact f JOIN fact_span s ON s.fact_id = f.id "
                   "WHERE s.first_article <> s.last_article ORDER BY f.articles DESC, f.id LIMIT 1");
    ASSERT_GT(spanned, 0) << "no fact of the sample corpus stated in enough dated articles for a span";
    const std::string fact = std::to_string(spanned);
    const std::int64_t newest = scalar(db, "SELECT last_article FROM fact_span WHERE fact_id = " + fact);
    Statement source(db, "SELECT source_key FROM article WHERE id = ?");
    source.bind(1, newest);
    ASSERT_TRUE(source.next());
    const std::string path = source.text(0);
    source.reset();
    std::string text;
    {
        std::ifstream in(path, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::regex day(R"((20\d\d)([.\-/])(\d\d?)\2(\d\d?))");
    std::smatch dateline;
    ASSERT_TRUE(std::regex_search(text, dateline, day)) << path;
    const std::string sep = dateline[2].str();
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        << dateline.prefix().str() + "2001" + sep + "01" + sep + "02" + dateline.suffix().str();
    EXPECT_EQ(lib.importPaths({path}, {}).updated, 1);
    Statement published(db, "SELECT published FROM article WHERE id = ?");
    published.bind(1, newest);
    ASSERT_TRUE(published.next());
    EXPECT_EQ(published.text(0).substr(0, 4), "2001") << path;
    published.reset();
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
    EXPECT_EQ(scalar(db, "SELECT first_article FROM fact_span WHERE fact_id = " + fact), newest);
    EXPECT_NE(scalar(db, "SELECT last_article FROM fact_span WHERE fact_id = " + fact), newest);
    ASSERT_TRUE(deleteArticleGraph(db, newest));
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
    EXPECT_NE(scalar(db, "SELECT first_article FROM fact_span WHERE fact_id = " + fact), newest);
}

// A library from before migration 26 gets the span of every fact stated in enough articles from
// its rows.
namespace {

// Opens the library at `path` (migrating it) and checks its spans against its rows.
void expectSpansTrueOnceMigrated(const std::string &path)
{
    auto reopened = Library::open(path);
    ASSERT_TRUE(reopened) << reopened.error().detail;
    Database &db = (*reopened)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM fact_span"), 0);
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
}

} // namespace

TEST(FactSpans, MigrationFillsThemFromTheRows)
{
    sillok::test::TempDir dir;
    {
        auto opened = Library::open(dir.file("kb.sqlite"));
        ASSERT_TRUE(opened) << opened.error().detail;
        ASSERT_GT((*opened)->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).imported, 10);
        EXPECT_GT(scalar((*opened)->database(), "SELECT COUNT(*) FROM fact_span"), 0);
        ASSERT_TRUE((*opened)->database().exec("DELETE FROM fact_span; PRAGMA user_version = 25;"));
    }
    expectSpansTrueOnceMigrated(dir.file("kb.sqlite"));
}

// A span left behind by a deleted fact (as the writer did until migration 27) is gone after the
// migration, and every span is what the rows say.
TEST(FactSpans, MigrationDropsASpanLeftBehind)
{
    sillok::test::TempDir dir;
    {
        auto opened = Library::open(dir.file("kb.sqlite"));
        ASSERT_TRUE(opened) << opened.error().detail;
        ASSERT_GT((*opened)->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).imported, 10);
        ASSERT_TRUE((*opened)->database().exec("PRAGMA foreign_keys = OFF; INSERT INTO fact_span VALUES "
                                               "((SELECT MAX(id) + 1 FROM fact), '2024-01-01', 1, '2024-02-01', 2); "
                                               "PRAGMA user_version = 26;"));
        EXPECT_NE(sillok::test::untrueFactSpans((*opened)->database()), std::vector<std::string>{});
    }
    expectSpansTrueOnceMigrated(dir.file("kb.sqlite"));
}

// An entity page that keeps the most stated facts of each predicate keeps exactly those, with
// the counts, dates and sentences the whole page gives them; and a fact's evidence found by the
// walk along the articles (how a fact stated in thousands of sentences is read) equals the
// evidence read row by row.
TEST_F(ScalePaths, EntityPageKeepsTheMostStatedFactsAndTheWalkReadsWhatTheRowsSay)
{
    auto orgs = organizations();
    ASSERT_FALSE(orgs.empty());
    const auto top = std::ranges::max_element(orgs, {}, &EntitySummary::mentionCount);
    EntityPageOptions all{0, 0, 3, 0, 1 << 30};
    all.spans = false; // every fact's rows
    auto full = m_lib->entityPage(top->id, all);
    ASSERT_TRUE(full) << full.error().detail;
    ASSERT_GE(full->facts.size(), 4u);
    EXPECT_EQ(full->factTotal, static_cast<int>(full->facts.size()));

    EntityPageOptions walking = all;
    walking.readEvidenceUpTo = 0;
    auto walked = m_lib->entityPage(top->id, walking);
    ASSERT_TRUE(walked) << walked.error().detail;
    ASSERT_EQ(walked->facts.size(), full->facts.size());
    // The same fact with the same counts and dates (`b` read another way than `a`).
    const auto expectSameFact = [](const FactRecord &a, const FactRecord &b) {
        ASSERT_EQ(a.id, b.id);
        EXPECT_EQ(a.articleCount, b.articleCount) << a.id;
        EXPECT_EQ(a.evidenceCount, b.evidenceCount) << a.id;
        EXPECT_EQ(a.firstArticle, b.firstArticle) << a.id;
        EXPECT_EQ(a.lastArticle, b.lastArticle) << a.id;
        EXPECT_EQ(a.date, b.date) << a.id;
    };
    int several = 0;
    for (std::size_t i = 0; i < full->facts.size(); ++i) {
        const FactRecord &a = full->facts[i], &b = walked->facts[i];
        ASSERT_NO_FATAL_FAILURE(expectSameFact(a, b));
        ASSERT_EQ(a.evidence.size(), b.evidence.size()) << a.id;
        for (std::size_t k = 0; k < a.evidence.size(); ++k)
            EXPECT_EQ(std::tie(a.evidence[k].articleId, a.evidence[k].start),
                      std::tie(b.evidence[k].articleId, b.evidence[k].start))
                << a.id;
        several += a.articleCount >= 2 && a.evidence.size() >= 2 ? 1 : 0;
    }
    EXPECT_GT(several, 0); // facts with several articles, where the order of the walk matters

    // The spans (fact_span) give what the rows give: one sentence, as the GUI asks, or three
    // (which the newest article may not hold: that fact reads its rows).
    Statement hasSpan(m_lib->database(), "SELECT 1 FROM fact_span WHERE fact_id = ?");
    for (const int keep : {1, 3}) {
        EntityPageOptions spanned{0, 0, keep, 0, 1 << 30};
        auto page = m_lib->entityPage(top->id, spanned);
        ASSERT_TRUE(page) << page.error().detail;
        ASSERT_EQ(page->facts.size(), full->facts.size());
        int withSpan = 0;
        for (std::size_t i = 0; i < full->facts.size(); ++i) {
            const FactRecord &a = full->facts[i], &b = page->facts[i];
            ASSERT_NO_FATAL_FAILURE(expectSameFact(a, b));
            ASSERT_EQ(std::min<std::size_t>(a.evidence.size(), keep), b.evidence.size()) << a.id;
            for (std::size_t k = 0; k < b.evidence.size(); ++k)
                EXPECT_EQ(std::tie(a.evidence[k].articleId, a.evidence[k].start, a.evidence[k].sentenceEnd),
                          std::tie(b.evidence[k].articleId, b.evidence[k].start, b.evidence[k].sentenceEnd))
                    << a.id;
            hasSpan.reset();
            hasSpan.bind(1, b.id);
            withSpan += hasSpan.next() && b.lastArticle != b.firstArticle ? 1 : 0;
        }
        EXPECT_GT(withSpan, 0) << keep; // facts whose span tells their first article from their last
    }

    EntityPageOptions best = all;
    best.factsPerPredicate = 1;
    auto cut = m_lib->entityPage(top->id, best);
    ASSERT_TRUE(cut) << cut.error().detail;
    std::map<std::string, int> most;
    for (const FactRecord &f : full->facts)
        most[f.predicate] = std::max(most[f.predicate], f.articleCount);
    ASSERT_EQ(cut->facts.size(), most.size());
    EXPECT_GE(cut->factTotal, static_cast<int>(full->facts.size()));
    EXPECT_LT(cut->facts.size(), full->facts.size());
    // The kept facts were read in the fact indexes' order (migration 13): the LIMIT stops in the
    // index, nothing is sorted, whatever the entity's facts number.
    int plans = 0;
    for (const std::string &text : m_lib->database().cachedSql()) {
        if (text.find("GROUP BY predicate") == std::string::npos
            && text.find("ORDER BY articles DESC") == std::string::npos)
            continue;
        Statement plan(m_lib->database(), "EXPLAIN QUERY PLAN " + text);
        std::string details;
        while (plan.next())
            details += "\n  " + plan.text(3);
        EXPECT_NE(details.find("INDEX fact_"), std::string::npos) << text << details;
        EXPECT_EQ(details.find("TEMP B-TREE"), std::string::npos) << text << details;
        ++plans;
    }
    EXPECT_EQ(plans, 4); // the count and the read, by subject and by object
    for (const FactRecord &f : cut->facts) {
        EXPECT_EQ(f.articleCount, most[f.predicate]) << f.predicate;
        const auto same = std::ranges::find(full->facts, f.id, &FactRecord::id);
        ASSERT_NE(same, full->facts.end());
        EXPECT_EQ(f.lastArticle, same->lastArticle);
        EXPECT_EQ(f.evidence.size(), same->evidence.size());
    }
}

// The sources of a fact: every sentence that states it, newest article first, in pages of whole
// articles that follow on from one another, walked along the articles or read from the rows
// alike; as many as the page counts, its first sentences the page's own.
TEST_F(ScalePaths, AFactsSourcesAreEverySentenceThatStatesItPaged)
{
    auto orgs = organizations();
    ASSERT_FALSE(orgs.empty());
    std::vector<FactRecord> facts;
    for (const EntitySummary &org : orgs) {
        auto page = m_lib->entityPage(org.id, EntityPageOptions{0, 0, 3, 0, 1 << 30});
        ASSERT_TRUE(page) << page.error().detail;
        facts.insert(facts.end(), page->facts.begin(), page->facts.end());
    }
    // Every page of a fact's sources, `limit` sentences a page; `readUpTo` 0: walked.
    const auto pages = [this](const FactRecord &f, int limit, int readUpTo) {
        std::vector<EvidenceRecord> out;
        std::int64_t after = 0;
        for (int asked = 0; asked < 1000; ++asked) {
            std::int64_t next = -1;
            auto page = m_lib->factSources(f.foldedIds, {after, limit}, &next, readUpTo);
            EXPECT_TRUE(page) << page.error().detail;
            if (!page)
                break;
            EXPECT_NE(next, -1);
            if (next != 0) {
                EXPECT_GE(static_cast<int>(page->size()), limit) << f.id;
                EXPECT_EQ(page->back().articleId, next) << f.id; // the page ends with a whole article
            }
            out.insert(out.end(), page->begin(), page->end());
            if (next == 0)
                break;
            after = next;
        }
        return out;
    };
    const auto same = [](const std::vector<EvidenceRecord> &a, const std::vector<EvidenceRecord> &b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t k = 0; k < a.size(); ++k)
            if (std::tie(a[k].articleId, a[k].start) != std::tie(b[k].articleId, b[k].start))
                return false;
        return true;
    };
    int several = 0;
    for (const FactRecord &f : facts) {
        ASSERT_FALSE(f.foldedIds.empty()) << f.id;
        const std::vector<EvidenceRecord> all = pages(f, 1000, 256);
        ASSERT_EQ(static_cast<int>(all.size()), f.evidenceCount) << f.id;
        ASSERT_GE(all.size(), f.evidence.size()) << f.id;
        for (std::size_t k = 0; k < f.evidence.size(); ++k)
            EXPECT_EQ(std::tie(all[k].articleId, all[k].start), std::tie(f.evidence[k].articleId, f.evidence[k].start))
                << f.id;
        std::set<std::int64_t> articles;
        for (const EvidenceRecord &e : all) {
            EXPECT_FALSE(e.quote.empty()) << f.id;
            articles.insert(e.articleId);
        }
        EXPECT_EQ(static_cast<int>(articles.size()), f.articleCount) << f.id;
        for (std::size_t k = 1; k < all.size(); ++k)
            EXPECT_FALSE(all[k - 1].published < all[k].published) << f.id; // newest first
        EXPECT_TRUE(same(pages(f, 1, 256), all)) << f.id;
        EXPECT_TRUE(same(pages(f, 1, 0), all)) << f.id; // walked
        several += articles.size() >= 3 ? 1 : 0;
    }
    EXPECT_GT(several, 0) << "no fact of the sample corpus is stated in three articles";
    auto none = m_lib->factSources({}, {0, 10});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
}

// Migration 16: only the mentions a merge moved are indexed by their origin, the origin's foreign
// key is gone so deleting an entity reads no mention, and a library from before it (schema 15:
// the full index and the foreign key) keeps its curated layer through the migration.
TEST_F(ScalePaths, MovedMentionsAloneAreIndexedByTheirOrigin)
{
    const auto scalar = [](Database &db, const std::string &sql) {
        auto v = db.scalar(sql);
        EXPECT_TRUE(v) << sql << ": " << v.error().detail;
        return v ? *v : -1;
    };
    Database &db = m_lib->database();
    const auto count = [&](const std::string &sql) { return scalar(db, sql); };
    const auto moved = [&] {
        return count("SELECT COUNT(*) FROM mention INDEXED BY mention_moved WHERE origin_entity_id > 0 "
                     "AND entity_id IS NOT origin_entity_id");
    };
    EXPECT_EQ(moved(), 0); // nobody curated yet
    auto orgs = organizations();
    ASSERT_GE(orgs.size(), 2u);
    auto merged = m_lib->mergeEntities(orgs[0].id, orgs[1].id);
    ASSERT_TRUE(merged);
    const std::int64_t movedAfterMerge = moved();
    EXPECT_GT(movedAfterMerge, 0);
    EXPECT_EQ(movedAfterMerge,
              count("SELECT COUNT(*) FROM mention NOT INDEXED WHERE entity_id IS NOT origin_entity_id"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM pragma_foreign_key_list('mention') WHERE \"from\" = 'origin_entity_id'"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'mention_origin'"), 0);
    {
        Statement plan(db, "EXPLAIN QUERY PLAN DELETE FROM entity WHERE id = 1");
        while (plan.next())
            EXPECT_EQ(plan.text(3).find("SCAN mention"), std::string::npos) << plan.text(3);
    }

    // Back to schema 15 as it was: the full index and the foreign key in the table's text.
    const std::vector<std::string> before = curatedRows();
    const std::int64_t version = count("PRAGMA schema_version");
    auto restored =
        db.exec("BEGIN; PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
                "'origin_entity_id INTEGER,', 'origin_entity_id INTEGER REFERENCES entity(id) ON DELETE SET "
                "NULL,') WHERE name = 'mention'; PRAGMA schema_version = "
                + std::to_string(version + 1) + "; PRAGMA writable_schema = OFF; COMMIT;");
    ASSERT_TRUE(restored) << restored.error().detail;
    ASSERT_TRUE(db.exec("DROP INDEX mention_moved; CREATE INDEX mention_origin ON mention(origin_entity_id); "
                        "PRAGMA user_version = 15;"));
    ASSERT_EQ(count("SELECT COUNT(*) FROM pragma_foreign_key_list('mention') WHERE \"from\" = 'origin_entity_id'"), 1);
    m_lib.reset();
    auto reopened = Library::open(m_dir.file("kb.sqlite"));
    ASSERT_TRUE(reopened) << reopened.error().detail;
    m_lib = std::move(*reopened);
    Database &migrated = m_lib->database();
    EXPECT_EQ(*migrated.userVersion(), currentSchemaVersion());
    EXPECT_EQ(scalar(migrated, "SELECT COUNT(*) FROM pragma_foreign_key_list('mention') WHERE \"from\" = "
                               "'origin_entity_id'"),
              0);
    EXPECT_EQ(scalar(migrated, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'mention_origin'"), 0);
    EXPECT_EQ(scalar(migrated, "SELECT COUNT(*) FROM mention INDEXED BY mention_moved WHERE origin_entity_id > 0 "
                               "AND entity_id IS NOT origin_entity_id"),
              movedAfterMerge);
    Statement check(migrated, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_EQ(curatedRows(), before);
    // The split finds the moved mentions through the new index and puts them back.
    ASSERT_TRUE(m_lib->splitEntity(orgs[0].id, *merged));
    EXPECT_EQ(scalar(migrated, "SELECT COUNT(*) FROM mention NOT INDEXED WHERE entity_id IS NOT origin_entity_id"), 0);
}
