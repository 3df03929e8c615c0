// Migrations: an empty file reaches the current version, re-opening changes nothing, a newer
// database is refused, and the schema has the tables other subsystems rely on.
#include "ingest/sha256.h"
#include "search/korean_tokenizer.h"
#include "search/search_schema.h"
#include "store/database.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/packed_spans.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

// An FTS5 setting (`hashsize`, `automerge`) of both article indexes, doc_wd's then doc_bg's; 0
// when it is not set (FTS5's default).
std::vector<std::int64_t> articleIndexSetting(Database &db, const std::string &key)
{
    std::vector<std::int64_t> values;
    for (const char *table : {"doc_wd_config", "doc_bg_config"}) {
        Statement st(db, std::string("SELECT v FROM ") + table + " WHERE k = ?1");
        st.bind(1, key);
        auto row = st.step();
        values.push_back(row && *row ? st.int64(0) : 0);
    }
    return values;
}

// A setting of both article indexes that migration `version` + 1 makes: a new library has it,
// and so does one taken back to `version` without it (FTS5's default), whose searches still
// find what they found.
void expectArticleIndexSettingMigrated(const std::string &key, std::int64_t value, int version)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::string a = dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다.\n");
    const std::vector<std::int64_t> set{value, value};
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        EXPECT_EQ(articleIndexSetting((*lib)->database(), key), set);
        ASSERT_EQ((*lib)->importPaths({a}, {}).imported, 1);
        ASSERT_TRUE((*lib)->database().exec("DELETE FROM doc_wd_config WHERE k = '" + key
                                            + "'; DELETE FROM doc_bg_config WHERE k = '" + key
                                            + "'; PRAGMA user_version = " + std::to_string(version) + ";"));
        EXPECT_EQ(articleIndexSetting((*lib)->database(), key), (std::vector<std::int64_t>{0, 0}));
    }
    auto migrated = Library::open(path);
    ASSERT_TRUE(migrated) << migrated.error().detail;
    EXPECT_EQ(*(*migrated)->database().userVersion(), currentSchemaVersion());
    EXPECT_EQ(articleIndexSetting((*migrated)->database(), key), set);
    auto found = (*migrated)->search("리벨리온");
    ASSERT_TRUE(found) << found.error().detail;
    EXPECT_EQ(found->size(), 1u);
}

// The segments FTS5's structure record says `table` (doc_wd, doc_bg) holds: the record is the
// row of id 10 of its _data table, a 4-byte cookie and then varints, the levels, the segments.
std::int64_t articleIndexSegments(Database &db, const std::string &table)
{
    Statement st(db, "SELECT block FROM " + table + "_data WHERE id = 10");
    auto row = st.step();
    if (!row || !*row)
        return -1;
    const std::string record = st.blob(0);
    std::size_t at = 4;
    const auto varint = [&] {
        std::int64_t v = 0;
        for (int i = 0; i < 9 && at < record.size(); ++i) {
            const auto byte = static_cast<unsigned char>(record[at++]);
            if (i == 8)
                return (v << 8) | byte;
            v = (v << 7) | (byte & 0x7f);
            if ((byte & 0x80) == 0)
                break;
        }
        return v;
    };
    (void)varint(); // levels
    return varint();
}

} // namespace

TEST(Migrations, FromEmptyToCurrentAndReopen)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("sub/folder/kb.sqlite"); // parent folders are created
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        Database &db = (*lib)->database();
        EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
        EXPECT_GE(currentSchemaVersion(), 2);
        for (const char *table :
             {"import_run", "article", "article_blocks", "article_sentences", "entity", "alias", "mention", "fact",
              "fact_evidence", "decision", "annotation", "doc_wd", "doc_bg", "annotation_fts", "meta"}) {
            Statement st(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1");
            st.bind(1, table);
            ASSERT_TRUE(*st.step());
            EXPECT_EQ(st.int64(0), 1) << table;
        }
        EXPECT_EQ(*db.scalar("PRAGMA foreign_keys"), 1);
        Statement mode(db, "PRAGMA journal_mode");
        ASSERT_TRUE(*mode.step());
        EXPECT_EQ(mode.text(0), "wal");
    }
    auto again = Library::open(path);
    ASSERT_TRUE(again) << again.error().detail;
    EXPECT_EQ(*(*again)->database().userVersion(), currentSchemaVersion());
    auto articles = (*again)->articles();
    ASSERT_TRUE(articles);
    EXPECT_TRUE(articles->empty());
}

