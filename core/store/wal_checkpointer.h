// WalCheckpointer: the WAL checkpoints of an import or a re-extraction, copied on a thread of their
// own. Private to core/store.
//
// A checkpoint copies the pages the WAL holds into the database file between two syncs of the
// files. Run by SQLite's own hook (wal_autocheckpoint), it ran on the writer after a commit, and
// the writer stood still for it: a 10,000-article import spent 0.57 s in the syncs alone, four of
// them 0.09-0.13 s, and the workers, their window full, stood still with it (a core idle).
//
// Here the writer's commit hook hands a WAL grown past `pages` to a thread with its own
// connection, which copies it (SQLITE_CHECKPOINT_PASSIVE: it never blocks the writer, who goes on
// appending). A log is used again from its start only once a checkpoint has copied all of it
// before the writer's next transaction begins, and a pass on another thread seldom catches a
// writer that commits every second: after a background pass the writer copies the rest itself,
// at its next commit past `pages` (one batch's pages, the bulk already synced), and the log
// starts again. When the pass did catch it (the writer waited for the workers), the log started
// again by itself, and the next time it is past `pages` the thread copies it again. The WAL stays
// near `pages` plus a batch or two.
//
// Without a WAL on a file (":memory:", a connection that cannot be opened again) it falls back to
// SQLite's own hook at `pages`.
#pragma once

#include "store/database.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace sillok::core::store {

class WalCheckpointer {
public:
    // Takes over `writer`'s commit hook until destroyed.
    WalCheckpointer(Database &writer, int pages);
    // Waits for a pass under way and leaves the connection without a commit hook: its owner sets
    // wal_autocheckpoint again (WriterSettings).
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Passes copied so far: on the thread, and the rests on the writer. For tests and benchmarks.
    struct Passes {
        int background = 0;
        int writer = 0;
    };
    Passes passes() const;
    // No pass asked for or copying (tests wait for it to follow each step).
    bool idle() const;
    // For tests: runs on the thread before each pass copies (a test holds a pass there to commit
    // a transaction begun before the copy and ended after it, as the writer's do).
    void beforeEachPass(std::function<void()> f);
    bool inBackground() const { return m_own != nullptr; }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void run(const std::stop_token &stop);

    Database &m_writer;
    const int m_pages;
    std::unique_ptr<Database> m_own; // the thread's connection; null when it falls back
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    bool m_requested = false; // the writer asked for a pass
    bool m_running = false;   // a pass is copying
    bool m_copied = false;    // a pass copied this log since the writer last copied the rest
    int m_log = 0;            // the log's generation: one more each time it starts again
    int m_lastFrames = 0;     // the pages the log held at the last commit (the writer's alone)
    Passes m_passes;
    std::function<void()> m_beforePass;
    std::jthread m_thread; // last: started once the rest is set, stopped and joined first
};

} // namespace sillok::core::store
