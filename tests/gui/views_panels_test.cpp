// The graph and timeline panels on the imported sample corpus, driven as a person would: clicks
// on the buttons, menus and check boxes, double-clicks on items, the export dialogs answered.
// Each test checks what the panel then shows against the library.

#include "gui_test_support.h"

#include "graph_relations.h"
#include "graph_view.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"
#include "widgets/export_paths.h"
#include "widgets/graph_panel.h"
#include "widgets/timeline_panel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <set>
#include <QToolButton>

using namespace sillok;
using namespace sillok::gui;

namespace {

constexpr int kWait = 20000;

template <class T>
T *childWithText(QWidget *parent, const QString &text)
{
    for (T *w : parent->findChildren<T *>())
        if (w->text() == text)
            return w;
    return nullptr;
}

// Answers the next modal file dialog with `path` (typed into its file name box, then Enter).
void answerFileDialog(const QString &path, QString *openedIn = nullptr)
{
    QTimer::singleShot(200, [path, openedIn] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (openedIn)
            *openedIn = dialog->directory().absolutePath();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->clear();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace

class ViewsPanelsTest : public QObject {
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
        m_service = std::make_unique<LibraryService>(m_path);
    }

    void wholeGraphShowsTheBestConnectedWithShowMoreAndFits()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setTopStep(20);
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("wholeGraph")), Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        auto top = m_library->topGraph(20);
        QVERIFY(top);
        GraphView *view = panel.view();
        QCOMPARE(view->visibleNodeCount(), 20);
        QVERIFY(view->visibleEdgeCount() > 0);
        for (const auto &node : top->nodes)
            QVERIFY(view->isNodeVisible(node.id));
        QVERIFY(panel.showMoreButton()->isVisible());
        QCOMPARE(panel.showMoreButton()->text(), QStringLiteral("Show 20 more"));

        QTest::mouseClick(panel.showMoreButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view->visibleNodeCount(), 40);
        view->finishLayout();

        // Zoomed in, nodes leave the view; Fit brings every node back inside it.
        for (int i = 0; i < 6; ++i)
            QTest::mouseClick(childWithText<QToolButton>(view, QStringLiteral("+")), Qt::LeftButton);
        const QRect viewport = view->graphicsView()->viewport()->rect();
        const auto allInside = [&] {
            auto shown = m_library->topGraph(40);
            for (const auto &node : shown->nodes)
                if (!viewport.contains(view->nodeViewportPosition(node.id)))
                    return false;
            return true;
        };
        QVERIFY(!allInside());
        QTest::mouseClick(childWithText<QToolButton>(view, QStringLiteral("Fit")), Qt::LeftButton);
        QVERIFY(allInside());
    }

