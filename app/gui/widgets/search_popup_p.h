#pragma once
// What SearchPopup asks the library off the GUI thread (search_popup_query.cpp): one search's
// request and what it found. Private to SearchPopup's .cpp files.

#include "models/search_result_model.h"
#include "store/library.h"
#include "widgets/search_popup.h"

#include <optional>
#include <string>
#include <vector>

namespace sillok::gui::searchpopup {

// The type box's "Articles only" (the other entries are -1, everything, or an EntityType).
constexpr int ArticlesOnly = 100;

// One search as asked: the query, the type box's choice, the options and the Refine choices.
struct Request {
    std::string query;
    int type = -1;
    core::SearchOptions options;
    std::vector<SearchPopup::FacetFilter> facetFilters;
};

struct Found {
    SearchResultModel::Results results;
    int articleTotal = 0;
    bool articlesSearched = false;
    std::optional<core::Error> entityError;
};

// The entities the query names and lists (and those linked to what it names, with a type
// chosen), a page of articles, the notes. Fails when the articles or notes cannot be read; an
// entity list that cannot is in Found::entityError.
core::Result<Found> find(core::Library &lib, Request request);
// The facets of every match of the request (the articles' organisations, people, … sources).
core::Result<core::SearchFacets> facets(core::Library &lib, Request request);

} // namespace sillok::gui::searchpopup
