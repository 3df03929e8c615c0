#pragma once
// Database: one SQLite connection (RAII). Transaction: BEGIN IMMEDIATE … COMMIT, rolled back on
// scope exit unless committed. All SQL of the application runs in core/store through these
// wrappers and Statement (statement.h), with bound parameters only.
//
// Thread-safety: a Database is used from one thread at a time (open one per thread).
// Errors carry SQLite's message in Error::detail (ErrorCode::Database).

#include "common/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct fts5_api;

namespace sillok::core {

class Statement;

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
    // The reference stays valid until the Database is destroyed. Not re-entrant: do not use the
    // same SQL text again while an earlier use of it is still stepping.
    Statement &cached(std::string_view sql);
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

    // Error{Database, "<what>: <sqlite message>"} for the connection's last error.
    Error lastError(std::string_view what) const;

private:
    friend class Savepoint;
    Database(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_savepointDepth = 0;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cached;
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
