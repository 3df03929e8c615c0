// Library::search: FTS5 over article titles and bodies (core/search's schema and search SQL —
// the one query production runs and the tests test), entity-aware: a run of query words that
// names a known entity (the injected context's gazetteer, or the names the knowledge graph has
// learned) is expanded to all its names, and the articles that mention it rank first. Filters
// (dates, entities by any name), paging and facets share the same matches.

#include "extract/gazetteer.h"
#include "graph/entity_keys.h"
#include "search/facet_tally.h"
#include "search/match_query.h"
#include "search/search_schema.h"
#include "search/snippet.h"
#include "search/term_check.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "store/read_snapshot.h"
#include "text/particles.h"
#include "text/text_pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iterator>
#include <map>
#include <ranges>
#include <set>
#include <system_error>
#include <thread>

namespace sillok::core {

namespace {

// Longest run of query words looked up as one name ("Ministry of Trade, Industry and Energy").
constexpr std::size_t kMaxRunTerms = 8;
constexpr int kSnippetChars = 160;
// makeSnippet() scans the whole text it is given; very long bodies are cut to a window of this
// many bytes around the first literal occurrence of a highlight term (else their opening).
constexpr std::size_t kSnippetWindowBytes = 32 * 1024;

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string snippetFor(const std::string &body, const std::vector<std::string> &terms)
{
    if (body.size() <= kSnippetWindowBytes)
        return makeSnippet(body, terms, kSnippetChars);
    std::size_t first = std::string::npos;
    for (const std::string &t : terms)
        if (!t.empty())
            first = std::min(first, body.find(t));
    std::size_t start = first == std::string::npos || first < kSnippetWindowBytes / 2 ? 0 : first - kSnippetWindowBytes / 2;
    while (start > 0 && isContinuation(body[start]))
        --start;
    std::size_t end = std::min(body.size(), start + kSnippetWindowBytes);
    while (end < body.size() && end > start && isContinuation(body[end]))
        --end;
    return makeSnippet(std::string_view(body).substr(start, end - start), terms, kSnippetChars);
}

Error searchError(const Error &e, std::string_view what)
{
    if (e.sqliteCode == SQLITE_INTERRUPT)
        return Error{ErrorCode::Cancelled, "search interrupted", {}, e.sqliteCode};
    return Error{ErrorCode::Query, std::string(what) + ": " + e.detail, {}, e.sqliteCode};
}

// The curated entities (merge roots, not rejected) that have a visible name with this key.
std::set<std::int64_t> rootsNamed(Database &db, const std::string &norm)
{
    std::set<std::int64_t> roots;
    if (norm.empty())
        return roots;
    auto q = db.cached("SELECT DISTINCT COALESCE(e.merged_into, e.id) FROM alias AS a JOIN entity AS e ON e.id = a.entity_id "
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
    if (norm.size() < 5 || !std::ranges::all_of(norm, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
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
            if (std::ranges::none_of(run.names, [&](const std::string &m) { return entityNormKey(m) == entityNormKey(n); }))
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
            if (std::ranges::none_of(run.names, [&](const std::string &m) { return entityNormKey(m) == entityNormKey(text); }))
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
    static const std::set<std::string> kStopWords{"a",  "an",   "the", "of",   "and",  "in",  "on",          "for",
                                                  "to", "at",   "by",  "with", "co",   "ltd", "inc",         "corp",
                                                  "llc", "plc", "limited", "corporation", "incorporated"};
    const std::vector<QueryTerm> terms = splitQueryTerms(query);
    if (runs.empty())
        return std::string(query);
    std::string out;
    bool dropped = false;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const bool inRun = std::ranges::any_of(runs, [i](const NamedRun &r) { return i >= r.first && i <= r.last; });
        std::string lower = terms[i].text;
        std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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
    std::ranges::sort(counted, [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<std::int64_t> out;
    for (const auto &c : counted)
        out.push_back(c.second);
    return out;
}

} // namespace

std::string sourceOutlet(std::string_view source)
{
    if (const std::size_t scheme = source.find("://"); scheme < 8) { // npos is never < 8
        std::string_view host = source.substr(scheme + 3);
        host = host.substr(0, std::min(host.find_first_of("/?#"), host.size()));
        if (const std::size_t at = host.rfind('@'); at != std::string_view::npos)
            host = host.substr(at + 1);
        host = host.substr(0, std::min(host.find(':'), host.size()));
        if (host.starts_with("www."))
            host.remove_prefix(4);
        if (!host.empty())
            return std::string(host);
    }
    std::string_view dir = source.substr(0, std::min(source.find_last_of("/\\"), source.size()));
    if (dir.size() == source.size() || dir.empty())
        return std::string(source);
    return std::string(dir.substr(dir.find_last_of("/\\") == std::string_view::npos ? 0 : dir.find_last_of("/\\") + 1));
}

Result<std::vector<SearchHit>> Library::search(std::string_view query, const SearchOptions &options)
{
    SearchOptions pageOptions = options;
    pageOptions.facets = false;
    auto page = searchPage(query, pageOptions);
    if (!page)
        return std::unexpected(page.error());
    return std::move(page->hits);
}

namespace {

// What one search asks for: its plan and the ids each entity filter accepts.
struct SearchBinding {
    const SearchPlan &plan;
    std::vector<std::vector<std::int64_t>> filters; // each: the ids one entity filter accepts
};

// The entity filters of `options`, the one entity page (entityId, as its merge root) included.
Result<std::vector<std::vector<std::int64_t>>> entityFilters(Database &db, const SearchOptions &options)
{
    std::vector<std::vector<std::int64_t>> filters = options.entityFilters;
    if (options.entityId != 0) {
        std::int64_t root = options.entityId;
        auto q = db.cached("SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?");
        q->bind(options.entityId);
        if (q->next())
            root = q->int64(0);
        filters.push_back({root});
    }
    if (filters.size() > static_cast<std::size_t>(kEntityFilterSlots))
        return fail(ErrorCode::InvalidArgument,
                    "at most " + std::to_string(kEntityFilterSlots) + " entity filters can be combined");
    return filters;
}

// One story of the match set: its id and its score (the entity tier's bonus included).
struct Match {
    std::int64_t id = 0;
    double score = 0.0;
};

// Every `kCancelCheck` rows a loop here looks at the interrupt flag: sqlite3_interrupt() and the
// connection's progress handler stop a long statement, but not a run of short ones.
constexpr std::size_t kCancelCheck = 256;

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, "search interrupted", {}, SQLITE_INTERRUPT};
}

// Steps `st` (bound already) to its end, calling `onRow()` at each row, and stops with the
// cancelled error when `interrupted` is set (checked every kCancelCheck rows). A failure of the
// statement is reported as `what`.
template <class OnRow>
Status eachRow(Statement &st, const std::atomic_bool &interrupted, std::string_view what, OnRow &&onRow)
{
    for (std::size_t n = 0;; ++n) {
        if (n % kCancelCheck == 0 && interrupted.load(std::memory_order_relaxed))
            return std::unexpected(cancelledError());
        auto row = st.step();
        if (!row)
            return std::unexpected(searchError(row.error(), what));
        if (!*row)
            return {};
        onRow();
    }
}

// The first column of every row of `st` (bound already), sorted and distinct.
Status readIds(Statement &st, const std::atomic_bool &interrupted, std::vector<std::int64_t> &ids)
{
    if (auto s = eachRow(st, interrupted, "search failed", [&] { ids.push_back(st.int64(0)); }); !s)
        return s;
    if (!std::ranges::is_sorted(ids))
        std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return {};
}

// The articles that mention one of `entities` (a JSON array of ids), sorted and distinct.
Status articlesMentioning(Database &db, const std::string &entities, const std::atomic_bool &interrupted,
                          std::vector<std::int64_t> &ids)
{
    auto st = db.cached("SELECT article_id FROM mention WHERE entity_id IN (SELECT value FROM json_each(?1))");
    st->bind(1, entities);
    return readIds(*st, interrupted, ids);
}

// Keeps the matches whose id is (keep = true) or is not (keep = false) in the sorted `ids`.
void restrict(std::vector<Match> &matches, const std::vector<std::int64_t> &ids, bool keep)
{
    std::erase_if(matches, [&](const Match &m) { return std::ranges::binary_search(ids, m.id) != keep; });
}

// A story's stored text, read for the check, and the check's answer.
struct HeldText {
    bool found = false;
    bool holds = false;
    std::string title, body;
};

// The texts of ids[first, first + count) into `texts`, in order (found = false for a story gone).
Status readTexts(Statement &st, const std::vector<std::int64_t> &ids, std::size_t first, std::size_t count,
                 const std::atomic_bool &interrupted, std::vector<HeldText> &texts)
{
    texts.assign(count, HeldText{});
    for (std::size_t i = 0; i < count; ++i) {
        if (i % kCancelCheck == 0 && interrupted.load(std::memory_order_relaxed))
            return std::unexpected(cancelledError());
        st.reset();
        st.bind(1, ids[first + i]);
        auto row = st.step();
        if (!row)
            return std::unexpected(searchError(row.error(), "search failed"));
        if (*row)
            texts[i] = HeldText{true, false, st.text(0), st.blob(1)};
    }
    return {};
}

// Checks the texts of `texts` that `next` hands out (shared by every thread checking them).
void checkTexts(std::vector<HeldText> &texts, std::atomic_size_t &next, const std::string &check,
                const std::atomic_bool &interrupted, std::atomic_bool &damaged)
{
    for (std::size_t i = next.fetch_add(1); i < texts.size(); i = next.fetch_add(1)) {
        HeldText &t = texts[i];
        if (!t.found || interrupted.load(std::memory_order_relaxed) || damaged.load(std::memory_order_relaxed))
            continue;
        if (!isPackedText(t.body)) { // a text stored before the texts were packed
            t.holds = holdsEveryTerm(t.title, t.body, check);
            continue;
        }
        auto body = unpackText(t.body);
        if (!body)
            damaged = true;
        else
            t.holds = holdsEveryTerm(t.title, *body, check);
    }
}

// The stories only the bigram index found that hold the query's check (term_check.h), in id
// order. The check unpacks each text (text_pack.h): when a name's bigrams are common apart (산업부
// is 산업 … 업부, as in 사업부) that is most of the search. So the texts are read here, a chunk at a
// time in id order, and checked by one more thread per core (at most three) while this one reads
// the next chunk and then checks with them: the same pure function on the same texts, so the same
// stories.
Result<std::vector<std::int64_t>> storiesHolding(Database &db, const std::vector<std::int64_t> &ids,
                                                 const std::string &check, const std::atomic_bool &interrupted)
{
    constexpr std::size_t kChunk = 1024; // texts held at once, two chunks at a time (a few MB at most)
    constexpr std::size_t kAlone = 64;   // a chunk this small is checked on this thread alone
    const std::size_t helpers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4) - 1;
    std::vector<std::int64_t> out;
    std::vector<HeldText> texts, following;
    auto st = db.cached("SELECT title, body FROM article WHERE id = ?1");
    if (auto ok = readTexts(*st, ids, 0, std::min(kChunk, ids.size()), interrupted, texts); !ok)
        return std::unexpected(ok.error());
    for (std::size_t first = 0; first < ids.size(); first += kChunk) {
        std::atomic_size_t next = 0;
        std::atomic_bool damaged = false;
        Status read;
        {
            std::vector<std::jthread> threads;
            try {
                for (std::size_t k = 0; k < (texts.size() < kAlone ? 0 : helpers); ++k)
                    threads.emplace_back([&] { checkTexts(texts, next, check, interrupted, damaged); });
            } catch (const std::system_error &) {
                // No thread to be had: this one checks what is left.
            }
            const std::size_t after = first + kChunk;
            if (after < ids.size())
                read = readTexts(*st, ids, after, std::min(kChunk, ids.size() - after), interrupted, following);
            checkTexts(texts, next, check, interrupted, damaged);
        }
        if (!read)
            return std::unexpected(read.error());
        if (interrupted.load(std::memory_order_relaxed))
            return std::unexpected(cancelledError());
        if (damaged)
            return fail(ErrorCode::Query, "search failed: a stored text is damaged");
        for (std::size_t i = 0; i < texts.size(); ++i)
            if (texts[i].holds)
                out.push_back(ids[first + i]);
        std::swap(texts, following);
    }
    return out;
}

// The stories the query's words find, in id order: doc_wd's with their scores, then those only
// doc_bg finds (score 0), each checked (term_check.h) when there is something to check.
Result<std::vector<Match>> readTextMatches(Database &db, const SearchBinding &b, const std::atomic_bool &interrupted)
{
    std::vector<Match> matches;
    auto words = db.cached("SELECT rowid, bm25(doc_wd, " + std::to_string(kTitleWeight)
                           + ", 1.0) FROM doc_wd WHERE doc_wd MATCH ?1");
    words->bind(1, b.plan.wordExpr);
    if (auto s = eachRow(*words, interrupted, "search failed",
                         [&] {
                             matches.push_back(Match{words->int64(0), -(kWordIndexWeight * words->real(1))});
                         });
        !s)
        return std::unexpected(s.error());
    if (!std::ranges::is_sorted(matches, {}, &Match::id))
        std::ranges::sort(matches, {}, &Match::id);
    if (!b.plan.bigramExpr.empty()) {
        std::vector<std::int64_t> bigram;
        auto st = db.cached("SELECT rowid FROM doc_bg WHERE doc_bg MATCH ?1");
        st->bind(1, b.plan.bigramExpr);
        if (auto ok = readIds(*st, interrupted, bigram); !ok)
            return std::unexpected(ok.error());
        // The stories only the bigram index found, each checked (term_check.h) when there is
        // something to check.
        std::vector<std::int64_t> onlyIds;
        std::ranges::set_difference(bigram, matches | std::views::transform(&Match::id), std::back_inserter(onlyIds));
        if (!b.plan.bigramCheck.empty()) {
            auto held = storiesHolding(db, onlyIds, b.plan.bigramCheck, interrupted);
            if (!held)
                return std::unexpected(held.error());
            onlyIds = std::move(*held);
        }
        std::vector<Match> only;
        only.reserve(onlyIds.size());
        for (std::int64_t id : onlyIds)
            only.push_back(Match{id, 0.0});
        if (!only.empty()) {
            std::vector<Match> merged;
            merged.reserve(matches.size() + only.size());
            std::ranges::merge(matches, only, std::back_inserter(merged), {}, &Match::id, &Match::id);
            matches = std::move(merged);
        }
    }
    return matches;
}

// The match set every search reads its page, total and facets from, in id order: the stories
// either index finds (doc_wd scores; a story only doc_bg finds scores 0 and must hold
// bigramCheck), restricted by the filters, the entity tier added. It is computed once, here, with
// one plain MATCH per index merged in memory: the same set and scores as search_schema.h's
// articleSearchSql() (whose UNION ALL, GROUP BY and COUNT(*) OVER sorted every match twice and
// which the facets ran again); tests/store/library_search_reference_test.cpp compares them.
Result<std::vector<Match>> readMatches(Database &db, const SearchBinding &b, const SearchOptions &options,
                                       const std::atomic_bool &interrupted)
{
    std::vector<Match> matches;
    if (b.plan.hasText) {
        auto text = readTextMatches(db, b, interrupted);
        if (!text)
            return std::unexpected(text.error());
        matches = std::move(*text);
    } else if (!b.filters.empty()) {
        // Filters alone: the first entity filter's articles are the candidates (a mention's
        // article is always stored: mention.article_id references it, ON DELETE CASCADE).
        std::vector<std::int64_t> ids;
        if (auto ok = articlesMentioning(db, graphdb::jsonIdArray(b.filters.front()), interrupted, ids); !ok)
            return std::unexpected(ok.error());
        for (std::int64_t id : ids)
            matches.push_back(Match{id, 0.0});
    } else {
        // Dates alone (searchPage asks nothing else without them): an undated story never
        // matches a date, so the dated ones are the candidates, from the index on published.
        auto st = db.cached("SELECT id FROM article WHERE published <> ''");
        std::vector<std::int64_t> ids;
        if (auto ok = readIds(*st, interrupted, ids); !ok)
            return std::unexpected(ok.error());
        for (std::int64_t id : ids)
            matches.push_back(Match{id, 0.0});
    }

    // The filters, each the sorted ids it accepts.
    std::vector<std::int64_t> ids;
    const auto filterBy = [&](Statement &st, bool keep) -> Status {
        ids.clear();
        if (auto ok = readIds(st, interrupted, ids); !ok)
            return ok;
        restrict(matches, ids, keep);
        return {};
    };
    if (options.from.isValid() && !matches.empty()) {
        auto st = db.cached("SELECT id FROM article WHERE published <> '' AND published || '~' >= ?1");
        st->bind(1, options.from.toString());
        if (auto ok = filterBy(*st, true); !ok)
            return std::unexpected(ok.error());
    }
    if (options.to.isValid() && !matches.empty()) {
        auto st = db.cached("SELECT id FROM article WHERE published <> '' AND published <= ?1 || '~'");
        st->bind(1, options.to.toString());
        if (auto ok = filterBy(*st, true); !ok)
            return std::unexpected(ok.error());
    }
    for (const std::vector<std::int64_t> &filter : b.filters) {
        if (matches.empty())
            break;
        ids.clear();
        if (auto ok = articlesMentioning(db, graphdb::jsonIdArray(filter), interrupted, ids); !ok)
            return std::unexpected(ok.error());
        restrict(matches, ids, true);
    }
    if (!matches.empty()) { // one row per story: the copies go (search_schema.h's storyConditionSql)
        auto st = db.cached("SELECT id FROM article WHERE copy_of IS NOT NULL");
        if (auto ok = filterBy(*st, false); !ok)
            return std::unexpected(ok.error());
    }
    if (!b.plan.namedEntities.empty() && !matches.empty()) {
        ids.clear();
        if (auto ok = articlesMentioning(db, graphdb::jsonIdArray(b.plan.namedEntities), interrupted, ids); !ok)
            return std::unexpected(ok.error());
        for (Match &m : matches)
            m.score += std::ranges::binary_search(ids, m.id) ? kEntityTierBonus : 0.0;
    }
    return matches;
}

// One page of hits (best first, then by id) out of the match set, and the total.
Status readHits(Database &db, const SearchBinding &b, const SearchOptions &options, std::vector<Match> matches,
                const std::atomic_bool &interrupted, SearchPage &page)
{
    page.total = static_cast<int>(matches.size());
    const auto better = [](const Match &x, const Match &y) {
        return x.score != y.score ? x.score > y.score : x.id < y.id;
    };
    const std::size_t offset = std::min(matches.size(), static_cast<std::size_t>(std::max(0, options.offset)));
    const std::size_t end =
        options.limit > 0 ? std::min(matches.size(), offset + static_cast<std::size_t>(options.limit)) : matches.size();
    std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(end), matches.end(), better);
    auto st = db.cached("SELECT a.uid, a.source, a.title, sillok_text(a.body), a.published, " + duplicatesSql("a.id")
                        + " FROM article AS a WHERE a.id = ?1");
    for (std::size_t i = offset; i < end; ++i) {
        if (interrupted.load(std::memory_order_relaxed))
            return std::unexpected(cancelledError());
        st->reset();
        st->bind(1, matches[i].id);
        auto row = st->step();
        if (!row)
            return std::unexpected(searchError(row.error(), "search failed"));
        if (!*row)
            continue;
        SearchHit h;
        h.articleId = matches[i].id;
        h.score = matches[i].score;
        h.uid = st->text(0);
        h.source = st->text(1);
        h.title = st->text(2);
        h.snippet = snippetFor(st->text(3), b.plan.highlightTerms);
        h.published = store::storedDate(st->text(4));
        h.duplicates = st->int32(5);
        page.hits.push_back(std::move(h));
    }
    return {};
}

// The tallied entities into the facet of their type.
void fileEntityFacets(FacetTally &tally, SearchFacets &f)
{
    for (FacetCount &c : tally.counts()) {
        FacetValue v{std::move(c.name), c.count, c.id};
        if (c.type == "organization")
            f.organization.push_back(std::move(v));
        else if (c.type == "person")
            f.person.push_back(std::move(v));
        else if (c.type == "initiative")
            f.initiative.push_back(std::move(v));
        else if (c.type == "meeting")
            f.meeting.push_back(std::move(v));
    }
}

// Every facet most counted first, cut to `limit` values (0: all).
void sortFacets(SearchFacets &f, int limit)
{
    for (std::vector<FacetValue> *values :
         {&f.organization, &f.person, &f.initiative, &f.meeting, &f.year, &f.source}) {
        std::ranges::stable_sort(*values, [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (limit > 0 && values->size() > static_cast<std::size_t>(limit))
            values->resize(static_cast<std::size_t>(limit));
    }
}

// The facets of every match (not only the page's): the mentions, years and sources of the
// match set (ids in order), read story by story through the indexes.
Status readFacets(Database &db, const SearchOptions &options, const std::vector<Match> &matches,
                  const std::atomic_bool &interrupted, SearchPage &page)
{
    SearchFacets &f = page.facets;
    auto entityOf = db.cached("SELECT type, name FROM entity WHERE id = ?1 AND rejected = 0");
    FacetTally tally([&](std::int64_t id) -> std::optional<FacetEntity> {
        entityOf->reset();
        entityOf->bind(1, id);
        if (!entityOf->next())
            return std::nullopt;
        return FacetEntity{entityOf->text(0), entityOf->text(1)};
    });
    auto mentions = db.cached("SELECT entity_id FROM mention INDEXED BY mention_article WHERE article_id = ?1 "
                              "AND entity_id IS NOT NULL");
    auto source = db.cached("SELECT source FROM article WHERE id = ?1");
    std::map<std::string, int> outlets;
    for (std::size_t n = 0; n < matches.size(); ++n) {
        if (n % kCancelCheck == 0 && interrupted.load(std::memory_order_relaxed))
            return std::unexpected(cancelledError());
        const std::int64_t id = matches[n].id;
        mentions->reset();
        mentions->bind(1, id);
        for (;;) {
            auto row = mentions->step();
            if (!row)
                return std::unexpected(searchError(row.error(), "facets failed"));
            if (!*row)
                break;
            tally.addMention(id, mentions->int64(0));
        }
        source->reset();
        source->bind(1, id);
        auto row = source->step();
        if (!row)
            return std::unexpected(searchError(row.error(), "facets failed"));
        if (*row)
            ++outlets[sourceOutlet(source->text(0))];
    }
    if (!entityOf->status())
        return std::unexpected(entityOf->status().error());
    // The years from the index on published (the article rows are not read for them).
    std::map<std::string, int> years;
    auto published = db.cached("SELECT id, substr(published, 1, 4) FROM article INDEXED BY article_published "
                               "WHERE published <> ''");
    if (auto s = eachRow(*published, interrupted, "facets failed",
                         [&] {
                             if (std::ranges::binary_search(matches, published->int64(0), {}, &Match::id))
                                 ++years[published->text(1)];
                         });
        !s)
        return s;
    fileEntityFacets(tally, f);
    for (auto &[year, count] : years)
        f.year.push_back(FacetValue{year, count, 0});
    for (auto &[outlet, count] : outlets)
        f.source.push_back(FacetValue{outlet, count, 0});
    sortFacets(f, options.facetLimit);
    return {};
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

Result<SearchPage> Library::searchPage(std::string_view query, const SearchOptions &options)
{
    Database &db = *d->db;
    // One snapshot for the match set, the facets and the page (a dozen statements): a batch an
    // import commits meanwhile is in all of them or in none.
    ReadSnapshot snapshot(db);
    SearchPage page;
    auto plan = searchPlan(query, options);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->searchesNothing)
        return page; // only characters that search nothing
    if (!plan->hasText && options.entityFilters.empty() && options.entityId == 0 && !options.from.isValid()
        && !options.to.isValid())
        return page; // nothing asked

    auto filters = entityFilters(db, options);
    if (!filters)
        return std::unexpected(filters.error());
    page.namedEntities = plan->namedEntities;
    const SearchBinding binding{*plan, std::move(*filters)};
    auto matches = readMatches(db, binding, options, d->interrupted);
    if (!matches)
        return std::unexpected(matches.error());
    if (options.facets) {
        if (auto st = readFacets(db, options, *matches, d->interrupted, page); !st)
            return std::unexpected(st.error());
    }
    if (auto st = readHits(db, binding, options, std::move(*matches), d->interrupted, page); !st)
        return std::unexpected(st.error());
    return page;
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
    Statement q(db, std::string("SELECT ") + graphdb::kSummaryColumns
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

void Library::interrupt()
{
    d->interrupted = true;
    sqlite3_interrupt(d->db->handle());
}

void Library::clearInterrupt()
{
    d->interrupted = false;
}

} // namespace sillok::core
