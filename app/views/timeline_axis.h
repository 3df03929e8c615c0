#pragma once
// The timeline's time axis: which ticks to show for a zoom level, and how to paint the axis
// band and the grid. Two tiers: minor ticks (years, months or days) under major ones (decades,
// years or months) so a label never has to repeat what the tier above already says.

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace sillok::gui::timeline {

struct Tick {
    long day = 0;    // days since 1970-01-01 where the tick sits
    QString label;
    bool major = false;
};

class Axis {
    Q_DECLARE_TR_FUNCTIONS(sillok::gui::TimelineAxis)
public:
    static constexpr int kHeight = 40; // pixels of the axis band

    // Ticks covering [firstDay, lastDay) at `pixelsPerDay`, labels in `locale`: minor ticks at
    // least ~56 px apart, major ticks at the boundaries of the next coarser unit.
    static std::vector<Tick> ticks(long firstDay, long lastDay, double pixelsPerDay, const QLocale &locale);

    // Which tick's label is pinned at the left edge of a view whose scene x starts at `left`: the
    // last major tick left of the edge (its own label would be cut there), unless the next major
    // label would then be covered (`widthOf`: a label's painted width, margins included). -1: none.
    static int pinnedMajor(const std::vector<Tick> &ticks, qreal left, long originDay, double pixelsPerDay,
                           const std::function<qreal(const QString &)> &widthOf);

    // Paints the axis band with its top edge at `top` (scene y) across the scene x range of
    // `area`; x of a day is (day - originDay) * pixelsPerDay.
    static void paint(QPainter &painter, const QRectF &area, qreal top, long originDay, double pixelsPerDay,
                      const QLocale &locale);
    // Vertical grid lines for the ticks within `area`.
    static void paintGrid(QPainter &painter, const QRectF &area, long originDay, double pixelsPerDay,
                          const QLocale &locale);
};

} // namespace sillok::gui::timeline
