// TimelineView: lanes, grouping, filters, honest precision, clicks, zoom and export.

#include "timeline_axis.h"
#include "timeline_layout.h"
#include "timeline_scene.h"
#include "timeline_view.h"
#include "views_sample_data.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sillok;
using core::EntityType;
using core::PartialDate;
using gui::TimelineView;
using views_test::item;

namespace {

std::vector<core::TimelineItem> sampleItems()
{
    return {
        item(1, EntityType::Meeting, "kickoff", "meeting", PartialDate::ofDay(2024, 3, 5), {}, {"alpha"}, {"org a"}),
        item(2, EntityType::Meeting, "joint forum", "forum", PartialDate::ofMonth(2024, 6), {}, {"alpha", "beta"},
             {"org a", "org b"}),
        item(3, EntityType::Initiative, "beta", "policy", PartialDate::ofYear(2024), {}, {"beta"}, {"org b"}),
        item(4, EntityType::Meeting, "expo", "exhibition", PartialDate::ofDay(2024, 9, 10),
             PartialDate::ofDay(2024, 9, 12), {}, {}),
        item(5, EntityType::Meeting, "undated", "meeting", PartialDate{}, {}, {"alpha"}, {"org a"}),
    };
}

} // namespace

class TimelineViewTest : public QObject {
    Q_OBJECT
private slots:
    void daySpansKeepPrecision();
    void rowsNeverOverlap();
    void axisTicksAdaptToZoom();
    void axisPinsTheLabelCutAtTheLeftEdge();
    void lanesByInitiative();
    void groupingSwitch();
    void filters();
    void monthWiderThanDay();
    void clickEmitsEntityId();
    void ctrlWheelZoomsUnderMouse();
    void exportsPngAndSvg();
    void emptyTimeline();
    void fiveThousandItems();
};

void TimelineViewTest::daySpansKeepPrecision()
{
    using namespace gui::timeline;
    const auto day = daySpan(item(1, EntityType::Meeting, "d", "", PartialDate::ofDay(2024, 2, 28)));
    QCOMPARE(day.lastExclusive - day.first, 1);
    QCOMPARE(day.style, SpanStyle::Day);
    const auto month = daySpan(item(2, EntityType::Meeting, "m", "", PartialDate::ofMonth(2024, 2)));
    QCOMPARE(month.lastExclusive - month.first, 29); // leap year
    QCOMPARE(month.style, SpanStyle::Month);
    const auto year = daySpan(item(3, EntityType::Meeting, "y", "", PartialDate::ofYear(2023)));
    QCOMPARE(year.lastExclusive - year.first, 365);
    QCOMPARE(year.style, SpanStyle::Year);
    const auto range = daySpan(item(4, EntityType::Meeting, "r", "", PartialDate::ofDay(2024, 12, 30),
                                    PartialDate::ofDay(2025, 1, 2)));
    QCOMPARE(range.lastExclusive - range.first, 4);
    QCOMPARE(range.style, SpanStyle::Range);
    // A day that starts in a month-precision range is drawn as uncertain as its coarsest end.
    const auto mixed = daySpan(item(5, EntityType::Meeting, "x", "", PartialDate::ofDay(2024, 1, 30),
                                    PartialDate::ofMonth(2024, 2)));
    QCOMPARE(mixed.style, SpanStyle::Month);
    QCOMPARE(mixed.lastExclusive, core::daysFromCivil(2024, 3, 1));
}

void TimelineViewTest::rowsNeverOverlap()
{
    using namespace gui::timeline;
    Lane lane;
    std::vector<std::pair<double, double>> extents{{0, 50}, {10, 30}, {40, 90}, {55, 70}, {60, 65}, {95, 100}};
    for (int i = 0; i < static_cast<int>(extents.size()); ++i)
        lane.entries.push_back({i, 0, true});
    packRows(lane, 10, [&](std::size_t i, bool) { return extents[i]; });
    for (std::size_t a = 0; a < extents.size(); ++a)
        for (std::size_t b = a + 1; b < extents.size(); ++b)
            if (lane.entries[a].row == lane.entries[b].row)
                QVERIFY(extents[a].second <= extents[b].first || extents[b].second <= extents[a].first);
    QCOMPARE(lane.entries[5].row, 0); // free space is reused
    // With a row cap, overflow goes unlabelled instead of adding rows.
    packRows(lane, 2, [&](std::size_t i, bool) { return extents[i]; });
    QCOMPARE(lane.rows, 2);
    QVERIFY(std::ranges::any_of(lane.entries, [](const LaneEntry &e) { return !e.labelled; }));
}

