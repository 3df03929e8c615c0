// The facts of one entity, read through the fact indexes (fact_subject, fact_object) for the
// entity and the entities merged into it, and folded onto curated entities: the cost follows
// the entity's own rows (library_entity_page_internal.h).

#include "store/library_entity_page_internal.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sillok::core::entitypage {

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
    // The tallies the graph writer keeps (migration 12).
    int articles = 0;
    int sentences = 0;
    std::string stated, statedText;
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

constexpr const char *kRawFactColumns =
    "SELECT id, predicate, subject_id, COALESCE(object_id, 0), COALESCE(value, ''), COALESCE(first_run, 0), "
    "COALESCE(last_run, 0), confidence, articles, sentences, stated, stated_text FROM fact ";

// Reads the rows `q` gives into `out`, each row once (`seen`), those whose predicate `keep` accepts.
Status readRawFacts(Statement &q, std::set<std::int64_t> &seen, KeepFact keep, std::vector<RawFact> &out)
{
    while (q.next()) {
        if (!seen.insert(q.int64(0)).second)
            continue;
        const std::string predicate = q.text(1);
        if (!keep(predicate))
            continue;
        out.push_back({q.int64(0), predicate, q.int64(2), q.int64(3), q.text(4), q.int64(5), q.int64(6), q.real(7),
                       q.int32(8), q.int32(9), q.text(10), q.text(11)});
    }
    return q.status();
}

// Facts of the group as subject or object (fact_subject, fact_object indexes), each row once.
// `keep` (a predicate) says which rows to read further. With `perPredicate` > 0, only the rows an
// entity page may show are read: of each end, predicate and group member, the 2 × perPredicate
// most stated (the indexes hold them in that order, migration 13), counted in the index first;
// `unread` gets the rows left out.
Result<std::vector<RawFact>> rawFactsOf(Database &db, const std::vector<std::int64_t> &group, KeepFact keep,
                                        int perPredicate, int &unread)
{
    std::vector<RawFact> out;
    std::set<std::int64_t> seen;
    unread = 0;
    for (const char *end : {"subject_id", "object_id"}) {
        const std::string where = std::string("WHERE ") + end + " = ?1";
        if (perPredicate <= 0) {
            Statement q(db, kRawFactColumns + where);
            for (std::int64_t id : group) {
                q.reset();
                q.bind(1, id);
                if (auto s = readRawFacts(q, seen, keep, out); !s)
                    return std::unexpected(s.error());
            }
            continue;
        }
        auto countOf = db.cached("SELECT predicate, COUNT(*) FROM fact " + where + " GROUP BY predicate");
        // ORDER BY the index's own order (fact_object keeps subject_id before the rowid, migration
        // 15), so the LIMIT stops in the index.
        std::string bestSql = kRawFactColumns + where;
        bestSql += " AND predicate = ?2 ORDER BY articles DESC, last_run DESC, ";
        bestSql += std::string(end) == "object_id" ? "subject_id, id" : "id";
        bestSql += " LIMIT ?3";
        auto bestOf = db.cached(bestSql);
        Statement &count = *countOf;
        Statement &best = *bestOf;
        for (std::int64_t id : group) {
            count.reset();
            count.bind(1, id);
            std::vector<std::pair<std::string, int>> predicates;
            while (count.next())
                predicates.emplace_back(count.text(0), count.int32(1));
            if (!count.status())
                return std::unexpected(count.status().error());
            for (const auto &[predicate, rows] : predicates) {
                if (!keep(predicate))
                    continue;
                const int limit = perPredicate * 2;
                best.reset();
                best.bind(1, id).bind(2, predicate).bind(3, limit);
                if (auto s = readRawFacts(best, seen, keep, out); !s)
                    return std::unexpected(s.error());
                unread += std::max(0, rows - limit);
            }
        }
    }
    std::ranges::sort(out, {}, &RawFact::id);
    return out;
}

// At most `perPredicate` facts of each predicate, those stated in the most articles (0: all).
// Folding (merged ends) can only join rows, so twice as many rows are kept as facts are shown.
// Returns the rows left out.
int keepBestStated(std::vector<RawFact> &raw, int perPredicate)
{
    if (perPredicate <= 0)
        return 0;
    std::ranges::sort(raw, [](const RawFact &a, const RawFact &b) {
        return std::tie(a.predicate, b.articles, b.lastRun, a.id) < std::tie(b.predicate, a.articles, a.lastRun, b.id);
    });
    std::vector<RawFact> kept;
    std::size_t run = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        run = (i > 0 && raw[i].predicate == raw[i - 1].predicate) ? run + 1 : 0;
        if (run < static_cast<std::size_t>(perPredicate) * 2)
            kept.push_back(std::move(raw[i]));
    }
    const int dropped = static_cast<int>(raw.size() - kept.size());
    raw = std::move(kept);
    std::ranges::sort(raw, {}, &RawFact::id);
    return dropped;
}

// Both ends mapped to their curated entities, equal facts folded (as graphdb::curatedFacts does).
// The counts and the stated date come from the tallies (summed over folded rows; Evidence::read
// makes them exact for a fact folded from several rows).
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
            out.sentences.push_back(0);
            runs.emplace_back(r.firstRun, r.lastRun);
        } else {
            FactRecord &f = out.facts[it->second];
            f.confidence = std::max(f.confidence, r.confidence);
            auto &run = runs[it->second];
            run.first = run.first == 0 ? r.firstRun : std::min(run.first, r.firstRun);
            run.second = std::max(run.second, r.lastRun);
        }
        FactRecord &f = out.facts[it->second];
        f.articleCount += r.articles;
        f.evidenceCount += r.sentences;
        out.sentences[it->second] += r.sentences;
        if (r.stated > f.date) {
            f.date = r.stated;
            f.dateText = r.statedText;
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

} // namespace

Result<FoldedFacts> readFoldedFacts(Database &db, std::int64_t root, KeepFact keep, int perPredicate, int &unread)
{
    auto group = mergeGroup(db, root);
    if (!group)
        return std::unexpected(group.error());
    auto raw = rawFactsOf(db, *group, keep, perPredicate, unread);
    if (!raw)
        return std::unexpected(raw.error());
    unread += keepBestStated(*raw, perPredicate);
    return foldFacts(db, root, *raw);
}

} // namespace sillok::core::entitypage
