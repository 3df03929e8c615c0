// LibraryService and what rides on it: a callback whose context is deleted while its work runs
// (or before its result is delivered) is not called, and nothing reads the dead object; an
// ImportJob deleted mid-import gets no more signals; an undo command whose write fails leaves
// the undo stack as the database is and tells the user why, in words from the error code; the
// import dialog lists failures in translated words with the core's detail on demand.

#include "gui_test_support.h"

#include "services/display.h"
#include "services/import_job.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/import_dialog.h"
#include "widgets/undo_commands.h"

#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTranslator>
#include <QUndoStack>

#include <atomic>

using namespace sillok;
using namespace sillok::gui;

namespace {

constexpr int kWait = 20000;

// Waits until every request queued on `lane` before this call has been delivered (or dropped):
// lanes are FIFO, and so are the queued calls back to the GUI thread.
bool drain(LibraryService &service, LibraryService::Lane lane = LibraryService::Lane::Query, int timeout = kWait)
{
    QObject context;
    bool done = false;
    service.run(&context, [](core::Library &) -> core::Status { return {}; }, [&done](core::Status) { done = true; },
                lane);
    return QTest::qWaitFor([&done] { return done; }, timeout);
}

// What an ErrorReporter received.
struct Reports {
    QStringList messages;
    QStringList details;
    ErrorReporter reporter()
    {
        return [this](const QString &message, const QString &detail) {
            messages << message;
            details << detail;
        };
    }
};

core::AnnotationRecord annotationOn(std::int64_t articleId)
{
    core::AnnotationRecord a;
    a.articleId = articleId;
    a.start = 0;
    a.end = 4;
    a.color = "green";
    return a;
}

} // namespace

class ServiceTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = test::smallDatabase(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        m_library = test::openLibrary(m_path);
        QVERIFY(m_library);
        auto articles = m_library->articles();
        QVERIFY(articles && !articles->empty());
        m_articleId = articles->front().id;
    }

    // Deleted while the work runs: the callback never runs.
    void callbackSkippedWhenContextDiesDuringWork()
    {
        LibraryService service(m_path);
        auto *context = new QObject;
        std::atomic_bool started{false}, release{false};
        bool called = false;
        service.run(context, [&](core::Library &) -> core::Status {
            started = true;
            while (!release)
                QThread::msleep(1);
            return {};
        }, [&called](core::Status) { called = true; });
        QVERIFY(QTest::qWaitFor([&] { return started.load(); }, kWait));
        delete context;
        release = true;
        QVERIFY(drain(service));
        QVERIFY(!called);
    }

    // Deleted after the work finished but before the GUI thread ran the result: not called.
    void callbackSkippedWhenContextDiesBeforeDelivery()
    {
        LibraryService service(m_path);
        auto *context = new QObject;
        std::atomic_bool finished{false};
        bool called = false;
        service.run(context, [&finished](core::Library &) -> core::Status {
            finished = true;
            return {};
        }, [&called](core::Status) { called = true; });
        while (!finished) // no event processing: the result stays queued
            QThread::msleep(1);
        QThread::msleep(20);
        delete context;
        QVERIFY(drain(service));
        QVERIFY(!called);
    }

    // Contexts deleted on the GUI thread while the worker finishes their work, many times over:
    // the worker must never build a guard from (or test) a pointer that may be dead. Under
    // AddressSanitizer the old code (a QPointer rebuilt from guard.data() on the worker) reports
    // a heap-use-after-free here; the assertions hold either way.
    void contextsDeletedWhileResultsArrive()
    {
        LibraryService service(m_path);
        int called = 0;
        for (int i = 0; i < 2000; ++i) {
            auto *context = new QObject;
            service.run(context, [](core::Library &) -> core::Status { return {}; }, [&called](core::Status) { ++called; });
            if (i % 2)
                QThread::yieldCurrentThread();
            delete context;
        }
        QVERIFY(drain(service));
        QCOMPARE(called, 0);
    }

    // An import job deleted after its first progress signal: no more signals, no crash. The
    // test thread sees the signals a batch of events at a time, so on a loaded machine (CI, two
    // cores, two tests at once) the whole import could end before it saw the first progress:
    // then the job was not deleted mid-import, and a new import into a new library tries again.
    void importJobDeletedMidImport()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            LibraryService service(QDir(m_dir.path()).filePath(QStringLiteral("deleted-job-%1.sqlite").arg(attempt)));
            auto *job = new ImportJob(&service, {QString::fromUtf8(SILLOK_SAMPLE_CORPUS_DIR)});
            int progress = 0, finished = 0;
            connect(job, &ImportJob::progress, this, [&progress] { ++progress; });
            connect(job, &ImportJob::finished, this, [&finished] { ++finished; });
            job->start();
            QVERIFY(QTest::qWaitFor([&progress] { return progress > 0; }, kWait));
            const bool ended = finished > 0;
            delete job;
            const int seen = progress;
            // The import runs to its end (slow under valgrind).
            QVERIFY(drain(service, LibraryService::Lane::Import, 240000));
            if (ended)
                continue;
            QCOMPARE(progress, seen);
            QCOMPARE(finished, 0);
            return;
        }
        QFAIL("each import ended before the test saw its first progress");
    }

    // The bulk-work hook (main() gives it the allocator's switch) brackets an import and a
    // re-extraction: true before the first article, false after the last, on the Import lane's
    // thread, never on the GUI thread.
    void bulkWorkHookBracketsImportAndReextraction()
    {
        LibraryService service(QDir(m_dir.path()).filePath(QStringLiteral("bulk-hook.sqlite")));
        struct Call {
            bool running;
            bool guiThread;
            int progressSoFar;
        };
        std::vector<Call> calls;
        std::atomic_int progressed = 0;
        service.setBulkWorkHook([&](bool running) {
            calls.push_back(
                {running, QThread::currentThread() == QCoreApplication::instance()->thread(), progressed.load()});
        });
        for (const ImportJob::Mode mode : {ImportJob::Mode::Import, ImportJob::Mode::Reextract}) {
            ImportJob job(&service, {QString::fromUtf8(SILLOK_SAMPLE_CORPUS_DIR)}, nullptr, mode);
            connect(&job, &ImportJob::progress, this, [&progressed] { ++progressed; });
            QSignalSpy finished(&job, &ImportJob::finished);
            const int before = progressed.load();
            job.start();
            QVERIFY(finished.wait(kWait * 3));
            QVERIFY2(progressed.load() > before, "the job reported its articles");
            QVERIFY(job.outcome().error.isEmpty());
        }
        QCOMPARE(calls.size(), std::size_t(4));
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].running, i % 2 == 0);
            QVERIFY(!calls[i].guiThread);
        }
        // Each job's progress reached the GUI after its "running" call.
        QCOMPARE(calls[0].progressSoFar, 0);
        QVERIFY(calls[2].progressSoFar > 0);
    }

    // A redo that fails (the article does not exist): the command leaves the stack, nothing is
    // in the database, and the user reads why in words from the error code.
    void failedRedoIsDropped()
    {
        LibraryService service(m_path);
        QUndoStack stack;
        Reports reports;
        const std::size_t before = m_library->annotations(0)->size();
        stack.push(new AddAnnotationCommand({&service, &stack, reports.reporter()}, annotationOn(987654321)));
        QCOMPARE(stack.count(), 1); // until the write's result arrives
        QTRY_COMPARE_WITH_TIMEOUT(reports.messages.size(), 1, kWait);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stack.index(), 0);
        QVERIFY(!stack.canUndo() && !stack.canRedo());
        QCOMPARE(m_library->annotations(0)->size(), before);
        QVERIFY2(reports.messages[0].contains(gui::Display::errorMessage(core::ErrorCode::NotFound)),
                 qPrintable(reports.messages[0]));
        QVERIFY(reports.details[0].contains(QStringLiteral("987654321"))); // the core's detail, on demand
        QVERIFY(!reports.messages[0].contains(reports.details[0]));
    }

    // The user undoes a command before its failed redo is known: the undo must not run either
    // (undoing a delete that never happened would add an annotation that never existed).
    void undoQueuedAfterFailedRedoIsSkipped()
    {
        LibraryService service(m_path);
        QUndoStack stack;
        Reports reports;
        core::AnnotationRecord ghost = annotationOn(m_articleId);
        ghost.uid = "00000000-0000-4000-8000-00000000dead"; // never stored
        ghost.exact = "ghost";
        const std::size_t before = m_library->annotations(0)->size();
        stack.push(new DeleteAnnotationCommand({&service, &stack, reports.reporter()}, ghost));
        stack.undo(); // queued behind the redo, before its failure comes back
        QTRY_COMPARE_WITH_TIMEOUT(reports.messages.size(), 1, kWait);
        QVERIFY(drain(service));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stack.index(), 0);
        QCOMPARE(m_library->annotations(0)->size(), before);
        QCOMPARE(reports.messages.size(), 1);
    }

    // An undo that fails (the annotation was deleted elsewhere): the command leaves the stack,
    // so no redo can re-add what the user did not ask for, and the stack is empty like the
    // article's annotations.
    void failedUndoIsDropped()
    {
        LibraryService service(m_path);
        QUndoStack stack;
        Reports reports;
        const std::size_t before = m_library->annotations(0)->size();
        stack.push(new AddAnnotationCommand({&service, &stack, reports.reporter()}, annotationOn(m_articleId)));
        QTRY_COMPARE_WITH_TIMEOUT(m_library->annotations(0)->size(), before + 1, kWait);
        QVERIFY(drain(service));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 1);
        QVERIFY(reports.messages.isEmpty());

        auto all = m_library->annotations(0);
        QVERIFY(all);
        const auto added = std::find_if(all->begin(), all->end(), [](const auto &a) { return a.color == "green"; });
        QVERIFY(added != all->end());
        QVERIFY(m_library->deleteAnnotation(added->uid)); // behind the GUI's back
        stack.undo();
        QTRY_COMPARE_WITH_TIMEOUT(reports.messages.size(), 1, kWait);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stack.index(), 0);
        QVERIFY(!stack.canRedo());
        QCOMPARE(m_library->annotations(0)->size(), before);
        QVERIFY(reports.messages[0].contains(gui::Display::errorMessage(core::ErrorCode::NotFound)));
    }

    // A curation step that fails is dropped too, and its onDecided is not called.
    void failedCurationIsDropped()
    {
        LibraryService service(m_path);
        QUndoStack stack;
        Reports reports;
        bool decided = false;
        stack.push(new CurationCommand({&service, &stack, reports.reporter()}, QStringLiteral("Merge nothing"),
                                       [](core::Library &lib) { return lib.mergeEntities(-1, -2); },
                                       [&decided](std::int64_t) { decided = true; }));
        QTRY_COMPARE_WITH_TIMEOUT(reports.messages.size(), 1, kWait);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!decided);
        QVERIFY(reports.messages[0].startsWith(QStringLiteral("Merge nothing")));
    }

    // Successful writes keep their commands; the stack follows undo/redo with the database.
    void successfulWritesStay()
    {
        LibraryService service(m_path);
        QUndoStack stack;
        Reports reports;
        const std::size_t before = m_library->annotations(0)->size();
        stack.push(new AddAnnotationCommand({&service, &stack, reports.reporter()}, annotationOn(m_articleId)));
        QTRY_COMPARE_WITH_TIMEOUT(m_library->annotations(0)->size(), before + 1, kWait);
        stack.undo();
        QTRY_COMPARE_WITH_TIMEOUT(m_library->annotations(0)->size(), before, kWait);
        stack.redo();
        QTRY_COMPARE_WITH_TIMEOUT(m_library->annotations(0)->size(), before + 1, kWait);
        QVERIFY(drain(service));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 1);
        QVERIFY(reports.messages.isEmpty());
        stack.undo();
        QVERIFY(drain(service));
        QCOMPARE(m_library->annotations(0)->size(), before);
    }

    // The dialog's failure list: "file: <sentence for the code>", the core's English reason only
    // in the tooltip (and under DetailRole). With SILLOK_SCREENSHOT_DIR set, the dialog is saved
    // there as import-failures[-ko].png (Korean when the built catalogue is found).
    void importFailuresAreTranslatedWithDetailOnDemand_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ko") << QStringLiteral("ko");
    }
    void importFailuresAreTranslatedWithDetailOnDemand()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == u"ko") {
            QVERIFY2(translator.load(QStringLiteral(SILLOK_QM_DIR "/sillok_ko.qm")), SILLOK_QM_DIR "/sillok_ko.qm");
            QCoreApplication::installTranslator(&translator);
        }
        LibraryService service(QDir(m_dir.path()).filePath(QStringLiteral("failures-%1.sqlite").arg(language)));
        const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("no-such-folder"));
        ImportDialog dialog(&service, {QString::fromUtf8(SILLOK_TEST_DATA_DIR "/corpus-bad"), missing});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.show();
        dialog.start();
        QVERIFY(finished.wait(kWait));
        const ImportOutcome &o = dialog.job()->outcome();
        QCOMPARE(o.imported, 0);
        QListWidget *list = dialog.failureList();
        QCOMPARE(list->count(), int(o.failures.size())); // every failure once, the missing path too
        QCOMPARE(list->count(), 6);
        bool sawEmpty = false, sawMissing = false;
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            const QString detail = item->data(ImportDialog::DetailRole).toString();
            QVERIFY2(!detail.isEmpty(), qPrintable(item->text()));
            QVERIFY2(!item->text().contains(detail), qPrintable(item->text())); // English detail not in the list
            QVERIFY2(item->toolTip().contains(detail), qPrintable(item->toolTip())); // but on demand
            if (item->text().startsWith(QStringLiteral("empty.txt: "))) {
                sawEmpty = true;
                QCOMPARE(item->text(), QStringLiteral("empty.txt: ") + gui::Display::errorMessage(core::ErrorCode::Empty));
            }
            if (item->text().startsWith(QStringLiteral("no-such-folder: "))) {
                sawMissing = true;
                QCOMPARE(item->text(), QStringLiteral("no-such-folder: ") + gui::Display::errorMessage(core::ErrorCode::NotFound));
            }
        }
        QVERIFY(sawEmpty && sawMissing);
        if (language == u"ko") {
            QVERIFY2(gui::Display::errorMessage(core::ErrorCode::Empty) != QStringLiteral("The file has no article text."),
                     "the Korean catalogue translates error messages");
            QVERIFY(dialog.windowTitle() != QStringLiteral("Importing"));
        }
        if (const QString dir = qEnvironmentVariable("SILLOK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.resize(640, 380);
            QTest::qWait(200);
            const QString suffix = language == u"en" ? QString() : u'-' + language;
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("import-failures") + suffix + QStringLiteral(".png"))));
        }
        QCoreApplication::removeTranslator(&translator);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
    std::int64_t m_articleId = 0;
};

int runServiceTests(int argc, char **argv)
{
    ServiceTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "service_test.moc"
