// Library: the timeline's reads — dated initiatives and meetings with their lanes (all, or a
// window of them), and their counts per lane and month for the coarse zoom, all from one read of
// the items and one of their links (library_timeline_lanes.cpp). The items come from the partial
// covering index entity_timeline (migration 14): no entity row is read.

#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/library_timeline_lanes.h"
#include "store/read_snapshot.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace sillok::core {
namespace {

using timelinedb::DatedItem;

// The dated, curated items whose date text lies in [low, high] (all with no bounds); with
// `yearOnly`, only those dated to a year. Their lanes are not read here.
Status appendItems(Database &db, std::vector<DatedItem> &items, const std::string *low, const std::string *high,
                   bool yearOnly)
{
    std::string sql = "SELECT id, type, name, kind, date, end_date, date_text FROM entity "
                      "WHERE type IN ('initiative', 'meeting') AND date != '' AND merged_into IS NULL AND rejected = 0";
    if (low)
        sql += " AND date >= ? AND date <= ?";
    if (yearOnly)
        sql += " AND length(date) = 4";
    auto q = db.cached(sql);
    if (low)
        q->bind(*low).bind(*high);
    while (q->next()) {
        DatedItem item;
        item.id = q->int64(0);
        item.type = q->text(1);
        item.name = q->text(2);
        item.kind = q->text(3);
        item.date = q->text(4);
        item.endDate = q->text(5);
        item.dateText = q->text(6);
        items.push_back(std::move(item));
    }
    return q->status();
}

// The window's bounds as date texts: from "2024" takes all of 2024, to "2024-05" all of May.
std::pair<std::string, std::string> boundsOf(const Library::TimelineQuery &window)
{
    return {window.from.isValid() ? window.from.toString() : std::string(),
            window.to.isValid() ? window.to.toString() + "\x7f" : std::string("\x7f")};
}

Result<std::vector<TimelineItem>> readItems(Database &db, const Library::TimelineQuery *window)
{
    ReadSnapshot snapshot(db);
    std::vector<DatedItem> dated;
    if (!window) {
        if (auto s = appendItems(db, dated, nullptr, nullptr, false); !s)
            return std::unexpected(s.error());
    } else {
        // Items dated only to a year that the window touches come too: they span it.
        const auto [low, high] = boundsOf(*window);
        if (auto s = appendItems(db, dated, &low, &high, false); !s)
            return std::unexpected(s.error());
        const std::string lowYear = low.substr(0, 4), highYear = window->to.isValid() ? high.substr(0, 4) : high;
        std::set<std::int64_t> have;
        for (const auto &item : dated)
            have.insert(item.id);
        std::vector<DatedItem> years;
        if (auto s = appendItems(db, years, &lowYear, &highYear, true); !s)
            return std::unexpected(s.error());
        for (auto &item : years)
            if (have.insert(item.id).second)
                dated.push_back(std::move(item));
    }
    std::vector<TimelineItem> items;
    items.reserve(dated.size());
    std::vector<DatedItem> kept;
    kept.reserve(dated.size());
    for (DatedItem &d : dated) {
        TimelineItem item;
        item.start = graphdb::dateFrom(d.date);
        if (!item.start.isValid())
            continue;
        item.entityId = d.id;
        item.type = entityTypeFromName(d.type).value_or(EntityType::Meeting);
        item.name = d.name;
        item.kind = d.kind;
        item.end = graphdb::dateFrom(d.endDate);
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.dateText = d.dateText;
        items.push_back(std::move(item));
        kept.push_back(std::move(d));
    }
    timelinedb::LaneNames names;
    if (auto s = timelinedb::addLanes(db, kept, names); !s)
        return std::unexpected(s.error());
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (int lane : kept[i].initiatives)
            items[i].initiatives.push_back(names.names[static_cast<std::size_t>(lane)]);
        for (int lane : kept[i].organizations)
            items[i].organizations.push_back(names.names[static_cast<std::size_t>(lane)]);
    }
    // By start, then name, then id (items of one day and name keep one order).
    std::ranges::sort(items, [](const TimelineItem &a, const TimelineItem &b) {
        return std::tie(a.start, a.name, a.entityId) < std::tie(b.start, b.name, b.entityId);
    });
    return items;
}

} // namespace

Result<std::vector<TimelineItem>> Library::timeline()
{
    return readItems(database(), nullptr);
}

