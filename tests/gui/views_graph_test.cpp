// GraphView: layout, clicks and double clicks, type filter, hop selector, export.

#include "graph_canvas.h"
#include "graph_layout.h"
#include "graph_view.h"
#include "model/records.h"

#include <QAbstractButton>
#include <QGraphicsView>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sillok;
using core::EntityType;
using gui::GraphView;

namespace {

// A centre meeting with organizations, people and an initiative around it.
core::Graph sampleGraph()
{
    core::Graph g;
    g.nodes = {{1, EntityType::Meeting, "meeting one", 5},   {2, EntityType::Organization, "org a", 12},
               {3, EntityType::Organization, "org b", 3},    {4, EntityType::Person, "person a", 2},
               {5, EntityType::Initiative, "initiative", 7}, {6, EntityType::Person, "person b", 1},
               {7, EntityType::Meeting, "meeting two", 1}};
    g.edges = {{1, 2, "organizer", 1}, {1, 3, "participant", 2}, {4, 2, "member_of", 3}, {1, 5, "discussed", 4},
               {2, 5, "owner", 5},     {6, 3, "member_of", 6},   {7, 5, "discussed", 7}, {1, 2, "participant", 8},
               {1, 99, "participant", 9}}; // 99 is not a node: dropped
    return g;
}

} // namespace

class GraphViewTest : public QObject {
    Q_OBJECT
private slots:
    void layoutIsDeterministicAndSpread();
    void nodesAndFilter();
    void clickAndDoubleClick();
    void hopsSelector();
    void dragMovesAndPinsNode();
    void exportPng();
    void emptyGraph();
    void fitsWhenFirstShownAtItsSize();
    void labelsAreLegibleAndDoNotOverlap();
    void fitKeepsLegendAndNamesClear();
};

void GraphViewTest::layoutIsDeterministicAndSpread()
{
    const std::vector<std::pair<int, int>> edges{{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {0, 5}};
    gui::graph::ForceLayout a(6, edges, 0), b(6, edges, 0);
    a.finish();
    b.finish();
    QVERIFY(a.isDone());
    QCOMPARE(a.positions(), b.positions());
    QCOMPARE(a.positions()[0], QPointF(0, 0)); // the centre is pinned
    for (std::size_t i = 0; i < 6; ++i)
        for (std::size_t j = i + 1; j < 6; ++j) {
            const QPointF d = a.positions()[i] - a.positions()[j];
            QVERIFY2(std::hypot(d.x(), d.y()) > a.idealLength() * 0.3, "nodes do not pile up");
        }
}

void GraphViewTest::nodesAndFilter()
{
    GraphView view;
    view.setGraph(sampleGraph(), 1);
    view.finishLayout();
    QVERIFY(!view.isLayoutRunning());
    QCOMPARE(view.visibleNodeCount(), 7);
    QCOMPARE(view.centerId(), 1);
    view.setTypeFilter({static_cast<int>(EntityType::Organization), static_cast<int>(EntityType::Meeting)});
    // "meeting two" was linked only through the hidden initiative: it is left out, not left floating.
    QCOMPARE(view.visibleNodeCount(), 3);
    QCOMPARE(view.leftOutCount(), 1);
    QVERIFY(!view.isNodeVisible(4));
    QVERIFY(!view.isNodeVisible(5));
    QVERIFY(!view.isNodeVisible(7));
    QVERIFY(view.isNodeVisible(2));
    QVERIFY(view.isNodeVisible(3));
    // The centre stays even when its type is hidden; the people were linked only through the
    // hidden organizations.
    view.setTypeFilter({static_cast<int>(EntityType::Person)});
    QVERIFY(view.isNodeVisible(1));
    QCOMPARE(view.visibleNodeCount(), 1);
    QCOMPARE(view.leftOutCount(), 2);
    view.setTypeFilter({0, 1, 2, 3});
    QCOMPARE(view.visibleNodeCount(), 7);
    QCOMPARE(view.leftOutCount(), 0);
    // Hiding a relation type can leave an entity out the same way.
    view.setHiddenPredicates({QStringLiteral("member_of")});
    QVERIFY(!view.isNodeVisible(4) && !view.isNodeVisible(6));
    QCOMPARE(view.visibleEdgeCount(QStringLiteral("member_of")), 0);
    view.setHiddenPredicates({});
    QCOMPARE(view.visibleNodeCount(), 7);
}

void GraphViewTest::clickAndDoubleClick()
{
    GraphView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(sampleGraph(), 1);
    view.finishLayout();
    QSignalSpy activated(&view, &GraphView::entityActivated);
    QSignalSpy recenter(&view, &GraphView::recenterRequested);
    QWidget *viewport = view.graphicsView()->viewport();
    const QPoint at = view.nodeViewportPosition(3);
    QVERIFY(viewport->rect().contains(at));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toLongLong(), 3);
    QCOMPARE(recenter.count(), 0);
    const QPoint other = view.nodeViewportPosition(5);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, other);
    QCOMPARE(recenter.count(), 1);
    QCOMPARE(recenter.takeFirst().at(0).toLongLong(), 5);
    // Empty background: nothing.
    activated.clear();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(activated.count(), 0);
}

