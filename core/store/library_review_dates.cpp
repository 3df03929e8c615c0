// Library: the review queue's date conflicts, and the dates analysts chose.
//
// Two ways one meeting ends up with two dates:
//  * the merger folds two articles' mentions of one meeting into one entity (same name, an
//    alias, the same series and number) although the articles date it differently: the entity
//    keeps one date and each mention the date its article gave (mention.date, migration 8), so
//    the conflict is read from the partial index mention_dated — one row per (meeting, date);
//  * meetings of one name (or series and number) stored apart because their uids hold the date.
// A month that contains a listed day ("2024-03" and "2024-03-05") is no conflict.

#include "graph/entity_keys.h"
#include "store/library_review_queue.h"

#include <algorithm>
#include <map>
#include <set>

namespace sillok::core {

namespace review {

bool datesDisagree(const std::string &a, const std::string &b)
{
    return !a.starts_with(b) && !b.starts_with(a);
}

Status setMeetingDate(Database &db, std::int64_t entityId, const std::string &date)
{
    const PartialDate parsed = graphdb::dateFrom(date);
    if (!parsed.isValid())
        return fail(ErrorCode::InvalidArgument, "not a date: " + date);
    auto q =
        db.cached("UPDATE entity SET date = ?2, date_precision = ?3, date_text = '' WHERE id = ?1 AND date IS NOT ?2");
    q->bind(1, entityId).bind(2, graphdb::datePart(parsed)).bind(3, static_cast<int>(parsed.precision));
    return q->run();
}

// One meeting, several dates: meetings of the same name (or the same series and number)
// stored apart because articles dated them differently.
Status QueueBuilder::dateConflicts()
{
    auto list = roots(m_db, "meeting");
    if (!list)
        return std::unexpected(list.error());
    std::map<std::string, std::vector<const Root *>> byName;
    for (const Root &r : *list) {
        // A meeting named only by its kind ("기자간담회") is its article's own (uid scoped with
        // "~"): two of them on two dates are two meetings.
        if (r.date.empty() || r.uid.find('~') != std::string::npos)
            continue;
        const MeetingOrdinal o = splitMeetingOrdinal(r.name);
        const std::string key = o.ordinal > 0 ? entityNormKey(o.series) + "#" + std::to_string(o.ordinal) : r.key;
        if (!key.empty())
            byName[key].push_back(&r);
    }
    for (auto &[key, group] : byName) {
        std::set<std::string> dates;
        for (const Root *r : group)
            dates.insert(r->date);
        if (dates.size() < 2)
            continue;
        std::ranges::sort(group, [](const Root *a, const Root *b) { return a->date < b->date; });
        std::string id = "dates";
        std::string listed;
        for (const Root *r : group) {
            id += ":" + r->uid;
            listed += (listed.empty() ? "" : ", ") + r->date;
        }
        if (decided(id))
            continue;
        ReviewItem item;
        item.id = id;
        item.kind = "date_conflict";
        item.reason = "the meeting '" + group.front()->name + "' is dated " + listed + " by different articles";
        item.dates.assign(dates.begin(), dates.end());
        std::vector<PendingEvidence> pending; // each root's first mention, with the date it was stored under
        for (const Root *r : group)
            pending.push_back({r->id, 0, r->date});
        if (auto s = add(std::move(item), group, false, std::move(pending)); !s)
            return s;
    }
    return {};
}

// One merged meeting whose mentions carry dates that disagree: its articles give different days.
Status QueueBuilder::datesWithinMeeting()
{
    struct Dated {
        std::string date;
        std::int64_t mention = 0; // the first mention giving that date
    };
    std::map<std::int64_t, std::vector<Dated>> byMeeting;
    {
        auto q = m_db.cached("SELECT entity_id, date, MIN(id) FROM mention WHERE date <> '' AND entity_id IS NOT NULL "
                             "GROUP BY entity_id, date");
        while (q->next())
            byMeeting[q->int64(0)].push_back({q->text(1), q->int64(2)});
        if (!q->status())
            return q->status();
    }
    auto entity =
        m_db.cached("SELECT uid, name, type, date FROM entity WHERE id = ?1 AND merged_into IS NULL AND rejected = 0");
    for (auto &[id, dated] : byMeeting) {
        if (dated.size() < 2)
            continue;
        // A coarser date that contains a finer one listed says nothing against it.
        std::vector<Dated> finest;
        for (const Dated &d : dated)
            if (std::ranges::none_of(dated,
                                     [&](const Dated &e) { return e.date != d.date && e.date.starts_with(d.date); }))
                finest.push_back(d);
        dated = std::move(finest);
        if (dated.size() < 2)
            continue;
        entity->reset();
        entity->bind(1, id);
        if (!entity->next()) {
            if (!entity->status())
                return entity->status();
            continue; // merged away or rejected
        }
        const Root root{id, entity->text(0), entity->text(1), entity->text(2), {}, entity->text(3)};
        std::string itemId = "date:" + root.uid + "=";
        std::string listed;
        for (const Dated &d : dated) {
            itemId += (&d == &dated.front() ? "" : ",") + d.date;
            listed += (listed.empty() ? "" : ", ") + d.date;
        }
        if (decided(itemId))
            continue;
        ReviewItem item;
        item.id = itemId;
        item.kind = "date_conflict";
        item.reason = "the articles that mention the meeting '" + root.name + "' date it " + listed
                      + "; it is stored as " + (root.date.empty() ? std::string("undated") : root.date);
        std::vector<PendingEvidence> pending;
        for (const Dated &d : dated) {
            item.dates.push_back(d.date);
            pending.push_back({0, d.mention, d.date});
        }
        if (auto s = add(std::move(item), {&root}, false, std::move(pending)); !s)
            return s;
    }
    return {};
}

} // namespace review

namespace graphdb {

Status applyChosenDates(Database &db, const std::set<std::string> *uids)
{
    std::vector<std::pair<std::string, std::string>> chosen; // uid, date; later choices last
    if (uids == nullptr) {
        Statement q(db, "SELECT entity_uid, value FROM review_decision WHERE value <> '' AND verdict = 'accept' "
                        "ORDER BY created_at, item_id");
        while (q.next())
            chosen.emplace_back(q.text(0), q.text(1));
        if (!q.status())
            return q.status();
    } else {
        auto q =
            db.cached("SELECT value FROM review_decision WHERE entity_uid = ?1 AND value <> '' AND verdict = 'accept' "
                      "ORDER BY created_at DESC, item_id DESC LIMIT 1");
        for (const std::string &uid : *uids) {
            q->reset();
            q->bind(1, uid);
            if (q->next())
                chosen.emplace_back(uid, q->text(0));
            if (!q->status())
                return q->status();
        }
    }
    auto id = db.cached("SELECT id FROM entity WHERE uid = ?1");
    for (const auto &[uid, date] : chosen) {
        id->reset();
        id->bind(1, uid);
        if (!id->next()) {
            if (!id->status())
                return id->status();
            continue; // not stored (yet): the choice waits for it
        }
        if (auto s = review::setMeetingDate(db, id->int64(0), date); !s)
            return s;
    }
    return {};
}

} // namespace graphdb

} // namespace sillok::core