void TimelineViewTest::axisTicksAdaptToZoom()
{
    using gui::timeline::Axis;
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const long from = core::daysFromCivil(2020, 1, 1), to = core::daysFromCivil(2025, 1, 1);
    const auto years = Axis::ticks(from, to, 0.2, korean); // ~73 px per year
    QVERIFY(!years.empty());
    QCOMPARE(years.front().label, QStringLiteral("2020"));
    const auto months = Axis::ticks(from, from + 400, 3, korean);
    QVERIFY(std::ranges::any_of(months, [](const auto &t) { return t.label == QStringLiteral("3월"); }));
    const auto days = Axis::ticks(from, from + 20, 60, korean);
    QVERIFY(std::ranges::any_of(days, [](const auto &t) { return t.label == QStringLiteral("15"); }));
    QVERIFY(std::ranges::any_of(days, [](const auto &t) { return t.major && t.label.contains(QStringLiteral("2020")); }));
}

void TimelineViewTest::axisPinsTheLabelCutAtTheLeftEdge()
{
    using gui::timeline::Axis;
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const long origin = core::daysFromCivil(2020, 1, 1);
    const double perDay = 1.0; // months under years: a major tick on every 1 January
    const auto ticks = Axis::ticks(origin, origin + 4 * 366, perDay, korean);
    const auto width = [](const QString &) { return 40.0; };
    const auto indexOf = [&](const QString &label) {
        for (std::size_t i = 0; i < ticks.size(); ++i)
            if (ticks[i].major && ticks[i].label.contains(label))
                return static_cast<int>(i);
        return -2;
    };
    const auto xOf = [&](int y, int m, int d) { return (core::daysFromCivil(y, m, d) - origin) * perDay; };
    // In March 2021 the year's own label is off screen: 2021 is pinned (and not drawn in place).
    QCOMPARE(Axis::pinnedMajor(ticks, xOf(2021, 3, 1), origin, perDay, width), indexOf(QStringLiteral("2021")));
    // A few pixels past 1 January the label would be drawn cut and pinned beside itself: pinned only.
    QCOMPARE(Axis::pinnedMajor(ticks, xOf(2021, 1, 1) + 2, origin, perDay, width), indexOf(QStringLiteral("2021")));
    // Exactly at 1 January it is drawn in place, and nothing is pinned.
    QCOMPARE(Axis::pinnedMajor(ticks, xOf(2021, 1, 1), origin, perDay, width), -1);
    // Late in December the pinned 2021 would cover 2022's label: neither is pinned.
    QCOMPARE(Axis::pinnedMajor(ticks, xOf(2021, 12, 20), origin, perDay, width), -1);
}

void TimelineViewTest::lanesByInitiative()
{
    TimelineView view;
    view.setItems(sampleItems());
    // Lanes run in order of their first item: beta's year-precision item starts on 1 January.
    QCOMPARE(view.laneTitles(), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("Other")}));
    QCOMPARE(view.laneItemCount(0), 2); // joint forum, beta
    QCOMPARE(view.laneItemCount(1), 2); // kickoff, joint forum
    QCOMPARE(view.laneItemCount(2), 1); // expo has no initiative
    QCOMPARE(view.shownItemCount(), 5); // the undated item is not drawn
}

void TimelineViewTest::groupingSwitch()
{
    TimelineView view;
    view.setItems(sampleItems());
    view.setGrouping(TimelineView::Grouping::ByOrganization);
    QCOMPARE(view.grouping(), TimelineView::Grouping::ByOrganization);
    QCOMPARE(view.laneTitles(), (QStringList{QStringLiteral("org b"), QStringLiteral("org a"), QStringLiteral("Other")}));
    QCOMPARE(view.laneItemCount(0), 2);
    QCOMPARE(view.laneItemCount(1), 2);
    view.setGrouping(TimelineView::Grouping::ByInitiative);
    QCOMPARE(view.laneTitles().first(), QStringLiteral("beta"));
}

