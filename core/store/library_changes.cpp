// Library: what an import brought, and watched entities.
//
// Every row an import writes carries its run: entity.first_run is set when the entity is
// inserted, fact.first_run when the fact is, article.written_run each time an import writes the
// article (new or changed text; an unchanged file only moves last_run), run_copy lists the copies
// a run folded. So "what runs R.. brought" reads the rows of those runs through indexes
// (entity_first_run, fact_first_run, article_written_run, mention_article) and never scans
// the library.

#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace sillok::core {

namespace {

// The import runs `since` names, oldest first (see Library::changes).
Result<std::vector<std::int64_t>> runsSince(Database &db, const std::string &since)
{
    std::vector<std::int64_t> runs;
    if (since.empty()) {
        Statement st(db, "SELECT id FROM import_run WHERE kind = 'import' ORDER BY id DESC LIMIT 1");
        if (st.next())
            runs.push_back(st.int64(0));
        if (!st.status())
            return std::unexpected(st.status().error());
        return runs;
    }
    std::int64_t runId = 0;
    const auto [end, ec] = std::from_chars(since.data(), since.data() + since.size(), runId);
    const bool isRun = ec == std::errc() && end == since.data() + since.size();
    const PartialDate date = PartialDate::parse(since).value_or(PartialDate{});
    if (!isRun && !date.isValid())
        return fail(ErrorCode::InvalidArgument, "--since takes an import run id or a date YYYY-MM-DD, not '" + since + "'");
    Statement st(db, isRun ? "SELECT id FROM import_run WHERE kind = 'import' AND id >= ?1 ORDER BY id"
                           : "SELECT id FROM import_run WHERE kind = 'import' AND started_at >= ?1 ORDER BY id");
    if (isRun)
        st.bind(1, runId);
    else
        st.bind(1, date.toString());
    while (st.next())
        runs.push_back(st.int64(0));
    if (!st.status())
        return std::unexpected(st.status().error());
    if (isRun && (runs.empty() || runs.front() != runId))
        return fail(ErrorCode::NotFound, "no import run " + since);
    return runs;
}

// The curated entities watched (Library::setWatched keeps uids): the merge root of each
// watched uid's entity, so that an entity merged into another keeps its root watched. Merges
// are one level deep (merged_into is the root).
Result<std::set<std::int64_t>> watchedRoots(Database &db)
{
    std::set<std::int64_t> out;
    Statement st(db, "SELECT COALESCE(e.merged_into, e.id) FROM watch w JOIN entity e ON e.uid = w.entity_uid");
    while (st.next())
        out.insert(st.int64(0));
    if (!st.status())
        return std::unexpected(st.status().error());
    return out;
}

// A curated fact as one string, equal for equal facts: its ends (merge roots), its predicate
// (after its length) and its value.
std::string curatedFactKey(const ChangedRelation &r, std::string_view value)
{
    std::string key(2 * sizeof(std::int64_t) + sizeof(std::uint32_t), '\0');
    const auto predicateSize = static_cast<std::uint32_t>(r.predicate.size());
    std::memcpy(key.data(), &r.subjectId, sizeof r.subjectId);
    std::memcpy(key.data() + sizeof r.subjectId, &r.objectId, sizeof r.objectId);
    std::memcpy(key.data() + 2 * sizeof(std::int64_t), &predicateSize, sizeof predicateSize);
    key += r.predicate;
    key += value;
    return key;
}

bool watchedFirst(const ChangedEntity &a, const ChangedEntity &b)
{
    if (a.watched != b.watched)
        return a.watched;
    if (a.articles != b.articles)
        return a.articles > b.articles;
    if (a.type != b.type)
        return a.type < b.type;
    return a.name < b.name;
}

// The first `limit` entries of `list` (all when 0).
template <class T>
void keepFirst(std::vector<T> &list, std::size_t limit)
{
    if (limit > 0 && list.size() > limit)
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(limit), list.end());
}

