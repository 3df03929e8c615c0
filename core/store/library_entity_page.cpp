// Library: the bounded read side of one entity — its page (facts through the fact indexes, with
// evidence counts and dates), paged mentions, its timeline, and every entity's names for
// completion. Nothing here reads the whole graph: the cost follows the entity's own rows.

#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <array>
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

// Whether a fact of this predicate can have a meeting or an initiative at one end: the ties
// between people and organisations and between organisations cannot.
bool mayLinkEvent(std::string_view predicate)
{
    static constexpr std::array<std::string_view, 10> kBetweenParties = {
        "member_of",  "role",        "former_member_of", "former_role", "partnership",
        "investment", "acquisition", "merger",           "supply",      "subsidiary_of"};
    return std::ranges::find(kBetweenParties, predicate) == kBetweenParties.end();
}

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
template <typename Keep>
Status readRawFacts(Statement &q, std::set<std::int64_t> &seen, Keep keep, std::vector<RawFact> &out)
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
template <typename Keep>
Result<std::vector<RawFact>> rawFactsOf(Database &db, const std::vector<std::int64_t> &group, Keep keep,
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

struct FoldedFacts {
    std::vector<FactRecord> facts;
    std::vector<std::vector<std::int64_t>> rawIds; // per fact: the rows folded into it
    std::vector<int> sentences;                    // per fact: the tallied sentences of those rows
};

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

// A fact's first `keep` sentences (newest article first) and the publication dates of its first
// and last article. A fact stated in a few hundred sentences reads its evidence rows; one stated in
// thousands (a busy company's partnership in a 100,000-article library) walks the articles by
// publication date instead (article_published), asking each for the fact's evidence, and stops at
// the first hits: a fact in one article of k is met about every k articles. It walks only when
// that asks fewer articles, (keep + 1) × k, than the fact has rows: both cost about 10 µs an article
// or a row at 100,000 articles, and a fact in 323 articles of them reads its 323 rows in a third of
// the time its walk took (about 1,240 articles asked).
class Evidence {
public:
    static constexpr int kMaxProbes = store::kWalkProbes; // articles a walk asks before reading the rows

    // readAll: tallied sentences up to which the rows are read (0: every fact walks, as a test
    // compares the walk with the rows).
    Evidence(Database &db, int readAll)
        : m_readAll(readAll), m_builder(db),
          m_rows(db,
                 "SELECT m.article_id, m.start, m.end, m.sentence, fe.date, fe.date_text, a.published "
                 "FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id JOIN article a ON a.id = m.article_id "
                 "WHERE fe.fact_id = ?"),
          m_newest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published DESC, id DESC"),
          m_oldest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published, id"),
          m_probe(db, "SELECT m.start, m.end, m.sentence FROM mention m JOIN fact_evidence fe ON fe.mention_id = m.id "
                      "WHERE m.article_id = ?1 AND fe.fact_id = ?2 ORDER BY m.start")
    {
        // The articles a walk goes along: the highest id, an upper bound found in one seek.
        if (auto n = db.scalar("SELECT COALESCE(MAX(id), 0) FROM article"))
            m_library = *n;
    }

    Status read(FactRecord &f, const std::vector<std::int64_t> &rawIds, int sentences, int keep)
    {
        const double probes = f.articleCount > 0 ? double(keep + 1) * double(m_library) / f.articleCount : 1e18;
        if (sentences > m_readAll && rawIds.size() == 1 && (m_readAll == 0 || probes < sentences)) {
            auto walked = walk(f, rawIds.front(), keep);
            if (!walked)
                return std::unexpected(walked.error());
            if (*walked)
                return {};
            f.evidence.clear();
        }
        return readRows(f, rawIds, keep);
    }

private:
    struct Row {
        std::int64_t article;
        int start, end, sentence;
        std::string date, dateText, published;
    };

    // Every row: exact counts, dates and the newest sentences.
    Status readRows(FactRecord &f, const std::vector<std::int64_t> &rawIds, int keep)
    {
        std::vector<Row> rows;
        for (std::int64_t raw : rawIds) {
            m_rows.reset();
            m_rows.bind(raw);
            while (m_rows.next())
                rows.push_back({m_rows.int64(0), m_rows.int32(1), m_rows.int32(2), m_rows.int32(3), m_rows.text(4),
                                m_rows.text(5), m_rows.text(6)});
            if (!m_rows.status())
                return m_rows.status();
        }
        std::ranges::sort(rows, [](const Row &a, const Row &b) {
            return std::tie(b.published, b.article, a.start) < std::tie(a.published, a.article, b.start);
        });
        std::set<std::int64_t> articles;
        std::set<std::pair<std::int64_t, int>> sentences; // (article, sentence or -1 - start)
        f.date.clear();
        f.dateText.clear();
        for (const Row &r : rows) {
            articles.insert(r.article);
            widen(f, graphdb::dateFrom(r.published));
            if (!r.date.empty() && r.date > f.date) {
                f.date = r.date;
                f.dateText = r.dateText;
            }
            if (!sentences.emplace(r.article, r.sentence >= 0 ? r.sentence : -1 - r.start).second)
                continue;
            if (static_cast<int>(f.evidence.size()) < keep)
                f.evidence.push_back(m_builder.make(r.article, r.start, r.end, r.sentence));
        }
        f.evidenceCount = static_cast<int>(sentences.size());
        f.articleCount = static_cast<int>(articles.size());
        return {};
    }

    // The walk: false when it gave up (the rows are read instead).
    Result<bool> walk(FactRecord &f, std::int64_t raw, int keep)
    {
        std::set<int> sentences;
        bool found = false;
        auto newest = visit(m_newest, raw, [&](std::int64_t article, const std::string &published) {
            if (!found) {
                widen(f, graphdb::dateFrom(published));
                found = true;
            }
            sentences.clear();
            while (m_probe.next()) {
                const int sentence = m_probe.int32(2), start = m_probe.int32(0);
                if (sentences.insert(sentence >= 0 ? sentence : -1 - start).second
                    && static_cast<int>(f.evidence.size()) < keep)
                    f.evidence.push_back(m_builder.make(article, start, m_probe.int32(1), sentence));
            }
            return static_cast<int>(f.evidence.size()) >= keep;
        });
        if (!newest || !*newest)
            return newest;
        auto oldest = visit(m_oldest, raw, [&](std::int64_t, const std::string &published) {
            widen(f, graphdb::dateFrom(published));
            return true;
        });
        return oldest;
    }

    // Walks `order`, asking each article for the fact's evidence, and hands the articles that
    // have some to `hit` (m_probe positioned on their rows) until it returns true. False when
    // the probes ran out first.
    template <typename Hit>
    Result<bool> visit(Statement &order, std::int64_t raw, Hit hit)
    {
        order.reset();
        for (int probes = 0; probes < kMaxProbes && order.next(); ++probes) {
            const std::int64_t article = order.int64(0);
            m_probe.reset();
            m_probe.bind(1, article).bind(2, raw);
            if (!m_probe.next()) {
                if (!m_probe.status())
                    return std::unexpected(m_probe.status().error());
                continue;
            }
            m_probe.reset(); // hit() reads the rows from the start
            m_probe.bind(1, article).bind(2, raw);
            if (hit(article, order.text(1)))
                return true;
        }
        if (!order.status())
            return std::unexpected(order.status().error());
        return false;
    }

    static void widen(FactRecord &f, const PartialDate &published)
    {
        if (!published.isValid())
            return;
        if (!f.firstArticle.isValid() || published < f.firstArticle)
            f.firstArticle = published;
        if (!f.lastArticle.isValid() || f.lastArticle < published)
            f.lastArticle = published;
    }

    int m_readAll;
    std::int64_t m_library = 0;
    graphdb::EvidenceBuilder m_builder;
    Statement m_rows;
    Statement m_newest;
    Statement m_oldest;
    Statement m_probe;
};

struct EntityFacts {
    std::vector<FactRecord> facts;
    // The facts there are: exact when none was left out; when some were, the facts folded from
    // the rows read plus the rows left unread (an upper bound: a row left out may fold into another).
    int total = 0;
};

// The facts of an entity. `perPredicate` > 0 keeps that many of each predicate (the most
// stated); `keepEvidence` < 0 reads no evidence (counts and the stated date still come).
template <typename Keep>
Result<EntityFacts> factsOfEntity(Database &db, std::int64_t root, int keepEvidence, int perPredicate, Keep keepRow,
                                  int readAll = 256)
{
    auto group = mergeGroup(db, root);
    if (!group)
        return std::unexpected(group.error());
    EntityFacts out;
    int unread = 0;
    auto raw = rawFactsOf(db, *group, keepRow, perPredicate, unread);
    if (!raw)
        return std::unexpected(raw.error());
    unread += keepBestStated(*raw, perPredicate);
    auto folded = foldFacts(db, root, *raw);
    if (!folded)
        return std::unexpected(folded.error());
    std::vector<std::size_t> order(folded->facts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (perPredicate > 0) {
        // Folded, each predicate keeps its `perPredicate` most stated facts.
        const auto &facts = folded->facts;
        std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) {
            return std::tie(facts[a].predicate, facts[b].articleCount)
                   < std::tie(facts[b].predicate, facts[a].articleCount);
        });
        std::vector<std::size_t> kept;
        for (std::size_t i = 0, run = 0; i < order.size(); ++i) {
            run = (i > 0 && facts[order[i]].predicate == facts[order[i - 1]].predicate) ? run + 1 : 0;
            if (run < static_cast<std::size_t>(perPredicate))
                kept.push_back(order[i]);
        }
        std::ranges::sort(kept);
        order = std::move(kept);
    }
    out.total = static_cast<int>(folded->facts.size()) + unread;
    if (keepEvidence >= 0) {
        Evidence evidence(db, readAll);
        for (std::size_t i : order)
            if (auto s = evidence.read(folded->facts[i], folded->rawIds[i], folded->sentences[i], keepEvidence); !s)
                return std::unexpected(s.error());
    }
    out.facts.reserve(order.size());
    for (std::size_t i : order)
        out.facts.push_back(std::move(folded->facts[i]));
    return out;
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
        [](const std::string &) { return true; }, options.readEvidenceUpTo);
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
