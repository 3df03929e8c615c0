#pragma once
// Statement: one prepared SQLite statement (RAII, movable). Parameters are 1-based and always
// bound, never concatenated. bind() calls chain; a bind error is remembered and returned by
// the next step()/run(). Columns are 0-based and read only while step() returned true.
//
//   Statement st(db, "SELECT id FROM article WHERE source_key = ?1");
//   st.bind(1, key);
//   while (auto row = st.step(); row && *row) { … st.int64(0) … }

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

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value); // copied (SQLITE_TRANSIENT)
    Statement &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindNull(int index);

    // true: a row is available; false: done. An error ends the statement.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE/DELETE).
    Status run();
    // Ready to run again: resets, clears bindings and any remembered bind error.
    void reset();

    int columnCount() const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const; // "" for NULL
    bool isNull(int column) const;

private:
    Error error(std::string_view what) const;
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
    Status m_prepareStatus;
};

} // namespace sillok::core