// Every entity the runs' articles mention: in how many of them, and its first mention there
// (the mention's end is read only for an entry a list keeps: `located`).
struct Seen {
    int articles = 0;
    std::int64_t lastArticle = 0; // the article last counted
    std::int64_t article = 0;
    int start = 0, end = 0, sentence = -1;
    bool located = false;
};

// ChangesReader::readAllEnds reads every entity at once when the runs' facts are at least one
// for every kFactsPerEntityRead entities (each fact may look up two; a read of all is a
// scan). A day's import into the 100k library (800 facts, 147,000 entities) looks them up.
constexpr std::int64_t kFactsPerEntityRead = 4;

// A relation's end as readEnds shows it, read once per entity.
struct End {
    std::string name;
    bool rejected = false;
    bool watched = false;
};

// Reads what the import runs from `first` on brought (Library::changes), one step a method.
class ChangesReader {
public:
    // `limit`: the relations kept (0: all), see readRelations.
    ChangesReader(Database &db, std::int64_t first, std::set<std::int64_t> watched, std::size_t limit)
        : m_db(db), m_first(first), m_limit(limit), m_watched(std::move(watched)), m_evidence(db)
    {}

    Status countArticles(ImportChanges &out);
    Status readSeen(ImportChanges &out);
    Status readCreated(ImportChanges &out);
    Status readSeenAgain(ImportChanges &out);
    Status readRelations(ImportChanges &out);
    // The evidence of what the lists kept (after sorting and the limit), and their people's organizations.
    Status readEvidence(ImportChanges &out);

private:
    // `kind`: the entity's, a person's role.
    Result<ChangedEntity> entry(std::int64_t id, std::string uid, EntityType type, std::string name, std::string kind);
    // Whether nothing predates the runs (m_allNew): no entity, no article, and no copy with mentions.
    Result<bool> nothingBefore();
    // Every entity's merge root, and every curated entity's end (name, rejected, watched), in one
    // pass over entity: for runs that brought a fact for every kFactsPerEntityRead entities or more.
    Status readAllEnds();
    Status addEvidence(ChangedEntity &e);
    Status addEvidenceOfFact(ChangedEntity &e, std::int64_t id);
    // A person's organization: with its role, what tells namesakes apart.
    Status addOrganization(ChangedEntity &e);
    Status addEvidence(ChangedRelation &r);
    // Fills the names of a relation's ends and whether one is watched; false when one is rejected.
    Result<bool> readEnds(ChangedRelation &r);
    Result<const End *> endOf(std::int64_t id);
    // The curated entity raw entity `id` is part of (its merge root), 0 when there is no such row.
    Result<std::int64_t> root(std::int64_t id);

    Database &m_db;
    std::int64_t m_first;
    std::size_t m_limit;
    std::set<std::int64_t> m_watched; // the curated entities watched (watchedRoots)
    graphdb::EvidenceBuilder m_evidence;
    graphdb::PersonOrganizations m_organizations{m_db};
    std::map<std::int64_t, Seen> m_seen;
    // The runs wrote every article and every entity there is (a library's first import): each
    // entity's kept tallies are its counts in the runs, and its first mention there is its first.
    bool m_allNew = false;
    std::set<std::int64_t> m_created;
    std::unordered_map<std::int64_t, End> m_ends;
    std::unordered_map<std::int64_t, std::int64_t> m_roots;
};

Status ChangesReader::countArticles(ImportChanges &out)
{
    Statement st(
        m_db,
        "SELECT COUNT(*) FROM article INDEXED BY article_written_run WHERE written_run >= ?1 AND copy_of IS NULL");
    st.bind(1, m_first);
    if (st.next())
        out.articles = st.int32(0);
    Statement copies(m_db, "SELECT COUNT(*) FROM run_copy WHERE run_id >= ?1");
    copies.bind(1, m_first);
    if (copies.next())
        out.copies = copies.int32(0);
    if (!st.status() || !copies.status())
        return std::unexpected(!st.status() ? st.status().error() : copies.status().error());
    return {};
}

