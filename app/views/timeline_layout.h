#pragma once
// The timeline's data side: day spans of partial dates, lanes (grouping + filters) and row
// packing. Pure computation over value snapshots, no widgets, so it is testable on its own.

#include "model/records.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sillok::gui::timeline {

// How honestly a span is drawn: a single day, a multi-day range, or a date known only to
// its month or year (the span covers the whole period, drawn lighter).
enum class SpanStyle { Day, Range, Month, Year };

struct DaySpan {
    long first = 0;         // days since 1970-01-01 (core::daysFromCivil)
    long lastExclusive = 0; // one past the last covered day
    SpanStyle style = SpanStyle::Day;
};

// The days an item covers: start's first day to end's last day (end == start for one date).
// Precondition: item.start.isValid().
DaySpan daySpan(const sillok::core::TimelineItem &item);
// First and one-past-last day covered by a partial date.
long firstDay(const sillok::core::PartialDate &date);
long lastDayExclusive(const sillok::core::PartialDate &date);

struct LaneEntry {
    int item = 0;      // index into the items given to buildLanes
    int row = 0;       // stacking row inside the lane, set by packRows
    bool labelled = true; // whether the packed row leaves room for its label
};

struct Lane {
    QString name;      // the grouping key; "" for the catch-all lane of items with no key
    std::vector<LaneEntry> entries; // sorted by start day
    int rows = 1;
};

struct Filter {
    QString organization; // "" = all
    QStringList kinds;    // empty = all
};

// Lanes for the items that pass `filter` and have a valid start, grouped by initiatives or
// organizations. An item appears once in every lane it names; items naming none go to a last
// lane with an empty name. Lanes are ordered by their first item's start, then by name.
std::vector<Lane> buildLanes(const std::vector<sillok::core::TimelineItem> &items,
                             const std::vector<DaySpan> &spans, bool byOrganization, const Filter &filter);

// Stacks each lane's entries into rows so that no two overlap, given each entry's horizontal
// extent in pixels (`extent(entryIndex, labelled)` returns [left, right)). Past
// `maxRows` rows, entries go unlabelled into the row that frees up first (they may overlap).
template <typename Extent>
void packRows(Lane &lane, int maxRows, Extent extent)
{
    std::vector<double> rowEnd;
    for (std::size_t i = 0; i < lane.entries.size(); ++i) {
        LaneEntry &e = lane.entries[i];
        const auto [left, right] = extent(i, true);
        int row = -1;
        for (std::size_t r = 0; r < rowEnd.size(); ++r)
            if (rowEnd[r] <= left) {
                row = static_cast<int>(r);
                break;
            }
        e.labelled = true;
        if (row < 0 && static_cast<int>(rowEnd.size()) < maxRows) {
            row = static_cast<int>(rowEnd.size());
            rowEnd.push_back(0);
        }
        if (row < 0) {
            e.labelled = false;
            row = 0;
            for (std::size_t r = 1; r < rowEnd.size(); ++r)
                if (rowEnd[r] < rowEnd[static_cast<std::size_t>(row)])
                    row = static_cast<int>(r);
        }
        e.row = row;
        const double right2 = e.labelled ? right : extent(i, false).second;
        auto &end = rowEnd[static_cast<std::size_t>(row)];
        end = std::max(end, right2);
    }
    lane.rows = std::max<int>(1, static_cast<int>(rowEnd.size()));
}

} // namespace sillok::gui::timeline
