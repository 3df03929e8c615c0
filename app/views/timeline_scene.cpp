#include "timeline_scene.h"

#include "timeline_axis.h"
#include "timeline_item.h"
#include "view_style.h"

#include <QDate>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sillok::gui::timeline {
namespace {

QString precisionText(SpanStyle style)
{
    switch (style) {
    case SpanStyle::Day: return TimelineScene::tr("Exact day");
    case SpanStyle::Range: return TimelineScene::tr("Day range");
    case SpanStyle::Month: return TimelineScene::tr("Month only (day unknown)");
    case SpanStyle::Year: return TimelineScene::tr("Year only (month unknown)");
    }
    return {};
}

// A resolved date as an analyst reads it: "19 March 2024" / "2024년 3월 19일", "March 2024" /
// "2024년 3월", "2024" / "2024년".
QString resolvedDate(const sillok::core::PartialDate &date, const QLocale &locale)
{
    using sillok::core::DatePrecision;
    switch (date.precision) {
    case DatePrecision::Day:
        return locale.toString(QDate(date.year, date.month, date.day), TimelineScene::tr("d MMMM yyyy", "a resolved day"));
    case DatePrecision::Month:
        return locale.toString(QDate(date.year, date.month, 1), TimelineScene::tr("MMMM yyyy", "a resolved month"));
    case DatePrecision::Year: return TimelineScene::tr("%1", "a resolved year").arg(date.year);
    case DatePrecision::None: break;
    }
    return {};
}

QString toolTipFor(const sillok::core::TimelineItem &item, SpanStyle style, const QLocale &locale)
{
    QString date = resolvedDate(item.start, locale);
    if (item.end.isValid() && item.end != item.start)
        date += QStringLiteral(" – ") + resolvedDate(item.end, locale);
    const QString type = style::typeName(static_cast<int>(item.type));
    const QString kind = style::kindName(QString::fromStdString(item.kind));
    // "Meeting · Meeting" says nothing twice: the kind only when it adds to the type.
    const QString what = kind.compare(type, Qt::CaseInsensitive) == 0 || item.kind.empty() ? type : type + QStringLiteral(" · ") + kind;
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3 <i>(%4)</i>")
                       .arg(QString::fromStdString(item.name).toHtmlEscaped(), what.toHtmlEscaped(), date.toHtmlEscaped(),
                            precisionText(style));
    if (!item.dateText.empty())
        text += QStringLiteral("<br>") + TimelineScene::tr("As written: %1").arg(QString::fromStdString(item.dateText).toHtmlEscaped());
    return text;
}

} // namespace

TimelineScene::TimelineScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
}

void TimelineScene::setItems(std::vector<sillok::core::TimelineItem> items)
{
    m_items = std::move(items);
    m_spans.clear();
    m_spans.reserve(m_items.size());
    long first = 0, last = 0;
    bool any = false;
    QSet<QString> kinds[2];
    for (const auto &item : m_items) {
        if (!item.start.isValid()) {
            m_spans.push_back({});
            continue;
        }
        m_spans.push_back(daySpan(item));
        first = any ? std::min(first, m_spans.back().first) : m_spans.back().first;
        last = any ? std::max(last, m_spans.back().lastExclusive) : m_spans.back().lastExclusive;
        any = true;
        kinds[item.type == sillok::core::EntityType::Meeting ? 1 : 0].insert(QString::fromStdString(item.kind));
    }
    m_countsMode = false;
    m_counts.clear();
    setRangeFrom(first, last, any);
    setKindColors(kinds);
    rebuild();
}

void TimelineScene::setKindColors(const QSet<QString> (&kinds)[2])
{
    for (int t = 0; t < 2; ++t) {
        QStringList sorted(kinds[t].begin(), kinds[t].end());
        sorted.sort();
        m_kindColors[t].clear();
        for (int i = 0; i < sorted.size(); ++i)
            m_kindColors[t].insert(sorted[i], style::kindColor(t == 1 ? 3 : 2, i));
    }
}

void TimelineScene::setRangeFrom(long first, long last, bool any)
{
    if (m_fixedRange)
        return;
    // A margin of about a month (or 5% of the range) on each side.
    const long margin = std::max<long>(31, (last - first) / 20);
    // Nothing dated yet: this year, not 1970.
    const long thisYear = firstDay(sillok::core::PartialDate::ofYear(QDate::currentDate().year()));
    m_originDay = any ? first - margin : thisYear;
    m_lastDay = any ? last + margin : thisYear + 365;
}

void TimelineScene::setRange(long first, long last)
{
    m_originDay = first;
    m_lastDay = std::max(last, first + 1);
    m_fixedRange = true;
    relayout();
}

void TimelineScene::setGrouping(bool byOrganization)
{
    if (m_byOrganization == byOrganization)
        return;
    m_byOrganization = byOrganization;
    rebuild();
}

void TimelineScene::setFilter(const Filter &filter)
{
    m_filter = filter;
    rebuild();
}

void TimelineScene::setPixelsPerDay(double pixelsPerDay)
{
    m_pixelsPerDay = pixelsPerDay;
    relayout();
}

TimelineItemGraphic *TimelineScene::graphicFor(qint64 entityId) const
{
    for (TimelineItemGraphic *g : m_graphics)
        if (g->entityId() == entityId)
            return g;
    return nullptr;
}

