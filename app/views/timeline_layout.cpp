#include "timeline_layout.h"

#include <algorithm>
#include <map>

namespace sillok::gui::timeline {

using sillok::core::DatePrecision;
using sillok::core::PartialDate;

long firstDay(const PartialDate &date)
{
    return sillok::core::daysFromCivil(date.year, std::max(date.month, 1), std::max(date.day, 1));
}

long lastDayExclusive(const PartialDate &date)
{
    switch (date.precision) {
    case DatePrecision::Day: return firstDay(date) + 1;
    case DatePrecision::Month:
        return date.month == 12 ? sillok::core::daysFromCivil(date.year + 1, 1, 1)
                                : sillok::core::daysFromCivil(date.year, date.month + 1, 1);
    default: return sillok::core::daysFromCivil(date.year + 1, 1, 1);
    }
}

DaySpan daySpan(const sillok::core::TimelineItem &item)
{
    const PartialDate &end = item.end.isValid() && !(item.end < item.start) ? item.end : item.start;
    DaySpan span{firstDay(item.start), lastDayExclusive(end), SpanStyle::Day};
    // The coarsest precision of the two ends decides how sure the drawing may look.
    const auto coarsest = std::min(item.start.precision, end.precision);
    if (coarsest == DatePrecision::Year)
        span.style = SpanStyle::Year;
    else if (coarsest == DatePrecision::Month)
        span.style = SpanStyle::Month;
    else
        span.style = span.lastExclusive - span.first > 1 ? SpanStyle::Range : SpanStyle::Day;
    return span;
}

std::vector<Lane> buildLanes(const std::vector<sillok::core::TimelineItem> &items,
                             const std::vector<DaySpan> &spans, bool byOrganization, const Filter &filter)
{
    const std::string organization = filter.organization.toStdString();
    std::map<std::string, std::size_t> laneIndex;
    std::vector<Lane> lanes;
    Lane other;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto &item = items[i];
        if (!item.start.isValid())
            continue;
        if (!organization.empty() && std::ranges::find(item.organizations, organization) == item.organizations.end())
            continue;
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(QString::fromStdString(item.kind)))
            continue;
        const auto &keys = byOrganization ? item.organizations : item.initiatives;
        const LaneEntry entry{static_cast<int>(i), 0, true};
        bool placed = false;
        for (const std::string &key : keys) {
            if (key.empty())
                continue;
            auto [it, fresh] = laneIndex.try_emplace(key, lanes.size());
            if (fresh)
                lanes.push_back(Lane{QString::fromStdString(key), {}, 1});
            auto &entries = lanes[it->second].entries;
            // A key listed twice by one item still gives one entry.
            if (entries.empty() || entries.back().item != entry.item)
                entries.push_back(entry);
            placed = true;
        }
        if (!placed)
            other.entries.push_back(entry);
    }
    if (!other.entries.empty())
        lanes.push_back(std::move(other));
    for (Lane &lane : lanes)
        std::ranges::stable_sort(lane.entries, {}, [&](const LaneEntry &e) {
            return spans[static_cast<std::size_t>(e.item)].first;
        });
    const auto laneStart = [&](const Lane &lane) { return spans[static_cast<std::size_t>(lane.entries.front().item)].first; };
    std::ranges::stable_sort(lanes, [&](const Lane &a, const Lane &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty(); // the catch-all lane last
        if (laneStart(a) != laneStart(b))
            return laneStart(a) < laneStart(b);
        return a.name < b.name;
    });
    return lanes;
}

} // namespace sillok::gui::timeline
