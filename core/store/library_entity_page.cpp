// Library: the bounded read side of one entity — its page (facts through the fact indexes, with
// evidence counts and dates), paged mentions, its timeline, and the names that complete what is
// typed. Nothing here reads the whole graph: the cost follows the entity's own rows. The
// facts come from library_entity_facts.cpp and library_entity_evidence.cpp
// (library_entity_page_internal.h).

#include "graph/entity_keys.h"
#include "store/library.h"
#include "store/library_entity_page_internal.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sillok::core {

using entitypage::factsOfEntity;

namespace {

// Whether a fact of this predicate can have a meeting or an initiative at one end: the ties
// between people and organisations and between organisations cannot.
bool mayLinkEvent(std::string_view predicate)
{
    static constexpr std::array<std::string_view, 10> kBetweenParties = {
        "member_of",  "role",        "former_member_of", "former_role", "partnership",
        "investment", "acquisition", "merger",           "supply",      "subsidiary_of"};
    return std::ranges::find(kBetweenParties, predicate) == kBetweenParties.end();
}

} // namespace

Result<EntityDetail> Library::entityPage(std::int64_t id, const EntityPageOptions &options)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, id); // a merged-away entity shows its curated entity
    if (!root)
        return std::unexpected(root.error());
    EntityDetail detail;
    {
        Statement q(db, std::string("SELECT ") + graphdb::kSummaryColumns + " FROM entity e WHERE e.id = ?");
        q.bind(*root);
        if (!q.next())
            return q.status() ? fail(ErrorCode::NotFound, "no entity " + std::to_string(id))
                              : std::unexpected(q.status().error());
        detail.summary = graphdb::entitySummaryFrom(q);
    }
    {
        Statement q(db,
                    "SELECT a.form, a.kind, a.source, a.norm FROM alias a JOIN entity e ON e.id = a.entity_id "
                    "WHERE e.id IN (SELECT ?1 UNION ALL SELECT id FROM entity WHERE merged_into = ?1) AND a.hidden = 0 "
                    "ORDER BY (e.id != ?1), (a.kind != 'official'), a.rowid");
        q.bind(1, *root);
        std::set<std::string> seen;
        while (q.next())
            if (seen.insert(q.text(3)).second)
                detail.aliases.push_back({q.text(0), q.text(1), q.text(2)});
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    auto facts = factsOfEntity(
        db, *root, std::max(1, options.evidencePerFact), options.factsPerPredicate,
        [](const std::string &) { return true; }, options.readEvidenceUpTo, options.spans);
    if (!facts)
        return std::unexpected(facts.error());
    detail.facts = std::move(facts->facts);
    detail.factTotal = facts->total;
    if (options.mentions > 0) {
        auto mentions = entityMentions(*root, {0, options.mentions});
        if (!mentions)
            return std::unexpected(mentions.error());
        detail.mentions = std::move(*mentions);
    }
    if (options.articles > 0) {
        auto articles = entityArticles(*root, {0, options.articles});
        if (!articles)
            return std::unexpected(articles.error());
        detail.articles = std::move(*articles);
    }
    return detail;
}

