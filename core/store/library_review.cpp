// Library: the review queue — decisions waiting for a person.
//
// Items are computed when asked, from the curated graph (merge roots, nothing rejected) and the
// annotations; each has an id made of its kind and the uids it concerns, so a verdict recorded
// in review_decision (migration 6) keeps the item out of the queue after any re-import or
// re-extraction. Accepted merges and rejected entities are ordinary ledger decisions
// (library_curation.cpp), replayed like every other; a meeting date chosen on accepting a
// date_conflict is kept with the verdict (migration 8) and given back to the entity whenever an
// import inserts it again (graphdb::applyChosenDates).
//
// Sources: possible merges (library_review_merges.cpp), entities the extractor was unsure of and
// orphaned annotations (here), date conflicts (library_review_dates.cpp).

#include "extract/extraction.h"
#include "graph/entity_keys.h"
#include "store/library_private.h"
#include "store/library_review_queue.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>

namespace sillok::core {

namespace review {

Result<std::vector<Root>> roots(Database &db, const char *type, std::string_view condition)
{
    std::vector<Root> out;
    Statement st(db, "SELECT id, uid, name, type, date, norm_key, base_name FROM entity WHERE type = ?1 "
                     "AND merged_into IS NULL AND rejected = 0 "
                         + (condition.empty() ? std::string() : "AND " + std::string(condition) + " ") + "ORDER BY id");
    st.bind(1, type);
    while (st.next()) {
        Root r{st.int64(0), st.text(1), st.text(2), st.text(3), {}, st.text(4)};
        // norm_key is entityNormKey(base_name), stored by the graph writer: only a renamed entity
        // or an organization (whose key also drops designators) needs ICU here.
        if (r.type == "organization")
            r.key = organizationNameKey(r.name);
        else
            r.key = r.name == st.text(6) ? st.text(5) : entityNormKey(r.name);
        out.push_back(std::move(r));
    }
    if (!st.status())
        return std::unexpected(st.status().error());
    return out;
}

Status QueueBuilder::load()
{
    Statement st(m_db, "SELECT item_id FROM review_decision");
    while (st.next())
        m_decided.insert(st.text(0));
    return st.status();
}

Result<const std::vector<Root> *> QueueBuilder::organizations()
{
    if (!m_organizations) {
        auto list = roots(m_db, "organization");
        if (!list)
            return std::unexpected(list.error());
        m_organizations = std::move(*list);
    }
    return &*m_organizations;
}

Status QueueBuilder::add(ReviewItem item, const std::vector<const Root *> &entities, bool withEvidence,
                         std::vector<PendingEvidence> pending)
{
    if (m_decided.contains(item.id) || !m_ids.insert(item.id).second)
        return {};
    if (entities.size() == 2 && entities[0]->type == "organization" && entities[1]->type == "organization")
        m_organizationPairs.insert(std::minmax(entities[0]->id, entities[1]->id));
    std::vector<PendingEvidence> first;
    for (const Root *r : entities) {
        item.entityIds.push_back(r->id);
        item.entities.push_back(r->name);
        auto organization = r->type == "person" ? m_personOrganizations.of(r->id, r->uid) : std::string();
        if (!organization)
            return std::unexpected(organization.error());
        item.entityOrganizations.push_back(std::move(*organization));
        if (withEvidence)
            first.push_back({r->id, 0, {}});
    }
    first.insert(first.end(), std::make_move_iterator(pending.begin()), std::make_move_iterator(pending.end()));
    items.push_back(std::move(item));
    m_pending.push_back(std::move(first));
    return {};
}

Status QueueBuilder::fetchEvidence(std::size_t offset, std::size_t limit)
{
    auto byEntity = m_db.cached("SELECT article_id, start, end, sentence FROM mention WHERE entity_id = ?1 "
                                "ORDER BY article_id, id LIMIT 1");
    auto byId = m_db.cached("SELECT article_id, start, end, sentence FROM mention WHERE id = ?1");
    for (std::size_t i = offset; i < items.size() && i - offset < limit; ++i) {
        for (const PendingEvidence &p : m_pending[i]) {
            Statement &q = p.entityId != 0 ? *byEntity : *byId;
            q.reset();
            q.bind(1, p.entityId != 0 ? p.entityId : p.mentionId);
            if (q.next()) {
                EvidenceRecord e = m_evidence.make(q.int64(0), q.int32(1), q.int32(2), q.int32(3));
                e.date = p.date;
                items[i].evidence.push_back(std::move(e));
            }
            if (!q.status())
                return q.status();
        }
    }
    return {};
}

// The partial index entity_unsure (migration 8) holds the rows below this literal.
static_assert(kReviewConfidence == 0.6, "change entity_unsure and lowConfidence()'s SQL literal together");

Status QueueBuilder::lowConfidence()
{
    // The literal 0.6 lets SQLite read the partial index entity_unsure (migration 8).
    Statement st(m_db, "SELECT id, uid, name, type, confidence FROM entity WHERE confidence < 0.6 "
                       "AND merged_into IS NULL AND rejected = 0 ORDER BY confidence, id");
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

Status QueueBuilder::orphanedAnnotations()
{
    Statement st(m_db,
                 "SELECT n.uid, n.exact, n.note, COALESCE(a.id, 0), COALESCE(a.title, ''), COALESCE(a.source, '') "
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

} // namespace review

namespace {

// Every item of the queue, in order; the evidence only of items [offset, offset + limit).
Result<std::vector<ReviewItem>> computeQueue(Database &db, std::size_t offset, std::size_t limit)
{
    using review::QueueBuilder;
    QueueBuilder queue(db);
    for (auto step : {&QueueBuilder::load, &QueueBuilder::possibleMerges, &QueueBuilder::soundMerges,
                      &QueueBuilder::namesakeMerges, &QueueBuilder::lowConfidence, &QueueBuilder::dateConflicts,
                      &QueueBuilder::datesWithinMeeting, &QueueBuilder::orphanedAnnotations}) {
        if (auto s = (queue.*step)(); !s)
            return std::unexpected(s.error());
    }
    if (auto s = queue.fetchEvidence(offset, limit); !s)
        return std::unexpected(s.error());
    return std::move(queue.items);
}

} // namespace

Result<ReviewPage> Library::reviewPage(std::size_t offset, std::size_t limit)
{
    auto items = computeQueue(*d->db, offset, limit);
    if (!items)
        return std::unexpected(items.error());
    ReviewPage page;
    page.total = items->size();
    if (offset < items->size()) {
        const auto first = items->begin() + static_cast<std::ptrdiff_t>(offset);
        const auto last = first + static_cast<std::ptrdiff_t>(std::min(limit, items->size() - offset));
        page.items.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    }
    return page;
}

Result<std::vector<ReviewItem>> Library::reviewQueue()
{
    auto page = reviewPage(0, std::numeric_limits<std::size_t>::max());
    if (!page)
        return std::unexpected(page.error());
    return std::move(page->items);
}

Status Library::decideReview(const std::string &itemId, bool accept, const std::string &date)
{
    auto queue = computeQueue(*d->db, 0, 0); // the items without their quotes
    if (!queue)
        return std::unexpected(queue.error());
    const auto it = std::ranges::find(*queue, itemId, &ReviewItem::id);
    if (it == queue->end())
        return fail(ErrorCode::NotFound, "no review item " + itemId + " in the queue");
    if (!date.empty() && (it->kind != "date_conflict" || !accept))
        return fail(ErrorCode::InvalidArgument, "only accepting a date_conflict item chooses a date");
    if (!date.empty() && std::ranges::find(it->dates, date) == it->dates.end())
        return fail(ErrorCode::InvalidArgument, "the item's articles give no date " + date);
    Savepoint sp(*d->db);
    if (auto s = sp.begin(); !s)
        return s;
    std::int64_t decision = 0;
    std::string chosenFor; // the uid of the entity given the chosen date
    if (it->kind == "possible_merge" || it->kind == "date_conflict") {
        if (accept) {
            for (std::size_t i = 1; i < it->entityIds.size(); ++i) {
                auto merged = mergeEntities(it->entityIds.front(), it->entityIds[i]);
                if (!merged)
                    return std::unexpected(merged.error());
                decision = *merged;
            }
        }
        if (!date.empty()) {
            auto root = graphdb::rootOf(*d->db, it->entityIds.front());
            if (!root)
                return std::unexpected(root.error());
            auto uid = graphdb::uidOf(*d->db, *root);
            if (!uid)
                return std::unexpected(uid.error());
            if (auto s = review::setMeetingDate(*d->db, *root, date); !s)
                return s;
            chosenFor = *uid;
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
    Statement st(*d->db,
                 "INSERT INTO review_decision (item_id, verdict, decision_id, created_at, entity_uid, value) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(item_id) DO UPDATE SET verdict = excluded.verdict, "
                 "decision_id = excluded.decision_id, entity_uid = excluded.entity_uid, value = excluded.value");
    st.bind(1, itemId).bind(2, accept ? "accept" : "reject");
    if (decision != 0)
        st.bind(3, decision);
    else
        st.bindNull(3);
    st.bind(4, d->clock->nowUtc()).bind(5, chosenFor).bind(6, date);
    if (auto s = st.run(); !s)
        return s;
    return sp.release();
}

} // namespace sillok::core
