#include "gui_test_support.h"

#include "services/import_job.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
        *error = QStringLiteral("nothing imported");
        for (const ImportFileFailure &f : job.outcome().failures)
            *error += u'\n' + f.path + QStringLiteral(": ") + f.message + QStringLiteral(" (") + f.detail + u')';
        return {};
    }
    return path;
}

QString smallDatabase(const QTemporaryDir &dir, QString *error)
{
    const QString path = QDir(dir.path()).filePath(QStringLiteral("small.sqlite"));
    auto library = openLibrary(path);
    if (!library) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    const core::ImportReport report = library->importPaths({SILLOK_TEST_DATA_DIR "/store/good"}, {});
    if (report.imported != 3) {
        *error = QStringLiteral("imported %1 of 3 files").arg(report.imported);
        return {};
    }
    return path;
}

std::unique_ptr<core::Library> openLibrary(const QString &path)
{
    auto library = core::Library::open(path.toStdString());
    return library ? std::move(*library) : nullptr;
}

int runTest(int argc, char **argv, const QString &applicationName,
            const std::function<std::unique_ptr<QObject>()> &makeTest)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SillokTest"));
    QApplication::setApplicationName(applicationName);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const std::unique_ptr<QObject> test = makeTest();
    return QTest::qExec(test.get(), argc, argv);
}

void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QInputMethodEvent compose(QString(c), {});
        QCoreApplication::sendEvent(widget, &compose);
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &commit);
    }
}

} // namespace sillok::gui::test
