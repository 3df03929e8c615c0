#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

#include <utility>

namespace sillok::core {

Statement::Statement(Database &db, std::string_view sql) : m_db(&db)
{
    if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareStatus = std::unexpected(error("prepare"));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else if (!m_stmt) {
        m_prepareStatus = fail(ErrorCode::Database, "prepare: empty statement");
    }
    m_status = m_prepareStatus;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_status(std::move(other.m_status)),
      m_prepareStatus(std::move(other.m_prepareStatus)), m_nextIndex(other.m_nextIndex), m_done(other.m_done)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
        m_prepareStatus = std::move(other.m_prepareStatus);
        m_nextIndex = other.m_nextIndex;
        m_done = other.m_done;
    }
    return *this;
}

Error Statement::error(std::string_view what) const
{
    return m_db->lastError(what);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    m_nextIndex = index + 1;
    if (m_stmt && m_status && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_status = std::unexpected(error("bind"));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_nextIndex = index + 1;
    if (m_stmt && m_status && sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_status = std::unexpected(error("bind"));
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    m_nextIndex = index + 1;
    // A zero-length view may have a null data(): bind "" rather than NULL.
    const char *data = value.data() ? value.data() : "";
    if (m_stmt && m_status
        && sqlite3_bind_text64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        m_status = std::unexpected(error("bind"));
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    m_nextIndex = index + 1;
    const char *data = bytes.data() ? bytes.data() : "";
    if (m_stmt && m_status && sqlite3_bind_blob64(m_stmt, index, data, bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK)
        m_status = std::unexpected(error("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_nextIndex = index + 1;
    if (m_stmt && m_status && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_status = std::unexpected(error("bind"));
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_status)
        return std::unexpected(m_status.error());
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error("step");
    e.sqliteCode = rc;
    sqlite3_reset(m_stmt);
    m_status = std::unexpected(e);
    return std::unexpected(e);
}

bool Statement::next()
{
    auto row = step();
    return row && *row;
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

int Statement::counter(int op) const
{
    return m_stmt ? sqlite3_stmt_status(m_stmt, op, 0) : 0;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_status = m_prepareStatus;
    m_nextIndex = 1;
    m_done = false;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

std::int64_t Statement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

std::string Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string Statement::blob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace sillok::core
