#include "services/library_service.h"

#include "store/library.h"

#include <QThread>

#include <mutex>

namespace sillok::gui {

// Lives on its own thread; owns the Library used there. Tasks arrive as queued calls (FIFO).
class LibraryWorker : public QObject {
public:
    LibraryWorker(const QString &path, const core::LibraryOptions &options, const char *name)
        : m_path(path.toStdString()), m_options(options)
    {
        m_thread.setObjectName(QString::fromLatin1(name));
        moveToThread(&m_thread);
        m_thread.start();
    }
    ~LibraryWorker() override
    {
        m_thread.quit();
        m_thread.wait();
        // The thread has finished: closing the Library here is still "one thread at a time".
        m_library.reset();
    }

    // The ticket whose work runs now on this thread (see LibraryService::runCancellable).
    void begin(LibraryService::Ticket *ticket, core::Library *library)
    {
        const std::lock_guard lock(m_ticketMutex);
        m_ticket = ticket;
        m_ticketLibrary = library;
        library->clearInterrupt();
        if (ticket->cancelled) // cancelled between the caller's test and now: stop at once
            library->interrupt();
    }
    void end()
    {
        const std::lock_guard lock(m_ticketMutex);
        if (m_ticketLibrary != nullptr)
            m_ticketLibrary->clearInterrupt(); // the next request runs normally
        m_ticket = nullptr;
        m_ticketLibrary = nullptr;
    }
    // From the GUI thread: interrupts the SQL of `ticket`'s work if it is the one running. Under
    // the lock, so the work cannot end (and the next one begin) between the test and the call.
    void interrupt(LibraryService::Ticket *ticket)
    {
        const std::lock_guard lock(m_ticketMutex);
        if (m_ticket == ticket && m_ticketLibrary != nullptr)
            m_ticketLibrary->interrupt();
    }

    void submit(std::function<void(core::Library *, const core::Error &)> task)
    {
        QMetaObject::invokeMethod(this, [this, task = std::move(task)] {
            if (!m_tried)
                open();
            task(m_library.get(), m_error);
        }, Qt::QueuedConnection);
    }

private:
    void open()
    {
        m_tried = true;
        auto opened = core::Library::open(m_path, m_options);
        if (opened) {
            m_library = std::move(*opened);
        } else {
            m_error = opened.error();
        }
    }

    std::string m_path;
    core::LibraryOptions m_options;
    QThread m_thread;
    std::unique_ptr<core::Library> m_library;
    core::Error m_error;
    bool m_tried = false;
    std::mutex m_ticketMutex;
    LibraryService::Ticket *m_ticket = nullptr;
    core::Library *m_ticketLibrary = nullptr;
};

LibraryService::LibraryService(const QString &databasePath, QObject *parent)
    : LibraryService(databasePath, core::LibraryOptions{}, parent)
{}

LibraryService::LibraryService(const QString &databasePath, const core::LibraryOptions &options, QObject *parent)
    : QObject(parent), m_path(databasePath),
      m_query(std::make_unique<LibraryWorker>(databasePath, options, "sillok-query")),
      m_import(std::make_unique<LibraryWorker>(databasePath, options, "sillok-import")),
      m_bulk(std::make_unique<LibraryWorker>(databasePath, options, "sillok-bulk"))
{
}

LibraryService::~LibraryService()
{
    m_shuttingDown = true;
    m_import.reset();
    m_bulk.reset();
    m_query.reset();
}

void LibraryService::post(Lane lane, Task task)
{
    (lane == Lane::Import ? m_import : lane == Lane::Bulk ? m_bulk : m_query)->submit(std::move(task));
}

void LibraryService::beginTicket(Ticket *ticket, core::Library *library)
{
    m_query->begin(ticket, library);
}

void LibraryService::endTicket()
{
    m_query->end();
}

void LibraryService::cancel(const std::shared_ptr<Ticket> &ticket)
{
    if (!ticket)
        return;
    ticket->cancelled = true;
    m_query->interrupt(ticket.get());
}

core::Error LibraryService::cancelledError()
{
    return core::Error{core::ErrorCode::Cancelled, "cancelled: a newer query replaced it", {}, 0};
}

void LibraryService::postToGui(const QPointer<QObject> &context, std::function<void()> fn)
{
    // Copying a QPointer is thread-safe (an atomic reference count); testing it is not, unless
    // on the thread where the object is deleted. The test runs in the queued call, on the GUI
    // thread, where this service lives.
    QMetaObject::invokeMethod(this, [guard = context, fn = std::move(fn)] {
        if (guard)
            fn();
    }, Qt::QueuedConnection);
}

} // namespace sillok::gui
