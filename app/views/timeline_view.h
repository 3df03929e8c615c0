#pragma once
// TimelineView: initiatives and meetings on a zoomable, pannable time axis (see README.md).
// Lanes by initiative or organization; date precision drawn honestly (a day is a point, a
// month- or year-precision date spans its whole period, lighter and hatched); a legend;
// filters by organization and kind; PNG/SVG export of the whole timeline.

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QGraphicsView;
class QMenu;

namespace sillok::core {
struct TimelineItem;
struct TimelineCount;
}

// Headers seen by moc forward-declare core types: Qt 6.4 moc cannot parse <compare>.
namespace sillok::gui {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { ByInitiative, ByOrganization };
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Replaces the items; items without a valid start date are not shown. Keeps grouping
    // and filters; fits the whole range into view.
    void setItems(std::vector<sillok::core::TimelineItem> items);
    // The coarse view of a large library: counts per lane and month (as Library::timelineCounts
    // gives them for the current grouping and organization), the organizations for the filter.
    // Fits the range when `fit`, else keeps zoom and scroll.
    void setCounts(std::vector<sillok::core::TimelineCount> counts, const QStringList &organizations, bool fit);
    // Items of a window of a large library, zoomed in: keeps the range, zoom and scroll.
    void setWindowItems(std::vector<sillok::core::TimelineItem> items);
    bool isAggregated() const;
    int countCellCount() const;
    // Fixes the time axis to [firstDay, lastDay) (days since 1970-01-01), so swapping counts and
    // window items keeps it in place; clearRange() lets it follow the data.
    void setRange(long firstDay, long lastDay);
    void clearRange();
    // The days of the time axis: first and one past the last (margins included).
    std::pair<long, long> range() const;
    // The days the viewport shows: first and one past the last.
    std::pair<long, long> visibleDays() const;
    void setGrouping(Grouping grouping);
    Grouping grouping() const;
    void setOrganizationFilter(const QString &organization); // "" = all
    void setKindFilter(const QStringList &kinds);            // kind codes; empty = all
    QString organizationFilter() const;
    QStringList kindFilter() const;
    // Renders the whole timeline (all lanes, full time range at the current zoom, capped at
    // 16000 px wide) with its axis and legend. False when the file cannot be written.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

    // Zoom: pixels per day, anchored at the viewport centre.
    double pixelsPerDay() const;
    void setPixelsPerDay(double pixelsPerDay);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Zooms so that the days [firstDay, lastDay) fill most of the width (as Enter on a count cell).
    void zoomToDays(long firstDay, long lastDay);
    // Appends a widget (e.g. a button of the embedding panel) to the end of the view's own
    // control row, so the panel needs no second row. The view takes ownership.
    void addToolBarWidget(QWidget *widget);

    // What is shown: lane titles top to bottom ("Other"/기타 for items with no lane) and
    // how many item graphics each holds (an item in two lanes counts in both).
    QStringList laneTitles() const;
    int laneItemCount(int lane) const;
    // Lanes whose whole band is on screen, below the sticky time axis: what a person sees
    // without scrolling.
    int fullyVisibleLaneCount() const;
    int shownItemCount() const;
    // Distinct items passing the filters (an item in two lanes counts once), and all items given.
    int shownEntityCount() const;
    int totalItemCount() const;
    QMenu *kindMenu() const; // for tests
    // Where the first graphic of `entityId` is, in viewport coordinates (empty if not shown).
    // The span or marker only, without its label.
    QRect itemViewportRect(qint64 entityId) const;
    QGraphicsView *graphicsView() const;

signals:
    void entityActivated(qint64 entityId);     // click on an item
    void entityDoubleClicked(qint64 entityId); // double-click on an item (open its article)
    void shownChanged();                       // items, grouping or filters changed
    void visibleDaysChanged(long firstDay, long lastDay); // zoomed or scrolled

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void refreshFilterControls();
    void applyFilter();
    bool renderTo(class QPaintDevice &device, const QSize &size, qreal scale);
    QSize exportSize(qreal *scale) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