Result<std::vector<TimelineItem>> Library::timeline(const TimelineQuery &query)
{
    return readItems(database(), &query);
}

Result<Library::TimelineOverview> Library::timelineOverview(const TimelineQuery &query)
{
    Database &db = database();
    ReadSnapshot snapshot(db);
    std::vector<DatedItem> items;
    const auto [low, high] = boundsOf(query);
    if (auto s = appendItems(db, items, &low, &high, false); !s)
        return std::unexpected(s.error());
    timelinedb::LaneNames lanes;
    if (auto s = timelinedb::addLanes(db, items, lanes); !s)
        return std::unexpected(s.error());
    // An item counts once in each lane of the grouping (its initiatives, an initiative being a
    // lane of its own, or its organizations), or in lane "" when it has none; the organization
    // filter keeps the items with that organization among theirs. Months are the date text's
    // first seven characters ("2024-05", or "2024" for an item dated to a year). Lanes, months
    // and kinds are counted by number and ordered by rank: the strings are compared once each.
    const int none = lanes.intern(std::string());
    const auto filter = lanes.index.find(query.organization);
    const int wanted = query.organization.empty() ? -1 : filter == lanes.index.end() ? -2 : filter->second;
    timelinedb::LaneNames months, kinds;
    std::vector<char> organization(lanes.names.size(), 0);
    struct Cell {
        int month, lane, kind;
        bool meeting;
    };
    std::vector<Cell> cells;
    TimelineOverview out;
    for (const DatedItem &item : items) {
        const std::string month = item.date.substr(0, 7);
        if (!PartialDate::parse(month))
            continue;
        for (int o : item.organizations)
            organization[static_cast<std::size_t>(o)] = 1;
        const auto &own = query.byOrganization ? item.organizations : item.initiatives;
        out.laneTotal += static_cast<int>(std::max<std::size_t>(own.size(), 1));
        if (wanted != -1 && std::ranges::find(item.organizations, wanted) == item.organizations.end())
            continue;
        const int m = months.intern(month), k = kinds.intern(item.kind);
        const bool meeting = item.type != "initiative";
        if (own.empty())
            cells.push_back({m, none, k, meeting});
        for (int lane : own)
            cells.push_back({m, lane, k, meeting});
    }
    // Ranks: each name's place in byte order.
    const auto ranks = [](const std::vector<std::string> &names) {
        std::vector<int> order(names.size()), rank(names.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<int>(i);
        std::ranges::sort(order, [&names](int a, int b) {
            return names[static_cast<std::size_t>(a)] < names[static_cast<std::size_t>(b)];
        });
        for (std::size_t i = 0; i < order.size(); ++i)
            rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        return rank;
    };
    const std::vector<int> laneRank = ranks(lanes.names), monthRank = ranks(months.names),
                           kindRank = ranks(kinds.names);
    const auto key = [&](const Cell &c) {
        // "initiative" < "meeting", as the types' names compare.
        return std::tuple{monthRank[static_cast<std::size_t>(c.month)], laneRank[static_cast<std::size_t>(c.lane)],
                          c.meeting, kindRank[static_cast<std::size_t>(c.kind)]};
    };
    std::ranges::sort(cells, [&key](const Cell &a, const Cell &b) { return key(a) < key(b); });
    for (std::size_t i = 0; i < cells.size();) {
        std::size_t j = i + 1;
        while (j < cells.size() && key(cells[j]) == key(cells[i]))
            ++j;
        const Cell &c = cells[i];
        out.counts.push_back({lanes.names[static_cast<std::size_t>(c.lane)],
                              *PartialDate::parse(months.names[static_cast<std::size_t>(c.month)]),
                              c.meeting ? EntityType::Meeting : EntityType::Initiative,
                              kinds.names[static_cast<std::size_t>(c.kind)], static_cast<int>(j - i)});
        i = j;
    }
    for (std::size_t i = 0; i < organization.size(); ++i)
        if (organization[i] && !lanes.names[i].empty())
            out.organizations.push_back(lanes.names[i]);
    std::ranges::sort(out.organizations);
    return out;
}

Result<std::vector<TimelineCount>> Library::timelineCounts(const TimelineQuery &query)
{
    auto overview = timelineOverview(query);
    if (!overview)
        return std::unexpected(overview.error());
    return std::move(overview->counts);
}

} // namespace sillok::core
