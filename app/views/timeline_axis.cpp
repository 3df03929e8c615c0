#include "timeline_axis.h"

#include "common/partial_date.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>

namespace sillok::gui::timeline {
namespace {

using sillok::core::civilFromDays;
using sillok::core::daysFromCivil;

constexpr double kMinSpacing = 56; // pixels between minor labels

enum class Unit { Year, Month, Day };

long monthIndex(long day)
{
    const auto d = civilFromDays(day);
    return d.year * 12L + (d.month - 1);
}

long dayOfMonthIndex(int year, int month) { return daysFromCivil(year, month, 1); }

} // namespace

std::vector<Tick> Axis::ticks(long firstDay, long lastDay, double pixelsPerDay, const QLocale &locale)
{
    std::vector<Tick> out;
    if (lastDay <= firstDay || pixelsPerDay <= 0)
        return out;
    const double yearPx = pixelsPerDay * 365.25;
    const double monthPx = pixelsPerDay * 30.44;
    Unit unit = Unit::Day;
    int step = 1;
    if (pixelsPerDay * 1 >= kMinSpacing * 0.5) {
        unit = Unit::Day; // day numbers are short: half the spacing is enough
        step = 1;
    } else if (pixelsPerDay * 7 >= kMinSpacing * 0.6) {
        unit = Unit::Day;
        step = pixelsPerDay * 5 >= kMinSpacing * 0.5 ? 5 : 10;
    } else if (monthPx >= kMinSpacing) {
        unit = Unit::Month;
        step = 1;
    } else if (monthPx * 3 >= kMinSpacing) {
        unit = Unit::Month;
        step = 3;
    } else if (monthPx * 6 >= kMinSpacing) {
        unit = Unit::Month;
        step = 6;
    } else {
        unit = Unit::Year;
        for (int s : {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            step = s;
            if (yearPx * s >= kMinSpacing)
                break;
        }
    }

    const auto first = civilFromDays(firstDay);
    const auto last = civilFromDays(lastDay);
    if (unit == Unit::Year) {
        const int majorStep = step < 10 ? 10 : step * 5;
        for (int y = first.year - first.year % step; y <= last.year + 1; y += step) {
            const bool major = y % majorStep == 0;
            out.push_back({daysFromCivil(y, 1, 1), tr("%1", "axis: a year").arg(y), major});
        }
        return out;
    }
    if (unit == Unit::Month) {
        for (long m = monthIndex(firstDay); m <= monthIndex(lastDay) + 1; ++m) {
            const int year = static_cast<int>(m / 12), month = static_cast<int>(m % 12) + 1;
            if ((month - 1) % step != 0)
                continue;
            if (month == 1)
                out.push_back({dayOfMonthIndex(year, 1), tr("%1", "axis: a year").arg(year), true});
            else
                out.push_back({dayOfMonthIndex(year, month), locale.standaloneMonthName(month, QLocale::ShortFormat), false});
        }
        return out;
    }
    // Days: month starts are major ticks labelled with year and month, then days within.
    for (long m = monthIndex(firstDay); m <= monthIndex(lastDay); ++m) {
        const int year = static_cast<int>(m / 12), month = static_cast<int>(m % 12) + 1;
        const long start = dayOfMonthIndex(year, month);
        out.push_back({start,
                       tr("%2 %1", "axis: month and year; %1 = year, %2 = month name")
                           .arg(year)
                           .arg(locale.standaloneMonthName(month, QLocale::LongFormat)),
                       true});
        const int days = sillok::core::daysInMonth(year, month);
        for (int d = 1 + step; d <= days - (step > 1 ? 2 : 0); d += step) {
            const long day = start + d - 1;
            if (day >= firstDay - 1 && day <= lastDay)
                out.push_back({day, tr("%1", "axis: day of month").arg(d), false});
        }
    }
    return out;
}

int Axis::pinnedMajor(const std::vector<Tick> &ticks, qreal left, long originDay, double pixelsPerDay,
                      const std::function<qreal(const QString &)> &widthOf)
{
    int current = -1;
    for (std::size_t i = 0; i < ticks.size(); ++i)
        if (ticks[i].major && (ticks[i].day - originDay) * pixelsPerDay < left)
            current = static_cast<int>(i);
    if (current < 0)
        return -1;
    const qreal width = widthOf(ticks[static_cast<std::size_t>(current)].label);
    for (std::size_t i = static_cast<std::size_t>(current) + 1; i < ticks.size(); ++i)
        if (ticks[i].major)
            return (ticks[i].day - originDay) * pixelsPerDay < left + width + 4 ? -1 : current;
    return current;
}

void Axis::paint(QPainter &painter, const QRectF &area, qreal top, long originDay, double pixelsPerDay,
                 const QLocale &locale)
{
    const QRectF band(area.left(), top, area.width(), kHeight);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(250, 250, 252, 240));
    painter.drawRect(band);
    painter.setPen(QColor(180, 184, 192));
    painter.drawLine(band.bottomLeft(), band.bottomRight());

    const long firstDay = originDay + static_cast<long>(std::floor(area.left() / pixelsPerDay)) - 1;
    const long lastDay = originDay + static_cast<long>(std::ceil(area.right() / pixelsPerDay)) + 1;
    const auto ticks = Axis::ticks(firstDay - 62, lastDay, pixelsPerDay, locale);
    QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    const qreal mid = top + kHeight / 2.0;
    // Major labels stay visible at the left edge while their period is on screen; the pinned one is
    // not also drawn in place, where it would show beside itself, a few pixels apart.
    const QFontMetricsF boldMetrics(bold);
    const int pinned = pinnedMajor(ticks, area.left(), originDay, pixelsPerDay,
                                   [&](const QString &label) { return boldMetrics.horizontalAdvance(label) + 10; });
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const Tick &t = ticks[i];
        const qreal x = (t.day - originDay) * pixelsPerDay;
        if (x < area.left() - 200 || x > area.right())
            continue;
        painter.setPen(QColor(120, 124, 132));
        painter.drawLine(QPointF(x, t.major ? top + 2 : mid + 2), QPointF(x, band.bottom()));
        if (static_cast<int>(i) == pinned)
            continue;
        painter.setFont(t.major ? bold : font);
        painter.setPen(t.major ? QColor(30, 30, 35) : QColor(70, 72, 80));
        const QRectF text(x + 4, t.major ? top + 2 : mid, 400, kHeight / 2.0 - 2);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    if (pinned >= 0) {
        const QString &label = ticks[static_cast<std::size_t>(pinned)].label;
        painter.setFont(bold);
        painter.setPen(QColor(30, 30, 35));
        painter.drawText(QRectF(area.left() + 4, top + 2, boldMetrics.horizontalAdvance(label) + 10, kHeight / 2.0 - 2),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.restore();
}

void Axis::paintGrid(QPainter &painter, const QRectF &area, long originDay, double pixelsPerDay,
                     const QLocale &locale)
{
    const long firstDay = originDay + static_cast<long>(std::floor(area.left() / pixelsPerDay)) - 1;
    const long lastDay = originDay + static_cast<long>(std::ceil(area.right() / pixelsPerDay)) + 1;
    painter.save();
    for (const Tick &t : ticks(firstDay, lastDay, pixelsPerDay, locale)) {
        const qreal x = (t.day - originDay) * pixelsPerDay;
        painter.setPen(QPen(t.major ? QColor(200, 204, 212) : QColor(228, 230, 235), 1));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    painter.restore();
}

} // namespace sillok::gui::timeline
