#include "timeline_counts.h"

#include "timeline_layout.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace sillok::gui::timeline {

std::vector<CountLane> buildCountLanes(const std::vector<sillok::core::TimelineCount> &counts, const QStringList &kinds)
{
    std::map<std::string, std::map<std::pair<long, bool>, CountCell>> byLane;
    for (const auto &c : counts) {
        if (!c.month.isValid() || (!kinds.isEmpty() && !kinds.contains(QString::fromStdString(c.kind))))
            continue;
        const bool yearOnly = c.month.precision == sillok::core::DatePrecision::Year;
        CountCell &cell = byLane[c.lane][{firstDay(c.month), yearOnly}];
        cell.first = firstDay(c.month);
        cell.lastExclusive = lastDayExclusive(c.month);
        cell.yearOnly = yearOnly;
        (c.type == sillok::core::EntityType::Meeting ? cell.meetings : cell.initiatives) += c.count;
    }
    std::vector<CountLane> lanes;
    CountLane other;
    for (auto &[name, cells] : byLane) {
        CountLane lane{QString::fromStdString(name), {}, 0};
        for (auto &[key, cell] : cells) {
            lane.total += cell.total();
            lane.cells.push_back(cell);
        }
        if (name.empty())
            other = std::move(lane);
        else
            lanes.push_back(std::move(lane));
    }
    std::ranges::stable_sort(lanes, [](const CountLane &a, const CountLane &b) {
        if (a.cells.front().first != b.cells.front().first)
            return a.cells.front().first < b.cells.front().first;
        return a.name < b.name;
    });
    if (!other.cells.empty())
        lanes.push_back(std::move(other));
    return lanes;
}

TimelineCountGraphic::TimelineCountGraphic(const CountCell &cell, int maxCount, QString toolTip)
    : m_cell(cell), m_maxCount(std::max(maxCount, 1))
{
    setToolTip(toolTip);
    setAcceptHoverEvents(true);
    setZValue(m_cell.yearOnly ? 0 : 1); // month cells over the year-wide ones
}

void TimelineCountGraphic::setGeometry(qreal x0, qreal x1, qreal y)
{
    prepareGeometryChange();
    m_width = std::max<qreal>(x1 - x0, 2);
    setPos(x0, y);
}

QRectF TimelineCountGraphic::boundingRect() const { return QRectF(0, 0, m_width, kHeight); }

void TimelineCountGraphic::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Darker for more: a log scale, so one busy month does not wash out the others.
    const double share = std::log1p(m_cell.total()) / std::log1p(m_maxCount);
    // Meetings orange, initiatives violet, mixed cells between (the types' colours).
    const double meetingShare = m_cell.total() ? double(m_cell.meetings) / m_cell.total() : 0;
    const QColor meeting(0xd9, 0x6c, 0x1e), initiative(0x7b, 0x4f, 0xb0);
    const QColor base = QColor::fromRgbF(meeting.redF() * meetingShare + initiative.redF() * (1 - meetingShare),
                                         meeting.greenF() * meetingShare + initiative.greenF() * (1 - meetingShare),
                                         meeting.blueF() * meetingShare + initiative.blueF() * (1 - meetingShare));
    QColor fill = base;
    fill.setAlphaF(m_cell.yearOnly ? 0.12 + 0.25 * share : 0.25 + 0.7 * share);
    const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(m_cell.yearOnly ? QPen(base.lighter(120), 1, Qt::DashLine) : QPen(base.darker(120), 1));
    painter->setBrush(fill);
    painter->drawRect(r);
    const QString text = QString::number(m_cell.total());
    const QFontMetricsF fm(QApplication::font());
    if (fm.horizontalAdvance(text) + 4 > m_width)
        return;
    painter->setFont(QApplication::font());
    painter->setPen(share > 0.55 && !m_cell.yearOnly ? QColor(255, 255, 255) : QColor(30, 30, 36));
    painter->drawText(r, Qt::AlignCenter, text);
}

} // namespace sillok::gui::timeline