    void oneHopReturnsToTheLastCentre()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1200, 500);
        panel.show();
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        const qint64 center = busiest(core::EntityType::Organization);
        panel.showNeighbourhood(center);
        QVERIFY(loaded.wait(kWait));
        const int ego = panel.view()->visibleNodeCount();
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("wholeGraph")), Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(panel.centerId(), 0);
        QAbstractButton *oneHop = childWithText<QToolButton>(panel.view(), QStringLiteral("1 hop"));
        QVERIFY(!oneHop->isChecked()); // the whole graph is no hop count
        QTest::mouseClick(oneHop, Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(panel.centerId(), center);
        QCOMPARE(panel.view()->centerId(), center);
        QCOMPARE(panel.view()->visibleNodeCount(), ego);
        QVERIFY(oneHop->isChecked());
    }

    void hidingMeetingsLeavesNoEntityFloating()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1200, 500);
        panel.show();
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        // The organization with the most typed relations to other organizations.
        const qint64 center = mostTypedRelations();
        QVERIFY(center != 0);
        panel.view()->setHops(2);
        panel.showNeighbourhood(center);
        QVERIFY(loaded.wait(kWait));
        const int typedBefore = typedEdgesVisible(panel.view());
        QVERIFY(typedBefore > 0);
        QCheckBox *meetings = childWithText<QCheckBox>(panel.view(), QStringLiteral("Meeting"));
        QVERIFY(meetings && meetings->isChecked());
        QTest::mouseClick(meetings, Qt::LeftButton);
        QVERIFY(!meetings->isChecked());
        // The typed relations stay drawn, and every entity shown keeps an edge to the rest.
        QCOMPARE(typedEdgesVisible(panel.view()), typedBefore);
        QVERIFY(panel.view()->visibleNodeCount() > 1);
        const auto *scene = panel.view()->graphicsView()->scene();
        int floating = 0;
        for (QGraphicsItem *node : scene->items()) {
            if (node->type() != QGraphicsItem::UserType + 201 || !node->isVisible())
                continue;
            bool edge = false;
            for (QGraphicsItem *e : scene->items())
                if (e->type() == QGraphicsItem::UserType + 202 && e->isVisible()
                    && e->sceneBoundingRect().intersects(node->sceneBoundingRect()))
                    edge = true;
            floating += edge ? 0 : 1;
        }
        QCOMPARE(floating, 0);
        QTest::mouseClick(meetings, Qt::LeftButton);
        QCOMPARE(panel.view()->leftOutCount(), 0);
    }

    void relationFilterHidesOneTypeAndItsMenuStaysOpen()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        panel.showNeighbourhood(0);
        QVERIFY(loaded.wait(kWait));
        GraphView *view = panel.view();
        const QStringList predicates = view->predicates();
        QVERIFY2(predicates.contains(QStringLiteral("partnership")), qPrintable(predicates.join(u' ')));
        QCOMPARE(predicates.front(), QStringLiteral("partnership")); // typed relations first
        const int partnerships = view->visibleEdgeCount(QStringLiteral("partnership"));
        QVERIFY(partnerships > 0);
        auto *button = childWithText<QToolButton>(view, QStringLiteral("Relations"));
        QVERIFY(button);
        QMenu *menu = button->menu();
        QAction *partnership = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == QStringLiteral("partnership"))
                partnership = a;
        QVERIFY(partnership && partnership->isChecked());
        // The menu runs its own event loop once the button is clicked: tick inside it.
        bool openAfterTick = false, uncheckedAfterTick = true;
        int hiddenPartnerships = -1, otherEdges = 0;
        QTimer::singleShot(300, menu, [&] {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(partnership).center());
            openAfterTick = menu->isVisible(); // ticking does not close the menu
            uncheckedAfterTick = !partnership->isChecked();
            hiddenPartnerships = view->visibleEdgeCount(QStringLiteral("partnership"));
            otherEdges = view->visibleEdgeCount();
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(partnership).center());
            menu->close();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!menu->isVisible());
        QVERIFY(openAfterTick);
        QVERIFY(uncheckedAfterTick);
        QCOMPARE(hiddenPartnerships, 0);
        QVERIFY(otherEdges > 0);
        QCOMPARE(view->visibleEdgeCount(QStringLiteral("partnership")), partnerships);
    }

    void coMentionLayerIsOffByDefaultAndRankedWhenOn()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1200, 500);
        panel.show();
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        const qint64 center = busiest(core::EntityType::Organization);
        panel.showNeighbourhood(center);
        QVERIFY(loaded.wait(kWait));
        GraphView *view = panel.view();
        auto *box = childWithText<QCheckBox>(view, QStringLiteral("Co-mentions"));
        QVERIFY(box && box->isEnabled() && !box->isChecked());
        QCOMPARE(view->visibleCoMentionCount(), 0);
        const int relations = view->visibleEdgeCount();
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        auto co = m_library->coMentions(center, GraphPanel::kCoMentionLimit);
        QVERIFY(co && !co->coMentions.empty());
        QCOMPARE(view->visibleCoMentionCount(), int(co->coMentions.size()));
        QCOMPARE(view->visibleEdgeCount(), relations); // co-mentions are not relations
        for (const auto &c : co->coMentions)
            QVERIFY(view->isNodeVisible(c.to));
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view->visibleCoMentionCount(), 0);
        // In the whole graph the switch is off and disabled (co-mentions are around a centre).
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("wholeGraph")), Qt::LeftButton);
        QVERIFY(loaded.wait(kWait));
        QVERIFY(!box->isEnabled());
    }

    void graphExportsPngSvgGraphMlThroughTheMenuAndRemembersTheFolder()
    {
        GraphPanel panel(m_service.get());
        panel.resize(1200, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &GraphPanel::loaded);
        panel.showNeighbourhood(busiest(core::EntityType::Organization));
        QVERIFY(loaded.wait(kWait));
        QTemporaryDir out;
        // SILLOK_KEEP_EXPORTS=1 keeps the files, to look at them.
        out.setAutoRemove(qEnvironmentVariableIsEmpty("SILLOK_KEEP_EXPORTS"));
        if (!out.autoRemove())
            qInfo("exports kept in %s", qPrintable(out.path()));
        const QString first = QDir(out.path()).filePath(QStringLiteral("one"));
        const QString second = QDir(out.path()).filePath(QStringLiteral("two"));
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QSignalSpy exported(&panel, &GraphPanel::exported);
        QSignalSpy status(&panel, &GraphPanel::statusMessage);
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("graphExport"));
        const auto exportVia = [&](const char *action, const QString &path, QString *openedIn) {
            answerFileDialog(path, openedIn);
            button->menu()->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        };
        exportVia("exportPng", QDir(first).filePath(QStringLiteral("g.png")), nullptr);
        QTRY_COMPARE(exported.size(), 1);
        const QImage png(QDir(first).filePath(QStringLiteral("g.png")));
        QVERIFY(!png.isNull() && png.width() > 200 && png.height() > 100);
        QVERIFY(status.last().first().toString().contains(QStringLiteral("g.png")));
        // The next dialog opens where the last export went.
        QString openedIn;
        exportVia("exportSvg", QDir(second).filePath(QStringLiteral("g.svg")), &openedIn);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(QDir(openedIn), QDir(first));
        QFile svg(QDir(second).filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        exportVia("exportGraphMl", QDir(second).filePath(QStringLiteral("g.graphml")), &openedIn);
        QTRY_COMPARE(exported.size(), 3);
        QCOMPARE(QDir(openedIn), QDir(second));
        QFile graphMl(QDir(second).filePath(QStringLiteral("g.graphml")));
        QVERIFY(graphMl.open(QIODevice::ReadOnly));
        const QByteArray xml = graphMl.readAll();
        QVERIFY(xml.contains("<graphml"));
        QCOMPARE(xml.count("<node "), panel.view()->visibleNodeCount());
        QCOMPARE(QDir(lastExportFolder()), QDir(second));
    }

    void timelineCountHonoursFilters()
    {
        TimelinePanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(kWait));
        auto items = m_library->timeline();
        QVERIFY(items);
        const int all = int(items->size());
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("%1 items").arg(all));
        // Choose the organization of the most items in the Organization box.
        std::map<std::string, int> perOrganization;
        for (const auto &item : *items)
            for (const auto &org : item.organizations)
                ++perOrganization[org];
        const auto best = std::ranges::max_element(perOrganization, {}, [](const auto &p) { return p.second; });
        auto *box = panel.view()->findChildren<QComboBox *>().at(1);
        const int index = box->findData(QString::fromStdString(best->first));
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        QCOMPARE(panel.shownCount(), best->second);
        QVERIFY(best->second < all);
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("%1 of %2 items").arg(best->second).arg(all));
    }

    void kindsMenuStaysOpenWhileTicking()
    {
        TimelinePanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(kWait));
        auto *button = childWithText<QToolButton>(panel.view(), QStringLiteral("Kinds"));
        QVERIFY(button);
        QMenu *menu = panel.view()->kindMenu();
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        const int before = panel.shownCount();
        bool openAfterFirst = false, openAfterSecond = false;
        QTimer::singleShot(300, menu, [&] {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(actions[0]).center());
            openAfterFirst = menu->isVisible();
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(actions[1]).center());
            openAfterSecond = menu->isVisible();
            menu->close();
        });
        QTest::mouseClick(button, Qt::LeftButton); // opens the menu (its own event loop)
        QTRY_VERIFY(!menu->isVisible());
        QVERIFY(openAfterFirst && openAfterSecond);
        QVERIFY(!actions[0]->isChecked() && !actions[1]->isChecked());
        QVERIFY(panel.shownCount() < before);
        QCOMPARE(panel.view()->kindFilter().size(), actions.size() - 2);
    }

    void itemTooltipGivesTheResolvedDateAndDoubleClickOpensTheArticle()
    {
        TimelinePanel panel(m_service.get());
        panel.resize(1400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(kWait));
        auto items = m_library->timeline();
        QVERIFY(items);
        const core::TimelineItem *day = nullptr;
        for (const auto &item : *items)
            if (item.start.precision == core::DatePrecision::Day && item.end == item.start)
                day = &item;
        QVERIFY(day);
        // The tooltip: the full resolved date (year and month included) and its precision.
        QGraphicsView *view = panel.view()->graphicsView();
        QString tip;
        for (QGraphicsItem *g : view->scene()->items())
            if (g->type() == QGraphicsItem::UserType + 101 && g->toolTip().contains(QString::fromStdString(day->name).toHtmlEscaped()))
                tip = g->toolTip();
        const QDate date(day->start.year, day->start.month, day->start.day);
        QVERIFY2(tip.contains(QLocale().toString(date, QStringLiteral("d MMMM yyyy"))), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Exact day")), qPrintable(tip));

        // Double-click on it: the first article naming it opens.
        QSignalSpy article(&panel, &TimelinePanel::articleActivated);
        QSignalSpy entity(&panel, &TimelinePanel::entityActivated);
        panel.view()->setPixelsPerDay(20);
        QRect r = panel.view()->itemViewportRect(day->entityId);
        view->centerOn(view->mapToScene(r.center()));
        r = panel.view()->itemViewportRect(day->entityId);
        QVERIFY(view->viewport()->rect().contains(r.center()));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, r.center());
        QVERIFY(article.wait(kWait));
        auto first = m_library->firstArticleOf(day->entityId);
        QVERIFY(first && *first != 0);
        QCOMPARE(article.first().first().toLongLong(), *first);
    }

    void fitFitsTheItemsShownAndExportKeepsTheLastLabel()
    {
        TimelinePanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(kWait));
        auto items = m_library->timeline();
        QVERIFY(items);
        TimelineView *view = panel.view();
        view->setPixelsPerDay(30);
        const QRect viewport = view->graphicsView()->viewport()->rect();
        const auto horizontallyInside = [&] {
            for (const auto &item : *items) {
                const QRect r = view->itemViewportRect(item.entityId);
                if (r.isNull() || r.left() < 0 || r.right() > viewport.right())
                    return false;
            }
            return true;
        };
        QVERIFY(!horizontallyInside());
        QTest::mouseClick(childWithText<QToolButton>(view, QStringLiteral("Fit")), Qt::LeftButton);
        QVERIFY(horizontallyInside());
        // The first and last items sit near the edges: the range fills the width.
        int left = viewport.width(), right = 0;
        for (const auto &item : *items) {
            left = std::min(left, view->itemViewportRect(item.entityId).left());
            right = std::max(right, view->itemViewportRect(item.entityId).right());
        }
        QVERIFY2(right - left > viewport.width() * 8 / 10, qPrintable(QStringLiteral("%1..%2").arg(left).arg(right)));

        // The PNG: nothing drawn touches the right edge (the last label is whole), and it confirms.
        QTemporaryDir out;
        const QString png = QDir(out.path()).filePath(QStringLiteral("t.png"));
        QSignalSpy status(&panel, &TimelinePanel::statusMessage);
        panel.exportTo(false, png);
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("t.png")));
        const QImage image(png);
        QVERIFY(!image.isNull());
        const int axis = 48; // below the axis band (its grid lines run to the edge)
        for (int y = axis; y < image.height(); ++y) {
            const QColor c = image.pixelColor(image.width() - 1, y);
            QVERIFY2(c.red() > 200 && c.green() > 200 && c.blue() > 200,
                     qPrintable(QStringLiteral("ink at the right edge, row %1").arg(y)));
        }
    }

    void largeLibraryShowsCountsThenItemsWhenZoomedIn()
    {
        TimelinePanel panel(m_service.get());
        panel.resize(1400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setItemLimit(5); // the sample corpus stands in for a large library
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(kWait));
        TimelineView *view = panel.view();
        QVERIFY(panel.isAggregated());
        QVERIFY(view->isAggregated());
        QVERIFY(view->countCellCount() > 0);
        // One cell per lane and month of the store's counts.
        auto counts = m_library->timelineCounts({});
        QVERIFY(counts);
        std::set<std::pair<std::string, std::string>> cells;
        for (const auto &c : *counts)
            cells.emplace(c.lane, c.month.toString());
        QCOMPARE(view->countCellCount(), int(cells.size()));
        QCOMPARE(panel.countLabel()->text(), QStringLiteral("Counts by lane and month: zoom in to see the items"));
        // Zoom in on one month with items: the items of the window come in place of the counts.
        auto items = m_library->timeline();
        const core::TimelineItem *target = nullptr;
        for (const auto &item : *items)
            if (item.start.precision == core::DatePrecision::Day)
                target = &item;
        QVERIFY(target);
        view->setPixelsPerDay(200);
        const auto [first, last] = view->range();
        const long day = core::daysFromCivil(target->start.year, target->start.month, target->start.day);
        view->graphicsView()->horizontalScrollBar()->setValue(int((day - first) * 200 - 300));
        QVERIFY(loaded.wait(kWait));
        QVERIFY(!view->isAggregated());
        QVERIFY(view->shownItemCount() > 0);
        QVERIFY(!view->itemViewportRect(target->entityId).isNull());
        // Zoomed out again: counts.
        QTest::mouseClick(childWithText<QToolButton>(view, QStringLiteral("Fit")), Qt::LeftButton);
        QTRY_VERIFY(view->isAggregated());
        Q_UNUSED(last);
    }

