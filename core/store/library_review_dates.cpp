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
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace sillok::core {

namespace review {

namespace {

// Evidence sentences of one date conflict: beyond a handful, more dates say only that the
// articles disagree (a generated corpus dates one meeting on hundreds of days).
constexpr std::size_t kMaxDateEvidence = 6;

// "date:<uid>=<d1>,<d2>…" for a few dates; for more, the first and last and a digest of all
// (FNV-1a), so that an id stays short enough to type and a new date still makes a new item.
std::string dateItemId(const std::string &uid, const std::string &first, const std::string &last,
                       const std::string &listed, std::size_t count)
{
    if (count <= 4) {
        std::string id = "date:" + uid + "=" + listed;
        std::erase(id, ' ');
        return id;
    }
    std::uint32_t hash = 2166136261u;
    for (const char c : listed)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", hash);
    return "date:" + uid + "=" + first + ".." + last + "#" + std::to_string(count) + "-" + hex;
}

} // namespace

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
    // Only meetings whose uid holds their date can be stored apart by it ("meeting:<key>@<date>";
    // a numbered one is "meeting:<series>#<N>" whatever its date). A meeting named only by its
    // kind ("기자간담회") is its article's own (uid scoped with "~"): two of them on two dates are
    // two meetings.
    std::vector<Root> list;
    std::map<std::string, std::vector<const Root *>> byName;
    {
        Statement st(m_db, "SELECT id, uid, name, type, date, series, ordinal, norm_key, base_name FROM entity "
                           "WHERE type = 'meeting' AND merged_into IS NULL AND rejected = 0 AND date <> '' "
                           "AND instr(uid, '~') = 0 ORDER BY id");
        std::vector<std::string> keys;
        while (st.next()) {
            list.push_back(Root{st.int64(0), st.text(1), st.text(2), st.text(3), {}, st.text(4)});
            const int ordinal = st.int32(6);
            if (ordinal > 0)
                keys.push_back(entityNormKey(st.text(5).empty() ? splitMeetingOrdinal(st.text(2)).series : st.text(5))
                               + "#" + std::to_string(ordinal));
            else
                keys.push_back(st.text(2) == st.text(8) ? st.text(7) : entityNormKey(st.text(2)));
        }
        if (!st.status())
            return st.status();
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!keys[i].empty())
                byName[keys[i]].push_back(&list[i]);
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
        std::int64_t mention = 0;  // the first mention giving that date
        std::int64_t mentions = 0; // how many give it
    };
    std::map<std::int64_t, std::vector<Dated>> byMeeting;
    {
        auto q = m_db.cached("SELECT entity_id, date, MIN(id), COUNT(*) FROM mention WHERE date <> '' "
                             "AND entity_id IS NOT NULL GROUP BY entity_id, date ORDER BY entity_id, date");
        while (q->next())
            byMeeting[q->int64(0)].push_back({q->text(1), q->int64(2), q->int64(3)});
        if (!q->status())
            return q->status();
    }
    auto entity =
        m_db.cached("SELECT uid, name, type, date FROM entity WHERE id = ?1 AND merged_into IS NULL AND rejected = 0");
    for (auto &[id, dated] : byMeeting) {
        if (dated.size() < 2)
            continue;
        // A coarser date that contains a finer one listed says nothing against it.
        // Sorted (the GROUP BY reads them in date order): what a date contains follows it at once.
        std::vector<Dated> finest;
        for (std::size_t i = 0; i < dated.size(); ++i)
            if (i + 1 == dated.size() || !dated[i + 1].date.starts_with(dated[i].date))
                finest.push_back(std::move(dated[i]));
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
        std::string listed;
        for (const Dated &d : dated)
            listed += (listed.empty() ? "" : ", ") + d.date;
        const std::string itemId = dateItemId(root.uid, dated.front().date, dated.back().date, listed, dated.size());
        if (decided(itemId))
            continue;
        ReviewItem item;
        item.id = itemId;
        item.kind = "date_conflict";
        item.reason = "the articles that mention the meeting '" + root.name + "' date it " + listed
                      + "; it is stored as " + (root.date.empty() ? std::string("undated") : root.date);
        for (const Dated &d : dated)
            item.dates.push_back(d.date);
        // A sentence for each date, for the dates most mentions give when there are many.
        std::vector<const Dated *> cited;
        for (const Dated &d : dated)
            cited.push_back(&d);
        std::ranges::stable_sort(cited, [](const Dated *a, const Dated *b) { return a->mentions > b->mentions; });
        if (cited.size() > kMaxDateEvidence) {
            item.reason += " (" + std::to_string(cited.size()) + " dates; the sentences of the "
                           + std::to_string(kMaxDateEvidence) + " most cited are shown)";
            cited.resize(kMaxDateEvidence);
        }
        std::ranges::sort(cited, [](const Dated *a, const Dated *b) { return a->date < b->date; });
        std::vector<PendingEvidence> pending;
        for (const Dated *d : cited)
            pending.push_back({0, d->mention, d->date});
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
        // The latest choice of each, picked here: an ORDER BY built a temporary B-tree at every
        // run, and the import runs this for every entity an article touches (there is rarely a
        // row to read).
        auto q = db.cached("SELECT value, created_at, item_id FROM review_decision WHERE entity_uid = ?1 "
                           "AND value <> '' AND verdict = 'accept'");
        for (const std::string &uid : *uids) {
            q->reset();
            q->bind(1, uid);
            std::optional<std::pair<std::string, std::string>> latest; // (created_at, item_id)
            std::string value;
            while (q->next()) {
                std::pair<std::string, std::string> when(q->text(1), q->text(2));
                if (!latest || when > *latest) {
                    latest = std::move(when);
                    value = q->text(0);
                }
            }
            if (!q->status())
                return q->status();
            if (latest)
                chosen.emplace_back(uid, std::move(value));
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
