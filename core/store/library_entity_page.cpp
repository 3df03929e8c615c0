// Library: the bounded read side of one entity — its page (facts through the fact indexes, with
// evidence counts and dates), paged mentions, its timeline, and every entity's names for
// completion. Nothing here reads the whole graph: the cost follows the entity's own rows.

#include "store/library.h"
#include "store/library_graph_internal.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sillok::core {

namespace {

struct EndInfo {
    std::int64_t root = 0;
    std::string name;
    EntityType type = EntityType::Organization;
    bool rejected = false;
    bool known = false;
};

// Resolves raw entity ids to their curated entity (name, type, rejected), memoised.
class Ends {
public:
    explicit Ends(Database &db)
        : m_root(db, "SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?"),
          m_info(db, "SELECT name, type, rejected FROM entity WHERE id = ?")
    {}

    Result<EndInfo> get(std::int64_t id)
    {
        if (auto it = m_cache.find(id); it != m_cache.end())
            return it->second;
        EndInfo info;
        m_root.reset();
        m_root.bind(id);
        if (m_root.next()) {
            info.root = m_root.int64(0);
            m_info.reset();
            m_info.bind(info.root);
            if (m_info.next()) {
                info.name = m_info.text(0);
                info.type = entityTypeFromName(m_info.text(1)).value_or(EntityType::Organization);
                info.rejected = m_info.int64(2) != 0;
                info.known = true;
            }
            if (!m_info.status())
                return std::unexpected(m_info.status().error());
        }
        if (!m_root.status())
            return std::unexpected(m_root.status().error());
        m_cache.emplace(id, info);
        return info;
    }

private:
    Statement m_root;
    Statement m_info;
    std::unordered_map<std::int64_t, EndInfo> m_cache;
};

struct RawFact {
    std::int64_t id = 0;
    std::string predicate;
    std::int64_t subject = 0;
    std::int64_t object = 0; // 0: literal
    std::string value;
    std::int64_t firstRun = 0;
    std::int64_t lastRun = 0;
    double confidence = 1.0;
};

// The curated entity and the ids merged into it.
Result<std::vector<std::int64_t>> mergeGroup(Database &db, std::int64_t root)
{
    std::vector<std::int64_t> group{root};
    Statement q(db, "SELECT id FROM entity WHERE merged_into = ?");
    q.bind(root);
    while (q.next())
        group.push_back(q.int64(0));
    if (!q.status())
        return std::unexpected(q.status().error());
    return group;
}

// Facts of the group as subject or object (fact_subject, fact_object indexes), each row once.
Result<std::vector<RawFact>> rawFactsOf(Database &db, const std::vector<std::int64_t> &group)
{
    std::vector<RawFact> out;
    std::set<std::int64_t> seen;
    const char *columns = "SELECT id, predicate, subject_id, COALESCE(object_id, 0), COALESCE(value, ''), "
                          "COALESCE(first_run, 0), COALESCE(last_run, 0), confidence FROM fact ";
    Statement bySubject(db, std::string(columns) + "WHERE subject_id = ?");
    Statement byObject(db, std::string(columns) + "WHERE object_id = ?");
    for (Statement *q : {&bySubject, &byObject}) {
        for (std::int64_t id : group) {
            q->reset();
            q->bind(id);
            while (q->next()) {
                if (!seen.insert(q->int64(0)).second)
                    continue;
                out.push_back({q->int64(0), q->text(1), q->int64(2), q->int64(3), q->text(4), q->int64(5), q->int64(6),
                               q->real(7)});
            }
            if (!q->status())
                return std::unexpected(q->status().error());
        }
    }
    std::ranges::sort(out, {}, &RawFact::id);
    return out;
}

struct FoldedFacts {
    std::vector<FactRecord> facts;
    std::vector<std::vector<std::int64_t>> rawIds; // per fact: the rows folded into it
};

// Both ends mapped to their curated entities, equal facts folded (as graphdb::curatedFacts does).
Result<FoldedFacts> foldFacts(Database &db, std::int64_t root, const std::vector<RawFact> &raw)
{
    Ends ends(db);
    FoldedFacts out;
    std::map<std::tuple<std::int64_t, std::string, std::int64_t, std::string>, std::size_t> folded;
    std::map<std::int64_t, std::string> stamps;
    Statement stamp(db, "SELECT started_at FROM import_run WHERE id = ?");
    const auto stampOf = [&](std::int64_t run) -> std::string {
        if (run == 0)
            return {};
        auto [it, fresh] = stamps.emplace(run, std::string());
        if (fresh) {
            stamp.reset();
            stamp.bind(run);
            if (stamp.next())
                it->second = stamp.text(0);
        }
        return it->second;
    };
    std::vector<std::pair<std::int64_t, std::int64_t>> runs;
    for (const RawFact &r : raw) {
        auto s = ends.get(r.subject);
        if (!s)
            return std::unexpected(s.error());
        EndInfo o;
        if (r.object) {
            auto got = ends.get(r.object);
            if (!got)
                return std::unexpected(got.error());
            o = *got;
        }
        if (!s->known || s->rejected || (r.object && (!o.known || o.rejected)))
            continue;
        if (r.object && s->root == o.root)
            continue; // both ends merged into one entity
        if (s->root != root && o.root != root)
            continue;
        const auto key = std::tuple{s->root, r.predicate, r.object ? o.root : 0, r.value};
        auto [it, fresh] = folded.emplace(key, out.facts.size());
        if (fresh) {
            FactRecord f;
            f.id = r.id;
            f.predicate = r.predicate;
            f.subjectId = s->root;
            f.subjectName = s->name;
            f.subjectType = s->type;
            if (r.object) {
                f.objectId = o.root;
                f.objectName = o.name;
                f.objectType = o.type;
            }
            f.value = r.value;
            f.confidence = r.confidence;
            out.facts.push_back(std::move(f));
            out.rawIds.emplace_back();
            runs.emplace_back(r.firstRun, r.lastRun);
        } else {
            FactRecord &f = out.facts[it->second];
            f.confidence = std::max(f.confidence, r.confidence);
            auto &run = runs[it->second];
            run.first = run.first == 0 ? r.firstRun : std::min(run.first, r.firstRun);
            run.second = std::max(run.second, r.lastRun);
        }
        out.rawIds[it->second].push_back(r.id);
    }
    if (!stamp.status())
        return std::unexpected(stamp.status().error());
    for (std::size_t i = 0; i < out.facts.size(); ++i) {
        out.facts[i].firstSeen = stampOf(runs[i].first);
        out.facts[i].lastSeen = stampOf(runs[i].second);
    }
    return out;
}

// Evidence counts, article dates, the fact's latest stated date, and its first `keep` sentences
// (newest article first).
Status addEvidence(Database &db, FoldedFacts &folded, int keep)
{
    graphdb::EvidenceBuilder builder(db);
    // Publication dates are read once per article (an article row is a page of its own: facts
    // of a much-named entity share thousands of articles).
    Statement ev(db, "SELECT m.article_id, m.start, m.end, m.sentence, fe.date, fe.date_text "
                     "FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id WHERE fe.fact_id = ?");
    Statement pub(db, "SELECT published FROM article WHERE id = ?");
    std::unordered_map<std::int64_t, std::string> publication;
    const auto publishedOf = [&](std::int64_t article) -> const std::string & {
        auto [it, fresh] = publication.try_emplace(article);
        if (fresh) {
            pub.reset();
            pub.bind(article);
            if (pub.next())
                it->second = pub.text(0);
        }
        return it->second;
    };
    struct Row {
        std::int64_t article;
        int start, end, sentence;
        std::string date, dateText, published;
    };
    for (std::size_t i = 0; i < folded.facts.size(); ++i) {
        FactRecord &f = folded.facts[i];
        std::vector<Row> rows;
        for (std::int64_t raw : folded.rawIds[i]) {
            ev.reset();
            ev.bind(raw);
            while (ev.next())
                rows.push_back({ev.int64(0), ev.int32(1), ev.int32(2), ev.int32(3), ev.text(4), ev.text(5),
                                publishedOf(ev.int64(0))});
            if (!ev.status())
                return ev.status();
            if (!pub.status())
                return pub.status();
        }
        std::ranges::sort(rows, [](const Row &a, const Row &b) {
            return std::tie(b.published, b.article, a.start) < std::tie(a.published, a.article, b.start);
        });
        std::set<std::int64_t> articles;
        std::set<std::pair<std::int64_t, int>> sentences; // (article, sentence or -start)
        for (const Row &r : rows) {
            articles.insert(r.article);
            const PartialDate published = graphdb::dateFrom(r.published);
            if (published.isValid()) {
                if (!f.firstArticle.isValid() || published < f.firstArticle)
                    f.firstArticle = published;
                if (!f.lastArticle.isValid() || f.lastArticle < published)
                    f.lastArticle = published;
            }
            if (!r.date.empty() && r.date > f.date) {
                f.date = r.date;
                f.dateText = r.dateText;
            }
            if (!sentences.emplace(r.article, r.sentence >= 0 ? r.sentence : -1 - r.start).second)
                continue;
            if (static_cast<int>(f.evidence.size()) < keep) {
                f.evidence.push_back(builder.make(r.article, r.start, r.end, r.sentence));
            }
        }
        f.evidenceCount = static_cast<int>(sentences.size());
        f.articleCount = static_cast<int>(articles.size());
    }
    return {};
}

Result<std::vector<FactRecord>> factsOfEntity(Database &db, std::int64_t root, int keepEvidence, bool withEvidence)
{
    auto group = mergeGroup(db, root);
    if (!group)
        return std::unexpected(group.error());
    auto raw = rawFactsOf(db, *group);
    if (!raw)
        return std::unexpected(raw.error());
    auto folded = foldFacts(db, root, *raw);
    if (!folded)
        return std::unexpected(folded.error());
    if (withEvidence)
        if (auto s = addEvidence(db, *folded, keepEvidence); !s)
            return std::unexpected(s.error());
    return std::move(folded->facts);
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
    auto facts = factsOfEntity(db, *root, std::max(1, options.evidencePerFact), true);
    if (!facts)
        return std::unexpected(facts.error());
    detail.facts = std::move(*facts);
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

Result<std::vector<TimelineItem>> Library::entityTimeline(std::int64_t id)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, id);
    if (!root)
        return std::unexpected(root.error());
    auto facts = factsOfEntity(db, *root, 0, false);
    if (!facts)
        return std::unexpected(facts.error());
    std::set<std::int64_t> ids;
    std::string laneName;
    EntityType laneType = EntityType::Organization;
    for (const FactRecord &f : *facts) {
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

Result<std::vector<EntityNames>> Library::entityNames()
{
    Database &db = database();
    std::vector<EntityNames> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    Statement q(db, "SELECT id, uid, type, name FROM entity WHERE merged_into IS NULL AND rejected = 0 ORDER BY id");
    while (q.next()) {
        index.emplace(q.int64(0), out.size());
        out.push_back(
            {q.int64(0), q.text(1), entityTypeFromName(q.text(2)).value_or(EntityType::Organization), q.text(3), {}});
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    Statement a(db, "SELECT COALESCE(e.merged_into, e.id), a.form FROM alias a JOIN entity e ON e.id = a.entity_id "
                    "WHERE a.hidden = 0 ORDER BY a.rowid");
    while (a.next()) {
        const auto it = index.find(a.int64(0));
        if (it == index.end())
            continue;
        EntityNames &n = out[it->second];
        std::string form = a.text(1);
        if (form != n.name && std::ranges::find(n.aliases, form) == n.aliases.end())
            n.aliases.push_back(std::move(form));
    }
    if (!a.status())
        return std::unexpected(a.status().error());
    return out;
}

} // namespace sillok::core
