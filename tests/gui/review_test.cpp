// "What this import brought" and the review queue, driven from the keyboard: Ctrl+Shift+N shows
// what the last import run added (the same entities as the core reports), W watches the selected
// entity and puts it first, Enter on a sentence opens the reader there; Ctrl+Shift+R shows the
// queue, A accepts (a merge lands in the graph), R rejects (the verdict is in the ledger).

#include "gui_test_support.h"

#include "models/article_model.h"
#include "models/entity_model.h"
#include "services/library_service.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "widgets/changes_panel.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"
#include "widgets/review_panel.h"

#include <QApplication>

#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>
#include <map>

using namespace sillok;
using namespace sillok::gui;

namespace {

constexpr int kWait = 30000;

void write(const QString &path, const char *text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QTreeWidgetItem *findTop(QTreeWidget *tree, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).contains(text))
            return tree->topLevelItem(i);
    return nullptr;
}

// Presses Down in `tree` until `wanted` is the current item (at most `limit` presses).
bool moveTo(QTreeWidget *tree, QTreeWidgetItem *wanted, int limit = 400)
{
    for (int i = 0; i < limit && tree->currentItem() != wanted; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    return tree->currentItem() == wanted;
}

} // namespace

class ReviewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Two import runs: the sample corpus without two articles, then those two.
        const QDir corpus(QString::fromUtf8(SILLOK_SAMPLE_CORPUS_DIR));
        const QStringList later{QStringLiteral("2024-06-12_rebellions-sapeon-merger.txt"),
                                QStringLiteral("2024-12-02_rebellions-merged-launch.html")};
        QDir().mkpath(m_dir.filePath(QStringLiteral("first")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("second")));
        QVERIFY(QFile::copy(corpus.filePath(later.front()), m_dir.filePath(QStringLiteral("second/sapeon-merger-copy.txt"))));
        for (const QString &name : corpus.entryList(QDir::Files))
            QVERIFY(QFile::copy(corpus.filePath(name),
                                m_dir.filePath((later.contains(name) ? QStringLiteral("second/") : QStringLiteral("first/")) + name)));
        write(m_dir.filePath(QStringLiteral("first/hanbit-a.txt")),
              "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n팹리스 스타트업 한빛세미콘이 엣지 기기용 "
              "신경망처리장치(NPU)를 공개했다. 한빛세미콘은 올해 하반기 양산에 들어간다고 밝혔다.\n");
        write(m_dir.filePath(QStringLiteral("first/hanbit-b.txt")),
              "팹리스 한빛세미컨, 투자 유치\n\n2024년 6월 3일\n\n팹리스 스타트업 한빛세미컨이 시리즈A 투자를 "
              "유치했다. 한빛세미컨은 투자금으로 엣지 NPU 양산을 앞당긴다고 밝혔다.\n");
        m_path = m_dir.filePath(QStringLiteral("kb.sqlite"));
        auto lib = test::openLibrary(m_path);
        QVERIFY(lib);
        QVERIFY(lib->importPaths({m_dir.filePath(QStringLiteral("first")).toStdString()}, {}).failed.empty());
        // A highlight on a sentence the next version of its article drops: orphaned.
        core::AnnotationRecord note;
        const auto articles = lib->articles();
        QVERIFY(articles);
        for (const core::ArticleSummary &a : *articles)
            if (a.source.ends_with("hanbit-a.txt"))
                note.articleId = a.id;
        note.exact = "올해 하반기 양산에 들어간다";
        QVERIFY(lib->addAnnotation(note));
        write(m_dir.filePath(QStringLiteral("first/hanbit-a.txt")),
              "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n팹리스 스타트업 한빛세미콘이 엣지 기기용 "
              "신경망처리장치(NPU)를 공개했다. 양산 일정은 밝히지 않았다.\n");
        const core::ImportReport second = lib->importPaths(
            {m_dir.filePath(QStringLiteral("first")).toStdString(), m_dir.filePath(QStringLiteral("second")).toStdString()}, {});
        QCOMPARE(second.imported, 3); // two stories and a copy of one of them
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.duplicates.size(), std::size_t(1));
        auto changes = lib->changes();
        QVERIFY(changes);
        m_expected = std::move(*changes);
        QVERIFY(!m_expected.created.empty());
        QVERIFY(m_expected.seenAgain.size() >= 2);
    }

    void changesFromTheKeyboard()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QDockWidget *dock = window.dock(QStringLiteral("changes"));
        QVERIFY(dock && dock->isVisible());
        QTreeWidget *tree = window.changesPanel()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 3, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), kWait);
        QTreeWidgetItem *created = tree->topLevelItem(0);
        QVERIFY(created->text(0).contains(QString::number(m_expected.created.size())));
        int listed = 0;
        for (int i = 0; i < created->childCount(); ++i)
            listed += created->child(i)->childCount();
        QCOMPARE(listed, int(m_expected.created.size()));

        // W on the last entity seen again: watched, and first.
        QTreeWidgetItem *again = tree->topLevelItem(1);
        QTreeWidgetItem *last = again->child(again->childCount() - 1);
        const qint64 id = last->data(0, ChangesPanel::EntityIdRole).toLongLong();
        QVERIFY(moveTo(tree, last));
        QTest::keyClick(tree, Qt::Key_W);
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 3
                                     && tree->topLevelItem(1)->child(0)->data(0, ChangesPanel::EntityIdRole).toLongLong() == id,
                                 kWait);
        QTreeWidgetItem *first = tree->topLevelItem(1)->child(0);
        QVERIFY(first->text(0).startsWith(QStringLiteral("★ ")));
        QVERIFY(first->data(0, ChangesPanel::WatchedRole).toBool());
        QCOMPARE(*test::openLibrary(m_path)->watchedEntities(), std::vector<std::int64_t>{id});

        // Enter on its sentence opens the reader at that article.
        QTreeWidgetItem *sentence = first->child(0);
        QVERIFY(sentence);
        const qint64 article = sentence->data(0, ChangesPanel::ArticleIdRole).toLongLong();
        QVERIFY(article > 0);
        QCOMPARE(tree->currentItem(), first); // the selection follows the entity to the top
        QTest::keyClick(tree, Qt::Key_Right); // unfold its sentences
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem(), sentence);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.reader()->articleId(), article, kWait);

        // W again (back up on the entity): no longer watched.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(tree->currentItem(), first);
        QTest::keyClick(tree, Qt::Key_W);
        QTRY_VERIFY_WITH_TIMEOUT(test::openLibrary(m_path)->watchedEntities()->empty(), kWait);
    }

    void reviewFromTheKeyboard()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QDockWidget *dock = window.dock(QStringLiteral("review"));
        QVERIFY(dock && dock->isVisible());
        QTreeWidget *tree = window.reviewPanel()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(findTop(tree, QStringLiteral("한빛세미콘")) != nullptr, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), kWait);
        const int before = tree->topLevelItemCount();

        // A on the possible merge: one entity afterwards, the item gone.
        QTreeWidgetItem *merge = findTop(tree, QStringLiteral("한빛세미콘"));
        QVERIFY(merge->text(1) == ReviewPanel::kindLabel("possible_merge"));
        QCOMPARE(merge->childCount(), 2); // a sentence for each name
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(moveTo(tree, merge));
        QTest::keyClick(tree, Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == before - 1 && !findTop(tree, QStringLiteral("한빛세미콘")), kWait);
        auto lib = test::openLibrary(m_path);
        QCOMPARE(lib->entities({core::EntityType::Organization, "한빛세미", false})->size(), std::size_t(1));

        // R on the item now selected: recorded as rejected in the ledger, and gone.
        QTreeWidgetItem *next = tree->currentItem();
        while (next && next->parent())
            next = next->parent();
        QVERIFY2(next, qPrintable(QStringLiteral("%1 items, none selected").arg(tree->topLevelItemCount())));
        const QString id = next->data(0, ReviewPanel::ItemIdRole).toString();
        QTest::keyClick(tree, Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == before - 2, kWait);
        core::Statement st(lib->database(), "SELECT verdict FROM review_decision WHERE item_id = ?1");
        st.bind(1, id.toStdString());
        QVERIFY(st.next());
        QCOMPARE(QString::fromStdString(st.text(0)), QStringLiteral("reject"));
    }

    // The story is listed once, marked as having another file; the row's context menu opens it.
    // A highlight added or deleted notifies Articles (the list's Notes column) with Annotations:
    // what an import brought does not change, and reading it again takes seconds at 100,000
    // articles ahead of the next query. An import or a curation decision (Entities) reads it again.
    void changesAreNotReadAgainForAHighlight()
    {
        LibraryService service(m_path);
        ChangesPanel panel(&service);
        QSignalSpy loaded(&panel, &ChangesPanel::loaded);
        panel.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        bool answered = false;
        const auto roundTrip = [&] { // what was queued on the Query lane before has run
            answered = false;
            service.run(
                &panel, [](core::Library &) -> core::Result<int> { return 0; },
                [&](core::Result<int>) { answered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
            QCoreApplication::processEvents();
        };
        service.notifyChanged(LibraryService::Annotations | LibraryService::Articles);
        roundTrip();
        QCOMPARE(loaded.count(), 1);
        service.notifyChanged(LibraryService::Entities);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
    }

    // Each list shows a page (a 10k import brings some 55,000 entries): its header counts them
    // all, its last row shows more, from the keyboard.
    void changesShowAPageOfEachListAndMoreOnEnter()
    {
        LibraryService service(m_path);
        ChangesPanel panel(&service);
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &ChangesPanel::loaded);
        panel.setPageSize(1);
        panel.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QTreeWidget *tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *again = tree->topLevelItem(1);
        QVERIFY(again->text(0).contains(QString::number(m_expected.seenAgain.size())));
        QCOMPARE(again->childCount(), 2); // the first entity, then "Show more"
        QCOMPARE(again->child(0)->data(0, ChangesPanel::EntityIdRole).toLongLong(), m_expected.seenAgain.front().id);
        QTreeWidgetItem *more = again->child(1);
        QVERIFY(more->data(0, ChangesPanel::MoreRole).toBool());
        QVERIFY(more->text(0).contains(QStringLiteral("1 of %1").arg(m_expected.seenAgain.size())));

        tree->setFocus();
        tree->setCurrentItem(more);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        QCOMPARE(panel.pageSize(), std::size_t(4));
        again = tree->topLevelItem(1);
        const std::size_t shown = std::min<std::size_t>(4, m_expected.seenAgain.size());
        int entities = 0;
        for (int i = 0; i < again->childCount(); ++i)
            entities += again->child(i)->data(0, ChangesPanel::MoreRole).toBool() ? 0 : 1;
        QCOMPARE(entities, int(shown));
        QCOMPARE(again->childCount(), int(shown) + (shown < m_expected.seenAgain.size() ? 1 : 0));
        for (std::size_t i = 0; i < shown; ++i)
            QCOMPARE(again->child(int(i))->data(0, ChangesPanel::EntityIdRole).toLongLong(),
                     m_expected.seenAgain[i].id);
        QCOMPARE(tree->currentItem(), again->child(1)); // the first entry not shown before
    }

    // People of one name at different organizations are different entities: each row of what an
    // import brought says the role and the organization, the entity list's Name column the
    // organization (its Kind column is the role).
    void peopleShowTheirRoleAndOrganization()
    {
        LibraryService service(m_path);
        ChangesPanel panel(&service);
        QSignalSpy loaded(&panel, &ChangesPanel::loaded);
        panel.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        std::map<qint64, QString> shown; // entity id → row text
        std::vector<QTreeWidgetItem *> todo;
        for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i)
            todo.push_back(panel.tree()->topLevelItem(i));
        while (!todo.empty()) {
            QTreeWidgetItem *item = todo.back();
            todo.pop_back();
            const qint64 id = item->data(0, ChangesPanel::EntityIdRole).toLongLong();
            if (id > 0 && !item->text(1).isEmpty()) // an entity's row (a relation's names no type)
                shown.emplace(id, item->text(0));
            for (int i = 0; i < item->childCount(); ++i)
                todo.push_back(item->child(i));
        }
        int people = 0;
        for (const auto *list : {&m_expected.created, &m_expected.seenAgain})
            for (const core::ChangedEntity &e : *list) {
                if (e.type != core::EntityType::Person || e.organization.empty())
                    continue;
                ++people;
                QVERIFY(shown.contains(e.id));
                QCOMPARE(shown[e.id], QString::fromStdString(e.name + " (" + e.role + ", " + e.organization + ")"));
            }
        QVERIFY(people >= 2); // 류수정 사피온코리아 대표, 박성현 리벨리온 대표

        auto lib = test::openLibrary(m_path);
        auto window =
            lib->entityWindow({{core::EntityType::Person, "", false}, core::EntityOrder::Name, false, 0, 500});
        QVERIFY(window);
        EntityModel model;
        model.setResults(*window);
        int withOrganization = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const core::EntitySummary *e = model.entityAt(row);
            const QString name = model.index(row, EntityModel::NameColumn).data().toString();
            QCOMPARE(model.index(row, EntityModel::KindColumn).data().toString(), QString::fromStdString(e->kind));
            if (e->organization.empty()) {
                QCOMPARE(name, QString::fromStdString(e->name));
                continue;
            }
            ++withOrganization;
            QCOMPARE(name, QString::fromStdString(e->name + " (" + e->organization + ")"));
            QVERIFY(model.index(row, EntityModel::NameColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QString::fromStdString(e->organization)));
        }
        QVERIFY(withOrganization >= 2);

        // A possible merge of two namesakes says where each works; other entities by name alone.
        core::ReviewItem pair;
        pair.kind = "possible_merge";
        pair.entities = {"박서연", "박서연"};
        pair.entityOrganizations = {"한빛세미콘", "한빛세미컨"};
        QVERIFY(
            ReviewPanel::explanation(pair).startsWith(QStringLiteral("박서연 (한빛세미콘) · 박서연 (한빛세미컨) — ")));
        pair.entities = {"한빛세미콘", "한빛세미컨"};
        pair.entityOrganizations = {"", ""};
        QVERIFY(ReviewPanel::explanation(pair).startsWith(QStringLiteral("한빛세미콘 · 한빛세미컨 — ")));
    }

    void copiesOpenFromTheLibrary()
    {
        LibraryService service(m_path);
        MainWindow window(&service);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.libraryPanel()->view();
        const QString marker = ArticleModel::tr(" · %n more file(s) of this story", nullptr, 1);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, kWait);
        int row = -1;
        int marked = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString().endsWith(marker)) {
                row = r;
                ++marked;
            }
        QCOMPARE(marked, 1);
        qint64 copyId = 0;
        {
            auto lib = test::openLibrary(m_path);
            const auto copies = lib->articleCopies(table->model()->index(row, 0).data(ArticleModel::IdRole).toLongLong());
            QVERIFY(copies);
            QCOMPARE(copies->size(), std::size_t(2));
            for (const core::ArticleSummary &a : *copies)
                if (a.copyOf != 0)
                    copyId = a.id;
        }
        QVERIFY(copyId > 0);
        // Right-click the row, then Down, Down, Enter in the menu: the primary, then the copy.
        table->scrollTo(table->model()->index(row, 0));
        const QPoint at = table->visualRect(table->model()->index(row, 0)).center();
        bool chosen = false;
        std::function<void(int)> pick = [&](int attempt) {
            QTimer::singleShot(50, [&, attempt] {
                QWidget *menu = QApplication::activePopupWidget();
                if (!menu) {
                    if (attempt < 200)
                        pick(attempt + 1);
                    return;
                }
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
            });
        };
        pick(0);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &click);
        QTRY_VERIFY_WITH_TIMEOUT(chosen, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(window.reader()->articleId(), copyId, kWait);
    }

    // A meeting its articles date on two days: the item lists both, each sentence with its date;
    // A on the sentence of the right day gives the meeting that day.
    void dateFromTheKeyboard()
    {
        write(m_dir.filePath(QStringLiteral("forum/ahead.txt")),
              "누리칩 포럼, 다음 주 서울서 개최\n\n2024년 5월 2일\n\n과학기술정보통신부는 오는 8일 서울 코엑스에서 "
              "'제3차 누리칩 발전 포럼'을 개최한다고 밝혔다. 이번 포럼에는 팹리스 기업 20여 곳이 참여해 국산 NPU의 "
              "실증 계획을 발표한다.\n");
        write(m_dir.filePath(QStringLiteral("forum/held.txt")),
              "국산 NPU 실증 성과 공유… 누리칩 포럼 열려\n\n2024년 5월 10일\n\n과학기술정보통신부는 지난 9일 서울 "
              "코엑스에서 '제3차 누리칩 발전 포럼'을 열었다고 밝혔다. 포럼에서는 데이터센터에 들어간 국산 NPU의 전력 "
              "효율과 남은 과제가 논의됐다.\n");
        {
            auto lib = test::openLibrary(m_path);
            QVERIFY(lib);
            QCOMPARE(lib->importPaths({m_dir.filePath(QStringLiteral("forum")).toStdString()}, {}).imported, 2);
        }
        LibraryService service(m_path);
        MainWindow window(&service);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTreeWidget *tree = window.reviewPanel()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(findTop(tree, QStringLiteral("누리칩 발전 포럼")) != nullptr, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), kWait);
        QTreeWidgetItem *item = findTop(tree, QStringLiteral("누리칩 발전 포럼"));
        QCOMPARE(item->text(1), ReviewPanel::kindLabel("date_conflict"));
        QVERIFY(item->text(0).contains(QStringLiteral("2024-05-08"))
                && item->text(0).contains(QStringLiteral("2024-05-09")));
        QCOMPARE(item->childCount(), 2);
        QTreeWidgetItem *held = nullptr;
        for (int i = 0; i < item->childCount(); ++i)
            if (item->child(i)->data(0, ReviewPanel::DateRole).toString() == QStringLiteral("2024-05-09"))
                held = item->child(i);
        QVERIFY(held);
        QVERIFY(held->text(0).startsWith(QStringLiteral("2024-05-09")));
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(moveTo(tree, held, 1000));
        QTest::keyClick(tree, Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(!findTop(tree, QStringLiteral("누리칩 발전 포럼")), kWait);
        auto lib = test::openLibrary(m_path);
        auto forum = lib->entities({core::EntityType::Meeting, "제3차 누리칩 발전 포럼", false});
        QVERIFY(forum);
        const auto third = std::ranges::find(*forum, std::string("제3차 누리칩 발전 포럼"), &core::EntitySummary::name);
        QVERIFY(third != forum->end());
        QCOMPARE(QString::fromStdString(third->date.toString()), QStringLiteral("2024-05-09"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::ImportChanges m_expected;
};

int runReviewTests(int argc, char **argv)
{
    ReviewTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "review_test.moc"