Result<std::vector<EvidenceRecord>> Library::entityMentions(std::int64_t id, const EntityPageCursor &cursor,
                                                            std::int64_t *next)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, id);
    if (!root)
        return std::unexpected(root.error());
    // mention_entity(entity_id, article_id) holds the rowid after its columns: newest article
    // first, then newest mention, read backwards along the index with a keyset on both, no sort.
    // The cursor packs the two: article id << 32 | mention id (0 = from the start).
    // The first page and the later ones are two statements, so each seeks straight to its start.
    const std::int64_t after = std::max<std::int64_t>(0, cursor.after);
    auto cached =
        db.cached(after == 0 ? "SELECT id, article_id, start, end, sentence, caption FROM mention WHERE entity_id = ?1 "
                               "ORDER BY article_id DESC, id DESC LIMIT ?4"
                             : "SELECT id, article_id, start, end, sentence, caption FROM mention WHERE entity_id = ?1 "
                               "AND (article_id, id) < (?2, ?3) ORDER BY article_id DESC, id DESC LIMIT ?4");
    Statement &q = *cached;
    // One row more than asked says whether another page follows.
    const int limit = std::max(0, cursor.limit);
    q.bind(1, *root).bind(4, limit + 1);
    if (after != 0)
        q.bind(2, static_cast<std::int64_t>(after >> 32)).bind(3, static_cast<std::int64_t>(after & 0xffffffffLL));
    graphdb::EvidenceBuilder evidence(db);
    std::vector<EvidenceRecord> out;
    std::int64_t last = 0;
    bool more = false;
    while (q.next()) {
        if (static_cast<int>(out.size()) == limit) {
            more = true;
            break;
        }
        last = (q.int64(1) << 32) | (q.int64(0) & 0xffffffffLL);
        out.push_back(evidence.make(q.int64(1), q.int32(2), q.int32(3), q.int32(4)));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    if (next)
        *next = more ? last : 0;
    return out;
}

Result<std::vector<EvidenceRecord>> Library::factSources(const std::vector<std::int64_t> &factIds,
                                                         const EntityPageCursor &cursor, std::int64_t *next,
                                                         int readEvidenceUpTo)
{
    if (factIds.empty())
        return fail(ErrorCode::InvalidArgument, "no fact to read the sources of");
    std::int64_t after = 0;
    auto page = entitypage::factSentences(database(), factIds, cursor.after, cursor.limit, after,
                                          std::max(0, readEvidenceUpTo));
    if (page && next)
        *next = after;
    return page;
}

Result<std::vector<TimelineItem>> Library::entityTimeline(std::int64_t id)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, id);
    if (!root)
        return std::unexpected(root.error());
    // Only facts that can link a meeting or an initiative: a company's thousands of member_of
    // rows (its people) are counted, not read.
    auto facts = factsOfEntity(db, *root, -1, 0, [](const std::string &p) { return mayLinkEvent(p); });
    if (!facts)
        return std::unexpected(facts.error());
    std::set<std::int64_t> ids;
    std::string laneName;
    EntityType laneType = EntityType::Organization;
    for (const FactRecord &f : facts->facts) {
        const bool asSubject = f.subjectId == *root;
        laneName = asSubject ? f.subjectName : f.objectName;
        laneType = asSubject ? f.subjectType : f.objectType;
        const std::int64_t other = asSubject ? f.objectId : f.subjectId;
        const EntityType otherType = asSubject ? f.objectType : f.subjectType;
        if (other && (otherType == EntityType::Meeting || otherType == EntityType::Initiative))
            ids.insert(other);
    }
    ids.insert(*root);
    Statement q(db, "SELECT type, name, kind, date, end_date, date_text FROM entity WHERE id = ? AND rejected = 0");
    std::vector<TimelineItem> items;
    for (std::int64_t item : ids) {
        q.reset();
        q.bind(item);
        if (!q.next())
            continue;
        TimelineItem t;
        t.entityId = item;
        t.type = entityTypeFromName(q.text(0)).value_or(EntityType::Meeting);
        if (t.type != EntityType::Meeting && t.type != EntityType::Initiative)
            continue;
        t.name = q.text(1);
        if (item == *root) {
            laneName = t.name;
            laneType = t.type;
        }
        t.kind = q.text(2);
        t.start = graphdb::dateFrom(q.text(3));
        t.end = graphdb::dateFrom(q.text(4));
        t.dateText = q.text(5);
        if (!t.start.isValid())
            continue;
        if (!t.end.isValid() || t.end < t.start)
            t.end = t.start;
        items.push_back(std::move(t));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    for (TimelineItem &t : items) {
        if (laneType == EntityType::Organization)
            t.organizations.push_back(laneName);
        else
            t.initiatives.push_back(laneName);
    }
    std::ranges::sort(items, [](const TimelineItem &a, const TimelineItem &b) {
        return std::tie(a.start, a.name) < std::tie(b.start, b.name);
    });
    return items;
}

