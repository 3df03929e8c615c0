// The timeline scene at coarse zoom over a large library: a cell per lane and month holding
// how many items fall in it, and the keyboard's way through the cells.

#include "timeline_scene.h"

#include "timeline_axis.h"

#include <QDate>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace sillok::gui::timeline {

void TimelineScene::setCounts(std::vector<sillok::core::TimelineCount> counts)
{
    m_countsMode = true;
    m_counts = std::move(counts);
    long first = 0, last = 0;
    bool any = false;
    QSet<QString> kinds[2];
    for (const auto &c : m_counts)
        kinds[c.type == sillok::core::EntityType::Meeting ? 1 : 0].insert(QString::fromStdString(c.kind));
    setKindColors(kinds);
    for (const auto &c : m_counts) {
        if (!c.month.isValid())
            continue;
        first = any ? std::min(first, firstDay(c.month)) : firstDay(c.month);
        last = any ? std::max(last, lastDayExclusive(c.month)) : lastDayExclusive(c.month);
        any = true;
    }
    setRangeFrom(first, last, any);
    rebuild();
}

void TimelineScene::rebuildCounts()
{
    m_cells.clear();
    m_cellLanes.clear();
    m_currentCell = -1;
    m_countLanes = buildCountLanes(m_counts, m_filter.kinds);
    m_maxCount = 1;
    for (const CountLane &lane : m_countLanes)
        for (const CountCell &cell : lane.cells)
            if (!cell.yearOnly)
                m_maxCount = std::max(m_maxCount, cell.total());
    for (std::size_t l = 0; l < m_countLanes.size(); ++l) {
        const CountLane &lane = m_countLanes[l];
        const QString title = lane.name.isEmpty() ? tr("Other") : lane.name;
        for (std::size_t i = 0; i < lane.cells.size(); ++i) {
            const CountCell &cell = lane.cells[i];
            const auto when = cell.yearOnly ? tr("%1 (year only)", "count cell of items dated to a year")
                                                  .arg(QDate(1970, 1, 1).addDays(cell.first).year())
                                            : m_locale.toString(QDate(1970, 1, 1).addDays(cell.first),
                                                                tr("MMMM yyyy", "a resolved month"));
            // The exact count first (the cell may show it shortened, or not at all), then its parts.
            const QString tip =
                QStringLiteral("<b>%1</b><br>%2<br>%3 · %4<br><i>%5</i>")
                    .arg(title.toHtmlEscaped(),
                         tr("%1: %Ln item(s)", "count cell: its month and how many items", cell.total()).arg(when),
                         tr("%n meeting(s)", nullptr, cell.meetings), tr("%n initiative(s)", nullptr, cell.initiatives),
                         tr("Double-click it, or press Enter, to zoom in on it."));
            auto *g = new TimelineCountGraphic(cell, m_maxCount, tip);
            m_cells.push_back(g);
            m_cellLanes.emplace_back(static_cast<int>(l), static_cast<int>(i));
            addItem(g);
        }
    }
}

TimelineCountGraphic *TimelineScene::countCell(int index) const
{
    return index >= 0 && index < countCellCount() ? m_cells[static_cast<std::size_t>(index)] : nullptr;
}

void TimelineScene::setCurrentCell(int index)
{
    if (auto *old = countCell(m_currentCell))
        old->setCurrent(false);
    m_currentCell = countCell(index) ? index : -1;
    if (auto *now = countCell(m_currentCell))
        now->setCurrent(true);
}

int TimelineScene::neighbourCell(int from, int dx, int dy) const
{
    if (!countCell(from))
        return from;
    const auto [lane, place] = m_cellLanes[static_cast<std::size_t>(from)];
    const int laneStart = from - place;
    const auto laneSize = [&](int l) {
        return static_cast<int>(m_countLanes[static_cast<std::size_t>(l)].cells.size());
    };
    if (dx != 0)
        return std::clamp(place + dx, 0, laneSize(lane) - 1) + laneStart;
    const int target = lane + dy;
    if (dy == 0 || target < 0 || target >= static_cast<int>(m_countLanes.size()))
        return from;
    // The cell of the other lane nearest in time to this one's middle.
    const CountCell &here = m_countLanes[static_cast<std::size_t>(lane)].cells[static_cast<std::size_t>(place)];
    const long middle = (here.first + here.lastExclusive) / 2;
    const int targetStart = dy > 0 ? laneStart + laneSize(lane) : laneStart - laneSize(target);
    const auto &cells = m_countLanes[static_cast<std::size_t>(target)].cells;
    int best = 0;
    long bestDistance = std::numeric_limits<long>::max();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const long distance = std::abs((cells[i].first + cells[i].lastExclusive) / 2 - middle);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return targetStart + best;
}

void TimelineScene::relayoutCounts()
{
    const double ppd = m_pixelsPerDay;
    const auto x = [&](long day) { return (day - m_originDay) * ppd; };
    m_bands.clear();
    qreal top = Axis::kHeight + 4;
    std::size_t next = 0;
    for (const CountLane &lane : m_countLanes) {
        const qreal y = top + kTitleHeight + (kRowHeight - TimelineCountGraphic::kHeight) / 2;
        for (std::size_t i = 0; i < lane.cells.size(); ++i, ++next)
            m_cells[next]->setGeometry(x(lane.cells[i].first), x(lane.cells[i].lastExclusive), y);
        const qreal height = kTitleHeight + kRowHeight + kLanePadding;
        m_bands.push_back({lane.name.isEmpty() ? tr("Other") : lane.name, top, height, lane.total});
        top += height;
    }
    setSceneRect(QRectF(0, 0, std::max(x(m_lastDay), 100.0), top + kLanePadding));
}

} // namespace sillok::gui::timeline
