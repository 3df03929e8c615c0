#include "store/database.h"

#include "search/term_check.h"
#include "store/statement.h"
#include "text/text_pack.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace sillok::core {

Database::Database(sqlite3 *db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    m_cached.clear(); // finalize the statements before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

namespace {

// The bytes of a value: a blob's, or a text's in UTF-8 ("" for NULL).
std::string_view bytesOf(sqlite3_value *v)
{
    const void *p = sqlite3_value_type(v) == SQLITE_BLOB ? sqlite3_value_blob(v) : sqlite3_value_text(v);
    return p ? std::string_view(static_cast<const char *>(p), static_cast<std::size_t>(sqlite3_value_bytes(v)))
             : std::string_view();
}

// The text of an article body as stored: a packed blob unpacked into `buffer`, a text (a library
// written before migration 9) as it is.
Result<std::string_view> bodyText(sqlite3_value *v, std::string &buffer)
{
    if (sqlite3_value_type(v) != SQLITE_BLOB)
        return bytesOf(v);
    auto text = unpackText(bytesOf(v));
    if (!text)
        return std::unexpected(text.error());
    buffer = std::move(*text);
    return std::string_view(buffer);
}

// The store's SQL functions, on every connection: sillok_fts_sync, sillok_text, sillok_holds and
// sillok_pack.
void registerFunctions(sqlite3 *raw, Database *owner)
{
    // sillok_fts_sync(): 1 unless this connection's writer indexes new articles itself (see
    // setSearchIndexDeferred). Not deterministic: it must be asked at every row.
    sqlite3_create_function_v2(
        raw, "sillok_fts_sync", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, owner,
        [](sqlite3_context *context, int, sqlite3_value **) {
            const auto *self = static_cast<const Database *>(sqlite3_user_data(context));
            sqlite3_result_int(context, self->searchIndexDeferred() ? 0 : 1);
        },
        nullptr, nullptr, nullptr);
    // sillok_text(x): an article's text as stored (text/text_pack.h) unpacked; a TEXT value as it
    // is (a library written before migration 9, until it migrates), NULL as NULL. A blob that does
    // not unpack is an error of the statement, never garbage text.
    sqlite3_create_function_v2(
        raw, "sillok_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        [](sqlite3_context *context, int, sqlite3_value **argv) {
            if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
                sqlite3_result_value(context, argv[0]);
                return;
            }
            std::string buffer;
            auto text = bodyText(argv[0], buffer);
            if (!text) {
                sqlite3_result_error(context, text.error().detail.c_str(), -1);
                return;
            }
            sqlite3_result_text64(context, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        },
        nullptr, nullptr, nullptr);
    // sillok_holds(title, body, check): whether a story that only the bigram index found holds
    // every term of the query (search/term_check.h); the body as stored (packed) or as text.
    sqlite3_create_function_v2(
        raw, "sillok_holds", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        [](sqlite3_context *context, int, sqlite3_value **argv) {
            std::string buffer;
            auto body = bodyText(argv[1], buffer);
            if (!body) {
                sqlite3_result_error(context, body.error().detail.c_str(), -1);
                return;
            }
            sqlite3_result_int(context, holdsEveryTerm(bytesOf(argv[0]), *body, bytesOf(argv[2])) ? 1 : 0);
        },
        nullptr, nullptr, nullptr);
    // sillok_pack(x): the stored form of a text (migration 9 packs the texts it finds).
    sqlite3_create_function_v2(
        raw, "sillok_pack", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        [](sqlite3_context *context, int, sqlite3_value **argv) {
            sqlite3_value *v = argv[0];
            if (sqlite3_value_type(v) != SQLITE_TEXT) {
                sqlite3_result_value(context, v);
                return;
            }
            auto packed = packText(bytesOf(v));
            if (!packed) {
                sqlite3_result_error(context, packed.error().detail.c_str(), -1);
                return;
            }
            sqlite3_result_blob64(context, packed->data(), packed->size(), SQLITE_TRANSIENT);
        },
        nullptr, nullptr, nullptr);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string &path, OpenMode mode, int busyTimeoutMs)
{
    // No allocation statistics: SQLite counts every allocation under one process-wide mutex
    // (MEMSTATUS is on by default, and Debian's build has no lookaside, so every small allocation
    // is a malloc). Nothing here reads sqlite3_memory_used() or sets a soft heap limit. It can be
    // set only before SQLite initializes, once per process; later it fails harmlessly.
    [[maybe_unused]] static const bool memstatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        if (raw)
            sqlite3_close_v2(raw);
        return fail(ErrorCode::Database, "cannot open database: " + message, path);
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    sqlite3_extended_result_codes(raw, 1);
    registerFunctions(raw, db.get());
    sqlite3_busy_timeout(raw, busyTimeoutMs);
    // Statement journals in memory: the import's savepoint per article wrote every page it
    // changed to a temporary file first (2,000 articles: 420,000 of the 484,000 writes).
    if (auto s = db->exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"); !s)
        return std::unexpected(s.error());
    if (mode != OpenMode::ReadOnly) {
        // Also the first read of the file: a file that is not a database fails here. Switching a new
        // file to WAL takes an exclusive lock and SQLite answers SQLITE_BUSY at once, without the busy
        // handler, while another connection (the GUI has one per worker) is reading it: retry.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busyTimeoutMs);
        // A new library gets 8 KB pages (an existing one keeps its size; the pragma changes
        // nothing once the file has a page): an article row of about 1.5 KB left a quarter of
        // each 4 KB leaf of `article` unused.
        for (;;) {
            auto s = db->exec("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            if (s)
                break;
            if ((sqlite3_errcode(raw) & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) {
                Error e = s.error();
                e.path = path;
                return std::unexpected(e);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    return db;
}

Status Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string detail = message ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        Error e{ErrorCode::Database, std::move(detail), {}};
        e.sqliteCode = sqlite3_extended_errcode(m_db);
        return std::unexpected(e);
    }
    return {};
}

CachedStatement::~CachedStatement()
{
    if (m_statement)
        m_statement->reset();
}

CachedStatement Database::cached(std::string_view sql)
{
    auto it = m_cached.find(sql);
    if (it == m_cached.end())
        it = m_cached.emplace(std::string(sql), std::make_unique<Statement>(*this, sql)).first;
    it->second->reset();
    return CachedStatement(*it->second);
}

void Database::resetCached()
{
    for (auto &entry : m_cached)
        entry.second->reset();
}

std::vector<std::string> Database::cachedSql() const
{
    std::vector<std::string> out;
    out.reserve(m_cached.size());
    for (const auto &entry : m_cached)
        out.push_back(entry.first);
    return out;
}

std::vector<Database::CachedUse> Database::cachedUse() const
{
    std::vector<CachedUse> out;
    out.reserve(m_cached.size());
    for (const auto &[sql, statement] : m_cached)
        out.push_back(
            {sql, statement->counter(SQLITE_STMTSTATUS_RUN), statement->counter(SQLITE_STMTSTATUS_REPREPARE)});
    return out;
}

Result<std::int64_t> Database::scalar(std::string_view sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK)
        return std::unexpected(lastError("prepare"));
    std::int64_t value = 0;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        Error e = lastError("step");
        sqlite3_finalize(st);
        return std::unexpected(e);
    }
    sqlite3_finalize(st);
    return value;
}

std::int64_t Database::lastInsertId() const
{
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db));
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<fts5_api *> Database::fts5Api()
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return std::unexpected(lastError("FTS5 is not available in this SQLite build"));
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW || api == nullptr)
        return fail(ErrorCode::Database, "FTS5 is not available in this SQLite build");
    return api;
}

