// Library::searchPlan and the entity look-ups of search: a run of query words that names a
// known entity (the injected context's gazetteer, or the names the knowledge graph has learned)
// is expanded to all its names; resolveEntityFilter, entitiesNamedBy and relatedEntities answer
// the search popup's filters.

#include "extract/gazetteer.h"
#include "graph/entity_keys.h"
#include "search/match_query.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "text/particles.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <ranges>
#include <set>
#include <string>
#include <vector>

namespace sillok::core {

namespace {

// Longest run of query words looked up as one name ("Ministry of Trade, Industry and Energy").
constexpr std::size_t kMaxRunTerms = 8;

// The curated entities (merge roots, not rejected) that have a visible name with this key.
std::set<std::int64_t> rootsNamed(Database &db, const std::string &norm)
{
    std::set<std::int64_t> roots;
    if (norm.empty())
        return roots;
    auto q = db.cached(
        "SELECT DISTINCT COALESCE(e.merged_into, e.id) FROM alias AS a JOIN entity AS e ON e.id = a.entity_id "
        "WHERE a.norm = ? AND a.hidden = 0 AND e.rejected = 0");
    q->bind(norm);
    while (q->next())
        roots.insert(q->int64(0));
    return roots;
}

// Every visible name of the entities in `roots` and of the entities merged into them.
std::vector<std::string> namesOf(Database &db, const std::set<std::int64_t> &roots)
{
    std::vector<std::string> forms;
    std::set<std::string> seen;
    auto q = db.cached("SELECT a.form FROM entity AS e JOIN alias AS a ON a.entity_id = e.id "
                       "WHERE (e.id = ?1 OR e.merged_into = ?1) AND a.hidden = 0 ORDER BY a.rowid");
    for (std::int64_t root : roots) {
        q->reset();
        q->bind(1, root);
        while (q->next()) {
            std::string form = q->text(0);
            if (seen.insert(entityNormKey(form)).second)
                forms.push_back(std::move(form));
        }
    }
    return forms;
}

// For a Latin word of at least five letters or digits that begins exactly one entity's Latin
// names ("furiosa" → FuriosaAI): that entity; else none.
std::set<std::int64_t> rootsByLatinPrefix(Database &db, const std::string &norm)
{
    if (norm.size() < 5
        || !std::ranges::all_of(norm, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        return {};
    // norm is [a-z0-9]+, so the range [norm, norm + '{') holds exactly the keys it begins.
    auto q = db.cached("SELECT DISTINCT COALESCE(e.merged_into, e.id), a.form FROM alias AS a JOIN entity AS e "
                       "ON e.id = a.entity_id WHERE a.norm >= ? AND a.norm < ? AND a.hidden = 0 AND e.rejected = 0");
    q->bind(norm).bind(norm + "{");
    std::set<std::int64_t> roots;
    while (q->next())
        if (isLatinName(q->text(1)))
            roots.insert(q->int64(0));
    return roots.size() == 1 ? roots : std::set<std::int64_t>{};
}

// A run of query words that names something: all its names, and the entities it names.
struct NamedRun {
    std::size_t first = 0, last = 0; // query terms [first, last]
    std::vector<std::string> names;
    std::set<std::int64_t> roots;
};

// What `text` (a run of query words, as typed) names: the gazetteer's entry and the graph's
// entities, their names merged. `typed` joins the names when it is another form (a particle,
// a prefix) so that buildMatchQuery() replaces it.
std::optional<NamedRun> lookupName(Database &db, const Gazetteer *gazetteer, const std::string &text, bool single)
{
    NamedRun run;
    const auto addNames = [&run](const std::vector<std::string> &names) {
        for (const std::string &n : names)
            if (std::ranges::none_of(run.names,
                                     [&](const std::string &m) { return entityNormKey(m) == entityNormKey(n); }))
                run.names.push_back(n);
    };
    std::string stem = text;
    for (int pass = 0; pass < 2; ++pass) {
        const std::string &form = pass == 0 ? text : stem;
        if (pass == 1) {
            // A name typed with its particle (한빛세미콘은) is looked up without it.
            const std::size_t space = text.rfind(' ');
            const std::string head = space == std::string::npos ? "" : text.substr(0, space + 1);
            stem = head + stripParticle(std::string_view(text).substr(head.size()));
            // …and an English name with its possessive (SK Telecom's, Rebellions’) without it.
            for (const std::string_view possessive : {"'s", "\u2019s", "'", "\u2019"})
                if (stem == text && text.size() > possessive.size() + 1 && text.ends_with(possessive))
                    stem = text.substr(0, text.size() - possessive.size());
            if (stem == text)
                break;
        }
        if (gazetteer != nullptr && gazetteer->lookup(form) != nullptr)
            addNames(gazetteer->aliasGroup(form));
        std::set<std::int64_t> roots = rootsNamed(db, entityNormKey(form));
        for (const std::string &n : run.names) // the gazetteer's other names may be what the graph holds
            if (roots.empty())
                roots = rootsNamed(db, entityNormKey(n));
        if (roots.empty() && single && pass == 0)
            roots = rootsByLatinPrefix(db, entityNormKey(form));
        if (!roots.empty()) {
            run.roots.insert(roots.begin(), roots.end());
            addNames(namesOf(db, roots));
        }
        if (!run.names.empty() || !run.roots.empty()) {
            if (std::ranges::none_of(run.names,
                                     [&](const std::string &m) { return entityNormKey(m) == entityNormKey(text); }))
                run.names.push_back(text);
            return run;
        }
    }
    return std::nullopt;
}

// The runs of the query that name entities, longest first from the left: a multi-word name is
// matched as the entity it names before its words are looked at ("SK Telecom" is not "SK").
std::vector<NamedRun> namedRuns(Database &db, const Gazetteer *gazetteer, std::string_view query)
{
    const std::vector<QueryTerm> terms = splitQueryTerms(query);
    std::vector<NamedRun> runs;
    for (std::size_t i = 0; i < terms.size();) {
        std::optional<NamedRun> best;
        std::string text;
        for (std::size_t j = i; j < terms.size() && j - i < kMaxRunTerms; ++j) {
            text += (j == i ? "" : " ") + terms[j].text;
            if (auto found = lookupName(db, gazetteer, text, j == i)) {
                found->first = i;
                found->last = j;
                best = std::move(found);
            }
        }
        if (best) {
            i = best->last + 1;
            runs.push_back(std::move(*best));
        } else {
            ++i;
        }
    }
    return runs;
}

// "the Ministry of Science and ICT", "Samsung Electronics Co., Ltd.": an English article,
// preposition or legal form outside the names the query holds would have to occur in a Korean
// article too, and it says nothing. Left out when the query names something; words inside a
// name and quoted phrases stay.
std::string withoutStopWords(std::string_view query, const std::vector<NamedRun> &runs)
{
    // …nor a company's legal form after its name (Samsung Electronics Co., Ltd.).
    static const std::set<std::string> kStopWords{
        "a",    "an", "the", "of",  "and",  "in",  "on",  "for",     "to",          "at",          "by",
        "with", "co", "ltd", "inc", "corp", "llc", "plc", "limited", "corporation", "incorporated"};
    const std::vector<QueryTerm> terms = splitQueryTerms(query);
    if (runs.empty())
        return std::string(query);
    std::string out;
    bool dropped = false;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const bool inRun = std::ranges::any_of(runs, [i](const NamedRun &r) { return i >= r.first && i <= r.last; });
        std::string lower = terms[i].text;
        std::ranges::transform(lower, lower.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        while (!lower.empty() && (lower.back() == '.' || lower.back() == ','))
            lower.pop_back();
        if (!inRun && !terms[i].phrase && kStopWords.contains(lower)) {
            dropped = true;
            continue;
        }
        std::string text = terms[i].text;
        if (terms[i].phrase) {
            std::erase(text, '"');
            text.insert(text.begin(), '"');
            text.push_back('"');
        }
        out += (out.empty() ? "" : " ") + text;
    }
    return dropped ? out : std::string(query);
}

// Most mentioned first.
std::vector<std::int64_t> byMentions(Database &db, const std::set<std::int64_t> &ids)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> counted;
    auto q = db.cached("SELECT mention_count FROM entity WHERE id = ?"); // the kept tally (migration 13)
    for (std::int64_t id : ids) {
        q->reset();
        q->bind(id);
        counted.emplace_back(q->next() ? q->int64(0) : 0, id);
    }
    std::ranges::sort(counted, [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::int64_t> out;
    for (const auto &c : counted)
        out.push_back(c.second);
    return out;
}

} // namespace

Result<SearchPlan> Library::searchPlan(std::string_view query, const SearchOptions &options)
{
    Database &db = *d->db;
    std::vector<NamedRun> runs;
    if (options.expandAliases)
        runs = namedRuns(db, d->context->gazetteer, query);
    std::vector<std::vector<std::string>> groups;
    std::set<std::int64_t> named;
    for (const NamedRun &run : runs) {
        if (run.names.size() > 1)
            groups.push_back(run.names);
        named.insert(run.roots.begin(), run.roots.end());
    }
    auto match = buildMatchQuery(withoutStopWords(query, runs), groups);
    if (!match)
        return fail(ErrorCode::Query, match.error().detail);
    SearchPlan plan;
    plan.hasText = !splitQueryTerms(query).empty();
    plan.searchesNothing = plan.hasText && match->isEmpty();
    plan.wordExpr = std::move(match->wordExpr);
    plan.bigramExpr = std::move(match->bigramExpr);
    plan.bigramCheck = std::move(match->bigramCheck);
    plan.highlightTerms = std::move(match->highlightTerms);
    plan.namedEntities = byMentions(db, named);
    return plan;
}

Result<std::vector<std::int64_t>> Library::resolveEntityFilter(std::string_view name, std::optional<EntityType> type)
{
    Database &db = *d->db;
    const std::string typeName = type ? entityTypeName(*type) : "";
    std::vector<std::int64_t> ids;
    {
        // The entities whose curated name it is (what a facet shows)…
        auto q = db.cached("SELECT id FROM entity WHERE name = ?1 AND (?2 = '' OR type = ?2) "
                           "AND merged_into IS NULL AND rejected = 0 ORDER BY id");
        q->bind(1, name).bind(2, typeName);
        while (q->next())
            ids.push_back(q->int64(0));
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    if (!ids.empty())
        return ids;
    // …else those with it as a name or alias (case, spacing and punctuation ignored).
    std::set<std::int64_t> roots = rootsNamed(db, entityNormKey(name));
    auto typeOf = db.cached("SELECT type FROM entity WHERE id = ?");
    for (std::int64_t id : roots) {
        typeOf->reset();
        typeOf->bind(id);
        if (typeOf->next() && (typeName.empty() || typeOf->text(0) == typeName))
            ids.push_back(id);
    }
    return ids;
}

Result<std::vector<EntitySummary>> Library::entitiesNamedBy(std::string_view query)
{
    Database &db = *d->db;
    std::set<std::int64_t> named;
    for (const NamedRun &run : namedRuns(db, d->context->gazetteer, query))
        named.insert(run.roots.begin(), run.roots.end());
    std::vector<EntitySummary> out;
    Statement q(db, std::string("SELECT ") + graphdb::kSummaryColumns + " FROM entity e WHERE e.id = ?");
    for (std::int64_t id : byMentions(db, named)) {
        q.reset();
        q.bind(id);
        if (q.next())
            out.push_back(graphdb::entitySummaryFrom(q));
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    return out;
}

Result<std::vector<EntitySummary>> Library::relatedEntities(std::int64_t id, std::optional<EntityType> type)
{
    Database &db = *d->db;
    const std::string typeName = type ? entityTypeName(*type) : "";
    Statement q(
        db, std::string("SELECT ") + graphdb::kSummaryColumns
                + " FROM entity e WHERE e.merged_into IS NULL AND e.rejected = 0 AND (?2 = '' OR e.type = ?2)"
                  " AND e.id <> COALESCE((SELECT merged_into FROM entity WHERE id = ?1), ?1) AND e.id IN ("
                  "SELECT COALESCE(o.merged_into, o.id) FROM fact AS f JOIN entity AS o ON o.id = f.object_id"
                  " WHERE f.subject_id IN (SELECT id FROM entity WHERE id = ?3 OR merged_into = ?3)"
                  " UNION SELECT COALESCE(s.merged_into, s.id) FROM fact AS f JOIN entity AS s ON s.id = f.subject_id"
                  " WHERE f.object_id IN (SELECT id FROM entity WHERE id = ?3 OR merged_into = ?3))");
    std::int64_t root = id;
    {
        auto r = db.cached("SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?");
        r->bind(id);
        if (r->next())
            root = r->int64(0);
    }
    q.bind(1, id).bind(2, typeName).bind(3, root);
    std::vector<EntitySummary> out;
    while (q.next())
        out.push_back(graphdb::entitySummaryFrom(q));
    if (!q.status())
        return std::unexpected(q.status().error());
    std::ranges::stable_sort(out, [](const EntitySummary &a, const EntitySummary &b) {
        return a.articleCount != b.articleCount ? a.articleCount > b.articleCount : a.name < b.name;
    });
    return out;
}

} // namespace sillok::core
