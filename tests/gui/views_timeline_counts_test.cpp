// The timeline at coarse zoom over a large library: every count cell tells its count (shade,
// number or abbreviation, tooltip), the legend shows the shade scale, and the keyboard reaches
// and opens a cell.

// Moc cannot parse the core headers these bring in.
#ifndef Q_MOC_RUN
#include "timeline_counts.h"
#include "timeline_legend.h"
#include "timeline_scene.h"
#endif
#include "timeline_view.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sillok;
using core::EntityType;
using core::PartialDate;
using gui::TimelineView;
using namespace gui::timeline;

namespace {

core::TimelineCount count(std::string lane, PartialDate month, EntityType type, int n)
{
    return {std::move(lane), month, type, type == EntityType::Meeting ? "meeting" : "policy", n};
}

// Two lanes over 2024: a busy March in "alpha", quiet months around it, one month in "beta".
std::vector<core::TimelineCount> sampleCounts()
{
    return {
        count("alpha", PartialDate::ofMonth(2024, 1), EntityType::Meeting, 3),
        count("alpha", PartialDate::ofMonth(2024, 3), EntityType::Meeting, 1000),
        count("alpha", PartialDate::ofMonth(2024, 3), EntityType::Initiative, 234),
        count("alpha", PartialDate::ofMonth(2024, 11), EntityType::Initiative, 40),
        count("beta", PartialDate::ofMonth(2024, 4), EntityType::Meeting, 7),
    };
}

// The fill a cell of `total` items paints at its corner, on a scale up to `maximum`.
QColor paintedFill(int total, int maximum)
{
    CountCell cell{0, 31, total, 0, false};
    TimelineCountGraphic graphic(cell, maximum, QString());
    graphic.setGeometry(0, 60, 0);
    QImage image(60, int(TimelineCountGraphic::kHeight), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    graphic.paint(&painter, nullptr, nullptr);
    painter.end();
    return image.pixelColor(3, 3); // inside the border, clear of the centred number
}

TimelineScene *sceneOf(TimelineView &view)
{
    return dynamic_cast<TimelineScene *>(view.graphicsView()->scene());
}

} // namespace

class TimelineCountsTest : public QObject {
    Q_OBJECT
private slots:
    void abbreviations();
    void labelFitsTheCell();
    void shadeOrdersByCount();
    void toolTipTellsLaneMonthAndExactCount();
    void legendShowsTheScaleOnlyForCounts();
    void keyboardReachesAndOpensACell();
};

void TimelineCountsTest::abbreviations()
{
    QCOMPARE(abbreviatedCount(0), QStringLiteral("0"));
    QCOMPARE(abbreviatedCount(7), QStringLiteral("7"));
    QCOMPARE(abbreviatedCount(999), QStringLiteral("999"));
    QCOMPARE(abbreviatedCount(1000), QStringLiteral("1k"));
    QCOMPARE(abbreviatedCount(1234), QStringLiteral("1.2k"));
    QCOMPARE(abbreviatedCount(1299), QStringLiteral("1.2k")); // rounded down: never more than there is
    QCOMPARE(abbreviatedCount(9999), QStringLiteral("9.9k"));
    QCOMPARE(abbreviatedCount(12345), QStringLiteral("12k"));
    QCOMPARE(abbreviatedCount(999999), QStringLiteral("999k"));
    QCOMPARE(abbreviatedCount(1250000), QStringLiteral("1.2M"));
}

void TimelineCountsTest::labelFitsTheCell()
{
    const QFontMetricsF fm(QApplication::font());
    const qreal whole = fm.horizontalAdvance(QStringLiteral("1234")) + 4;
    const qreal shortened = fm.horizontalAdvance(QStringLiteral("1.2k")) + 4;
    QVERIFY(shortened < whole);
    QCOMPARE(cellLabel(1234, whole, fm), QStringLiteral("1234"));
    QCOMPARE(cellLabel(1234, whole - 1, fm), QStringLiteral("1.2k"));
    QCOMPARE(cellLabel(1234, shortened, fm), QStringLiteral("1.2k"));
    QCOMPARE(cellLabel(1234, shortened - 1, fm), QString());
    QCOMPARE(cellLabel(7, shortened - 1, fm), QStringLiteral("7"));
}

void TimelineCountsTest::shadeOrdersByCount()
{
    QVERIFY(countShade(0, 1000) == 0);
    QVERIFY(countShade(3, 1000) > 0);
    QVERIFY(countShade(3, 1000) < countShade(40, 1000));
    QVERIFY(countShade(40, 1000) < countShade(1000, 1000));
    QCOMPARE(countShade(1000, 1000), 1.0);
    // As painted: the busier cell is darker, on the same scale.
    const QColor quiet = paintedFill(3, 1234), busy = paintedFill(1234, 1234);
    QVERIFY2(busy.lightness() < quiet.lightness() - 40,
             qPrintable(QStringLiteral("%1 vs %2").arg(busy.lightness()).arg(quiet.lightness())));
}

void TimelineCountsTest::toolTipTellsLaneMonthAndExactCount()
{
    TimelineScene scene;
    scene.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    scene.setCounts(sampleCounts());
    QCOMPARE(scene.countCellCount(), 4);
    QCOMPARE(scene.countScaleMaximum(), 1234);
    const TimelineCountGraphic *march = nullptr;
    for (int i = 0; i < scene.countCellCount(); ++i)
        if (scene.countCell(i)->cell().total() == 1234)
            march = scene.countCell(i);
    QVERIFY(march);
    const QString tip = march->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("<b>alpha</b>")), qPrintable(tip));
    // No catalogue is loaded here: the plural forms read "item(s)".
    QVERIFY2(tip.contains(QStringLiteral("March 2024: 1,234 item")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("1000 meeting")) && tip.contains(QStringLiteral("234 initiative")),
             qPrintable(tip));
}

