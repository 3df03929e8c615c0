// Migrations: an empty file reaches the current version, re-opening changes nothing, a newer
// database is refused, and the schema has the tables other subsystems rely on.
#include "store/database.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace sillok::core;

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
        for (const char *table : {"import_run", "article", "block", "sentence", "entity", "alias", "mention", "fact",
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