void TimelineViewTest::filters()
{
    TimelineView view;
    view.setItems(sampleItems());
    view.setOrganizationFilter(QStringLiteral("org b"));
    QCOMPARE(view.laneTitles(), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
    QCOMPARE(view.shownItemCount(), 3);
    view.setKindFilter({QStringLiteral("policy")});
    QCOMPARE(view.laneTitles(), QStringList{QStringLiteral("beta")});
    QCOMPARE(view.shownItemCount(), 1);
    view.setOrganizationFilter(QString());
    view.setKindFilter({});
    QCOMPARE(view.shownItemCount(), 5);
}

void TimelineViewTest::monthWiderThanDay()
{
    TimelineView view;
    view.resize(1000, 500);
    view.setItems(sampleItems());
    view.setPixelsPerDay(4);
    const QRect day = view.itemViewportRect(1), month = view.itemViewportRect(2), year = view.itemViewportRect(3),
                range = view.itemViewportRect(4);
    QVERIFY(!day.isEmpty());
    QVERIFY2(month.width() > day.width(), qPrintable(QStringLiteral("%1 vs %2").arg(month.width()).arg(day.width())));
    QVERIFY(qAbs(month.width() - 30 * 4) <= 2); // June: 30 days
    QVERIFY(year.width() > month.width());
    QVERIFY(qAbs(range.width() - 3 * 4) <= 2 || range.width() >= 12); // 10-12 Sept, or a marker
}

void TimelineViewTest::clickEmitsEntityId()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setItems(sampleItems());
    QSignalSpy spy(&view, &TimelineView::entityActivated);
    for (qint64 id : {1, 3, 4}) {
        const QRect rect = view.itemViewportRect(id);
        QVERIFY(view.graphicsView()->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(view.graphicsView()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toLongLong(), id);
    }
    // A drag pans instead of activating.
    QWidget *viewport = view.graphicsView()->viewport();
    const QPoint at = view.itemViewportRect(1).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, at);
    QTest::mouseMove(viewport, at + QPoint(40, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at + QPoint(40, 0));
    QCOMPARE(spy.count(), 0);
}

void TimelineViewTest::ctrlWheelZoomsUnderMouse()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setItems(sampleItems());
    const QRect before = view.itemViewportRect(2);
    const QPoint at = before.center();
    const double ppd = view.pixelsPerDay();
    QWheelEvent wheel(at, view.graphicsView()->viewport()->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.graphicsView()->viewport(), &wheel);
    QVERIFY(view.pixelsPerDay() > ppd * 1.2);
    const QRect after = view.itemViewportRect(2);
    QVERIFY(after.width() > before.width());
    QVERIFY2(after.left() <= at.x() + 1 && after.right() >= at.x() - 1, "the item under the pointer stays there");
    view.zoomOut();
    view.zoomToFit();
    QVERIFY(view.pixelsPerDay() <= ppd + 1e-9);
}

void TimelineViewTest::exportsPngAndSvg()
{
    QTemporaryDir dir;
    TimelineView view;
    view.resize(900, 400);
    view.setItems(sampleItems());
    const QString png = dir.filePath(QStringLiteral("t.png")), svg = dir.filePath(QStringLiteral("t.svg"));
    QVERIFY(view.exportPng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() > 100);
    QVERIFY(view.exportSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int elements = 0;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(elements > 20);
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/dir/t.png"))));
}

void TimelineViewTest::emptyTimeline()
{
    TimelineView view;
    view.setItems({});
    QCOMPARE(view.shownItemCount(), 0);
    QVERIFY(view.laneTitles().isEmpty());
    // Nothing dated: the axis shows this year (it used to show 1970).
    auto *scene = dynamic_cast<gui::timeline::TimelineScene *>(view.graphicsView()->scene());
    QVERIFY(scene);
    QCOMPARE(scene->originDay(), gui::timeline::firstDay(core::PartialDate::ofYear(QDate::currentDate().year())));
    QTemporaryDir dir;
    QVERIFY(view.exportPng(dir.filePath(QStringLiteral("empty.png"))));
    view.zoomIn();
    QCOMPARE(view.itemViewportRect(1), QRect());
}

void TimelineViewTest::fiveThousandItems()
{
    TimelineView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto items = views_test::generatedItems(5000);
    QElapsedTimer timer;
    timer.start();
    view.setItems(std::move(items));
    const qint64 setItemsMs = timer.restart();
    view.zoomIn();
    const qint64 zoomMs = timer.restart();
    view.graphicsView()->viewport()->repaint();
    const qint64 paintMs = timer.restart();
    view.setGrouping(TimelineView::Grouping::ByOrganization);
    const qint64 regroupMs = timer.elapsed();
    // Numbers for the log only; timings are not asserted.
    qInfo("5000 items: setItems %lld ms, zoom %lld ms, repaint %lld ms, regroup %lld ms (%d graphics)", setItemsMs,
          zoomMs, paintMs, regroupMs, view.shownItemCount());
    QVERIFY(view.shownItemCount() >= 5000);
    QCOMPARE(view.laneTitles().size(), 25);
}

QTEST_MAIN(TimelineViewTest)
#include "views_timeline_test.moc"