// Every mention of the runs' articles, in the covering index's order (an article's mentions
// together), counted by entity here: a GROUP BY sorted every mention first, and looking up each
// entity's first mention took one query an entity, most of the 7.9 s the changes of a 100k
// library imported in one run took (bench/store/view_reads_bench).
Status ChangesReader::readSeen(ImportChanges & /*out*/)
{
    auto allNew = nothingBefore();
    if (!allNew)
        return std::unexpected(allNew.error());
    m_allNew = *allNew;
    if (m_allNew)
        return {}; // the tallies are the counts (readCreated), nothing is seen again
    Statement st(m_db, "SELECT m.entity_id, m.article_id, m.start, m.sentence "
                       "FROM article a INDEXED BY article_written_run CROSS JOIN mention m ON m.article_id = a.id "
                       "WHERE a.written_run >= ?1 AND a.copy_of IS NULL AND m.entity_id IS NOT NULL");
    st.bind(1, m_first);
    std::unordered_map<std::int64_t, Seen> seen;
    while (st.next()) {
        const std::int64_t article = st.int64(1);
        const int start = st.int32(2);
        const auto [it, fresh] = seen.try_emplace(st.int64(0));
        Seen &s = it->second;
        if (article != s.lastArticle) { // ids start at 1: a fresh entry's 0 is no article
            ++s.articles;
            s.lastArticle = article;
        }
        if (fresh || std::pair(article, start) < std::pair(s.article, s.start)) {
            s.article = article;
            s.start = start;
            s.sentence = st.int32(3);
        }
    }
    if (!st.status())
        return std::unexpected(st.status().error());
    m_seen.insert(seen.begin(), seen.end());
    return {};
}

// A library imported in one run (or a first import) holds only what the runs brought: then the
// mentions need not be read to count them, nor each entity looked up (readCreated's one pass;
// with readAllEnds the changes panel's read of a 100k library imported in one run went from 11.0
// to 2.9 G instructions, docs/performance.md). Each look-up here reads an index.
Result<bool> ChangesReader::nothingBefore()
{
    Statement entity(m_db, "SELECT 1 FROM entity WHERE first_run IS NULL OR first_run < ?1 LIMIT 1");
    Statement article(m_db, "SELECT 1 FROM article WHERE written_run IS NULL OR written_run < ?1 LIMIT 1");
    entity.bind(1, m_first);
    article.bind(1, m_first);
    // Copies are never mined; one that were would count in the tallies and not in the runs.
    Statement copy(m_db, "SELECT 1 FROM article a WHERE a.copy_of IS NOT NULL "
                         "AND EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id) LIMIT 1");
    for (Statement *st : {&entity, &article, &copy}) {
        if (st->next())
            return false;
        if (!st->status())
            return std::unexpected(st->status().error());
    }
    return true;
}

// Named by no mention of its own (a meeting series its numbered meetings are part of): the
// sentence of a fact it is an end of.
Status ChangesReader::addEvidenceOfFact(ChangedEntity &e, std::int64_t id)
{
    auto st = m_db.cached("SELECT m.article_id, m.start, m.end, m.sentence FROM fact f "
                          "JOIN fact_evidence x ON x.fact_id = f.id JOIN mention m ON m.id = x.mention_id "
                          "WHERE f.subject_id IN (SELECT id FROM entity WHERE id = ?1 OR merged_into = ?1) "
                          "OR f.object_id IN (SELECT id FROM entity WHERE id = ?1 OR merged_into = ?1) LIMIT 1");
    st->bind(1, id);
    if (st->next())
        e.evidence.push_back(m_evidence.make(st->int64(0), st->int32(1), st->int32(2), st->int32(3)));
    if (!st->status())
        return std::unexpected(st->status().error());
    return {};
}

