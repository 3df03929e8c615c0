// Database/Statement/Transaction: binding, stepping, errors with SQLite's message, rollback on
// scope exit.
#include "store/database.h"
#include "store/statement.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace sillok::core;

namespace {

std::unique_ptr<Database> memoryDb()
{
    auto db = Database::open(":memory:");
    EXPECT_TRUE(db) << db.error().detail;
    EXPECT_TRUE((*db)->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT UNIQUE)"));
    return std::move(*db);
}

} // namespace

TEST(Database, BindsStepsAndReadsColumns)
{
    auto db = memoryDb();
    Statement ins(*db, "INSERT INTO t (n, r, s) VALUES (?1, ?2, ?3)");
    ins.bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, std::string_view("한글 텍스트"));
    ASSERT_TRUE(ins.run());
    EXPECT_EQ(db->lastInsertId(), 1);
    ins.reset();
    ins.bind(1, 7).bindNull(2).bind(3, std::string_view());
    ASSERT_TRUE(ins.run());

    Statement sel(*db, "SELECT n, r, s FROM t ORDER BY id");
    auto row = sel.step();
    ASSERT_TRUE(row && *row);
    EXPECT_EQ(sel.int64(0), std::int64_t{1} << 40);
    EXPECT_DOUBLE_EQ(sel.real(1), 2.5);
    EXPECT_EQ(sel.text(2), "한글 텍스트");
    row = sel.step();
    ASSERT_TRUE(row && *row);
    EXPECT_TRUE(sel.isNull(1));
    EXPECT_FALSE(sel.isNull(2)); // an empty view is bound as '', not NULL
    EXPECT_EQ(sel.text(2), "");
    row = sel.step();
    ASSERT_TRUE(row);
    EXPECT_FALSE(*row);
}

TEST(Database, ErrorsCarrySqliteMessages)
{
    auto db = memoryDb();
    Statement bad(*db, "SELECT nope FROM t");
    EXPECT_FALSE(bad.isValid());
    auto row = bad.step();
    ASSERT_FALSE(row);
    EXPECT_EQ(row.error().code, ErrorCode::Database);
    EXPECT_NE(row.error().detail.find("no such column"), std::string::npos) << row.error().detail;

    Statement ins(*db, "INSERT INTO t (s) VALUES (?1)");
    ins.bind(1, "x");
    ASSERT_TRUE(ins.run());
    ins.reset();
    ins.bind(1, "x");
    auto dup = ins.run();
    ASSERT_FALSE(dup);
    EXPECT_NE(dup.error().detail.find("UNIQUE"), std::string::npos) << dup.error().detail;

    Statement bindOutOfRange(*db, "SELECT ?1");
    bindOutOfRange.bind(5, 1);
    EXPECT_FALSE(bindOutOfRange.step()); // a bind error surfaces at step()
    EXPECT_FALSE(db->exec("THIS IS NOT SQL"));
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    auto db = memoryDb();
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(db->exec("INSERT INTO t (s) VALUES ('gone')"));
        EXPECT_TRUE(db->inTransaction());
    }
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(*db->scalar("SELECT COUNT(*) FROM t"), 0);
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(db->exec("INSERT INTO t (s) VALUES ('kept')"));
        ASSERT_TRUE(tx.commit());
        EXPECT_FALSE(tx.commit()); // nothing open any more
    }
    EXPECT_EQ(*db->scalar("SELECT COUNT(*) FROM t"), 1);
}

TEST(Database, OpenReportsUnusableFiles)
{
    EXPECT_FALSE(Database::open("/nonexistent-folder-sillok/x.sqlite"));
    EXPECT_FALSE(Database::open("/nonexistent-folder-sillok/x.sqlite", OpenMode::ReadOnly));
}

namespace {

std::int64_t rows(Database &db)
{
    auto n = db.scalar("SELECT count(*) FROM t");
    EXPECT_TRUE(n);
    return n ? *n : -1;
}

} // namespace

// The import's savepoint per article: a released savepoint keeps its writes, one rolled back
// (explicitly or by leaving scope) undoes only its own, nested ones included, and the same
// prepared SAVEPOINT / RELEASE / ROLLBACK TO serve every article of the transaction.
TEST(Database, SavepointsRollBackAloneAndCanBeReusedAtEachDepth)
{
    auto db = memoryDb();
    Transaction tx(*db);
    ASSERT_TRUE(tx.begin());
    for (int i = 0; i < 50; ++i) {
        Savepoint sp(*db);
        ASSERT_TRUE(sp.begin());
        Statement ins(*db, "INSERT INTO t(n) VALUES (?1)");
        ASSERT_TRUE(ins.bind(1, i).run());
        {
            Savepoint inner(*db);
            ASSERT_TRUE(inner.begin());
            Statement more(*db, "INSERT INTO t(n) VALUES (?1)");
            ASSERT_TRUE(more.bind(1, 1000 + i).run());
            if (i % 2 == 0) {
                ASSERT_TRUE(inner.release());
            }
        } // odd i: rolled back here, the outer savepoint's row stays
        if (i % 5 == 4) {
            sp.rollback(); // both rows of this article go
        } else {
            ASSERT_TRUE(sp.release());
        }
    }
    ASSERT_TRUE(tx.commit());
    // 40 articles kept, and the inner row of the even ones among them (20).
    EXPECT_EQ(rows(*db), 40 + 20);
    auto rolledBack = db->scalar("SELECT count(*) FROM t WHERE n % 5 = 4 AND n < 1000");
    ASSERT_TRUE(rolledBack);
    EXPECT_EQ(*rolledBack, 0);
    EXPECT_FALSE(db->inTransaction());
}

TEST(Database, SavepointErrorsCarrySqliteMessages)
{
    auto db = memoryDb();
    Savepoint sp(*db);
    ASSERT_TRUE(sp.begin()); // outside a transaction a savepoint opens one
    EXPECT_TRUE(db->inTransaction());
    ASSERT_TRUE(sp.release());
    EXPECT_FALSE(db->inTransaction());
    EXPECT_FALSE(sp.release()); // not open any more
}

// SQLite keeps no allocation statistics in this process (they cost a global mutex per malloc):
// once a connection is open, sqlite3_memory_used() stays 0 however much SQLite allocates.
TEST(Database, SqliteCountsNoAllocations)
{
    auto db = memoryDb();
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(Statement(*db, "INSERT INTO t(n, s) VALUES (?1, ?2)")
                        .bind(1, i)
                        .bind(2, std::string(500, 'x') + std::to_string(i))
                        .run());
    EXPECT_EQ(sqlite3_memory_used(), 0);
}
