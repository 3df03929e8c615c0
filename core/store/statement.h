#pragma once
// Statement: one prepared SQLite statement (RAII, movable) — the only way the core runs SQL.
// Parameters are always bound, never concatenated: bind(index, value) with 1-based indexes, or
// bind(value) for the parameter after the last one bound (1 after construction or reset()).
// bind() calls chain; the first error (prepare, bind or step) is remembered: step()/run() return
// it, and next() returns false and leaves it in status(), so a function can run several steps
// and check once. Columns are 0-based and read only while a row is available.
//
//   Statement st(db, "SELECT id FROM article WHERE source_key = ?1");
//   st.bind(1, key);
//   while (auto row = st.step(); row && *row) { … st.int64(0) … }
//
//   Statement q(db, "SELECT id FROM entity WHERE uid = ? AND type = ?");
//   q.bind(uid).bind(type);
//   while (q.next()) { … }
//   if (!q.status()) return q.status();

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace sillok::core {

class Database;

class Statement {
public:
    // Prepares `sql` (one statement). A prepare error is returned by the first step()/run();
    // check isValid()/status() to see it earlier.
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr && m_status.has_value(); }
    Status status() const { return m_status; }
    // SQLite's counter `op` (SQLITE_STMTSTATUS_RUN, _REPREPARE, …) for this statement.
    int counter(int op) const;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value); // copied (SQLITE_TRANSIENT)
    Statement &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindNull(int index);
    Statement &bindBlob(int index, std::string_view bytes); // copied, stored as a BLOB

    // The next parameter (positional: 1, 2, … in call order since construction or reset()).
    Statement &bind(std::int64_t value) { return bind(m_nextIndex, value); }
    Statement &bind(int value) { return bind(m_nextIndex, static_cast<std::int64_t>(value)); }
    Statement &bind(double value) { return bind(m_nextIndex, value); }
    Statement &bind(std::string_view value) { return bind(m_nextIndex, value); }
    Statement &bind(const std::string &value) { return bind(m_nextIndex, std::string_view(value)); }
    Statement &bind(const char *value) { return bind(m_nextIndex, std::string_view(value)); }
    Statement &bindNull() { return bindNull(m_nextIndex); }
    Statement &bindIdOrNull(std::int64_t id) { return id > 0 ? bind(id) : bindNull(); } // NULL when id <= 0

    // true: a row is available; false: done. An error ends the statement.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE/DELETE).
    Status run();
    // true while a row is available; false when done or on an error (then kept in status()).
    bool next();
    // Ready to run again: resets, clears bindings and any remembered bind error.
    void reset();

    int columnCount() const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const; // "" for NULL
    std::string blob(int column) const; // the bytes of a BLOB (or of any value), "" for NULL
    bool isNull(int column) const;

private:
    Error error(std::string_view what) const;
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
    Status m_prepareStatus;
    int m_nextIndex = 1;
    bool m_done = false;
};

} // namespace sillok::core
