// Library: facts, timeline and graph views over the curated graph.

#include "store/library.h"
#include "store/library_graph_internal.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sillok::core {


namespace {

struct Node {
    std::string name;
    EntityType type = EntityType::Organization;
    bool rejected = false;
    int mentions = 0;
};

Result<std::map<std::int64_t, Node>> curatedNodes(Database &db)
{
    std::map<std::int64_t, Node> nodes;
    Statement q(db, "SELECT e.id, e.name, e.type, e.rejected, e.mention_count "
                    "FROM entity e WHERE e.merged_into IS NULL");
    while (q.next())
        nodes[q.int64(0)] = {q.text(1), entityTypeFromName(q.text(2)).value_or(EntityType::Organization),
                             q.int64(3) != 0, static_cast<int>(q.int64(4))};
    if (!q.status())
        return std::unexpected(q.status().error());
    return nodes;
}

Result<std::map<std::int64_t, std::string>> runStamps(Database &db)
{
    std::map<std::int64_t, std::string> stamps;
    Statement q(db, "SELECT id, started_at FROM import_run");
    while (q.next())
        stamps[q.int64(0)] = q.text(1);
    if (!q.status())
        return std::unexpected(q.status().error());
    return stamps;
}

// The curated facts: equal facts between the same merge roots folded into one record.
struct FoldedFacts {
    std::vector<FactRecord> records;
    std::vector<std::vector<std::int64_t>> rawIds;           // per record: the fact rows folded into it
    std::vector<std::pair<std::int64_t, std::int64_t>> runs; // per record: its first and last import run
};

// Both ends curated (merge roots, nothing rejected), touching `entityId` unless it is 0.
Result<FoldedFacts> foldFacts(Database &db, const std::map<std::int64_t, Node> &nodes, std::int64_t entityId)
{
    Statement q(db,
                "SELECT f.id, f.predicate, COALESCE(s.merged_into, s.id), COALESCE(o.merged_into, o.id), "
                "COALESCE(f.value, ''), COALESCE(f.first_run, 0), COALESCE(f.last_run, 0), f.confidence FROM fact f "
                "JOIN entity s ON s.id = f.subject_id LEFT JOIN entity o ON o.id = f.object_id ORDER BY f.id");
    FoldedFacts out;
    std::map<std::tuple<std::int64_t, std::string, std::int64_t, std::string>, std::size_t> folded;
    while (q.next()) {
        const std::int64_t subject = q.int64(2);
        const std::int64_t object = q.isNull(3) ? 0 : q.int64(3);
        if (entityId != 0 && subject != entityId && object != entityId)
            continue;
        if (subject == object)
            continue; // both ends merged into one entity
        const auto s = nodes.find(subject);
        const auto o = object ? nodes.find(object) : nodes.end();
        if (s == nodes.end() || s->second.rejected || (object && (o == nodes.end() || o->second.rejected)))
            continue;
        const auto key = std::tuple{subject, q.text(1), object, q.text(4)};
        auto [it, fresh] = folded.emplace(key, out.records.size());
        if (fresh) {
            FactRecord f;
            f.id = q.int64(0);
            f.predicate = q.text(1);
            f.subjectId = subject;
            f.subjectName = s->second.name;
            f.subjectType = s->second.type;
            f.objectId = object;
            if (object) {
                f.objectName = o->second.name;
                f.objectType = o->second.type;
            }
            f.value = q.text(4);
            f.confidence = q.real(7);
            out.records.push_back(std::move(f));
            out.runs.emplace_back(q.int64(5), q.int64(6));
            out.rawIds.emplace_back();
        } else {
            auto &r = out.runs[it->second];
            r.first = std::min(r.first, q.int64(5));
            r.second = std::max(r.second, q.int64(6));
            out.records[it->second].confidence = std::max(out.records[it->second].confidence, q.real(7));
        }
        out.rawIds[it->second].push_back(q.int64(0));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    return out;
}

// Every piece of evidence of a folded fact (article order), and from it the fact's article and
// sentence counts, the publication dates of its first and last article and its latest stated
// date, as Library::entityPage() gives them.
class FactEvidenceReader {
public:
    explicit FactEvidenceReader(Database &db)
        : m_evidence(db),
          m_ev(db, "SELECT m.article_id, m.start, m.end, m.sentence, fe.date, fe.date_text FROM fact_evidence fe "
                   "JOIN mention m ON m.id = fe.mention_id WHERE fe.fact_id = ? ORDER BY m.article_id, m.start"),
          m_pub(db, "SELECT published FROM article WHERE id = ?")
    {}

    void read(FactRecord &f, const std::vector<std::int64_t> &rawIds);
    Status status() const
    {
        if (!m_pub.status())
            return std::unexpected(m_pub.status().error());
        if (!m_ev.status())
            return std::unexpected(m_ev.status().error());
        return {};
    }

private:
    PartialDate publishedOf(std::int64_t article);
    static void widenArticleDates(FactRecord &f, const PartialDate &day);

    graphdb::EvidenceBuilder m_evidence;
    Statement m_ev;
    Statement m_pub;
    std::map<std::int64_t, PartialDate> m_published;
};

PartialDate FactEvidenceReader::publishedOf(std::int64_t article)
{
    auto [it, fresh] = m_published.try_emplace(article);
    if (fresh) {
        m_pub.reset();
        m_pub.bind(article);
        if (m_pub.next())
            it->second = graphdb::dateFrom(m_pub.text(0));
    }
    return it->second;
}

void FactEvidenceReader::widenArticleDates(FactRecord &f, const PartialDate &day)
{
    if (!day.isValid())
        return;
    if (!f.firstArticle.isValid() || day < f.firstArticle)
        f.firstArticle = day;
    if (!f.lastArticle.isValid() || f.lastArticle < day)
        f.lastArticle = day;
}

void FactEvidenceReader::read(FactRecord &f, const std::vector<std::int64_t> &rawIds)
{
    std::set<std::tuple<std::int64_t, int, int>> seen;
    std::set<std::int64_t> articles;
    std::set<std::pair<std::int64_t, int>> sentences; // (article, sentence or -1 - start)
    for (std::int64_t raw : rawIds) {
        m_ev.reset();
        m_ev.bind(raw);
        while (m_ev.next()) {
            const std::int64_t article = m_ev.int64(0);
            const int start = static_cast<int>(m_ev.int64(1)), end = static_cast<int>(m_ev.int64(2));
            const int sentence = static_cast<int>(m_ev.int64(3));
            if (!seen.emplace(article, start, end).second)
                continue;
            f.evidence.push_back(m_evidence.make(article, start, end, sentence));
            articles.insert(article);
            sentences.emplace(article, sentence >= 0 ? sentence : -1 - start);
            if (const std::string date = m_ev.text(4); !date.empty() && date > f.date) {
                f.date = date;
                f.dateText = m_ev.text(5);
            }
            widenArticleDates(f, publishedOf(article));
        }
    }
    std::ranges::sort(f.evidence, [](const EvidenceRecord &a, const EvidenceRecord &b) {
        return std::tie(a.articleId, a.start) < std::tie(b.articleId, b.start);
    });
    f.articleCount = static_cast<int>(articles.size());
    f.evidenceCount = static_cast<int>(sentences.size());
}

} // namespace

namespace graphdb {

Result<std::vector<FactRecord>> curatedFacts(Database &db, bool withEvidence, std::int64_t entityId)
{
    auto nodes = curatedNodes(db);
    if (!nodes)
        return std::unexpected(nodes.error());
    auto stamps = runStamps(db);
    if (!stamps)
        return std::unexpected(stamps.error());
    auto folded = foldFacts(db, *nodes, entityId);
    if (!folded)
        return std::unexpected(folded.error());
    std::vector<FactRecord> &out = folded->records;
    const auto stamp = [&](std::int64_t run) {
        const auto it = stamps->find(run);
        return it == stamps->end() ? std::string() : it->second;
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].firstSeen = stamp(folded->runs[i].first);
        out[i].lastSeen = stamp(folded->runs[i].second);
    }
    if (!withEvidence)
        return std::move(out);
    FactEvidenceReader evidence(db);
    for (std::size_t i = 0; i < out.size(); ++i)
        evidence.read(out[i], folded->rawIds[i]);
    if (auto st = evidence.status(); !st)
        return std::unexpected(st.error());
    return std::move(out);
}

} // namespace graphdb