// The GUI opens one connection per worker thread, both on a database that may not exist yet: every
// one of them must come up, whichever runs the migrations (the import worker once failed with
// "migration 1: table … already exists" and the dropped files never arrived).
TEST(Migrations, ConnectionsOpeningANewFileAtOnceAllSucceed)
{
    sillok::test::TempDir dir;
    constexpr int kRounds = 20;
    constexpr int kThreads = 4;
    for (int round = 0; round < kRounds; ++round) {
        const std::string path = dir.file("race" + std::to_string(round) + ".sqlite");
        std::vector<std::string> errors(kThreads);
        std::atomic_int ready = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                ++ready;
                while (ready.load() < kThreads) {
                }
                auto lib = Library::open(path);
                if (!lib)
                    errors[static_cast<std::size_t>(t)] = lib.error().detail.empty() ? "failed" : lib.error().detail;
            });
        }
        for (auto &th : threads)
            th.join();
        for (int t = 0; t < kThreads; ++t)
            EXPECT_EQ(errors[static_cast<std::size_t>(t)], "") << "round " << round << " thread " << t;
        auto lib = Library::open(path);
        ASSERT_TRUE(lib);
        EXPECT_EQ(*(*lib)->database().userVersion(), currentSchemaVersion());
    }
}

TEST(Migrations, NewerDatabaseIsRefused)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->setUserVersion(currentSchemaVersion() + 1));
    }
    auto lib = Library::open(path);
    ASSERT_FALSE(lib);
    EXPECT_EQ(lib.error().code, ErrorCode::Database);
    EXPECT_NE(lib.error().detail.find("newer"), std::string::npos) << lib.error().detail;
}

TEST(Migrations, NotADatabaseIsAnError)
{
    sillok::test::TempDir dir;
    const std::string path = dir.write("junk.sqlite", std::string(4096, 'x'));
    auto lib = Library::open(path);
    ASSERT_FALSE(lib);
    EXPECT_EQ(lib.error().code, ErrorCode::Database);
}

TEST(Migrations, DefaultPathHonoursSillokDb)
{
    ::setenv("SILLOK_DB", "/tmp/custom-sillok.sqlite", 1);
    EXPECT_EQ(Library::defaultPath(), "/tmp/custom-sillok.sqlite");
    ::unsetenv("SILLOK_DB");
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
    EXPECT_EQ(Library::defaultPath(), "/tmp/xdg-data/sillok/sillok.sqlite");
}

namespace {

// The full-text schema as migrations 2 and 5 left it (frozen here: the code now writes
// migration 9's): plain text in article.body, both indexes over the table, with positions.
constexpr const char *kVersion8Search = R"sql(
CREATE VIRTUAL TABLE doc_wd USING fts5(title, body, content='article', content_rowid='id',
    tokenize='sillok_ko mode word');
CREATE VIRTUAL TABLE doc_bg USING fts5(title, body, content='article', content_rowid='id',
    tokenize='sillok_ko mode bigram');
CREATE TRIGGER article_fts_ai AFTER INSERT ON article WHEN sillok_fts_sync() BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_au AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO doc_wd(doc_wd) VALUES ('rebuild');
INSERT INTO doc_bg(doc_bg) VALUES ('rebuild');
PRAGMA user_version = 8;
)sql";