Result<ChangedEntity> ChangesReader::entry(std::int64_t id, std::string uid, EntityType type, std::string name,
                                           std::string kind)
{
    ChangedEntity e;
    e.id = id;
    e.uid = std::move(uid);
    e.type = type;
    e.name = std::move(name);
    if (type == EntityType::Person)
        e.role = std::move(kind);
    if (const auto it = m_seen.find(id); it != m_seen.end())
        e.articles = it->second.articles;
    e.watched = m_watched.contains(id);
    return e;
}

Status ChangesReader::addEvidence(ChangedEntity &e)
{
    if (const auto it = m_seen.find(e.id); it != m_seen.end()) {
        Seen &s = it->second;
        if (!s.located) {
            auto mention =
                m_db.cached("SELECT end FROM mention WHERE article_id = ?1 AND start = ?2 AND entity_id = ?3 "
                            "LIMIT 1");
            mention->bind(1, s.article).bind(2, s.start).bind(3, e.id);
            if (mention->next())
                s.end = mention->int32(0);
            if (!mention->status())
                return std::unexpected(mention->status().error());
            s.located = true;
        }
        e.evidence.push_back(m_evidence.make(s.article, s.start, s.end, s.sentence));
        return {};
    }
    if (m_allNew) { // its first mention (mention_entity: the first article's mentions sorted)
        auto first = m_db.cached("SELECT article_id, start, end, sentence FROM mention WHERE entity_id = ?1 "
                                 "ORDER BY article_id, start LIMIT 1");
        first->bind(1, e.id);
        if (first->next()) {
            e.evidence.push_back(m_evidence.make(first->int64(0), first->int32(1), first->int32(2), first->int32(3)));
            return {};
        }
        if (!first->status())
            return std::unexpected(first->status().error());
    }
    return addEvidenceOfFact(e, e.id);
}

// One quote per sentence (a relation's evidence is its two ends, often in one sentence), of the
// first three sentences the library recorded it in: the fact's evidence in its own order (an
// article's mentions have consecutive ids), read until a fourth article begins once three
// sentences are in. All its evidence grouped by article and sentence took 1.7 s for the 200
// relations a page shows of a 100k library imported in one run (its first facts are the most
// named, in tens of thousands of articles).
Status ChangesReader::addEvidence(ChangedRelation &r)
{
    auto ev = m_db.cached("SELECT m.article_id, m.start, m.end, m.sentence FROM fact_evidence x "
                          "JOIN mention m ON m.id = x.mention_id WHERE x.fact_id = ?1 ORDER BY x.mention_id");
    ev->bind(1, r.factId);
    struct Quote {
        int start = 0, end = 0;
    };
    std::map<std::pair<std::int64_t, int>, Quote> sentences; // (article, sentence)
    std::int64_t article = 0;
    while (ev->next()) {
        const std::int64_t a = ev->int64(0);
        if (a != article && sentences.size() >= 3)
            break;
        article = a;
        const int start = ev->int32(1), end = ev->int32(2);
        const auto [it, fresh] = sentences.try_emplace({a, ev->int32(3)}, Quote{start, end});
        if (!fresh) {
            it->second.start = std::min(it->second.start, start);
            it->second.end = std::min(it->second.end, end);
        }
    }
    if (!ev->status())
        return ev->status();
    ev->reset(); // a page of hundreds of relations: the read stopped early is not left open
    for (const auto &[key, q] : sentences) {
        if (r.evidence.size() == 3)
            break;
        r.evidence.push_back(m_evidence.make(key.first, q.start, q.end, key.second));
    }
    return {};
}

Status ChangesReader::addOrganization(ChangedEntity &e)
{
    if (e.type != EntityType::Person)
        return {};
    auto organization = m_organizations.of(e.id, e.uid);
    if (!organization)
        return std::unexpected(organization.error());
    e.organization = std::move(*organization);
    return {};
}

