#include "services/import_job.h"

#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QPointer>

namespace sillok::gui {

ImportJob::ImportJob(LibraryService *service, const QStringList &paths, QObject *parent)
    : QObject(parent), m_service(service), m_paths(paths),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

void ImportJob::start()
{
    m_running = true;
    std::vector<std::string> paths;
    for (const QString &p : m_paths)
        paths.push_back(toStd(p));
    auto cancel = m_cancel;
    LibraryService *service = m_service;
    QPointer<ImportJob> self(this);
    const std::atomic_bool *shutdown = service->shuttingDown();

    auto work = [paths, cancel, service, self, shutdown](core::Library &library) -> core::Result<core::ImportReport> {
        auto onProgress = [service, self, cancel, shutdown](int index, int total, const std::string &path,
                                                            const std::string &error) {
            if (*shutdown)
                cancel->store(true);
            service->postToGui(self.data(), [self, index, total, p = toQ(path), e = toQ(error)] {
                emit self->progress(index, total, p, e);
            });
        };
        return library.importPaths(paths, core::ImportOptions{}, onProgress, cancel.get());
    };
    auto done = [this](core::Result<core::ImportReport> result) {
        m_running = false;
        if (!result) {
            m_outcome.error = Display::error(result.error());
        } else {
            m_outcome.imported = result->imported;
            m_outcome.updated = result->updated;
            m_outcome.unchanged = result->unchanged;
            m_outcome.cancelled = result->cancelled;
            for (const auto &f : result->failed)
                m_outcome.failures << toQ(f.path) + QStringLiteral(": ") + toQ(f.error);
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