Result<std::vector<FactRecord>> Library::facts()
{
    return graphdb::curatedFacts(database(), true);
}

namespace graphdb {

Result<Graph> wholeGraph(Database &db)
{
    auto nodes = curatedNodes(db);
    if (!nodes)
        return std::unexpected(nodes.error());
    auto facts = graphdb::curatedFacts(db, false);
    if (!facts)
        return std::unexpected(facts.error());
    std::set<std::int64_t> keep;
    for (const auto &[id, node] : *nodes)
        if (!node.rejected)
            keep.insert(id);
    Graph g;
    for (std::int64_t id : keep) {
        const auto it = nodes->find(id);
        g.nodes.push_back({id, it->second.type, it->second.name, it->second.mentions});
    }
    for (const auto &f : *facts)
        if (f.objectId != 0 && keep.contains(f.subjectId) && keep.contains(f.objectId))
            g.edges.push_back({f.subjectId, f.objectId, f.predicate, f.id});
    g.totalNodes = static_cast<int>(g.nodes.size());
    return g;
}

Result<TopEntities> topByDegree(Database &db, int limit)
{
    TopEntities top;
    if (limit <= 0)
        return top;
    // The merge roots of the merged entities (few; entity_merged_into).
    std::unordered_map<std::int64_t, std::int64_t> rootOfMerged;
    {
        auto q = db.cached("SELECT id, merged_into FROM entity WHERE merged_into IS NOT NULL");
        while (q->next())
            rootOfMerged.emplace(q->int64(0), q->int64(1));
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    // Fact rows per raw id, grouped inside each covering index (subjects in subject order, objects
    // in object order): no entity row is read per fact, as joining each fact to its ends did
    // (800,000 primary-key look-ups at 100k articles).
    std::unordered_map<std::int64_t, std::int64_t> degree; // merge root → fact rows
    for (const char *sql : {"SELECT f.subject_id, COUNT(*) FROM fact f INDEXED BY sqlite_autoindex_fact_1 "
                            "WHERE f.object_id IS NOT NULL GROUP BY f.subject_id",
                            "SELECT f.object_id, COUNT(*) FROM fact f INDEXED BY fact_object "
                            "WHERE f.object_id IS NOT NULL GROUP BY f.object_id"}) {
        auto q = db.cached(sql);
        while (q->next()) {
            const auto merged = rootOfMerged.find(q->int64(0));
            degree[merged == rootOfMerged.end() ? q->int64(0) : merged->second] += q->int64(1);
        }
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    // The roots stored and not rejected, ranked (a fact's ends are stored: ON DELETE CASCADE).
    std::vector<std::int64_t> roots;
    roots.reserve(degree.size());
    for (const auto &entry : degree)
        roots.push_back(entry.first);
    std::ranges::sort(roots);
    std::vector<std::pair<std::int64_t, std::int64_t>> ranked; // (-rows, root)
    auto q = db.cached("SELECT e.id FROM json_each(?1) JOIN entity e ON e.id = json_each.value WHERE e.rejected = 0");
    q->bind(1, jsonIdArray(roots));
    while (q->next())
        ranked.emplace_back(-degree[q->int64(0)], q->int64(0));
    if (!q->status())
        return std::unexpected(q->status().error());
    top.total = static_cast<int>(ranked.size());
    const auto kept = ranked.begin() + std::min<std::ptrdiff_t>(limit, std::ssize(ranked));
    std::partial_sort(ranked.begin(), kept, ranked.end());
    for (auto it = ranked.begin(); it != kept; ++it)
        top.ids.insert(it->second);
    return top;
}

} // namespace graphdb

} // namespace sillok::core