private:
    qint64 busiest(core::EntityType type)
    {
        auto list = m_library->entities({type, "", false});
        return list && !list->empty() ? list->front().id : 0;
    }

    qint64 mostTypedRelations()
    {
        auto whole = m_library->graph(0, 1);
        std::map<qint64, int> typed;
        for (const auto &e : whole->edges)
            if (graph::relationStyle(QString::fromStdString(e.predicate)).typed) {
                ++typed[e.from];
                ++typed[e.to];
            }
        qint64 best = 0;
        int most = 0;
        for (const auto &[id, n] : typed)
            if (n > most) {
                most = n;
                best = id;
            }
        return best;
    }

    static int typedEdgesVisible(GraphView *view)
    {
        int n = 0;
        for (const QString &p : view->predicates())
            if (graph::relationStyle(p).typed)
                n += view->visibleEdgeCount(p);
        return n;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Library> m_library;
    std::unique_ptr<LibraryService> m_service;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SillokTest"));
    QApplication::setApplicationName(QStringLiteral("sillok-views-test"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTranslator english;
    if (!english.load(QStringLiteral(SILLOK_QM_DIR "/sillok_en.qm")))
        qFatal("cannot load %s", SILLOK_QM_DIR "/sillok_en.qm");
    QApplication::installTranslator(&english);
    ViewsPanelsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "views_panels_test.moc"
