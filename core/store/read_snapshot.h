#pragma once
// ReadSnapshot: one read transaction around a read made of many statements (private to
// core/store). Not part of the public API.

#include "store/database.h"

namespace sillok::core {

// Opens a read transaction (BEGIN, deferred) when the connection has none, and ends it (COMMIT:
// nothing was written) when destroyed; inside another transaction it does nothing. The
// statements in between see one snapshot, and no longer each take and drop the WAL read lock
// (thousands of look-ups cost as many lock round trips, a system call each, otherwise).
// Declare it before the statements it covers, so they are reset before it ends.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db)
    {
        if (!m_db.inTransaction())
            m_open = static_cast<bool>(m_db.exec("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.exec("COMMIT");
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace sillok::core
