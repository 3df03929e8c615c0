// Migrations: an empty file reaches the current version, re-opening changes nothing, a newer
// database is refused, and the schema has the tables other subsystems rely on.
#include "store/database.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

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
