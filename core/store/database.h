#pragma once
// Database: one SQLite connection (RAII). Transaction: BEGIN IMMEDIATE … COMMIT, rolled back on
// scope exit unless committed. All SQL of the application runs in core/store through these
// wrappers and Statement (statement.h), with bound parameters only.
//
// Thread-safety: a Database is used from one thread at a time (open one per thread).
// Errors carry SQLite's message in Error::detail (ErrorCode::Database).

#include "common/result.h"
#include "common/string_hash.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct fts5_api;

namespace sillok::core {

class Statement;

// A Statement borrowed from Database::cached(); reset when the guard is destroyed.
class CachedStatement {
public:
    explicit CachedStatement(Statement &statement) : m_statement(&statement) {}
    ~CachedStatement();
    CachedStatement(CachedStatement &&other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    CachedStatement &operator=(CachedStatement &&) = delete;

    Statement &operator*() const { return *m_statement; }
    Statement *operator->() const { return m_statement; }

private:
    Statement *m_statement;
};

enum class OpenMode {
    ReadWriteCreate, // create the file when missing
    ReadWrite,
    ReadOnly,
};

class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `path` (":memory:" works) with extended result codes, foreign_keys=ON,
    // busy_timeout (ms), and journal_mode=WAL + synchronous=NORMAL when writable.
    static Result<std::unique_ptr<Database>> open(const std::string &path, OpenMode mode = OpenMode::ReadWriteCreate,
                                                  int busyTimeoutMs = 5000);

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

    // Runs one or more statements without parameters (schema, pragmas).
    Status exec(std::string_view sql);

    // A prepared statement kept for the life of the connection, reset and with no bindings:
    // the hot paths (import, merge) prepare each SQL text once instead of once per article.
    // The guard resets it again when it goes out of scope, so an unfinished SELECT never keeps
    // a read transaction open (which would stop WAL checkpoints). Not re-entrant: do not use the
    // same SQL text again while an earlier guard of it is alive.
    CachedStatement cached(std::string_view sql);
    // The SQL texts cached() has prepared so far (tests check their query plans).
    std::vector<std::string> cachedSql() const;
    // How often each cached statement ran and how often SQLite prepared it again. A bound
    // value that a partial index's WHERE is compared with (`type = ?` against an index `WHERE
    // type = 'meeting'`) makes SQLite prepare the statement again at every new binding; tests
    // check that no hot statement does.
    struct CachedUse {
        std::string sql;
        int runs = 0;
        int reprepares = 0;
    };
    std::vector<CachedUse> cachedUse() const;
    // Resets every cached statement. A SELECT left with rows unread keeps a read transaction
    // open, and an open read transaction on the writer's own connection stops WAL checkpoints
    // from ever restarting the log: Transaction::commit() calls this first.
    void resetCached();
    // The first column of the first row of `sql` as an integer (0 when no row).
    Result<std::int64_t> scalar(std::string_view sql);

    std::int64_t lastInsertId() const;
    int changes() const; // rows changed by the last INSERT/UPDATE/DELETE
    bool inTransaction() const;

    // The connection's FTS5 API (`SELECT fts5(?1)` with a bound pointer), to register tokenizers;
    // an error when this SQLite has no FTS5.
    Result<fts5_api *> fts5Api();

    Result<int> userVersion();
    Status setUserVersion(int version);

    // While set, a new article row is not indexed by the FTS5 insert trigger: its writer indexes it
    // itself, all of a batch at once (the SQL function sillok_fts_sync() that the trigger's WHEN
    // asks is false). FTS5 writes its pending terms to a new segment at every savepoint and every
    // statement that opens a statement journal, so terms inserted by a trigger inside each
    // article's savepoint made one segment per article, and merging those grew with the index.
    void setSearchIndexDeferred(bool deferred) { m_searchDeferred = deferred; }
    bool searchIndexDeferred() const { return m_searchDeferred; }

    // Error{Database, "<what>: <sqlite message>"} for the connection's last error.
    Error lastError(std::string_view what) const;

private:
    friend class Savepoint;
    Database(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_savepointDepth = 0;
    bool m_searchDeferred = false;
    std::unordered_map<std::string, std::unique_ptr<Statement>, StringHash, std::equal_to<>> m_cached;
};

// RAII transaction. Usage: Transaction tx(db); if (auto s = tx.begin(); !s) …; …; tx.commit().
// Destroyed without a successful commit() → ROLLBACK. Not nestable (use SAVEPOINTs inside).
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin(); // BEGIN IMMEDIATE: takes the write lock now (waits busy_timeout)
    Status commit();
    void rollback(); // explicit early rollback; harmless when not open

private:
    Database &m_db;
    bool m_open = false;
};

// RAII savepoint, nestable inside a Transaction or another Savepoint (each gets its own name).
// Destroyed without a successful release() → ROLLBACK TO it, then RELEASE: everything written
// since begin() is undone and the enclosing transaction goes on.
class Savepoint {
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    Status begin();
    Status release(); // keeps the writes (they commit with the enclosing transaction)
    void rollback();  // explicit early rollback; harmless when not open

private:
    Database &m_db;
    std::string m_name;
    bool m_open = false;
};

} // namespace sillok::core