std::vector<std::int64_t> hitIds(Library &lib, const char *query)
{
    auto page = lib.searchPage(query);
    std::vector<std::int64_t> ids;
    if (page)
        for (const auto &hit : page->hits)
            ids.push_back(hit.articleId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Migration 9 packs the texts of a library written before it and makes both indexes again: every
// text reads back the same, the same searches find the same articles, and the indexes agree with
// the texts (FTS5 integrity-check).
TEST(Migrations, NinePacksTheTextsAndTheSearchesFindTheSameArticles)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::vector<const char *> queries{"반도체", "투자", "인공지능", "협약", "AI"};
    std::vector<std::string> texts;
    std::vector<std::vector<std::int64_t>> found;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        const ImportReport r = (*lib)->importPaths({std::string(SILLOK_TEST_DATA_DIR) + "/holdout2"}, {});
        ASSERT_GT(r.imported, 20);
        auto list = (*lib)->articles();
        ASSERT_TRUE(list);
        for (const auto &a : *list)
            texts.push_back((*lib)->article(a.id)->body);
        for (const char *q : queries) {
            found.push_back(hitIds(**lib, q));
            EXPECT_FALSE(found.back().empty()) << q;
        }
    }
    {
        // Back to how version 8 stored it.
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(registerKoreanTokenizer(*(*db)->fts5Api()));
        ASSERT_TRUE((*db)->exec(std::string(searchSchemaDropSql())));
        ASSERT_TRUE((*db)->exec("UPDATE article SET body = sillok_text(body);"));
        ASSERT_TRUE((*db)->exec(kVersion8Search));
        ASSERT_TRUE((*db)->exec("ALTER TABLE mention ADD COLUMN surface TEXT NOT NULL DEFAULT '';"));
        ASSERT_TRUE((*db)->exec(sillok::test::kBeforeTalliesSql));
        EXPECT_EQ(*(*db)->scalar("SELECT COUNT(*) FROM article WHERE typeof(body) <> 'text'"), 0);
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM article WHERE typeof(body) <> 'blob'"), 0);
    Statement sql(db, "SELECT sql FROM sqlite_master WHERE name = 'doc_bg'");
    ASSERT_TRUE(*sql.step());
    EXPECT_NE(sql.text(0).find("detail=none"), std::string::npos);
    auto list = (*lib)->articles();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), texts.size());
    for (std::size_t i = 0; i < list->size(); ++i)
        EXPECT_EQ((*lib)->article((*list)[i].id)->body, texts[i]);
    for (std::size_t i = 0; i < queries.size(); ++i)
        EXPECT_EQ(hitIds(**lib, queries[i]), found[i]) << queries[i];
    for (const char *index : {"doc_wd", "doc_bg"}) {
        Statement check(db,
                        std::string("INSERT INTO ") + index + "(" + index + ", rank) VALUES ('integrity-check', 1)");
        auto s = check.run();
        EXPECT_TRUE(s) << index << ": " << (s ? "" : s.error().detail);
    }
}

// Migration 17 gives a library of version 16 the index of the meetings of a day (that the writer's
// look-up reads it alone is checked in library_graph_test, KindNounJoinsTheNamedMeetingOfItsDay).
TEST(Migrations, SeventeenIndexesTheMeetingsOfADay)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_TRUE((*lib)->database().exec("DROP INDEX entity_meeting_day; PRAGMA user_version = 16;"));
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'entity_meeting_day'"), 1);
}

// Both article indexes hold up to 8 MB of pending terms in memory (FTS5's hashsize, migration
// 19): a new library has it, and so does one migrated from version 18 (FTS5's 1 MB default),
// whose searches still find what they found.
TEST(Migrations, NineteenGivesTheArticleIndexesAnEightMegabyteHash)
{
    expectArticleIndexSettingMigrated("hashsize", 8388608, 18);
}

// Both article indexes merge a level's segments once 16 are there (FTS5's automerge, migration
// 22): a new library has it, and so does one migrated from version 21 (FTS5's default of 4),
// whose searches still find what they found.
TEST(Migrations, TwentyTwoMergesTheArticleIndexesSixteenSegmentsAtATime)
{
    expectArticleIndexSettingMigrated("automerge", 16, 21);
}

// Both article indexes merge a level in steps over the commits after it reached 16 segments,
// never all of it in one commit (FTS5's crisismerge at 64, migration 23): a new library has it,
// and so does one migrated from version 22 (FTS5's default of 16), whose searches still find
// what they found.
TEST(Migrations, TwentyThreeMergesTheArticleIndexesInStepsNotAllAtOnce)
{
    expectArticleIndexSettingMigrated("crisismerge", 64, 22);
}