Status ChangesReader::readEvidence(ImportChanges &out)
{
    for (auto *list : {&out.created, &out.seenAgain})
        for (ChangedEntity &e : *list) {
            if (auto st = addEvidence(e); !st)
                return st;
            if (auto st = addOrganization(e); !st)
                return st;
        }
    for (ChangedRelation &r : out.relations)
        if (auto st = addEvidence(r); !st)
            return st;
    return {};
}

// New: curated entities whose row (or the row of one merged into them) the runs inserted, and
// none of whose group existed before.
Status ChangesReader::readCreated(ImportChanges &out)
{
    if (m_allNew) { // every curated entity is new: one pass, its tally its count
        Statement all(m_db, "SELECT id, uid, type, name, kind, article_count FROM entity "
                            "WHERE merged_into IS NULL AND rejected = 0");
        while (all.next()) {
            auto e =
                entry(all.int64(0), all.text(1), entityTypeFromName(all.text(2)).value_or(EntityType::Organization),
                      all.text(3), all.text(4));
            if (!e)
                return std::unexpected(e.error());
            e->articles = all.int32(5);
            m_created.insert(e->id);
            out.created.push_back(std::move(*e));
        }
        return all.status();
    }
    Statement st(m_db, "SELECT COALESCE(e.merged_into, e.id) FROM entity e WHERE e.first_run >= ?1");
    st.bind(1, m_first);
    std::set<std::int64_t> roots;
    while (st.next())
        roots.insert(st.int64(0));
    if (!st.status())
        return std::unexpected(st.status().error());
    Statement root(m_db, "SELECT uid, type, name, rejected, COALESCE(first_run, 0), kind FROM entity WHERE id = ?1");
    Statement older(m_db, "SELECT 1 FROM entity WHERE merged_into = ?1 AND COALESCE(first_run, 0) < ?2 LIMIT 1");
    for (const std::int64_t id : roots) {
        root.reset();
        root.bind(1, id);
        if (!root.next()) {
            if (!root.status())
                return std::unexpected(root.status().error());
            continue;
        }
        if (root.int64(3) != 0 || root.int64(4) < m_first)
            continue; // rejected, or the curated entity existed before
        older.reset();
        older.bind(1, id).bind(2, m_first);
        if (older.next())
            continue;
        if (!older.status())
            return std::unexpected(older.status().error());
        auto e = entry(id, root.text(0), entityTypeFromName(root.text(1)).value_or(EntityType::Organization),
                       root.text(2), root.text(5));
        if (!e)
            return std::unexpected(e.error());
        m_created.insert(id);
        out.created.push_back(std::move(*e));
    }
    return {};
}

// Seen again: curated entities the runs' articles mention that existed before.
Status ChangesReader::readSeenAgain(ImportChanges &out)
{
    Statement st(m_db, "SELECT uid, type, name, rejected, merged_into, kind FROM entity WHERE id = ?1");
    for (const auto &[id, s] : m_seen) {
        if (m_created.contains(id))
            continue;
        st.reset();
        st.bind(1, id);
        if (!st.next()) {
            if (!st.status())
                return std::unexpected(st.status().error());
            continue;
        }
        if (st.int64(3) != 0 || !st.isNull(4))
            continue;
        auto e = entry(id, st.text(0), entityTypeFromName(st.text(1)).value_or(EntityType::Organization), st.text(2),
                       st.text(5));
        if (!e)
            return std::unexpected(e.error());
        out.seenAgain.push_back(std::move(*e));
    }
    return {};
}

