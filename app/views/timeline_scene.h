#pragma once
// The timeline's scene: one graphics item per (item, lane) pair, laid out in pixels for the
// current zoom. Zooming re-positions the existing items (relayout) instead of re-creating
// them; filters and grouping rebuild them. Lane bands and the grid are its background, so
// they appear both on screen and in exports.

#include "timeline_counts.h"
#include "timeline_layout.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QLocale>

#include <vector>

namespace sillok::gui::timeline {

class TimelineItemGraphic;

struct LaneBand {
    QString title; // display title (the catch-all lane already translated)
    qreal top = 0;
    qreal height = 0;
    int itemCount = 0;
};

class TimelineScene : public QGraphicsScene {
    Q_DECLARE_TR_FUNCTIONS(sillok::gui::TimelineView)
public:
    // Compact enough for six lanes and more in the default dock at 1600×1000 (with 20/22/6 it
    // showed three and a half): the bars are 16 px, the titles one line.
    static constexpr qreal kTitleHeight = 17; // lane title strip
    static constexpr qreal kRowHeight = 20;
    static constexpr qreal kLanePadding = 3;
    static constexpr int kMaxRows = 12;       // per lane; beyond it items overlap unlabelled

    explicit TimelineScene(QObject *parent = nullptr);

    // Replaces the data (items are copied into the scene) and rebuilds the graphics items.
    void setItems(std::vector<sillok::core::TimelineItem> items);
    // Shows counts per lane and month instead of items (coarse zoom over a large library):
    // lanes as the counts name them, the kind filter applied, the organization filter not (the
    // counts were read for it). setItems() returns to items.
    void setCounts(std::vector<sillok::core::TimelineCount> counts);
    bool isCountsMode() const { return m_countsMode; }
    const std::vector<sillok::core::TimelineCount> &counts() const { return m_counts; }
    int countCellCount() const { return static_cast<int>(m_cells.size()); }
    // The count cells in lane order, each lane's by time; the largest month cell (the top of
    // the shade scale, 0 when none).
    TimelineCountGraphic *countCell(int index) const;
    int countScaleMaximum() const { return m_cells.empty() ? 0 : m_maxCount; }
    // The cell the keyboard is on (-1: none); setting it outlines that cell.
    int currentCell() const { return m_currentCell; }
    void setCurrentCell(int index);
    // The cell a key press moves to from `from`: dx = ±1 the previous or next one in its lane,
    // dy = ±1 the one of the lane above or below nearest in time; `from` itself at an edge.
    int neighbourCell(int from, int dx, int dy) const;
    // Fixes the time range to [first, last) days (items or counts then keep the axis in place);
    // clearRange() lets it follow the data again.
    void setRange(long first, long last);
    void clearRange() { m_fixedRange = false; }
    void setGrouping(bool byOrganization);
    void setFilter(const Filter &filter);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Re-lays-out every item for a new zoom level; cheap compared with a rebuild.
    void setPixelsPerDay(double pixelsPerDay);

    const std::vector<sillok::core::TimelineItem> &items() const { return m_items; }
    const std::vector<LaneBand> &lanes() const { return m_bands; }
    const QHash<QString, QColor> &kindColors(int entityType) const { return m_kindColors[entityType == 3 ? 1 : 0]; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    long originDay() const { return m_originDay; }
    long dayCount() const { return m_lastDay - m_originDay; }
    const QLocale &locale() const { return m_locale; }
    int itemCount() const { return static_cast<int>(m_graphics.size()); }
    // Distinct items shown (an item in two lanes counts once).
    int entityCount() const;
    // First and one-past-last day of the items shown (the whole range when none is).
    std::pair<long, long> shownDays() const;
    // The graphic of `entityId` in its first lane, or nullptr when it is not shown.
    TimelineItemGraphic *graphicFor(qint64 entityId) const;

    // Lane titles with item counts, pinned to the left edge of `visible` (scene coordinates).
    void paintLaneTitles(QPainter &painter, const QRectF &visible) const;

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void rebuildCounts();
    void relayout();
    void relayoutCounts();
    void setRangeFrom(long first, long last, bool any);
    void setKindColors(const QSet<QString> (&kinds)[2]); // [0] initiatives, [1] meetings

    std::vector<sillok::core::TimelineItem> m_items;
    std::vector<DaySpan> m_spans;
    std::vector<Lane> m_lanes;
    std::vector<LaneBand> m_bands;
    std::vector<std::vector<TimelineItemGraphic *>> m_graphics2; // per lane, per entry
    std::vector<TimelineItemGraphic *> m_graphics;
    std::vector<sillok::core::TimelineCount> m_counts;
    std::vector<CountLane> m_countLanes;
    std::vector<TimelineCountGraphic *> m_cells;
    std::vector<std::pair<int, int>> m_cellLanes; // per cell: its lane and place in the lane
    int m_maxCount = 1;
    int m_currentCell = -1;
    bool m_countsMode = false;
    bool m_fixedRange = false;
    QHash<QString, QColor> m_kindColors[2]; // [0] initiatives (and others), [1] meetings
    bool m_byOrganization = false;
    Filter m_filter;
    QLocale m_locale;
    double m_pixelsPerDay = 1;
    long m_originDay = 0;
    long m_lastDay = 1;
};

} // namespace sillok::gui::timeline