void GraphViewTest::hopsSelector()
{
    GraphView view;
    QSignalSpy spy(&view, &GraphView::hopsChanged);
    QCOMPARE(view.hops(), 1);
    view.setHops(2);
    QCOMPARE(view.hops(), 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 2);
    view.setHops(2);
    view.setHops(7); // clamped to 2: no change
    QCOMPARE(spy.count(), 0);
    // The on-screen selector drives the same signal.
    const auto buttons = view.findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons)
        if (b->isCheckable() && b->text().startsWith(QLatin1Char('1'))) {
            b->click();
            break;
        }
    QCOMPARE(view.hops(), 1);
    QCOMPARE(spy.count(), 1);
}

void GraphViewTest::dragMovesAndPinsNode()
{
    GraphView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(sampleGraph(), 1);
    view.finishLayout();
    QWidget *viewport = view.graphicsView()->viewport();
    const QPoint from = view.nodeViewportPosition(6);
    const QPoint to = from + QPoint(60, 30);
    QSignalSpy activated(&view, &GraphView::entityActivated);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QVERIFY((view.nodeViewportPosition(6) - to).manhattanLength() <= 3);
    QCOMPARE(activated.count(), 0); // a drag is not a click
}

void GraphViewTest::exportPng()
{
    QTemporaryDir dir;
    GraphView view;
    view.setGraph(sampleGraph(), 1);
    view.finishLayout();
    const QString path = dir.filePath(QStringLiteral("g.png"));
    QVERIFY(view.exportPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 150 && image.height() > 150);
}

// A graph laid out while its view is hidden (the Graph dock behind the Timeline tab) must fill
// the view once it is shown at its real size, not stay fitted to the hidden, tiny one.
void GraphViewTest::fitsWhenFirstShownAtItsSize()
{
    QWidget host;
    auto *view = new GraphView(&host);
    view->resize(60, 40);
    view->setGraph(sampleGraph(), 1);
    view->finishLayout();
    host.resize(900, 700);
    view->resize(900, 700);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QRect spread;
    for (qint64 id = 1; id <= 7; ++id)
        spread |= QRect(view->nodeViewportPosition(id), QSize(1, 1));
    const QSize viewport = view->graphicsView()->viewport()->size();
    QVERIFY2(spread.width() > viewport.width() / 3 || spread.height() > viewport.height() / 3,
             qPrintable(QStringLiteral("nodes span %1x%2 of %3x%4").arg(spread.width()).arg(spread.height())
                            .arg(viewport.width()).arg(viewport.height())));
    // Once the user zooms, a resize no longer re-fits.
    view->zoomOut();
    view->zoomOut();
    const QPoint before = view->nodeViewportPosition(3) - view->nodeViewportPosition(1);
    view->resize(800, 650);
    const QPoint after = view->nodeViewportPosition(3) - view->nodeViewportPosition(1);
    QVERIFY(std::abs(before.x() - after.x()) <= 2 && std::abs(before.y() - after.y()) <= 2);
}

void GraphViewTest::emptyGraph()
{
    GraphView view;
    view.setGraph({}, 0);
    view.finishLayout();
    QCOMPARE(view.visibleNodeCount(), 0);
    QCOMPARE(view.nodeViewportPosition(1), QPoint());
    QTemporaryDir dir;
    QVERIFY(view.exportPng(dir.filePath(QStringLiteral("e.png"))));
}