// A curated entity's name, whether it is rejected and whether it is watched: read once, as the
// relations of a large import name the same entities thousands of times.
Result<const End *> ChangesReader::endOf(std::int64_t id)
{
    if (const auto it = m_ends.find(id); it != m_ends.end())
        return &it->second;
    auto name = m_db.cached("SELECT name, rejected FROM entity WHERE id = ?1");
    name->bind(1, id);
    if (!name->next())
        return std::unexpected(!name->status() ? name->status().error()
                                               : Error{ErrorCode::NotFound, "entity vanished", {}});
    return &m_ends.emplace(id, End{name->text(0), name->int64(1) != 0, m_watched.contains(id)}).first->second;
}

Result<std::int64_t> ChangesReader::root(std::int64_t id)
{
    if (id == 0)
        return 0;
    if (const auto it = m_roots.find(id); it != m_roots.end())
        return it->second;
    auto found = graphdb::rootOf(m_db, id);
    if (!found && found.error().code != ErrorCode::NotFound)
        return std::unexpected(found.error());
    return m_roots.emplace(id, found.value_or(0)).first->second;
}

Result<bool> ChangesReader::readEnds(ChangedRelation &r)
{
    bool rejected = false;
    for (const std::int64_t id : {r.subjectId, r.objectId}) {
        if (id == 0)
            continue;
        auto e = endOf(id);
        if (!e)
            return std::unexpected(e.error());
        rejected = rejected || (*e)->rejected;
        (id == r.subjectId ? r.subject : r.object) = (*e)->name;
        r.watched = r.watched || (*e)->watched;
    }
    return !rejected;
}

Status ChangesReader::readAllEnds()
{
    Statement st(m_db, "SELECT id, merged_into, name, rejected FROM entity");
    while (st.next()) {
        const std::int64_t id = st.int64(0);
        m_roots[id] = st.isNull(1) ? id : st.int64(1);
        if (st.isNull(1))
            m_ends.try_emplace(id, End{st.text(2), st.int64(3) != 0, m_watched.contains(id)});
    }
    return st.status();
}

// New relations: facts the runs inserted, both ends curated (merge roots, nothing rejected),
// equal curated facts once; watched ones first, each kind in fact order. Only the first `limit`
// of each kind are kept (all are counted): a library imported in one run brings every fact it
// holds, 450,000 at 100k, and holding them all to keep 200 took some 90 MB.
Status ChangesReader::readRelations(ImportChanges &out)
{
    // A fact's id is greater than every id stored before it, so the runs' facts are the rows from
    // the least of their ids on (those of first_run >= first among them): read in the table's own
    // order, not row by row through fact_first_run and then sorted (all 550,000 rows of a library
    // imported in one run).
    Statement least(m_db, "SELECT MIN(id) FROM fact INDEXED BY fact_first_run WHERE first_run >= ?1");
    least.bind(1, m_first);
    if (!least.next() || least.isNull(0))
        return least.status();
    const std::int64_t from = least.int64(0);
    // A large run names most entities: their roots and ends in one pass, not a look-up each
    // (550,000 facts of a library imported in one run named 147,000 entities: 0.6 s of look-ups).
    Statement most(m_db, "SELECT (SELECT MAX(id) FROM fact), (SELECT MAX(id) FROM entity)");
    if (most.next() && (most.int64(0) - from + 1) * kFactsPerEntityRead >= most.int64(1)) {
        if (auto s = readAllEnds(); !s)
            return s;
    }
    if (!most.status())
        return most.status();
    Statement st(m_db, "SELECT id, subject_id, predicate, COALESCE(object_id, 0), value FROM fact "
                       "WHERE id >= ?2 AND first_run >= ?1 ORDER BY id");
    st.bind(1, m_first).bind(2, from);
    // Equal curated facts are folded (curatedFactKey) only where a merge can make them equal: the
    // fact rows are unique, and the keys of a 100k library's 550,000 took some 55 MB.
    Statement merged(m_db, "SELECT 1 FROM entity WHERE merged_into IS NOT NULL LIMIT 1");
    const bool folds = merged.next();
    if (!merged.status())
        return merged.status();
    std::unordered_set<std::string> keys; // the curated facts met
    std::vector<ChangedRelation> watched, other;
    std::size_t total = 0;
    while (st.next()) {
        ChangedRelation r;
        r.factId = st.int64(0);
        auto subject = root(st.int64(1));
        auto object = root(st.int64(3));
        if (!subject || !object)
            return std::unexpected(!subject ? subject.error() : object.error());
        if (*subject == 0)
            continue; // its subject is gone
        if (*object != 0 && *object == *subject)
            continue; // both ends merged into one entity (as the graph leaves it out)
        r.subjectId = *subject;
        r.objectId = *object;
        r.predicate = st.text(2);
        std::string value = st.text(4);
        if (folds && !keys.insert(curatedFactKey(r, value)).second)
            continue;
        auto curated = readEnds(r);
        if (!curated)
            return std::unexpected(curated.error());
        if (!*curated)
            continue;
        ++total;
        std::vector<ChangedRelation> &kind = r.watched ? watched : other;
        if (m_limit > 0 && kind.size() >= m_limit)
            continue;
        if (r.objectId == 0)
            r.object = std::move(value);
        kind.push_back(std::move(r));
    }
    if (!st.status())
        return std::unexpected(st.status().error());
    out.relations = std::move(watched);
    std::ranges::move(other, std::back_inserter(out.relations));
    out.relationsTotal = total;
    return {};
}

} // namespace