namespace {

// A completion candidate and its rank: exact, then prefix, then own name, then articles, then form.
struct NameCandidate {
    EntityNameMatch match;
    int exact = 0;
    int prefix = 0;
    int own = 0;
    std::int64_t articles = 0;
};

NameCandidate nameCandidate(Statement &q, const std::string &needle, const std::string &norm)
{
    NameCandidate c;
    c.match = {q.int64(0), q.text(1), entityTypeFromName(q.text(2)).value_or(EntityType::Organization), q.text(3),
               q.text(4)};
    c.exact = norm == needle ? 1 : 0;
    c.prefix = norm.starts_with(needle) ? 1 : 0;
    c.own = c.match.form == c.match.name ? 1 : 0;
    c.articles = q.int64(5);
    return c;
}

} // namespace

Result<std::vector<EntityNameMatch>> Library::entityNamesMatching(std::string_view text, int limit)
{
    const std::string needle = entityNormKey(text);
    if (needle.empty() || limit <= 0)
        return std::vector<EntityNameMatch>{};
    Database &db = database();
    std::vector<NameCandidate> found;
    // Ranked in SQL so a short prefix ("리") keeps only its best rows; more than `limit`, since
    // an entity's merged-away entities may bring the same form again.
    Statement a(db, "SELECT r.id, r.uid, r.type, r.name, a.form, r.article_count, a.norm FROM alias a "
                    "JOIN entity e ON e.id = a.entity_id JOIN entity r ON r.id = COALESCE(e.merged_into, e.id) "
                    "WHERE a.hidden = 0 AND r.rejected = 0 AND r.merged_into IS NULL AND instr(a.norm, ?1) > 0 "
                    "ORDER BY a.norm = ?1 DESC, substr(a.norm, 1, length(?1)) = ?1 DESC, a.form = r.name DESC, "
                    "r.article_count DESC, a.form LIMIT ?2");
    a.bind(1, needle).bind(2, static_cast<std::int64_t>(limit) * 4);
    while (a.next())
        found.push_back(nameCandidate(a, needle, a.text(6)));
    if (!a.status())
        return std::unexpected(a.status().error());
    // A name given by a person (a rename) need not be among the aliases; renames are few.
    Statement r(db, "SELECT id, uid, type, name, name, article_count FROM entity "
                    "WHERE merged_into IS NULL AND rejected = 0 AND name IS NOT base_name");
    while (r.next())
        if (const std::string norm = entityNormKey(r.text(3)); norm.find(needle) != std::string::npos)
            found.push_back(nameCandidate(r, needle, norm));
    if (!r.status())
        return std::unexpected(r.status().error());
    std::ranges::stable_sort(found, [](const NameCandidate &x, const NameCandidate &y) {
        return std::tie(y.exact, y.prefix, y.own, y.articles, x.match.form)
               < std::tie(x.exact, x.prefix, x.own, x.articles, y.match.form);
    });
    std::vector<EntityNameMatch> out;
    std::set<std::pair<std::int64_t, std::string>> seen;
    for (NameCandidate &c : found) {
        if (out.size() >= static_cast<std::size_t>(limit))
            break;
        if (seen.emplace(c.match.id, c.match.form).second)
            out.push_back(std::move(c.match));
    }
    return out;
}

Result<std::vector<std::pair<std::string, std::string>>> Library::entityNamesOf(const std::vector<std::string> &uids)
{
    Database &db = database();
    std::vector<std::pair<std::string, std::string>> out;
    Statement q(db, "SELECT COALESCE(r.name, e.name) FROM entity e LEFT JOIN entity r ON r.id = e.merged_into "
                    "WHERE e.uid = ?");
    for (const std::string &uid : std::set<std::string>(uids.begin(), uids.end())) {
        q.reset();
        q.bind(uid);
        if (q.next())
            out.emplace_back(uid, q.text(0));
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    return out;
}

} // namespace sillok::core