// Click, type and check: import with progress and errors, open an article, annotate, undo,
// "restart" on the same database, search and open a hit, timeline click, merge then split.

#include "gui_test_support.h"

#include "models/article_model.h"
#include "models/entity_model.h"
#include "models/search_result_model.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/import_dialog.h"
#include "services/import_job.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"
#include "widgets/search_popup.h"
#include "widgets/timeline_panel.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <map>

using namespace sillok;
using namespace sillok::gui;

namespace {
constexpr int kWait = 20000;
}

class WorkflowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = test::importedDatabase(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        m_library = test::openLibrary(m_path);
        QVERIFY(m_library);
    }

    void importReportsProgressErrorsAndCancel()
    {
        LibraryService service(QDir(m_dir.path()).filePath(QStringLiteral("import.sqlite")));
        ImportDialog dialog(&service, {QString::fromUtf8(SILLOK_TEST_DATA_DIR "/store/good"),
                                       QString::fromUtf8(SILLOK_TEST_DATA_DIR "/corpus-bad")});
        QSignalSpy progress(dialog.job(), &ImportJob::progress);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.show();
        dialog.start();
        QVERIFY(finished.wait(60000));
        const ImportOutcome &o = dialog.job()->outcome();
        QVERIFY2(progress.size() >= 4, qPrintable(QStringLiteral("%1 progress signals; imported %2, error '%3', failures: %4")
                                                      .arg(progress.size()).arg(o.imported).arg(o.error).arg(o.failures.size())));
        QCOMPARE(o.imported, 3);
        QVERIFY2(o.failures.size() >= 2, qPrintable(QString::number(o.failures.size())));

        // Cancel is polled between files: cancelled before the first, nothing is imported.
        ImportJob cancelled(&service, {QString::fromUtf8(SILLOK_SAMPLE_CORPUS_DIR)});
        QSignalSpy done(&cancelled, &ImportJob::finished);
        cancelled.cancel();
        cancelled.start();
        QVERIFY(done.wait(60000));
        QVERIFY(cancelled.outcome().cancelled);
        QCOMPARE(cancelled.outcome().imported, 0);
    }

    void openAnnotateUndoRestart()
    {
        qint64 articleId = 0;
        {
            LibraryService service(m_path);
            MainWindow window(&service);
            window.show();
            QTableView *table = window.libraryPanel()->view();
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kWait);
            // Click the first article in the library.
            const QModelIndex first = table->model()->index(0, 0);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
            ReaderView *reader = window.reader();
            QTRY_VERIFY_WITH_TIMEOUT(reader->articleId() == first.data(ArticleModel::IdRole).toLongLong(), kWait);
            articleId = reader->articleId();
            QVERIFY(!reader->textBrowser()->toPlainText().isEmpty());

            const int before = reader->annotationCount();
            reader->selectBodyRange(2, 9);
            QVERIFY(reader->selectedBodyRange().first == 2);
            reader->annotateSelection(QStringLiteral("green"));
            QTRY_COMPARE_WITH_TIMEOUT(reader->annotationCount(), before + 1, kWait);
            QCOMPARE(window.undoStack()->count(), 1);

            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(reader->annotationCount(), before, kWait);
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(reader->annotationCount(), before + 1, kWait);
            window.close();
        }
        // "Restart": a new service and window on the same database.
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        window.openArticle(articleId);
        QTRY_COMPARE_WITH_TIMEOUT(window.reader()->articleId(), articleId, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(window.reader()->annotationCount() >= 1, kWait);
        auto stored = m_library->annotations(articleId);
        QVERIFY(stored);
        QVERIFY(std::any_of(stored->begin(), stored->end(), [](const auto &a) { return a.color == "green"; }));
    }

    void searchOpensResult()
    {
        auto probe = m_library->search("HBM");
        QVERIFY(probe && !probe->empty());
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        SearchPopup *popup = window.searchPopup();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kWait);
        QTest::keyClicks(popup->queryEdit(), QStringLiteral("HBM")); // QTest types ASCII only
        QTRY_VERIFY_WITH_TIMEOUT(popup->model()->bestRow() >= 0, kWait);
        const QModelIndex best = popup->model()->index(popup->model()->bestRow());
        const int kind = best.data(SearchResultModel::KindRole).toInt();
        const qint64 id = best.data(SearchResultModel::IdRole).toLongLong();
        QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
        if (kind == SearchResultModel::ArticleRow)
            QTRY_COMPARE_WITH_TIMEOUT(window.reader()->articleId(), id, kWait);
        else
            QTRY_COMPARE_WITH_TIMEOUT(window.entityPage()->entityId(), id, kWait);
        QVERIFY(!popup->isVisible());
    }

    void timelineClickOpensEntity()
    {
        auto probe = m_library->timeline();
        QVERIFY(probe);
        QVERIFY2(!probe->empty(), "the sample corpus gives timeline items");
        LibraryService service(m_path);
        MainWindow window(&service);
        window.resize(1500, 950);
        window.show();
        window.dock(QStringLiteral("timeline"))->raise();
        QTRY_COMPARE_WITH_TIMEOUT(window.timelinePanel()->itemCount(), int(probe->size()), kWait);
        TimelineView *timeline = window.timelinePanel()->view();
        QSignalSpy activated(timeline, &TimelineView::entityActivated);
        for (const auto &item : *probe) {
            const QRect rect = timeline->itemViewportRect(item.entityId);
            if (rect.isEmpty() || !timeline->graphicsView()->viewport()->rect().contains(rect.center()))
                continue;
            QTest::mouseClick(timeline->graphicsView()->viewport(), Qt::LeftButton, {}, rect.center());
            break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), kWait);
        const qint64 id = activated.front().front().toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(window.entityPage()->entityId(), id, kWait);
    }

    void mergeThenSplit()
    {
        auto orgs = m_library->entities(core::EntityFilter{core::EntityType::Organization, {}, false});
        QVERIFY(orgs);
        QVERIFY2(orgs->size() >= 2, "the sample corpus names at least two organisations");
        const auto keep = (*orgs)[0], merged = (*orgs)[1];
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        EntityPage *page = window.entityPage();
        window.openEntity(keep.id);
        QTRY_COMPARE_WITH_TIMEOUT(page->entityId(), qint64(keep.id), kWait);

        page->mergeWith(merged.id, QString::fromStdString(merged.name));
        QTRY_VERIFY_WITH_TIMEOUT(page->canSplit() || window.undoStack()->count() == 1, kWait);
        auto isListed = [this](std::int64_t id) {
            auto now = m_library->entities(core::EntityFilter{core::EntityType::Organization, {}, false});
            return now && std::any_of(now->begin(), now->end(), [id](const auto &e) { return e.id == id; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(page->canSplit(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!isListed(merged.id), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(page->aliases().contains(QString::fromStdString(merged.name)) || !page->isLoading(), kWait);

        page->splitLastMerge();
        QTRY_VERIFY_WITH_TIMEOUT(isListed(merged.id), kWait);
        // Undo the split (merged again), undo the merge (apart again).
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!isListed(merged.id), kWait);
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(isListed(merged.id), kWait);
    }

    // An entity page shows each predicate's most stated facts, says how many it left out, and
    // "Show all" reads them all.
    void entityPageShowsAllFactsOnRequest()
    {
        auto orgs = m_library->entities(core::EntityFilter{core::EntityType::Organization, {}, false});
        QVERIFY(orgs);
        std::int64_t busiest = 0;
        std::size_t most = 0;
        for (const auto &o : *orgs) {
            auto all = m_library->entityPage(o.id, core::EntityPageOptions{0, 0, 1, 0});
            QVERIFY(all);
            std::map<std::string, int> perPredicate;
            for (const auto &f : all->facts)
                ++perPredicate[f.predicate];
            if (all->facts.size() > perPredicate.size() && all->facts.size() > most) {
                most = all->facts.size();
                busiest = o.id;
            }
        }
        QVERIFY2(busiest, "an organisation of the sample corpus has two facts of one predicate");
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        EntityPage *page = window.entityPage();
        page->setFactsPerPredicate(1);
        window.openEntity(busiest);
        QTRY_COMPARE_WITH_TIMEOUT(page->entityId(), qint64(busiest), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kWait);
        QVERIFY(page->factTotal() >= int(most)); // rows left unread may fold into one fact
        QVERIFY(page->factsShown() < int(most));
        auto *shown = page->findChild<QLabel *>(QStringLiteral("entityFactsShown"));
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QVERIFY(shown->text().contains(QString::number(most)));
        page->showAllFacts();
        QTRY_COMPARE_WITH_TIMEOUT(page->factsShown(), int(most), kWait);
        QCOMPARE(page->factTotal(), int(most));
        QVERIFY(!shown->isVisible());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
};

int runWorkflowTests(int argc, char **argv)
{
    WorkflowTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "workflow_test.moc"
