// The import's WAL checkpoints on a thread of their own (store::WalCheckpointer): the writer's
// commits hand a log grown past its limit to the thread, the writer copies what the thread's pass
// did not reach, and the log then starts again from its beginning, so it stays near its limit
// however much is written; the library stays whole and reads the same from another connection.
#include "store/database.h"
#include "store/statement.h"
#include "store/wal_checkpointer.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <semaphore>
#include <string>
#include <thread>

using namespace sillok::core;

namespace {

constexpr int kPages = 40;        // the limit the tests set (8 KB pages)
constexpr int kCommits = 120;     // each about five pages of rows
constexpr int kRowsPerCommit = 5; // a row of 6,000 bytes: most of a page

// Waits until the checkpointer neither has a pass asked for nor one copying (at most 10 s).
bool settle(const store::WalCheckpointer &c)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!c.idle()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

void commitRows(Database &db, int commit)
{
    Transaction tx(db);
    ASSERT_TRUE(tx.begin());
    Statement insert(db, "INSERT INTO t (n, body) VALUES (?1, ?2)");
    for (int r = 0; r < kRowsPerCommit; ++r) {
        insert.reset();
        insert.bind(1, commit * kRowsPerCommit + r).bind(2, std::string(6000, static_cast<char>('a' + r)));
        ASSERT_TRUE(insert.run());
    }
    ASSERT_TRUE(tx.commit());
}

} // namespace

// A library file with the table the tests write, and its page size.
class WalCheckpointerOnFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_path);
        ASSERT_TRUE(opened) << opened.error().detail;
        m_db = std::move(*opened);
        ASSERT_TRUE(m_db->exec("CREATE TABLE t (n INTEGER PRIMARY KEY, body TEXT)"));
        m_pageSize = *m_db->scalar("PRAGMA page_size");
    }

    // What the WAL file holds now, in bytes.
    std::int64_t walBytes() const { return static_cast<std::int64_t>(std::filesystem::file_size(m_path + "-wal")); }

    const sillok::test::TempDir m_dir;
    const std::string m_path = m_dir.file("kb.sqlite");
    std::unique_ptr<Database> m_db;
    std::int64_t m_pageSize = 0;
};

TEST_F(WalCheckpointerOnFile, CopiesBesideTheWriterAndTheLogStartsAgain)
{
    Database &db = *m_db;
    store::WalCheckpointer::Passes passes;
    int commits = 0;
    int cycles = 0;
    {
        store::WalCheckpointer checkpointer(db, kPages);
        ASSERT_TRUE(checkpointer.inBackground());
        EXPECT_EQ(*db.scalar("PRAGMA wal_autocheckpoint"), 0); // SQLite's own hook is replaced
        std::binary_semaphore entered{0};
        std::binary_semaphore go{0};
        checkpointer.beforeEachPass([&] {
            entered.release();
            go.acquire();
        });
        while (commits < kCommits) {
            commitRows(db, commits++);
            if (checkpointer.idle())
                continue; // the log is below the limit, or the writer copied the rest itself
            // A pass was asked for. As in an import, the writer's next transaction begins before
            // the pass copies and commits after it: the log cannot start again after this pass.
            entered.acquire();
            Transaction during(db);
            ASSERT_TRUE(during.begin());
            ASSERT_TRUE(db.exec("INSERT INTO t (n, body) VALUES (-1 - " + std::to_string(cycles) + ", 'during')"));
            go.release();
            ASSERT_TRUE(settle(checkpointer));
            ASSERT_TRUE(during.commit());
            ++cycles;
        }
        passes = checkpointer.passes();
    }
    // Every pass on the thread was followed by the writer's copy of the rest (the last perhaps not).
    EXPECT_GE(cycles, 5);
    EXPECT_EQ(passes.background, cycles);
    EXPECT_GE(passes.writer, cycles - 1);
    // The log started again each time: it holds the limit and a few commits, not the ~700 pages
    // (about 5.5 MB) the commits wrote.
    EXPECT_LT(walBytes(), (kPages + 4 * (kRowsPerCommit + 3)) * (m_pageSize + 24)) << walBytes() << " bytes";

    auto other = Database::open(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(other) << other.error().detail;
    Statement check(**other, "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_EQ(*(*other)->scalar("SELECT COUNT(*) FROM t WHERE n >= 0"), commits * kRowsPerCommit);
    EXPECT_EQ(*(*other)->scalar("SELECT COUNT(*) FROM t WHERE n < 0"), cycles);
    EXPECT_EQ(*(*other)->scalar("SELECT SUM(length(body)) FROM t WHERE n >= 0"),
              std::int64_t{commits} * kRowsPerCommit * 6000);
}

// When a pass copies the whole log before the writer's next transaction begins (the writer was
// waiting for its workers), the log starts again by itself: the next time it is past the limit
// the thread copies it, not the writer.
TEST_F(WalCheckpointerOnFile, ALogThatStartedAgainGoesToTheThreadAgain)
{
    Database &db = *m_db;
    store::WalCheckpointer::Passes passes;
    {
        store::WalCheckpointer checkpointer(db, kPages);
        for (int c = 0; c < kCommits; ++c) {
            commitRows(db, c);
            ASSERT_TRUE(settle(checkpointer)); // every pass done before the next transaction
        }
        passes = checkpointer.passes();
    }
    EXPECT_GE(passes.background, 5);
    EXPECT_EQ(passes.writer, 0);
    EXPECT_LT(walBytes(), (kPages + 2 * (kRowsPerCommit + 3)) * (m_pageSize + 24)) << walBytes() << " bytes";
}

// The hook is the writer's only while the checkpointer lives: after it, the connection commits
// without one until its owner sets wal_autocheckpoint again.
TEST_F(WalCheckpointerOnFile, GivesTheCommitHookBack)
{
    Database &db = *m_db;
    {
        store::WalCheckpointer checkpointer(db, kPages);
        commitRows(db, 0);
    }
    commitRows(db, 1); // would call into the destroyed checkpointer if its hook were left
    ASSERT_TRUE(db.exec("PRAGMA wal_autocheckpoint = 1234"));
    EXPECT_EQ(*db.scalar("PRAGMA wal_autocheckpoint"), 1234);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM t"), 2 * kRowsPerCommit);
}

// Without a log on a file to copy (an in-memory library), SQLite's own hook checkpoints at the
// limit, as before.
TEST(WalCheckpointer, FallsBackToSqlitesOwnHookWithoutAFile)
{
    auto opened = Database::open(":memory:");
    ASSERT_TRUE(opened) << opened.error().detail;
    store::WalCheckpointer checkpointer(**opened, kPages);
    EXPECT_FALSE(checkpointer.inBackground());
    EXPECT_EQ(*(*opened)->scalar("PRAGMA wal_autocheckpoint"), kPages);
}
