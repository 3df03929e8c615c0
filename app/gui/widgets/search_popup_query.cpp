// What SearchPopup asks the library, on its worker thread: the entities a query names and
// lists, those linked to it, a page of articles, the notes, and the facets
// (search_popup_p.h).

#include "widgets/search_popup_p.h"

#include "graph/entity_keys.h"

#include <algorithm>

namespace sillok::gui::searchpopup {

namespace {

constexpr int kMaxEntities = 12;
constexpr int kMaxNotes = 10;

// The entities of `type` linked by a relation to the entities of other types that the query
// names (any of their names or aliases contains it), grouped by those, the most mentioned
// first; none already in `shown`. At most kMaxAnchors anchors and kMaxEntities entities.
core::Result<std::vector<SearchResultModel::Linked>> linkedEntities(core::Library &lib, const std::string &query,
                                                                    core::EntityType type,
                                                                    const SearchResultModel::Results &shown)
{
    constexpr std::size_t kMaxAnchors = 6;
    auto anchors = lib.entities(core::EntityFilter{std::nullopt, query, false});
    if (!anchors)
        return std::unexpected(anchors.error());
    std::erase_if(*anchors, [type](const core::EntitySummary &e) { return e.type == type; });
    std::stable_sort(anchors->begin(), anchors->end(),
                     [](const auto &a, const auto &b) { return a.articleCount > b.articleCount; });
    if (anchors->size() > kMaxAnchors)
        anchors->resize(kMaxAnchors);
    std::vector<std::int64_t> seen;
    for (const auto *list : {&shown.best, &shown.entities})
        for (const auto &e : *list)
            seen.push_back(e.id);
    std::vector<SearchResultModel::Linked> out;
    std::size_t total = 0;
    for (const auto &anchor : *anchors) {
        auto related = lib.relatedEntities(anchor.id, type);
        if (!related)
            return std::unexpected(related.error());
        SearchResultModel::Linked group{{}, anchor.name};
        for (auto &e : *related) {
            if (total >= std::size_t(kMaxEntities) || std::ranges::find(seen, e.id) != seen.end())
                continue;
            seen.push_back(e.id);
            group.entities.push_back(std::move(e));
            ++total;
        }
        if (!group.entities.empty())
            out.push_back(std::move(group));
    }
    return out;
}

// The Refine choices as entity filters of the request's options (each the ids its name selects).
core::Status resolveFilters(core::Library &lib, Request &request)
{
    for (const SearchPopup::FacetFilter &f : request.facetFilters) {
        auto ids = lib.resolveEntityFilter(f.name, f.type);
        if (!ids)
            return std::unexpected(ids.error());
        request.options.entityFilters.push_back(std::move(*ids));
    }
    return {};
}

} // namespace

core::Result<Found> find(core::Library &lib, Request request)
{
    const std::string &query = request.query;
    const int type = request.type;
    const std::vector<SearchPopup::FacetFilter> &facetFilters = request.facetFilters;
    core::SearchOptions &options = request.options;
    Found found;
    if (auto ok = resolveFilters(lib, request); !ok)
        return std::unexpected(ok.error());
    const std::optional<core::EntityType> entityType =
        type >= 0 && type != ArticlesOnly ? std::optional(core::EntityType(type)) : std::nullopt;
    if (type != ArticlesOnly) {
        // What the query names comes first; then entities whose names contain it; with an
        // organization chosen, the entities related to it (its meetings, its people…).
        if (!query.empty() && options.entityId == 0 && facetFilters.empty()) {
            auto named = lib.entitiesNamedBy(query);
            if (!named)
                return std::unexpected(named.error());
            for (auto &e : *named)
                if (!entityType || e.type == *entityType)
                    found.results.best.push_back(std::move(e));
        }
        core::Result<std::vector<core::EntitySummary>> listed = std::vector<core::EntitySummary>{};
        if (options.entityId != 0) {
            listed = lib.relatedEntities(options.entityId, entityType);
            if (listed && !query.empty()) {
                const std::string needle = core::entityNormKey(query);
                auto byText = lib.entities(core::EntityFilter{entityType, query, false});
                if (byText)
                    std::erase_if(*listed, [&](const core::EntitySummary &e) {
                        return std::none_of(byText->begin(), byText->end(),
                                            [&](const auto &t) { return t.id == e.id; });
                    });
                else
                    listed = std::unexpected(byText.error());
            }
        } else if (facetFilters.empty() && (!query.empty() || entityType)) {
            core::EntityFilter filter;
            filter.text = query;
            filter.type = entityType;
            listed = lib.entities(filter);
            if (listed)
                std::stable_sort(listed->begin(), listed->end(),
                                 [](const auto &a, const auto &b) { return a.articleCount > b.articleCount; });
        }
        if (listed) {
            if (listed->size() > std::size_t(kMaxEntities))
                listed->resize(std::size_t(kMaxEntities));
            found.results.entities = std::move(*listed);
        } else {
            found.entityError = listed.error();
        }
        // A type chosen and a query naming something of another type: the entities of that
        // type linked to it. "Meetings" + K-클라우드 listed nothing, as no meeting is named
        // after the initiative; it lists the meetings that discussed it.
        if (entityType && !query.empty() && options.entityId == 0 && facetFilters.empty()) {
            auto linked = linkedEntities(lib, query, *entityType, found.results);
            if (linked)
                found.results.linked = std::move(*linked);
            else
                found.entityError = linked.error();
        }
    }
    if (!entityType) {
        auto page = lib.searchPage(query, options);
        if (!page)
            return std::unexpected(page.error());
        found.articlesSearched = true;
        found.articleTotal = page->total;
        found.results.hits = std::move(page->hits);
    }
    if (type < 0 && !query.empty() && options.entityId == 0 && facetFilters.empty() && !options.from.isValid()
        && !options.to.isValid()) {
        auto notes = lib.searchAnnotations(query);
        if (!notes)
            return std::unexpected(notes.error());
        if (notes->size() > std::size_t(kMaxNotes))
            notes->resize(std::size_t(kMaxNotes));
        found.results.notes = std::move(*notes);
    }
    return found;
}

core::Result<core::SearchFacets> facets(core::Library &lib, Request request)
{
    if (auto ok = resolveFilters(lib, request); !ok)
        return std::unexpected(ok.error());
    request.options.facets = true;
    request.options.limit = 1;
    auto page = lib.searchPage(request.query, request.options);
    if (!page)
        return std::unexpected(page.error());
    return std::move(page->facets);
}

} // namespace sillok::gui::searchpopup
