// Library::search: FTS5 over article titles and bodies (core/search's schema and search SQL —
// the one query production runs and the tests test), entity-aware: a run of query words that
// names a known entity (the injected context's gazetteer, or the names the knowledge graph has
// learned) is expanded to all its names, and the articles that mention it rank first. Filters
// (dates, entities by any name), paging and facets share the same matches. This file pages,
// snippets and facets them; library_search_matches.cpp reads the match set and
// library_search_names.cpp the names (library_search_internal.h).

#include "search/facet_tally.h"
#include "search/search_schema.h"
#include "search/snippet.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "store/library_search_internal.h"
#include "store/read_snapshot.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <ranges>

namespace sillok::core {

using searchdb::cancelledError;
using searchdb::eachRow;
using searchdb::kCancelCheck;
using searchdb::Match;
using searchdb::SearchBinding;
using searchdb::searchError;

namespace {

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
