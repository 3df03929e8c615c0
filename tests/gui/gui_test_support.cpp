#include "gui_test_support.h"

#include "services/import_job.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QDir>
#include <QSignalSpy>

namespace sillok::gui::test {

QString importedDatabase(const QTemporaryDir &dir, QString *error)
{
    const QString path = QDir(dir.path()).filePath(QStringLiteral("test.sqlite"));
    LibraryService service(path);
    ImportJob job(&service, {QString::fromUtf8(SILLOK_SAMPLE_CORPUS_DIR)});
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    if (!finished.wait(240000)) {
        *error = QStringLiteral("import timed out");
        return {};
    }
    if (!job.outcome().error.isEmpty()) {
        *error = job.outcome().error;
        return {};
    }
    if (job.outcome().imported == 0) {
        *error = QStringLiteral("nothing imported: ") + job.outcome().failures.join(u'\n');
        return {};
    }
    return path;
}

std::unique_ptr<core::Library> openLibrary(const QString &path)
{
    auto library = core::Library::open(path.toStdString());
    return library ? std::move(*library) : nullptr;
}

bool isUnsupported(const core::Error &error)
{
    return error.code == core::ErrorCode::Unsupported;
}

} // namespace sillok::gui::test
