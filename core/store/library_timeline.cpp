// Library: the timeline's reads — dated initiatives and meetings with their lanes (all, or a
// window of them), and their counts per lane and month for the coarse zoom. Every lookup is
// indexed: entity_type_date for the items, entity_merged_into and fact_subject for their links,
// the entity primary key for the linked entity.

#include "store/library.h"
#include "store/library_graph_internal.h"

#include <algorithm>
#include <set>

namespace sillok::core {
namespace {

// Lanes come from these relations of an item (subject) to another entity (object).
bool isOrganizationLink(const std::string &predicate)
{
    return predicate == "organizer" || predicate == "participant" || predicate == "owner";
}

// Fills item.initiatives (its own name for an initiative, then what it discussed or is part of)
// and item.organizations (organizers, participants, owners), each once, in fact order.
Status addLanes(Database &db, TimelineItem &item)
{
    auto q = db.cached("SELECT f.predicate, o.name, o.type FROM fact f JOIN entity ob ON ob.id = f.object_id "
                       "JOIN entity o ON o.id = COALESCE(ob.merged_into, ob.id) "
                       "WHERE f.subject_id IN (SELECT id FROM entity WHERE id = ?1 "
                       "UNION ALL SELECT id FROM entity WHERE merged_into = ?1) "
                       "AND o.rejected = 0 AND o.id != ?1 ORDER BY f.id");
    q->bind(1, item.entityId);
    const auto addUnique = [](std::vector<std::string> &to, std::string name) {
        if (std::ranges::find(to, name) == to.end())
            to.push_back(std::move(name));
    };
    if (item.type == EntityType::Initiative)
        item.initiatives.push_back(item.name);
    while (q->next()) {
        const std::string predicate = q->text(0);
        if (predicate == "discussed" || (predicate == "part_of" && q->text(2) == "initiative"))
            addUnique(item.initiatives, q->text(1));
        else if (isOrganizationLink(predicate))
            addUnique(item.organizations, q->text(1));
    }
    return q->status();
}

// Appends the dated items whose date text lies in [low, high] (all with no bounds); with
// `yearOnly`, only those dated to a year.
Status appendItems(Database &db, std::vector<TimelineItem> &items, const std::string *low, const std::string *high,
                   bool yearOnly)
{
    std::string sql = "SELECT e.id, e.type, e.name, e.kind, e.date, e.end_date, e.date_text FROM entity e "
                      "WHERE e.type IN ('initiative', 'meeting') AND e.date != '' AND e.merged_into IS NULL "
                      "AND e.rejected = 0";
    if (low)
        sql += " AND e.date >= ? AND e.date <= ?";
    if (yearOnly)
        sql += " AND length(e.date) = 4";
    auto q = db.cached(sql);
    if (low)
        q->bind(*low).bind(*high);
    while (q->next()) {
        TimelineItem item;
        item.entityId = q->int64(0);
        item.type = entityTypeFromName(q->text(1)).value_or(EntityType::Meeting);
        item.name = q->text(2);
        item.kind = q->text(3);
        item.start = graphdb::dateFrom(q->text(4));
        item.end = graphdb::dateFrom(q->text(5));
        if (!item.start.isValid())
            continue;
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.dateText = q->text(6);
        items.push_back(std::move(item));
    }
    return q->status();
}

Result<std::vector<TimelineItem>> readItems(Database &db, const Library::TimelineQuery *window)
{
    std::vector<TimelineItem> items;
    if (!window) {
        if (auto s = appendItems(db, items, nullptr, nullptr, false); !s)
            return std::unexpected(s.error());
    } else {
        // Dates compare as text: from "2024" takes all of 2024, to "2024-05" all of May. Items
        // dated only to a year that the window touches come too: they span it.
        const std::string low = window->from.isValid() ? window->from.toString() : std::string();
        const std::string high = window->to.isValid() ? window->to.toString() + "\x7f" : std::string("\x7f");
        if (auto s = appendItems(db, items, &low, &high, false); !s)
            return std::unexpected(s.error());
        const std::string lowYear = low.substr(0, 4), highYear = window->to.isValid() ? high.substr(0, 4) : high;
        std::set<std::int64_t> have;
        for (const auto &item : items)
            have.insert(item.entityId);
        std::vector<TimelineItem> years;
        if (auto s = appendItems(db, years, &lowYear, &highYear, true); !s)
            return std::unexpected(s.error());
        for (auto &item : years)
            if (have.insert(item.entityId).second)
                items.push_back(std::move(item));
    }
    for (TimelineItem &item : items)
        if (auto s = addLanes(db, item); !s)
            return std::unexpected(s.error());
    std::ranges::sort(items, [](const TimelineItem &a, const TimelineItem &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.name < b.name;
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

Result<std::vector<TimelineCount>> Library::timelineCounts(const TimelineQuery &query)
{
    // item: the dated, curated items; link: each item's lane names of both sides ('i'
    // initiatives, 'o' organizations), once per name (UNION), an initiative a lane of its own;
    // lane: the links of the side grouped by, plus '' for items with none. The organization
    // filter keeps items with that organization among their 'o' links, as the view's filter
    // does. Every IN list is built once: the plan stays linear in the items.
    auto q = database().cached(
                "WITH item(id, type, name) AS ("
                "  SELECT id, type, name FROM entity"
                "  WHERE type IN ('initiative', 'meeting') AND date != '' AND merged_into IS NULL AND rejected = 0"
                "  AND date >= ?3 AND date <= ?4), "
                "link(item, side, name) AS ("
                "  SELECT i.id, CASE WHEN f.predicate IN ('organizer', 'participant', 'owner') THEN 'o' ELSE 'i' END, o.name"
                "  FROM item i JOIN entity g ON g.id = i.id OR g.merged_into = i.id"
                "  JOIN fact f ON f.subject_id = g.id JOIN entity ob ON ob.id = f.object_id"
                "  JOIN entity o ON o.id = COALESCE(ob.merged_into, ob.id)"
                "  WHERE o.rejected = 0 AND o.id != i.id AND (f.predicate IN ('organizer', 'participant', 'owner', 'discussed')"
                "    OR (f.predicate = 'part_of' AND o.type = 'initiative'))"
                "  UNION SELECT id, 'i', name FROM item WHERE type = 'initiative'), "
                "lane(item, name) AS ("
                "  SELECT item, name FROM link WHERE side = ?1"
                "  UNION ALL SELECT id, '' FROM item WHERE id NOT IN (SELECT item FROM link WHERE side = ?1)) "
                "SELECT l.name, substr(e.date, 1, 7), e.type, e.kind, COUNT(*) FROM lane l JOIN entity e ON e.id = l.item "
                "WHERE ?2 = '' OR l.item IN (SELECT item FROM link WHERE side = 'o' AND name = ?2) "
                "GROUP BY 1, 2, 3, 4 ORDER BY 2, 1");
    q->bind(1, query.byOrganization ? "o" : "i")
        .bind(2, query.organization)
        .bind(3, query.from.isValid() ? query.from.toString() : std::string())
        .bind(4, query.to.isValid() ? query.to.toString() + "\x7f" : std::string("\x7f"));
    std::vector<TimelineCount> out;
    while (q->next()) {
        const auto month = PartialDate::parse(q->text(1));
        if (!month)
            continue;
        out.push_back({q->text(0), *month, entityTypeFromName(q->text(2)).value_or(EntityType::Meeting), q->text(3),
                       static_cast<int>(q->int64(4))});
    }
    if (!q->status())
        return std::unexpected(q->status().error());
    return out;
}

} // namespace sillok::core
