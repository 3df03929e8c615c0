// Library: the review queue — decisions waiting for a person.
//
// Items are computed when asked, from the curated graph (merge roots, nothing rejected) and the
// annotations; each has an id made of its kind and the uids it concerns, so a verdict recorded
// in review_decision (migration 6) keeps the item out of the queue after any re-import or
// re-extraction. Accepted merges and rejected entities are ordinary ledger decisions
// (library_curation.cpp), replayed like every other.
//
// Cost: one pass over the organizations' and meetings' root rows (names only) plus indexed
// look-ups per candidate; nothing per mention.

#include "common/utf.h"
#include "graph/entity_keys.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "text/normalize.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace sillok::core {

namespace {

constexpr double kLowConfidence = 0.6;

struct Root {
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::string type;
    std::string key; // organizationNameKey for organizations, entityNormKey otherwise
    std::string date;
};

Result<std::vector<Root>> roots(Database &db, const char *type)
{
    std::vector<Root> out;
    Statement st(db, "SELECT id, uid, name, type, date FROM entity WHERE type = ?1 AND merged_into IS NULL AND rejected = 0 "
                     "ORDER BY id");
    st.bind(1, type);
    while (st.next()) {
        Root r{st.int64(0), st.text(1), st.text(2), st.text(3), {}, st.text(4)};
        r.key = r.type == "organization" ? organizationNameKey(r.name) : entityNormKey(r.name);
        out.push_back(std::move(r));
    }
    if (!st.status())
        return std::unexpected(st.status().error());
    return out;
}

// Levenshtein distance over code points, stopping early above `limit`.
int editDistance(const std::u32string &a, const std::u32string &b, int limit)
{
    if (static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit)
        return limit + 1;
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        int best = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool hasDigit(const std::u32string &s)
{
    return std::ranges::any_of(s, [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

class QueueBuilder {
public:
    QueueBuilder(Database &db) : m_db(db), m_evidence(db) {}

    Status load()
    {
        Statement st(m_db, "SELECT item_id FROM review_decision");
        while (st.next())
            m_decided.insert(st.text(0));
        return st.status();
    }

    // The first mention of the curated entity as evidence (none when it has no mention).
    Status addEvidence(ReviewItem &item, std::int64_t entityId)
    {
        auto st = m_db.cached("SELECT article_id, start, end, sentence FROM mention WHERE entity_id = ?1 "
                              "ORDER BY article_id, id LIMIT 1");
        st->bind(1, entityId);
        if (st->next())
            item.evidence.push_back(m_evidence.make(st->int64(0), st->int32(1), st->int32(2), st->int32(3)));
        return st->status();
    }

    Status add(ReviewItem item, const std::vector<const Root *> &entities)
    {
        if (m_decided.contains(item.id) || !m_ids.insert(item.id).second)
            return {};
        for (const Root *r : entities) {
            item.entityIds.push_back(r->id);
            item.entities.push_back(r->name);
            if (auto s = addEvidence(item, r->id); !s)
                return s;
        }
        items.push_back(std::move(item));
        return {};
    }

    static std::string pairId(const char *kind, const Root &a, const Root &b)
    {
        return std::string(kind) + ":" + std::min(a.uid, b.uid) + "+" + std::max(a.uid, b.uid);
    }

    // One organization found apart in Korean and in English: an English name or alias of one
    // is the key of the other; and near-identical names of one type (the same key but for one
    // letter, in names long enough for that to be a spelling and not another name).
    Status possibleMerges()
    {
        for (const char *type : {"organization", "person", "initiative"}) {
            auto list = roots(m_db, type);
            if (!list)
                return std::unexpected(list.error());
            std::map<std::string, std::vector<const Root *>> byKey;
            std::map<std::int64_t, const Root *> byId;
            for (const Root &r : *list) {
                byId[r.id] = &r;
                if (!r.key.empty())
                    byKey[r.key].push_back(&r);
            }
            if (std::string_view(type) == "organization") {
                Statement english(m_db, "SELECT a.entity_id, a.norm FROM alias a JOIN entity e ON e.id = a.entity_id "
                                        "WHERE e.type = 'organization' AND e.merged_into IS NULL AND e.rejected = 0 "
                                        "AND a.kind = 'english' AND a.hidden = 0");
                while (english.next()) {
                    const auto self = byId.find(english.int64(0));
                    const auto other = byKey.find(organizationNameKey(english.text(1)));
                    if (self == byId.end() || other == byKey.end())
                        continue;
                    for (const Root *r : other->second) {
                        if (r->id == self->second->id)
                            continue;
                        ReviewItem item;
                        item.id = pairId("merge", *self->second, *r);
                        item.kind = "possible_merge";
                        item.reason = "'" + r->name + "' is the English name of '" + self->second->name
                                      + "', found apart as another organization";
                        if (auto s = add(std::move(item), {self->second, r}); !s)
                            return s;
                    }
                }
                if (!english.status())
                    return english.status();
            }
            // Same key: two roots a uid told apart (a person at two organizations is two people,
            // so persons compare names only when neither names an organization in its uid).
            for (const auto &[key, group] : byKey) {
                for (std::size_t i = 0; i + 1 < group.size(); ++i) {
                    const Root &a = *group[i];
                    const Root &b = *group[i + 1];
                    if (std::string_view(type) == "person" && (a.uid.find('@') != std::string::npos
                                                                || b.uid.find('@') != std::string::npos))
                        continue;
                    ReviewItem item;
                    item.id = pairId("merge", a, b);
                    item.kind = "possible_merge";
                    item.reason = "'" + a.name + "' and '" + b.name + "' are written alike";
                    if (auto s = add(std::move(item), {&a, &b}); !s)
                        return s;
                }
            }
            // One letter apart, blocked by the first two letters so the pairs stay few.
            std::map<std::u32string, std::vector<std::pair<std::u32string, const Root *>>> blocks;
            for (const auto &[key, group] : byKey) {
                const std::u32string k = toU32(key);
                if (k.size() >= 5 && !hasDigit(k))
                    blocks[k.substr(0, 2)].emplace_back(k, group.front());
            }
            for (const auto &[prefix, block] : blocks) {
                if (block.size() > 200)
                    continue; // a crowded prefix: names there share more than a spelling
                for (std::size_t i = 0; i < block.size(); ++i) {
                    for (std::size_t j = i + 1; j < block.size(); ++j) {
                        if (editDistance(block[i].first, block[j].first, 1) != 1)
                            continue;
                        const Root &a = *block[i].second;
                        const Root &b = *block[j].second;
                        if (a.uid.find(":gaz:") != std::string::npos && b.uid.find(":gaz:") != std::string::npos)
                            continue; // two gazetteer entries are two organizations (삼성SDI, 삼성SDS)
                        ReviewItem item;
                        item.id = pairId("merge", a, b);
                        item.kind = "possible_merge";
                        item.reason = "'" + a.name + "' and '" + b.name + "' differ by one letter";
                        if (auto s = add(std::move(item), {&a, &b}); !s)
                            return s;
                    }
                }
            }
        }
        return {};
    }

    Status lowConfidence()
    {
        Statement st(m_db, "SELECT id, uid, name, type, confidence FROM entity WHERE confidence < ?1 "
                           "AND merged_into IS NULL AND rejected = 0 ORDER BY confidence, id");
        st.bind(1, kLowConfidence);
        std::vector<std::pair<Root, double>> found;
        while (st.next())
            found.push_back({Root{st.int64(0), st.text(1), st.text(2), st.text(3), {}, {}}, st.real(4)});
        if (!st.status())
            return st.status();
        for (const auto &[root, confidence] : found) {
            ReviewItem item;
            item.id = "confidence:" + root.uid;
            item.kind = "low_confidence";
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
            item.reason = "the extractor found the " + root.type + " '" + root.name + "' with confidence " + buffer
                          + " (no dictionary holds the name)";
            if (auto s = add(std::move(item), {&root}); !s)
                return s;
        }
        return {};
    }

    // One meeting, several dates: meetings of the same name (or the same series and number)
    // stored apart because articles dated them differently.
    Status dateConflicts()
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
            ReviewItem item;
            item.id = id;
            item.kind = "date_conflict";
            item.reason = "the meeting '" + group.front()->name + "' is dated " + listed + " by different articles";
            if (auto s = add(std::move(item), group); !s)
                return s;
        }
        return {};
    }

    Status orphanedAnnotations()
    {
        Statement st(m_db, "SELECT n.uid, n.exact, n.note, COALESCE(a.id, 0), COALESCE(a.title, ''), COALESCE(a.source, '') "
                           "FROM annotation n LEFT JOIN article a ON a.uid = n.article_uid "
                           "WHERE n.orphaned = 1 AND n.deleted = 0 ORDER BY n.id");
        while (st.next()) {
            ReviewItem item;
            item.id = "annotation:" + st.text(0);
            item.kind = "orphaned_annotation";
            item.annotationUid = st.text(0);
            item.reason = "the quote of this annotation is no longer in its article's text"
                          + (st.text(2).empty() ? std::string() : " (note: " + st.text(2) + ")");
            EvidenceRecord e;
            e.articleId = st.int64(3);
            e.articleTitle = st.text(4);
            e.articleSource = st.text(5);
            e.quote = st.text(1);
            item.evidence.push_back(std::move(e));
            if (auto s = add(std::move(item), {}); !s)
                return s;
        }
        return st.status();
    }

    std::vector<ReviewItem> items;

private:
    Database &m_db;
    graphdb::EvidenceBuilder m_evidence;
    std::set<std::string> m_decided;
    std::set<std::string> m_ids;
};

} // namespace

Result<std::vector<ReviewItem>> Library::reviewQueue()
{
    QueueBuilder queue(*d->db);
    for (auto step : {&QueueBuilder::load, &QueueBuilder::possibleMerges, &QueueBuilder::lowConfidence,
                      &QueueBuilder::dateConflicts, &QueueBuilder::orphanedAnnotations}) {
        if (auto s = (queue.*step)(); !s)
            return std::unexpected(s.error());
    }
    return std::move(queue.items);
}

Status Library::decideReview(const std::string &itemId, bool accept)
{
    auto queue = reviewQueue();
    if (!queue)
        return std::unexpected(queue.error());
    const auto it = std::ranges::find(*queue, itemId, &ReviewItem::id);
    if (it == queue->end())
        return fail(ErrorCode::NotFound, "no review item " + itemId + " in the queue");
    std::int64_t decision = 0;
    if (it->kind == "possible_merge" || it->kind == "date_conflict") {
        if (accept) {
            for (std::size_t i = 1; i < it->entityIds.size(); ++i) {
                auto merged = mergeEntities(it->entityIds.front(), it->entityIds[i]);
                if (!merged)
                    return std::unexpected(merged.error());
                decision = *merged;
            }
        }
    } else if (it->kind == "low_confidence") {
        if (!accept) {
            auto rejected = rejectEntity(it->entityIds.front());
            if (!rejected)
                return std::unexpected(rejected.error());
            decision = *rejected;
        }
    } else if (it->kind == "orphaned_annotation") {
        if (!accept) {
            if (auto s = deleteAnnotation(it->annotationUid); !s)
                return s;
        }
    }
    Statement st(*d->db, "INSERT INTO review_decision (item_id, verdict, decision_id, created_at) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT(item_id) DO UPDATE SET verdict = excluded.verdict, decision_id = excluded.decision_id");
    st.bind(1, itemId).bind(2, accept ? "accept" : "reject");
    if (decision != 0)
        st.bind(3, decision);
    else
        st.bindNull(3);
    st.bind(4, d->clock->nowUtc());
    return st.run();
}

} // namespace sillok::core