// What migration 23 is for: the commit that brings a level of an article index to 16 segments
// does not merge them all there and then. Seventeen imports of an article each (a commit, a
// segment in each index): the 17 segments are all there, their merge left to the commits that
// follow in steps; with FTS5's default crisismerge (16, what a library of version 22 had) the
// 16th commit merged the 16 into one (3 segments after the 17th, with the one 'optimize' made).
TEST(Migrations, TheCommitThatFillsALevelDoesNotMergeItWhole)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const auto importOneAtATime = [&](Library &lib, const std::string &folder) {
        for (int i = 0; i < 17; ++i) {
            const std::string file = dir.write(
                folder + "/" + std::to_string(i) + ".txt",
                "칩 시장 " + folder + std::to_string(i) + "\n\n과기정통부와 리벨리온이 " + folder + " 협력 "
                    + std::to_string(i * 7919) + "건을 맺었다고 밝혔다. 반도체 " + std::to_string(i * 104729) + "\n");
            ASSERT_EQ(lib.importPaths({file}, {}).imported, 1) << file;
        }
    };
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    importOneAtATime(**lib, "steps");
    EXPECT_EQ(articleIndexSegments(db, "doc_wd"), 17);
    EXPECT_EQ(articleIndexSegments(db, "doc_bg"), 17);

    // The same with the setting as version 22 had it: the whole level merged in one commit.
    ASSERT_TRUE(db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('crisismerge', 16); "
                        "INSERT INTO doc_wd(doc_wd) VALUES ('optimize');"));
    ASSERT_EQ(articleIndexSegments(db, "doc_wd"), 1);
    importOneAtATime(**lib, "whole");
    EXPECT_EQ(articleIndexSegments(db, "doc_wd"), 3); // the optimized one, the 16 merged, the 17th
    SearchOptions all;
    all.limit = 100;
    auto found = (*lib)->search("리벨리온", all);
    ASSERT_TRUE(found) << found.error().detail;
    EXPECT_EQ(found->size(), 34u);
}

// Migration 20: each article's content key in article_content (what an import's first read of
// the stored texts takes, KnownTexts) instead of an index on the hashes. A library taken back to
// version 19 — the table gone, the index back — gets a row for every article, the key its hash
// gives, and importing the same files again then finds every one unchanged.
TEST(Migrations, TwentyKeepsEachArticlesContentKeyInATableOfItsOwn)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::string a = dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다.\n");
    const std::string b = dir.write("news/b.txt", "AI 반도체\n\n퓨리오사AI가 새 칩을 내놓았다.\n");
    const auto keys = [](Database &db) {
        std::vector<std::pair<std::int64_t, std::int64_t>> out;
        Statement st(db, "SELECT c.article_id, c.content_key, a.content_hash FROM article_content c "
                         "JOIN article a ON a.id = c.article_id ORDER BY c.article_id");
        while (st.next()) {
            EXPECT_EQ(st.int64(1), hexDigestKey(st.text(2)));
            out.emplace_back(st.int64(0), st.int64(1));
        }
        return out;
    };
    std::vector<std::pair<std::int64_t, std::int64_t>> written;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_EQ((*lib)->importPaths({dir.file("news")}, {}).imported, 2);
        Database &db = (*lib)->database();
        written = keys(db);
        ASSERT_EQ(written.size(), 2u);
        EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'article_content_hash'"), 0);
        ASSERT_TRUE(db.exec("DROP TABLE article_content; CREATE INDEX article_content_hash ON article(content_hash); "
                            "PRAGMA user_version = 19;"));
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(keys(db), written);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'article_content_hash'"), 0);
    const ImportReport again = (*lib)->importPaths({a, b}, {});
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(again.imported + again.updated, 0);
    // A file whose text changed: its row is updated, and so is its key (keys() checks each).
    dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 다시 협력한다고 밝혔다.\n");
    ASSERT_EQ((*lib)->importPaths({a}, {}).updated, 1);
    const auto after = keys(db);
    ASSERT_EQ(after.size(), 2u);
    EXPECT_NE(after, written);
}

