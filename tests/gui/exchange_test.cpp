// File → Export (every format, through the menu's file dialog and directly), File → Import
// annotations (export → new database → import gives the same annotations; again = unchanged),
// and evidence links: link a highlight to an entity in the dialog (typed, completed), see it on
// the entity page, open the reader at the quote, undo.

#include "gui_test_support.h"

#include "export/library_export.h"
#include "export/web_annotation.h"
#include "models/annotation_model.h"
#include "models/entity_model.h"
#include "models/entity_name_model.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotation_dialog.h"
#include "widgets/annotations_panel.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/exchange_actions.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace sillok;
using namespace sillok::gui;

namespace {

constexpr int kWait = 30000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers the next modal file dialog with `path`, as a user typing the name and pressing Enter
// (retried while the dialog is not shown yet or still busy listing the folder).
void answerFileDialog(const QString &path, int attempt = 0)
{
    QTimer::singleShot(100, [path, attempt] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name) {
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
            }
        }
        if (attempt < 100 && (!dialog || QApplication::activeModalWidget() == dialog))
            answerFileDialog(path, attempt + 1);
    });
}

} // namespace

class ExchangeTest : public QObject {
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
        auto entities = m_library->entities();
        QVERIFY(entities && !entities->empty());
    }

    void exportMenuWritesEveryFormat()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        window.exchange()->setInteractive(false);
        const QString out = QDir(m_dir.path()).filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(out));

        // Through the menu: the action opens the save dialog, the "user" names the file.
        auto *action = window.findChild<QAction *>(QStringLiteral("export-csv-entities"));
        QVERIFY(action);
        QSignalSpy finished(window.exchange(), &ExchangeActions::exportFinished);
        const QString csv = QDir(out).filePath(QStringLiteral("entities.csv"));
        answerFileDialog(csv);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QCOMPARE(finished.front().at(1).toString(), QString());
        QCOMPARE(finished.front().at(0).toString(), csv);
        // The same bytes as the CLI's `export --format csv-entities --bom` (one implementation).
        auto expected = core::renderExport(*m_library, core::ExportFormat::CsvEntities, core::ExportOptions{true});
        QVERIFY(expected);
        QCOMPARE(readAll(csv), QByteArray::fromStdString(*expected));

        struct Case {
            core::ExportFormat format;
            const char *file;
            QByteArray start;
        };
        const Case cases[] = {{core::ExportFormat::GraphMl, "graph.graphml", "<?xml"},
                              {core::ExportFormat::CsvFacts, "facts.csv", "\xEF\xBB\xBF" "fact_id,"},
                              {core::ExportFormat::Ics, "meetings.ics", "BEGIN:VCALENDAR\r\n"},
                              {core::ExportFormat::Annotations, "notes.jsonld", "{"}};
        for (const Case &c : cases) {
            QVERIFY(window.findChild<QAction *>(QStringLiteral("export-") + QString::fromLatin1(core::exportFormatName(c.format))));
            finished.clear();
            const QString path = QDir(out).filePath(QString::fromLatin1(c.file));
            window.exchange()->exportTo(c.format, path);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
            QCOMPARE(finished.front().at(1).toString(), QString());
            QVERIFY2(readAll(path).startsWith(c.start), c.file);
        }
        // No temporary file is left next to the exports.
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("sillok-tmp")).size(), 0);

        // A folder that does not exist: an error, no file.
        finished.clear();
        const QString bad = QDir(out).filePath(QStringLiteral("missing/dir/x.ics"));
        window.exchange()->exportTo(core::ExportFormat::Ics, bad);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY(!finished.front().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void importAnnotationsIntoANewDatabase()
    {
        // Two annotations on the first database, one of them evidence for an entity.
        auto articles = m_library->articles();
        QVERIFY(articles && articles->size() >= 2);
        const auto entity = m_library->entities()->front();
        core::AnnotationRecord a;
        a.articleId = (*articles)[0].id;
        a.start = 1;
        a.end = 6;
        a.note = "수출 메모";
        a.tags = {"gui-exchange"};
        a.color = "pink";
        a.entityUid = entity.uid;
        QVERIFY(m_library->addAnnotation(a));
        a.articleId = (*articles)[1].id;
        a.entityUid.clear();
        a.color = "blue";
        QVERIFY(m_library->addAnnotation(a));
        const auto before = *m_library->annotations(0);
        const QString file = QDir(m_dir.path()).filePath(QStringLiteral("roundtrip.jsonld"));
        {
            LibraryService service(m_path);
            MainWindow window(&service);
            window.exchange()->setInteractive(false);
            QSignalSpy finished(window.exchange(), &ExchangeActions::exportFinished);
            window.exchange()->exportTo(core::ExportFormat::Annotations, file);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        }

        // A new database with the same articles (the previous one is as good as deleted).
        QTemporaryDir fresh;
        QString error;
        const QString path = test::importedDatabase(fresh, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        LibraryService service(path);
        MainWindow window(&service);
        window.show();
        window.exchange()->setInteractive(false);
        QTRY_VERIFY_WITH_TIMEOUT(window.libraryPanel()->articleCount() > 0, kWait);
        QCOMPARE(window.annotationsPanel()->model()->rowCount(), 0);

        std::vector<AnnotationImportOutcome> outcomes;
        std::vector<QString> errors;
        connect(window.exchange(), &ExchangeActions::annotationsImported, this,
                [&](const QString &, const AnnotationImportOutcome &o, const QString &e) {
                    outcomes.push_back(o);
                    errors.push_back(e);
                });
        auto *action = window.findChild<QAction *>(QStringLiteral("importAnnotations"));
        QVERIFY(action);
        answerFileDialog(file);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), std::size_t(1), kWait);
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QCOMPARE(outcomes[0].added, int(before.size()));
        QVERIFY2(outcomes[0].errors.isEmpty(), qPrintable(outcomes[0].errors.join(u'\n')));
        // The panel refreshes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(window.annotationsPanel()->model()->rowCount(), int(before.size()), kWait);

        auto lib = test::openLibrary(path);
        const auto after = *lib->annotations(0);
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].uid, before[i].uid);
            QCOMPARE(after[i].articleUid, before[i].articleUid);
            QCOMPARE(after[i].start, before[i].start);
            QCOMPARE(after[i].end, before[i].end);
            QCOMPARE(after[i].exact, before[i].exact);
            QCOMPARE(after[i].note, before[i].note);
            QCOMPARE(after[i].color, before[i].color);
            QVERIFY(after[i].tags == before[i].tags);
            QCOMPARE(after[i].entityUid, before[i].entityUid);
        }

        // Again: idempotent.
        window.exchange()->importAnnotationsFrom(file);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), std::size_t(2), kWait);
        QCOMPARE(outcomes[1].added, 0);
        QCOMPARE(outcomes[1].unchanged, int(before.size()));

        // Not an annotation file: an error, nothing changes.
        window.exchange()->importAnnotationsFrom(QString::fromUtf8(SILLOK_TEST_DATA_DIR "/store/good/chip_design.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), std::size_t(3), kWait);
        QVERIFY(!errors[2].isEmpty());
        QCOMPARE(lib->annotations(0)->size(), before.size());

        for (const auto &n : before)
            QVERIFY(m_library->deleteAnnotation(n.uid));
    }

    void evidenceLinkFromTheDialogToTheEntityPage()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        EntityModel *entities = window.entityPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(entities->rowCount() > 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(window.libraryPanel()->articleCount() > 0, kWait);

        // An entity mentioned in an article, whose name is unique among the entities.
        auto articles = *m_library->articles();
        qint64 articleId = 0;
        core::MentionRecord mention;
        for (const auto &summary : articles) {
            const auto article = *m_library->article(summary.id);
            for (const auto &m : article.mentions) {
                const auto names = entities->match(entities->index(0, EntityModel::NameColumn), Qt::DisplayRole,
                                                   QString::fromStdString(m.entityName), -1, Qt::MatchFixedString);
                if (m.entityId != 0 && names.size() == 1) {
                    mention = m;
                    break;
                }
            }
            if (mention.entityId != 0) {
                articleId = summary.id;
                break;
            }
        }
        QVERIFY(articleId != 0);
        const QString name = QString::fromStdString(mention.entityName);
        const QString uid = entities->index(entities->rowOfId(mention.entityId), 0).data(EntityModel::UidRole).toString();
        QVERIFY(!uid.isEmpty());

        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), articleId, kWait);
        reader->selectBodyRange(mention.start, mention.end);
        QCOMPARE(reader->selectedBodyRange().first, mention.start);

        // The dialog: a name that matches nothing disables OK; the entity's name enables it.
        bool checked = false;
        QTimer::singleShot(300, [&] {
            auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // The names are the library's answer for what was typed: each check waits for it.
            QTest::keyClicks(dialog->entityEdit(), QStringLiteral("zzzz-no-such-entity"));
            const bool answered = QTest::qWaitFor(
                [&] { return window.entityNames()->matchedText() == QStringLiteral("zzzz-no-such-entity"); }, kWait);
            const bool refused = answered && !ok->isEnabled();
            dialog->entityEdit()->clear();
            dialog->entityEdit()->setText(name);
            checked = refused && QTest::qWaitFor([&] { return ok->isEnabled(); }, kWait) && dialog->entityUid() == uid;
            if (checked)
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                dialog->reject();
        });
        reader->annotateSelection();
        QVERIFY(checked);
        auto linked = [&] {
            auto all = m_library->annotations(articleId);
            return all && std::count_if(all->begin(), all->end(), [&](const auto &a) { return a.entityUid == uid.toStdString(); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(int(linked()), 1, kWait);

        // The entity page lists it; double-clicking opens the reader at the quote.
        window.openArticle(articles.back().id == articleId ? articles.front().id : articles.back().id);
        QTRY_VERIFY_WITH_TIMEOUT(reader->articleId() != articleId, kWait);
        window.openEntity(mention.entityId);
        EntityPage *page = window.entityPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->evidenceCount(), 1, kWait);
        QTableView *evidence = page->evidenceView();
        auto *tabs = page->findChild<QTabWidget *>();
        QVERIFY(tabs);
        const int tab = tabs->indexOf(evidence);
        // The count is in the tab's name where every name fits whole, always in its tooltip.
        QVERIFY(tabs->tabToolTip(tab).contains(u'1'));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        QTRY_VERIFY(evidence->isVisible());
        const QRect cell = evidence->visualRect(evidence->model()->index(0, AnnotationModel::QuoteColumn));
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(evidence->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(reader->articleId(), articleId, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(reader->textBrowser()->textCursor().selectedText(), QString::fromStdString(mention.surface), kWait);

        // Undo removes the highlight and with it the evidence.
        window.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(linked()), 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(page->evidenceCount(), 0, kWait);
    }

    void annotationsPanelEditsTheLinkUndoably()
    {
        auto articles = *m_library->articles();
        const auto entity = m_library->entities()->front();
        core::AnnotationRecord a;
        a.articleId = articles.front().id;
        a.start = 0;
        a.end = 3;
        a.color = "yellow";
        const auto added = m_library->addAnnotation(a);
        QVERIFY(added);
        LibraryService service(m_path);
        MainWindow window(&service);
        window.show();
        AnnotationsPanel *panel = window.annotationsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(window.entityPanel()->model()->rowCount() > 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, kWait);

        QTimer::singleShot(300, [&] {
            auto *dialog = qobject_cast<AnnotationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->entityEdit()->setText(QString::fromStdString(entity.name));
            // OK waits for the library's answer about the name (a moment).
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (QTest::qWaitFor([&] { return ok->isEnabled(); }, kWait))
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                dialog->reject();
        });
        panel->editRow(0);
        auto stored = [&] { return m_library->annotations(0)->front().entityUid; };
        QTRY_VERIFY_WITH_TIMEOUT(!stored().empty(), kWait);
        // The panel names the entity in its evidence column.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->index(0, AnnotationModel::EntityColumn).data().toString(),
                                  QString::fromStdString(entity.name), kWait);
        window.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(stored().empty(), kWait);
        window.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(!stored().empty(), kWait);
        QVERIFY(m_library->deleteAnnotation(added->uid));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
};

int runExchangeTests(int argc, char **argv)
{
    ExchangeTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "exchange_test.moc"