void TimelineScene::rebuild()
{
    // Removing thousands of items from a BSP index one by one is slow; clear() is not.
    clear();
    m_graphics.clear();
    m_graphics2.clear();
    m_cells.clear();
    m_cellLanes.clear();
    m_currentCell = -1;
    m_lanes.clear();
    if (m_countsMode) {
        setItemIndexMethod(NoIndex);
        rebuildCounts();
        relayout();
        setItemIndexMethod(BspTreeIndex);
        return;
    }
    m_lanes = buildLanes(m_items, m_spans, m_byOrganization, m_filter);
    for (const Lane &lane : m_lanes) {
        auto &row = m_graphics2.emplace_back();
        row.reserve(lane.entries.size());
        for (const LaneEntry &e : lane.entries) {
            const auto &item = m_items[static_cast<std::size_t>(e.item)];
            const DaySpan &span = m_spans[static_cast<std::size_t>(e.item)];
            const int type = static_cast<int>(item.type);
            const QColor color = kindColors(type).value(QString::fromStdString(item.kind), style::typeColor(type));
            auto *g = new TimelineItemGraphic(item.entityId, type, span.style, color,
                                              QString::fromStdString(item.name), toolTipFor(item, span.style, m_locale));
            row.push_back(g);
            m_graphics.push_back(g);
        }
    }
    // Adding items to a scene with an index re-sorts per insert; add them unindexed first.
    setItemIndexMethod(NoIndex);
    for (TimelineItemGraphic *g : m_graphics)
        addItem(g);
    relayout();
    setItemIndexMethod(BspTreeIndex);
}

void TimelineScene::relayout()
{
    if (m_countsMode) {
        relayoutCounts();
        return;
    }
    const double ppd = m_pixelsPerDay;
    const auto x = [&](long day) { return (day - m_originDay) * ppd; };
    m_bands.clear();
    qreal top = Axis::kHeight + 4;
    for (std::size_t l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        auto &graphics = m_graphics2[l];
        packRows(lane, kMaxRows, [&](std::size_t entry, bool labelled) {
            const DaySpan &s = m_spans[static_cast<std::size_t>(lane.entries[entry].item)];
            return graphics[entry]->extent(x(s.first), x(s.lastExclusive), labelled);
        });
        const qreal rowsTop = top + kTitleHeight;
        for (std::size_t i = 0; i < lane.entries.size(); ++i) {
            const LaneEntry &e = lane.entries[i];
            const DaySpan &s = m_spans[static_cast<std::size_t>(e.item)];
            const qreal y = rowsTop + e.row * kRowHeight + (kRowHeight - TimelineItemGraphic::kHeight) / 2;
            graphics[i]->setGeometry(x(s.first), x(s.lastExclusive), y, e.labelled);
            graphics[i]->setZValue(e.labelled ? 1 : 0);
        }
        const qreal height = kTitleHeight + lane.rows * kRowHeight + kLanePadding;
        m_bands.push_back({lane.name.isEmpty() ? tr("Other") : lane.name, top, height,
                           static_cast<int>(lane.entries.size())});
        top += height;
    }
    // Wide enough for the labels that run past the last day (else an export cuts them).
    qreal right = std::max(x(m_lastDay), 100.0);
    for (const TimelineItemGraphic *g : m_graphics)
        right = std::max(right, g->pos().x() + g->boundingRect().right() + 8);
    setSceneRect(QRectF(0, 0, right, top + kLanePadding));
}

std::pair<long, long> TimelineScene::shownDays() const
{
    if (m_fixedRange) // a window of a large library: its whole range (its counts) is what is shown
        return {m_originDay, m_lastDay};
    long first = 0, last = 0;
    bool any = false;
    for (const Lane &lane : m_lanes)
        for (const LaneEntry &e : lane.entries) {
            const DaySpan &s = m_spans[static_cast<std::size_t>(e.item)];
            first = any ? std::min(first, s.first) : s.first;
            last = any ? std::max(last, s.lastExclusive) : s.lastExclusive;
            any = true;
        }
    if (!any)
        return {m_originDay, m_lastDay};
    return {first, last};
}

int TimelineScene::entityCount() const
{
    QSet<qint64> ids;
    for (const TimelineItemGraphic *g : m_graphics)
        ids.insert(g->entityId());
    return static_cast<int>(ids.size());
}

void TimelineScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(255, 255, 255));
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        const LaneBand &band = m_bands[i];
        const QRectF r(rect.left(), band.top, rect.width(), band.height);
        if (!r.intersects(rect))
            continue;
        painter->fillRect(r, i % 2 ? QColor(246, 247, 250) : QColor(255, 255, 255));
        painter->setPen(QColor(225, 228, 234));
        painter->drawLine(QPointF(rect.left(), band.top), QPointF(rect.right(), band.top));
    }
    Axis::paintGrid(*painter, rect, m_originDay, m_pixelsPerDay, m_locale);
}

void TimelineScene::paintLaneTitles(QPainter &painter, const QRectF &visible) const
{
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    painter.save();
    painter.setFont(titleFont);
    const QFontMetricsF fm(titleFont);
    for (const LaneBand &band : m_bands) {
        if (band.top + band.height < visible.top() || band.top > visible.bottom())
            continue;
        const QString title = tr("%1  (%2)", "lane title and item count").arg(band.title).arg(band.itemCount);
        const QRectF box(visible.left() + 4, band.top + 1, fm.horizontalAdvance(title) + 12, kTitleHeight - 1);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(45, 50, 60));
        painter.drawText(box.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    painter.restore();
}

} // namespace sillok::gui::timeline