// Migration 24 spells the entity type's and the block kind's CHECKs as ORs (an IN list of four
// constants was a temporary B-tree built at every insert): a library of version 23, its entity
// CHECK written back as an IN list, reopens with the ORs, keeps its rows, and still refuses a type
// that is none of the four. (The block table it also edited is gone since migration 29.)
TEST(Migrations, TwentyFourChecksTheEntityTypeWithoutAnInList)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::string a = dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다.\n");
    const std::string inType = "CHECK (type IN ('organization', 'person', 'initiative', 'meeting'))";
    const auto tableSql = [](Database &db, const std::string &name) {
        Statement st(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        st.bind(1, name);
        return st.next() ? st.text(0) : std::string();
    };
    std::int64_t entities = 0;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        Database &db = (*lib)->database();
        EXPECT_EQ(tableSql(db, "entity").find(inType), std::string::npos);
        EXPECT_NE(tableSql(db, "entity").find("CHECK (type = 'organization' OR type = 'person'"), std::string::npos);
        ASSERT_EQ((*lib)->importPaths({a}, {}).imported, 1);
        entities = *db.scalar("SELECT COUNT(*) FROM entity");
        ASSERT_GT(entities, 0);
        // Back to version 23's text.
        ASSERT_TRUE(db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
                            "'CHECK (type = ''organization'' OR type = ''person'' OR type = ''initiative'' OR "
                            "type = ''meeting'')', '"
                            + std::string("CHECK (type IN (''organization'', ''person'', ''initiative'', ''meeting''))")
                            + "') WHERE name = 'entity'; PRAGMA schema_version = "
                            + std::to_string(*db.scalar("PRAGMA schema_version") + 1)
                            + "; PRAGMA writable_schema = OFF; PRAGMA user_version = 23;"));
    }
    {
        auto old = Database::open(path);
        ASSERT_TRUE(old) << old.error().detail;
        ASSERT_NE(tableSql(**old, "entity").find(inType), std::string::npos);
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(tableSql(db, "entity").find(inType), std::string::npos);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM entity"), entities);
    Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_FALSE(db.exec("INSERT INTO entity (uid, type, name) VALUES ('x', 'company', 'x')"));
    EXPECT_TRUE(db.exec("INSERT INTO entity (uid, type, name) VALUES ('x', 'meeting', 'x')"));
    Statement insert(db, "EXPLAIN INSERT INTO entity (uid, type, name) VALUES (?1, ?2, ?3)");
    while (insert.next())
        EXPECT_NE(insert.text(1), "OpenEphemeral");
}

// Migration 25 drops entity_type (the prefix of entity_type_date) and keeps only the merged
// entities in entity_merged_into: a version-24 library migrates, its entities are kept, and the
// look-ups of a merge group and of a type still read an index, not the table.
TEST(Migrations, TwentyFiveDropsTheTypeIndexAndIndexesOnlyMergedEntities)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::string a = dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다.\n");
    std::int64_t entities = 0;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        Database &db = (*lib)->database();
        ASSERT_EQ((*lib)->importPaths({a}, {}).imported, 1);
        entities = *db.scalar("SELECT COUNT(*) FROM entity");
        ASSERT_GT(entities, 1);
        // Back to version 24: both indexes as they were.
        ASSERT_TRUE(db.exec("DROP INDEX entity_merged_into; CREATE INDEX entity_type ON entity(type); "
                            "CREATE INDEX entity_merged_into ON entity(merged_into); PRAGMA user_version = 24;"));
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'entity_type'"), 0);
    Statement index(db, "SELECT sql FROM sqlite_schema WHERE name = 'entity_merged_into'");
    ASSERT_TRUE(index.next());
    EXPECT_NE(index.text(0).find("WHERE merged_into IS NOT NULL"), std::string::npos) << index.text(0);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM entity"), entities);
    const auto plan = [&](const std::string &sql) {
        Statement st(db, "EXPLAIN QUERY PLAN " + sql);
        std::string out;
        while (st.next())
            out += st.text(3) + "\n";
        return out;
    };
    EXPECT_NE(plan("SELECT id FROM entity WHERE merged_into = 7").find("INDEX entity_merged_into"), std::string::npos);
    EXPECT_NE(plan("SELECT id FROM entity WHERE id = 7 OR merged_into = 7").find("INDEX entity_merged_into"),
              std::string::npos);
    EXPECT_NE(plan("SELECT id FROM entity WHERE type = 'initiative'").find("INDEX entity_type_date"),
              std::string::npos);
    Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
}

