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

QString abbreviatedCount(int count)
{
    if (count < 1000)
        return QString::number(count);
    // Rounded down to one decimal below ten (1.2k), to whole numbers above (12k, 120k).
    const auto shortened = [](int n, int unit, QChar suffix) -> QString {
        const int tenths = static_cast<int>(static_cast<long long>(n) * 10 / unit);
        if (tenths < 100 && tenths % 10 != 0)
            return QStringLiteral("%1.%2%3").arg(tenths / 10).arg(tenths % 10).arg(suffix);
        return QString::number(tenths / 10) + suffix;
    };
    if (count < 1000000)
        return shortened(count, 1000, QLatin1Char('k'));
    return shortened(count, 1000000, QLatin1Char('M'));
}

QString cellLabel(int count, qreal width, const QFontMetricsF &metrics)
{
    for (const QString &text : {QString::number(count), abbreviatedCount(count)})
        if (metrics.horizontalAdvance(text) + 4 <= width)
            return text;
    return {};
}

double countShade(int count, int maxCount)
{
    if (count <= 0)
        return 0;
    return std::min(1.0, std::log1p(count) / std::log1p(std::max(maxCount, 1)));
}

QColor countBaseColor(double meetingShare)
{
    const QColor meeting(0xd9, 0x6c, 0x1e), initiative(0x7b, 0x4f, 0xb0);
    const auto mix = [&](double m, double i) { return m * meetingShare + i * (1 - meetingShare); };
    return QColor::fromRgbF(static_cast<float>(mix(meeting.redF(), initiative.redF())),
                            static_cast<float>(mix(meeting.greenF(), initiative.greenF())),
                            static_cast<float>(mix(meeting.blueF(), initiative.blueF())));
}

QColor countFill(double meetingShare, double shade, bool yearOnly)
{
    QColor fill = countBaseColor(meetingShare);
    fill.setAlphaF(static_cast<float>(yearOnly ? 0.12 + 0.25 * shade : 0.25 + 0.7 * shade));
    return fill;
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

void TimelineCountGraphic::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void TimelineCountGraphic::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double share = countShade(m_cell.total(), m_maxCount);
    const double meetingShare = m_cell.total() ? double(m_cell.meetings) / m_cell.total() : 0;
    const QColor base = countBaseColor(meetingShare);
    const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(m_cell.yearOnly ? QPen(base.lighter(120), 1, Qt::DashLine) : QPen(base.darker(120), 1));
    painter->setBrush(countFill(meetingShare, share, m_cell.yearOnly));
    painter->drawRect(r);
    if (m_current) {
        painter->setPen(QPen(QColor(20, 24, 32), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(boundingRect().adjusted(1, 1, -1, -1));
    }
    // The count in the UI font, else in a smaller one (a month at the fitted zoom of a few years
    // is about 13 px wide: two digits fit only so), else none.
    QFont font = QApplication::font();
    QString text = cellLabel(m_cell.total(), m_width, QFontMetricsF(font));
    if (text.isEmpty()) {
        font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.75));
        text = cellLabel(m_cell.total(), m_width + 2, QFontMetricsF(font)); // less margin at that size
    }
    if (text.isEmpty())
        return;
    painter->setFont(font);
    painter->setPen(share > 0.55 && !m_cell.yearOnly ? QColor(255, 255, 255) : QColor(30, 30, 36));
    painter->drawText(r, Qt::AlignCenter, text);
}

} // namespace sillok::gui::timeline
