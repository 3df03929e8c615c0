// graphdb::Query, exec and Savepoint on top of the store's Database connection.

#include "store/database.h"
#include "store/library_graph_internal.h"

#include <sqlite3.h>

namespace sillok::core::graphdb {

struct Query::Impl {
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int nextIndex = 1;
    bool row = false;
    bool done = false;
    Status status;

    void error(const char *what)
    {
        if (status)
            status = fail(ErrorCode::Database, std::string(what) + ": " + sqlite3_errmsg(db));
    }
};

Query::Query(Database &db, std::string_view sql) : d(std::make_unique<Impl>())
{
    d->db = db.handle();
    if (sqlite3_prepare_v2(d->db, sql.data(), static_cast<int>(sql.size()), &d->stmt, nullptr) != SQLITE_OK) {
        d->error("prepare");
        d->stmt = nullptr;
    }
}

Query::~Query()
{
    sqlite3_finalize(d->stmt);
}

Query &Query::bind(std::int64_t value)
{
    if (d->stmt && sqlite3_bind_int64(d->stmt, d->nextIndex, value) != SQLITE_OK)
        d->error("bind");
    ++d->nextIndex;
    return *this;
}

Query &Query::bind(double value)
{
    if (d->stmt && sqlite3_bind_double(d->stmt, d->nextIndex, value) != SQLITE_OK)
        d->error("bind");
    ++d->nextIndex;
    return *this;
}

Query &Query::bind(std::string_view value)
{
    if (d->stmt && sqlite3_bind_text(d->stmt, d->nextIndex, value.data(), static_cast<int>(value.size()),
                                     SQLITE_TRANSIENT) != SQLITE_OK)
        d->error("bind");
    ++d->nextIndex;
    return *this;
}

Query &Query::bindNull()
{
    if (d->stmt && sqlite3_bind_null(d->stmt, d->nextIndex) != SQLITE_OK)
        d->error("bind");
    ++d->nextIndex;
    return *this;
}

Query &Query::bindIdOrNull(std::int64_t id)
{
    return id > 0 ? bind(id) : bindNull();
}

bool Query::next()
{
    if (!d->stmt || !d->status || d->done)
        return false;
    const int rc = sqlite3_step(d->stmt);
    if (rc == SQLITE_ROW)
        return d->row = true;
    d->row = false;
    d->done = true;
    if (rc != SQLITE_DONE)
        d->error("step");
    return false;
}

Status Query::run()
{
    while (next()) { }
    return d->status;
}

Status Query::status() const
{
    return d->status;
}

void Query::reset()
{
    if (d->stmt) {
        sqlite3_reset(d->stmt);
        sqlite3_clear_bindings(d->stmt);
    }
    d->nextIndex = 1;
    d->row = false;
    d->done = false;
}

std::int64_t Query::int64(int column) const
{
    return d->row ? sqlite3_column_int64(d->stmt, column) : 0;
}

double Query::real(int column) const
{
    return d->row ? sqlite3_column_double(d->stmt, column) : 0.0;
}

std::string Query::text(int column) const
{
    if (!d->row)
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(d->stmt, column))) : std::string();
}

bool Query::isNull(int column) const
{
    return !d->row || sqlite3_column_type(d->stmt, column) == SQLITE_NULL;
}

Status exec(Database &db, std::string_view sql)
{
    Query q(db, sql);
    return q.run();
}

Result<std::int64_t> lastInsertId(Database &db)
{
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db.handle()));
}

Savepoint::Savepoint(Database &db) : m_db(db) { }

Savepoint::~Savepoint()
{
    if (m_open) {
        (void)exec(m_db, "ROLLBACK TO graph_curation");
        (void)exec(m_db, "RELEASE graph_curation");
    }
}

Status Savepoint::begin()
{
    auto s = exec(m_db, "SAVEPOINT graph_curation");
    m_open = s.has_value();
    return s;
}

Status Savepoint::commit()
{
    auto s = exec(m_db, "RELEASE graph_curation");
    if (s)
        m_open = false;
    return s;
}

} // namespace sillok::core::graphdb