// Migration 28 keeps an article's sentences as one blob in article_sentences instead of a row a
// sentence in `sentence`: a library taken back to version 27 (the blobs written out as rows, the
// table of blobs dropped) reopens with the same sentences for every article, read back through
// Library::article, and without the old table; importing the same files again finds them
// unchanged, and a changed file gets its new sentences.
TEST(Migrations, TwentyEightKeepsAnArticlesSentencesAsOneBlob)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    const std::string a = dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다. 두 기관은 "
                                                  "내년까지 칩을 시험한다.\n\n리벨리온은 새 칩을 내놓았다.\n");
    const std::string b = dir.write("news/b.txt", "AI 반도체\n\n퓨리오사AI가 새 칩을 내놓았다.\n");
    const auto sentencesOf = [](Library &lib) {
        std::map<std::int64_t, std::vector<std::pair<int, int>>> out;
        Statement ids(lib.database(), "SELECT id FROM article ORDER BY id");
        while (ids.next()) {
            auto record = lib.article(ids.int64(0));
            EXPECT_TRUE(record) << record.error().detail;
            if (record)
                out[ids.int64(0)] = record->sentences;
        }
        return out;
    };
    std::map<std::int64_t, std::vector<std::pair<int, int>>> written;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_EQ((*lib)->importPaths({dir.file("news")}, {}).imported, 2);
        written = sentencesOf(**lib);
        ASSERT_EQ(written.size(), 2u);
        ASSERT_GE(written.begin()->second.size(), 3u);
        Database &db = (*lib)->database();
        ASSERT_TRUE(db.exec("CREATE TABLE sentence (article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE "
                            "CASCADE, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, "
                            "PRIMARY KEY (article_id, idx)) WITHOUT ROWID;"));
        for (const auto &[id, sentences] : written)
            for (std::size_t i = 0; i < sentences.size(); ++i) {
                Statement row(db, "INSERT INTO sentence (article_id, idx, start, end) VALUES (?1, ?2, ?3, ?4)");
                row.bind(1, id).bind(2, static_cast<int>(i)).bind(3, sentences[i].first).bind(4, sentences[i].second);
                ASSERT_TRUE(row.run());
            }
        ASSERT_TRUE(db.exec("DROP TABLE article_sentences; PRAGMA user_version = 27;"));
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'sentence'"), 0);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM article_sentences"), 2);
    EXPECT_EQ(sentencesOf(**lib), written);
    const ImportReport again = (*lib)->importPaths({a, b}, {});
    EXPECT_EQ(again.unchanged, 2);
    dir.write("news/b.txt", "AI 반도체\n\n퓨리오사AI가 새 칩을 내놓았다. 리벨리온도 칩을 내놓았다.\n");
    ASSERT_EQ((*lib)->importPaths({b}, {}).updated, 1);
    const auto after = sentencesOf(**lib);
    EXPECT_EQ(after.begin()->second, written.begin()->second);
    EXPECT_EQ(after.rbegin()->second.size(), written.rbegin()->second.size() + 1);
    Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
}

