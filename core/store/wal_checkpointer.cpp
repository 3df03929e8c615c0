#include "store/wal_checkpointer.h"

#include "store/statement.h"

#include <sqlite3.h>

#include <string>

namespace sillok::core::store {

namespace {

// A second connection to the writer's file, for the thread's passes; null when the file has no
// WAL to copy or cannot be opened again.
std::unique_ptr<Database> ownConnection(Database &writer)
{
    const std::string &path = writer.path();
    if (path.empty() || path == ":memory:" || path.starts_with("file:"))
        return nullptr;
    {
        Statement mode(writer, "PRAGMA journal_mode");
        if (!mode.next() || mode.text(0) != "wal")
            return nullptr;
    }
    auto own = Database::open(path, OpenMode::ReadWrite);
    return own ? std::move(*own) : nullptr;
}

} // namespace

WalCheckpointer::WalCheckpointer(Database &writer, int pages)
    : m_writer(writer), m_pages(pages), m_own(ownConnection(writer))
{
    if (!m_own) {
        (void)m_writer.exec("PRAGMA wal_autocheckpoint = " + std::to_string(pages) + ";");
        return;
    }
    sqlite3_wal_hook(m_writer.handle(), &WalCheckpointer::onCommit, this);
    m_thread = std::jthread([this](const std::stop_token &stop) { run(stop); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_own)
        return;
    m_thread.request_stop();
    m_wake.notify_all();
    m_thread.join();
    sqlite3_wal_hook(m_writer.handle(), nullptr, nullptr);
}

WalCheckpointer::Passes WalCheckpointer::passes() const
{
    const std::lock_guard lock(m_mutex);
    return m_passes;
}

bool WalCheckpointer::idle() const
{
    const std::lock_guard lock(m_mutex);
    return !m_requested && !m_running;
}

void WalCheckpointer::beforeEachPass(std::function<void()> f)
{
    const std::lock_guard lock(m_mutex);
    m_beforePass = std::move(f);
}

// The writer's commit hook: SQLite calls it after each commit, the write lock released, with the
// pages the WAL now holds. What it returns is the commit's result.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char * /*schema*/, int frames)
{
    auto &c = *static_cast<WalCheckpointer *>(self);
    const bool restarted = frames < c.m_lastFrames; // a new log: what a pass copied is gone
    c.m_lastFrames = frames;
    if (restarted) {
        const std::lock_guard lock(c.m_mutex);
        ++c.m_log;
        c.m_copied = false;
    }
    if (frames < c.m_pages)
        return SQLITE_OK;
    {
        std::unique_lock lock(c.m_mutex);
        if (c.m_running)
            return SQLITE_OK; // the log grows while the pass copies what it held
        if (!c.m_copied) {
            c.m_requested = true;
            lock.unlock();
            c.m_wake.notify_one();
            return SQLITE_OK;
        }
        c.m_copied = false;
        ++c.m_passes.writer;
    }
    // The pass copied the log as it was when it began; the rest is copied here, between two of
    // the writer's transactions, so that the next one starts the log again from its beginning. A
    // reader still on an older snapshot may keep a part uncopied: the next pass takes it.
    (void)sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void WalCheckpointer::run(const std::stop_token &stop)
{
    for (;;) {
        std::function<void()> before;
        int log = 0;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return m_requested; }))
                return; // stopped
            m_requested = false;
            m_running = true;
            before = m_beforePass;
            log = m_log;
        }
        if (before)
            before();
        int logged = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
        // A pass that failed (a full disk, another checkpoint under way) leaves the log whole: the
        // writer's next commit past `pages` asks again. One that ended after the log started
        // again copied a log that is gone.
        const std::lock_guard lock(m_mutex);
        m_running = false;
        m_copied = rc == SQLITE_OK && copied > 0 && log == m_log;
        ++m_passes.background;
    }
}

} // namespace sillok::core::store
