#pragma once
// Database: one SQLite connection (RAII). Transaction: BEGIN IMMEDIATE … COMMIT, rolled back on
// scope exit unless committed. All SQL of the application runs in core/store through these
// wrappers and Statement (statement.h), with bound parameters only.
//
// Thread-safety: a Database is used from one thread at a time (open one per thread).
// Errors carry SQLite's message in Error::detail (ErrorCode::Database).

#include "common/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace sillok::core {

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
    // The first column of the first row of `sql` as an integer (0 when no row).
    Result<std::int64_t> scalar(std::string_view sql);

    std::int64_t lastInsertId() const;
    int changes() const; // rows changed by the last INSERT/UPDATE/DELETE
    bool inTransaction() const;

    Result<int> userVersion();
    Status setUserVersion(int version);

    // Error{Database, "<what>: <sqlite message>"} for the connection's last error.
    Error lastError(std::string_view what) const;

private:
    Database(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
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

} // namespace sillok::core