// The whole graph in a short dock (issue 12.2, last pass): the legend covered nodes and names
// were cut at the top and bottom. After Fit every node and every name drawn is on screen and
// clear of the legend; with the legend hidden (its button) the graph takes the whole view.
void GraphViewTest::fitKeepsLegendAndNamesClear()
{
    core::Graph g;
    for (int i = 0; i < 28; ++i) {
        const qint64 id = i + 1;
        g.nodes.push_back({id, i % 3 ? EntityType::Organization : EntityType::Meeting,
                           "상당히 긴 이름의 기관 " + std::to_string(i + 1), 1 + i % 5});
        if (i > 0)
            g.edges.push_back({id, 1 + (i * 7) % i, i % 2 ? "participant" : "organizer", static_cast<qint64>(i)});
    }
    GraphView view;
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(g, 0);
    view.finishLayout();
    view.zoomToFit();
    QVERIFY(view.isLegendShown());
    const auto check = [&](const char *when) {
        const QRectF screen = view.graphicsView()->viewport()->rect();
        const QRectF legend = view.legendViewportRect();
        for (const auto &n : g.nodes) {
            const QPointF at = view.nodeViewportPosition(n.id);
            QVERIFY2(screen.contains(at),
                     qPrintable(QStringLiteral("%1: node %2 off screen").arg(QLatin1String(when)).arg(n.id)));
            QVERIFY2(!legend.adjusted(-3, -3, 3, 3).contains(at),
                     qPrintable(QStringLiteral("%1: node %2 under the legend").arg(QLatin1String(when)).arg(n.id)));
        }
        const QList<QRectF> labels = view.labelViewportRects();
        QVERIFY(labels.size() >= 3);
        for (const QRectF &box : labels) {
            QVERIFY2(screen.contains(box), qPrintable(QStringLiteral("%1: a name cut at %2,%3 %4x%5")
                                                          .arg(QLatin1String(when))
                                                          .arg(box.x())
                                                          .arg(box.y())
                                                          .arg(box.width())
                                                          .arg(box.height())));
            QVERIFY2(!box.intersects(legend),
                     qPrintable(QStringLiteral("%1: a name under the legend").arg(QLatin1String(when))));
        }
    };
    check("legend shown");
    auto *button = view.findChild<QAbstractButton *>(QStringLiteral("graphLegend"));
    QVERIFY(button && button->isChecked());
    button->click();
    QVERIFY(!view.isLegendShown());
    QVERIFY(view.legendViewportRect().isEmpty());
    check("legend hidden");
    button->click();
    QVERIFY(view.isLegendShown());
    view.resize(1000, 200); // shorter still: the fit follows while the user has not zoomed
    QTRY_VERIFY(view.graphicsView()->viewport()->height() < 200);
    check("shorter dock");
}

QTEST_MAIN(GraphViewTest)
#include "views_graph_test.moc"

// A meeting with sixteen participants in a wide, short dock: the neighbourhood is stretched to
// the dock's shape, every node gets its name at screen size, and no two names overlap; zoomed far
// out, names that no longer fit are left out, never drawn over each other or shrunk.
void GraphViewTest::labelsAreLegibleAndDoNotOverlap()
{
    core::Graph g;
    g.nodes.push_back({1, EntityType::Meeting, "제1차 AI반도체 분과회의", 9});
    for (int i = 0; i < 16; ++i) {
        const qint64 id = 100 + i;
        g.nodes.push_back({id, EntityType::Organization, "참여 기관 " + std::to_string(i + 1), 1 + i % 4});
        g.edges.push_back({1, id, "participant", static_cast<qint64>(i + 1)});
    }
    GraphView view;
    view.resize(1300, 330);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(g, 1);
    view.finishLayout();
    auto *canvas = qobject_cast<gui::graph::GraphCanvas *>(view.graphicsView());
    QVERIFY(canvas);
    const QRect viewport = canvas->viewport()->rect();

    QRect nodes;
    for (const auto &n : g.nodes)
        nodes |= QRect(view.nodeViewportPosition(n.id), QSize(1, 1));
    QVERIFY2(nodes.width() > 2 * nodes.height(), "the neighbourhood is spread across the wide dock");

    const int lineHeight = static_cast<int>(QFontMetricsF(canvas->font()).height());
    const auto checkNoOverlap = [&](const std::vector<gui::graph::GraphCanvas::PlacedLabel> &labels) {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            QVERIFY(std::abs(labels[i].box.height() - (lineHeight + 2)) <= 2); // screen size at any zoom
            for (std::size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].box.intersects(labels[j].box),
                         qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        }
    };
    auto labels = canvas->placeNodeLabels();
    QCOMPARE(static_cast<int>(labels.size()), 17);
    checkNoOverlap(labels);
    for (const auto &l : labels)
        QVERIFY2(QRectF(viewport).contains(l.box), qPrintable(l.text));

    for (int i = 0; i < 12; ++i)
        view.zoomOut();
    labels = canvas->placeNodeLabels();
    QVERIFY(!labels.empty());
    QVERIFY(labels.size() < 17);
    QVERIFY(std::ranges::any_of(labels, [](const auto &l) { return l.center; }));
    checkNoOverlap(labels);
}