Result<ImportChanges> Library::changes(const std::string &since, std::size_t limit)
{
    Database &db = *d->db;
    ImportChanges out;
    out.since = since;
    auto runs = runsSince(db, since);
    if (!runs)
        return std::unexpected(runs.error());
    out.runs = std::move(*runs);
    if (out.runs.empty())
        return out;
    auto watched = watchedRoots(db);
    if (!watched)
        return std::unexpected(watched.error());
    ChangesReader reader(db, out.runs.front(), std::move(*watched), limit);
    for (const auto &step : {&ChangesReader::countArticles, &ChangesReader::readSeen, &ChangesReader::readCreated,
                             &ChangesReader::readSeenAgain, &ChangesReader::readRelations}) {
        if (auto st = (reader.*step)(out); !st)
            return std::unexpected(st.error());
    }
    std::ranges::sort(out.created, watchedFirst);
    std::ranges::sort(out.seenAgain, watchedFirst);
    for (const ChangedEntity &e : out.created)
        ++out.createdByType[e.type];
    out.createdTotal = out.created.size();
    out.seenAgainTotal = out.seenAgain.size();
    keepFirst(out.created, limit);
    keepFirst(out.seenAgain, limit);
    keepFirst(out.relations, limit); // watched first already, and counted (readRelations)
    if (auto st = reader.readEvidence(out); !st)
        return std::unexpected(st.error());
    return out;
}

Status Library::setWatched(std::int64_t entityId, bool watched)
{
    Database &db = *d->db;
    auto uid = graphdb::uidOf(db, entityId);
    if (!uid)
        return std::unexpected(uid.error());
    Statement st(db, watched ? "INSERT OR IGNORE INTO watch (entity_uid, created_at) VALUES (?1, ?2)"
                             : "DELETE FROM watch WHERE entity_uid = ?1");
    st.bind(1, *uid);
    if (watched)
        st.bind(2, d->clock->nowUtc());
    return st.run();
}

Result<std::vector<std::int64_t>> Library::watchedEntities()
{
    Database &db = *d->db;
    std::set<std::int64_t> ids;
    Statement st(db, "SELECT COALESCE(e.merged_into, e.id) FROM watch w JOIN entity e ON e.uid = w.entity_uid "
                     "WHERE e.rejected = 0");
    while (st.next())
        ids.insert(st.int64(0));
    if (!st.status())
        return std::unexpected(st.status().error());
    return std::vector<std::int64_t>(ids.begin(), ids.end());
}

} // namespace sillok::core
