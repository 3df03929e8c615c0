#include "services/import_job.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QPointer>

#include <optional>
#include <system_error>
#include <thread>

namespace sillok::gui {

ImportJob::ImportJob(LibraryService *service, const QStringList &paths, QObject *parent, Mode mode)
    : QObject(parent), m_service(service), m_paths(paths), m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_mode(mode)
{
}

void ImportJob::start()
{
    m_running = true;
    std::vector<std::string> paths;
    for (const QString &p : m_paths)
        paths.push_back(toStd(p));
    auto cancel = m_cancel;
    LibraryService *service = m_service; // outlives the worker: its destructor joins the lanes
    const QPointer<QObject> self(this);  // made on the GUI thread; the worker only copies it
    ImportJob *job = this;               // used only in the GUI-thread call, once `self` is found alive
    const std::atomic_bool *shutdown = service->shuttingDown();

    const Mode mode = m_mode;
    auto work = [paths, cancel, service, self, job, shutdown,
                 mode](core::Library &library) -> core::Result<core::ImportReport> {
        auto onProgress = [service, self, job, cancel, shutdown](int index, int total, const std::string &path,
                                                            const core::ImportFailure *failure) {
            if (*shutdown)
                cancel->store(true);
            const core::ErrorCode code = failure ? failure->code : core::ErrorCode::Io;
            const std::string detail = failure ? failure->error : std::string();
            service->postToGui(self, [job, index, total, failed = failure != nullptr, code, p = toQ(path),
                                      d = toQ(detail)] {
                emit job->progress(index, total, p, failed ? Display::errorMessage(code) : QString(), d);
            });
        };
        // On a thread of its own that ends with the work: the memory it keeps freed for the
        // import's speed (LibraryService::setBulkWorkHook) goes back to the system when it ends,
        // where the lane's thread, idle afterwards, would keep it (~60 MB after 20k articles).
        service->bulkWorkRunning(true);
        std::optional<core::Result<core::ImportReport>> result;
        const auto run = [&] {
            result = mode == Mode::Reextract
                         ? library.reextractAll(onProgress, cancel.get())
                         : library.importPaths(paths, core::ImportOptions{}, onProgress, cancel.get());
        };
        std::thread worker;
        try {
            worker = std::thread(run);
        } catch (const std::system_error &) {
            run(); // no thread to be had: this one works, and keeps what it kept until its next work
        }
        if (worker.joinable())
            worker.join();
        service->bulkWorkRunning(false);
        return std::move(*result);
    };
    auto done = [this](core::Result<core::ImportReport> result) {
        m_running = false;
        if (!result) {
            m_outcome.error = Display::error(result.error());
            m_outcome.errorDetail = Display::errorDetail(result.error());
        } else {
            m_outcome.imported = result->imported;
            m_outcome.updated = result->updated;
            m_outcome.unchanged = result->unchanged;
            m_outcome.cancelled = result->cancelled;
            m_outcome.notImported = result->notImported;
            for (const auto &f : result->failed)
                m_outcome.failures.append({toQ(f.path), Display::errorMessage(f.code), Display::errorDetail(f)});
            if (result->libraryError) {
                m_outcome.libraryError = true;
                m_outcome.error = Display::error(*result->libraryError);
                m_outcome.errorDetail = Display::errorDetail(*result->libraryError);
            }
        }
        m_service->notifyChanged(LibraryService::Everything);
        emit finished();
    };
    service->run(this, std::move(work), std::move(done), LibraryService::Lane::Import);
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace sillok::gui