void TimelineCountsTest::legendShowsTheScaleOnlyForCounts()
{
    TimelineView view;
    view.resize(1200, 500);
    TimelineLegend *legend = nullptr; // no Q_OBJECT: findChild() cannot tell it from other widgets
    for (QWidget *child : view.findChildren<QWidget *>())
        legend = legend ? legend : dynamic_cast<TimelineLegend *>(child);
    QVERIFY(legend);
    view.setCounts(sampleCounts(), {}, true);
    QCOMPARE(legend->countScale(), 1234);
    // Only the quiet kinds left: the scale follows the cells shown.
    view.setKindFilter({QStringLiteral("policy")});
    QCOMPARE(legend->countScale(), 234);
    view.setItems({});
    QCOMPARE(legend->countScale(), 0);
}

void TimelineCountsTest::keyboardReachesAndOpensACell()
{
    TimelineView view;
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCounts(sampleCounts(), {}, true);
    TimelineScene *scene = sceneOf(view);
    QVERIFY(scene);
    QGraphicsView *canvas = view.graphicsView();
    canvas->setFocus();
    QCOMPARE(scene->currentCell(), -1);
    // The first arrow picks the first cell on screen; Right walks along its lane, Down changes lane.
    QTest::keyClick(canvas, Qt::Key_Right);
    QCOMPARE(scene->currentCell(), 0);
    QVERIFY(scene->countCell(0)->isCurrent());
    QTest::keyClick(canvas, Qt::Key_Right);
    QCOMPARE(scene->currentCell(), 1);
    QCOMPARE(scene->countCell(1)->cell().total(), 1234);
    QVERIFY(!scene->countCell(0)->isCurrent());
    QTest::keyClick(canvas, Qt::Key_Down); // beta's only month, April: nearest to March
    QCOMPARE(scene->countCell(scene->currentCell())->cell().total(), 7);
    QTest::keyClick(canvas, Qt::Key_Down); // no lane below: stays
    QCOMPARE(scene->countCell(scene->currentCell())->cell().total(), 7);
    QTest::keyClick(canvas, Qt::Key_Up);
    QCOMPARE(scene->currentCell(), 1);
    // Enter zooms in on March 2024: the month is in view and fills most of it.
    const double before = view.pixelsPerDay();
    QTest::keyClick(canvas, Qt::Key_Return);
    QVERIFY(view.pixelsPerDay() > before * 5);
    const auto [first, last] = view.visibleDays();
    const CountCell &march = scene->countCell(1)->cell();
    QVERIFY2(first <= march.first && last >= march.lastExclusive,
             qPrintable(QStringLiteral("%1..%2 shown, %3..%4 wanted")
                            .arg(first)
                            .arg(last)
                            .arg(march.first)
                            .arg(march.lastExclusive)));
    QVERIFY(last - first < 3 * (march.lastExclusive - march.first));
}

QTEST_MAIN(TimelineCountsTest)
#include "views_timeline_counts_test.moc"