Result<int> Database::userVersion()
{
    auto v = scalar("PRAGMA user_version");
    if (!v)
        return std::unexpected(v.error());
    return static_cast<int>(*v);
}

Status Database::setUserVersion(int version)
{
    return exec("PRAGMA user_version = " + std::to_string(version));
}

Error Database::lastError(std::string_view what) const
{
    Error e{ErrorCode::Database, std::string(what) + ": " + sqlite3_errmsg(m_db), {}};
    e.sqliteCode = sqlite3_extended_errcode(m_db);
    return e;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (m_open)
        return fail(ErrorCode::InvalidArgument, "transaction already open");
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::InvalidArgument, "no open transaction");
    m_db.resetCached();
    if (auto s = m_db.exec("COMMIT"); !s)
        return s; // still open: the destructor rolls back
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.resetCached();
    if (m_db.inTransaction())
        (void)m_db.exec("ROLLBACK");
}

Savepoint::Savepoint(Database &db) : m_db(db) {}

Savepoint::~Savepoint()
{
    rollback();
}

Status Savepoint::begin()
{
    if (m_open)
        return fail(ErrorCode::InvalidArgument, "savepoint already open");
    m_name = "sp" + std::to_string(++m_db.m_savepointDepth);
    // Prepared once per depth (cached()): the import opens a savepoint per article.
    if (auto s = m_db.cached("SAVEPOINT " + m_name)->run(); !s) {
        --m_db.m_savepointDepth;
        return s;
    }
    m_open = true;
    return {};
}

Status Savepoint::release()
{
    if (!m_open)
        return fail(ErrorCode::InvalidArgument, "no open savepoint");
    if (auto s = m_db.cached("RELEASE " + m_name)->run(); !s)
        return s; // still open: the destructor rolls back
    m_open = false;
    --m_db.m_savepointDepth;
    return {};
}

void Savepoint::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_db.m_savepointDepth;
    // After an I/O error SQLite may already have rolled the whole transaction back; then there is
    // no savepoint left and these fail harmlessly.
    if (m_db.inTransaction()) {
        (void)m_db.cached("ROLLBACK TO " + m_name)->run();
        (void)m_db.cached("RELEASE " + m_name)->run();
    }
}

} // namespace sillok::core
