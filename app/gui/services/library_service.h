#pragma once
// LibraryService: the GUI's only door to the core. Every core::Library call runs on a worker
// thread that owns its own Library (opened lazily on that thread, same database path); results
// come back as value snapshots on the GUI thread through queued calls. The GUI thread never
// waits on SQLite.
//
// Three lanes, each one thread and FIFO: Query (reads, annotations, curation: a request sees every
// write queued before it), Bulk (whole-library lists that take long in a large library — the
// entity list, the names for completion — so they never hold up a page or an article), and
// Import (long imports, so reads continue meanwhile; SQLite WAL).
// Ownership: one service per database, owned by the caller (no singleton). Destroying it cancels
// running imports, drops queued requests and joins the threads.

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace sillok::core {
class Library;
struct LibraryOptions;
}

namespace sillok::gui {

class LibraryWorker;

// The page cache of an import or re-extraction started from the GUI, in MB (core's default: 64).
// The views of a 100k library already hold some 170-220 MB, and with a 128 MB cache an import
// into it peaked at 360 MB RSS against the 300 MB bound (store/import_writer.h, WriterSettings);
// 48 MB left a re-extraction of a 100k library at 305-314 MB. With 32 MB a 100k import in the
// GUI took 173 s against 163 s (docs/performance.md, "The second stop of 2026-12-07").
inline constexpr int kGuiWriterCacheMb = 32;

class LibraryService : public QObject {
    Q_OBJECT
public:
    enum class Lane {
        Query,
        Import,
        Bulk
    };
    // What changed after a write; views refresh what concerns them.
    enum Change { Articles = 1, Entities = 2, Annotations = 4, Everything = 7 };

    explicit LibraryService(const QString &databasePath, QObject *parent = nullptr);
    // `options` (its extraction context: the installed dictionaries, see app/common/data_paths.h)
    // is used by both worker threads' Library; what it points to must outlive the service.
    LibraryService(const QString &databasePath, const core::LibraryOptions &options, QObject *parent = nullptr);
    ~LibraryService() override;

    QString databasePath() const { return m_path; }

    // Runs `work(core::Library &) -> Result<T>` on `lane`, then `done(Result<T>)` on the GUI
    // thread if `context` still exists then. When the database cannot be opened, `done`
    // receives that error. `work` must not touch widgets. Call on the GUI thread; `context`
    // must live there (it is watched from there: a context destroyed while `work` runs is
    // never dereferenced by the worker).
    template <class Work, class Done>
    void run(QObject *context, Work work, Done done, Lane lane = Lane::Query);

    // A query that may become stale (search as you type). cancel(ticket) drops it when it has
    // not started yet and stops its SQL when it runs (core::Library::interrupt, i.e.
    // sqlite3_interrupt on the Query lane's connection); `done` then receives ErrorCode::Cancelled.
    // Only the ticket's own work is ever interrupted.
    struct Ticket {
        std::atomic_bool cancelled{false};
    };
    template <class Work, class Done>
    void runCancellable(QObject *context, const std::shared_ptr<Ticket> &ticket, Work work, Done done);
    void cancel(const std::shared_ptr<Ticket> &ticket);

    // Queues `fn` to run on the GUI thread if `context` still exists when it runs. Safe from
    // any thread while the service lives. The guard must have been made on the GUI thread
    // (where the object lives): a worker copies it but never tests or rebuilds it, since an
    // object may be deleted between that test and its use. Hence no raw-pointer overload.
    void postToGui(const QPointer<QObject> &context, std::function<void()> fn);
    void postToGui(QObject *context, std::function<void()> fn) = delete;

    // Set by the destructor; long work (imports) should poll it.
    const std::atomic_bool *shuttingDown() const { return &m_shuttingDown; }

    // Tells every view that data changed (call on the GUI thread after a write landed).
    void notifyChanged(int changes) { emit changed(changes); }

    // Called with true when an import or a re-extraction begins on the Import lane and with false
    // when it ends, on that lane's thread. main() hands it the allocator's switch
    // (app/common/allocator.h: keepFreedMemoryForBulkWork), which the GUI library cannot link.
    // Set it before any import starts.
    void setBulkWorkHook(std::function<void(bool running)> hook) { m_bulkWorkHook = std::move(hook); }
    void bulkWorkRunning(bool running) const
    {
        if (m_bulkWorkHook)
            m_bulkWorkHook(running);
    }

signals:
    void changed(int changes);

private:
    using Task = std::function<void(core::Library *, const core::Error &)>;
    void post(Lane lane, Task task);
    // On the Query lane's thread, around a ticket's work.
    void beginTicket(Ticket *ticket, core::Library *library);
    void endTicket();
    static core::Error cancelledError();

    QString m_path;
    std::atomic_bool m_shuttingDown{false};
    std::function<void(bool)> m_bulkWorkHook;
    std::unique_ptr<LibraryWorker> m_query;
    std::unique_ptr<LibraryWorker> m_import;
    std::unique_ptr<LibraryWorker> m_bulk;
};

template <class Work, class Done>
void LibraryService::run(QObject *context, Work work, Done done, Lane lane)
{
    QPointer<QObject> guard(context); // made here, on the GUI thread; tested only there
    post(lane, [this, guard, work = std::move(work), done = std::move(done)](
                   core::Library *library, const core::Error &openError) mutable {
        using R = std::invoke_result_t<Work &, core::Library &>;
        auto result = std::make_shared<R>(library ? work(*library) : R(std::unexpected(openError)));
        postToGui(guard, [done = std::move(done), result]() mutable { done(std::move(*result)); });
    });
}

template <class Work, class Done>
void LibraryService::runCancellable(QObject *context, const std::shared_ptr<Ticket> &ticket, Work work, Done done)
{
    QPointer<QObject> guard(context);
    post(Lane::Query, [this, guard, ticket, work = std::move(work), done = std::move(done)](
                          core::Library *library, const core::Error &openError) mutable {
        using R = std::invoke_result_t<Work &, core::Library &>;
        std::shared_ptr<R> result;
        if (!library) {
            result = std::make_shared<R>(std::unexpected(openError));
        } else if (ticket->cancelled) {
            result = std::make_shared<R>(std::unexpected(cancelledError()));
        } else {
            beginTicket(ticket.get(), library);
            result = std::make_shared<R>(work(*library));
            endTicket();
            if (ticket->cancelled && !*result)
                *result = R(std::unexpected(cancelledError()));
        }
        postToGui(guard, [done = std::move(done), result]() mutable { done(std::move(*result)); });
    });
}

} // namespace sillok::gui
