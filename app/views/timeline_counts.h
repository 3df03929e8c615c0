#pragma once
// The timeline at coarse zoom over a large library: instead of one graphic per item, one cell
// per lane and month holding how many meetings and initiatives fall in it (counts come from the
// store's GROUP BY, Library::timelineCounts). Pure lane building plus the cell's graphics item.

#include "model/records.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>
#include <QStringList>

class QFontMetricsF;

#include <vector>

namespace sillok::gui::timeline {

struct CountCell {
    long first = 0;         // days since 1970-01-01
    long lastExclusive = 0;
    int meetings = 0;
    int initiatives = 0;
    bool yearOnly = false;  // items dated to a year only: the cell spans the year, drawn lighter
    int total() const { return meetings + initiatives; }
};

struct CountLane {
    QString name; // "" for items that name no lane
    std::vector<CountCell> cells; // by first day
    int total = 0;
};

// Lanes of cells for the counts whose kind passes `kinds` (empty = all). Lanes are ordered as
// item lanes are: by their first cell, then by name, the catch-all lane last.
std::vector<CountLane> buildCountLanes(const std::vector<sillok::core::TimelineCount> &counts, const QStringList &kinds);

// A count short enough for a narrow cell: the number itself below 1000, then "1.2k", "12k",
// "1.2M" (rounded down, so the cell never claims more than there is; the tooltip is exact).
QString abbreviatedCount(int count);
// What a cell `width` pixels wide shows: the whole number if it fits, else its abbreviation if
// that fits, else nothing (the shade and the tooltip still tell).
QString cellLabel(int count, qreal width, const QFontMetricsF &metrics);
// How dark a cell of `count` items is on the scale up to `maxCount`: 0 (none) to 1 (the busiest).
// A log scale, so one busy month does not wash out the others.
double countShade(int count, int maxCount);
// The fill of a cell: meetings orange, initiatives violet, mixed cells between, darker for more.
QColor countBaseColor(double meetingShare);
QColor countFill(double meetingShare, double shade, bool yearOnly);

class TimelineCountGraphic : public QGraphicsItem {
public:
    enum { Type = UserType + 102 };
    static constexpr qreal kHeight = 16;

    // `maxCount` (the largest cell) sets the colour scale.
    TimelineCountGraphic(const CountCell &cell, int maxCount, QString toolTip);
    const CountCell &cell() const { return m_cell; }
    // The cell the keyboard is on: drawn with a dark outline.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // Places the cell over [x0, x1) in scene pixels, top edge at y.
    void setGeometry(qreal x0, qreal x1, qreal y);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CountCell m_cell;
    int m_maxCount;
    qreal m_width = 0;
    bool m_current = false;
};

} // namespace sillok::gui::timeline