// Migration 29 keeps an article's blocks as one blob in article_blocks instead of a row a block in
// `block`: a library taken back to version 28 (its blocks written out as rows of the table it had,
// texts only where the writer kept them) reopens with the same blocks for every article, read back
// through Library::article, and without the old table.
TEST(Migrations, TwentyNineKeepsAnArticlesBlocksAsOneBlob)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    dir.write("news/a.txt", "칩 시장\n\n과기정통부와 리벨리온이 협력한다고 밝혔다.\n\n관련기사\n\n다른 기사 제목\n");
    dir.write("news/b.html", "<html><head><title>AI 반도체</title></head><body><nav>메뉴 홈 뉴스</nav><article>"
                             "<h1>AI 반도체</h1><p>퓨리오사AI가 새 칩을 내놓았다.</p></article></body></html>");
    using Block = std::tuple<int, std::string, std::string, int, int>;
    const auto blocksOf = [](Library &lib) {
        std::map<std::int64_t, std::vector<Block>> out;
        Statement ids(lib.database(), "SELECT id FROM article ORDER BY id");
        while (ids.next()) {
            auto record = lib.article(ids.int64(0));
            EXPECT_TRUE(record) << record.error().detail;
            if (record)
                for (const TextBlock &b : record->blocks)
                    out[ids.int64(0)].emplace_back(static_cast<int>(b.kind), b.text, b.reason, b.start, b.end);
        }
        return out;
    };
    std::map<std::int64_t, std::vector<Block>> written;
    std::map<std::int64_t, std::string> blobs;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_EQ((*lib)->importPaths({dir.file("news")}, {}).imported, 2);
        written = blocksOf(**lib);
        ASSERT_EQ(written.size(), 2u);
        Database &db = (*lib)->database();
        ASSERT_TRUE(db.exec("CREATE TABLE block (article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE "
                            "CASCADE, seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind = 'body' OR kind = "
                            "'title' OR kind = 'noise' OR kind = 'caption'), reason TEXT NOT NULL DEFAULT '', "
                            "start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, "
                            "PRIMARY KEY (article_id, seq)) WITHOUT ROWID;"));
        const char *names[] = {"body", "title", "noise", "caption"};
        Statement rows(db, "SELECT article_id, blocks FROM article_blocks ORDER BY article_id");
        std::size_t noise = 0;
        while (rows.next()) {
            blobs[rows.int64(0)] = rows.blob(1);
            auto stored = store::unpackBlocks(rows.blob(1));
            ASSERT_TRUE(stored) << stored.error().detail;
            for (std::size_t i = 0; i < stored->size(); ++i) {
                const TextBlock &b = (*stored)[i];
                noise += b.kind == BlockKind::Noise && !b.text.empty();
                Statement row(db, "INSERT INTO block (article_id, seq, kind, reason, start, end, text) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
                row.bind(1, rows.int64(0)).bind(2, static_cast<int>(i)).bind(3, names[static_cast<int>(b.kind)]);
                row.bind(4, b.reason).bind(5, b.start).bind(6, b.end).bind(7, b.text);
                ASSERT_TRUE(row.run());
            }
        }
        ASSERT_GT(noise, 0u); // the noise blocks' own texts are in the blobs and go through the rows
        ASSERT_TRUE(db.exec("DROP TABLE article_blocks; PRAGMA user_version = 28;"));
    }
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'block'"), 0);
    EXPECT_EQ(blocksOf(**lib), written);
    Statement rows(db, "SELECT article_id, blocks FROM article_blocks ORDER BY article_id");
    std::map<std::int64_t, std::string> after;
    while (rows.next())
        after[rows.int64(0)] = rows.blob(1);
    EXPECT_EQ(after, blobs);
    Statement check(db, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
}

// Library::upgradePending says before opening whether open() will upgrade: an older schema or
// search indexes of another tokenizer version; not a missing file, a new library, a current one,
// nor a file that is not a library.
TEST(Migrations, AnUpgradeIsPendingForAnOlderLibraryOnly)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    EXPECT_FALSE(Library::upgradePending(path));
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_EQ(
            (*lib)->importPaths({dir.write("news/a.txt", "칩 시장\n\n리벨리온이 새 칩을 내놓았다.\n")}, {}).imported,
            1);
    }
    EXPECT_FALSE(Library::upgradePending(path));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->setUserVersion(currentSchemaVersion() - 1));
    }
    EXPECT_TRUE(Library::upgradePending(path));
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
    }
    EXPECT_FALSE(Library::upgradePending(path));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec("UPDATE meta SET value = '0' WHERE key = 'tokenizer_version'"));
    }
    EXPECT_TRUE(Library::upgradePending(path));
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        EXPECT_EQ((*lib)->search("리벨리온")->size(), 1u); // the indexes were rebuilt, and find it
    }
    EXPECT_FALSE(Library::upgradePending(path));
    EXPECT_FALSE(Library::upgradePending(dir.write("notes.txt", "not a library")));
    EXPECT_FALSE(Library::upgradePending(dir.path().string()));
}
