// Library::searchPage against the SQL it replaced (search_schema.h's articleSearchSql and
// articleFacetSql, the one statement that merged the two indexes with UNION ALL, GROUP BY and
// COUNT(*) OVER, and the facets that ran it again; kept there as the reference): the same hits in
// the same order with the same scores, snippets and copies, the same total and the same facet
// counts, for many queries (words, particles, names and aliases, English names, phrases, several
// words, characters that search nothing) with paging, date and entity filters, on the sample
// corpus, on every hold-out set and on the shared seeds.
#include "search/facet_tally.h"
#include "search/search_schema.h"
#include "search/snippet.h"
#include "shared_dir.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

// The bindings the reference statements took (library_search.cpp's bindSearch before).
void bindReference(Statement &st, const SearchPlan &plan, const SearchOptions &options,
                   const std::vector<std::vector<std::int64_t>> &filters)
{
    st.bind(1, plan.hasText ? plan.wordExpr : std::string()).bind(2, plan.hasText ? plan.bigramExpr : std::string());
    st.bind(12, plan.hasText ? plan.bigramCheck : std::string());
    st.bind(3, options.from.isValid() ? options.from.toString() : std::string());
    st.bind(4, options.to.isValid() ? options.to.toString() : std::string());
    for (int slot = 0; slot < kEntityFilterSlots; ++slot) {
        if (static_cast<std::size_t>(slot) < filters.size())
            st.bind(5 + slot, graphdb::jsonIdArray(filters[static_cast<std::size_t>(slot)]));
        else
            st.bindNull(5 + slot);
    }
    if (plan.namedEntities.empty())
        st.bindNull(9);
    else
        st.bind(9, graphdb::jsonIdArray(plan.namedEntities));
}

using HitKey = std::tuple<std::int64_t, double, std::string, std::string, std::string, std::string, std::string, int>;
// kind → value → (count, entity id)
using FacetKeys = std::map<std::string, std::map<std::string, std::pair<int, std::int64_t>>>;

HitKey keyOf(const SearchHit &h)
{
    return {h.articleId, h.score, h.uid, h.source, h.title, h.snippet, h.published.toString(), h.duplicates};
}

struct Reference {
    std::vector<HitKey> hits;
    int total = 0;
    FacetKeys facets;
};

// The page, the total and every facet (uncut) as the old statements gave them.
Reference reference(Database &db, const SearchPlan &plan, const SearchOptions &options,
                    const std::vector<std::vector<std::int64_t>> &filters)
{
    Reference out;
    {
        Statement st(db, articleSearchSql());
        bindReference(st, plan, options, filters);
        st.bind(10, options.limit > 0 ? options.limit : -1).bind(11, std::max(0, options.offset));
        while (st.next()) {
            out.total = st.int32(2);
            out.hits.emplace_back(st.int64(0), st.real(1), st.text(3), st.text(4), st.text(5),
                                  makeSnippet(st.text(6), plan.highlightTerms, 160), st.text(7), st.int32(8));
        }
        EXPECT_TRUE(st.status()) << st.status().error().detail;
    }
    Statement st(db, articleFacetSql());
    bindReference(st, plan, options, filters);
    Statement entityOf(db, "SELECT type, name FROM entity WHERE id = ?1 AND rejected = 0");
    FacetTally tally([&](std::int64_t id) -> std::optional<FacetEntity> {
        entityOf.reset();
        entityOf.bind(1, id);
        if (!entityOf.next())
            return std::nullopt;
        return FacetEntity{entityOf.text(0), entityOf.text(1)};
    });
    while (st.next()) {
        const std::string kind = st.text(0);
        if (kind == "mention")
            tally.addMention(st.int64(2), st.int64(3));
        else if (kind == "total")
            out.total = st.int32(2);
        else if (kind == "source")
            ++out.facets["source"][sourceOutlet(st.text(1))].first;
        else if (kind == "year")
            out.facets["year"][st.text(1)] = {st.int32(2), 0};
    }
    EXPECT_TRUE(st.status()) << st.status().error().detail;
    for (const FacetCount &c : tally.counts())
        out.facets[c.type][c.name] = {c.count, c.id};
    return out;
}

FacetKeys facetKeys(const SearchFacets &f)
{
    FacetKeys out;
    const std::pair<const char *, const std::vector<FacetValue> *> kinds[] = {
        {"organization", &f.organization}, {"person", &f.person}, {"initiative", &f.initiative},
        {"meeting", &f.meeting},           {"year", &f.year},     {"source", &f.source}};
    for (const auto &[kind, values] : kinds)
        for (const FacetValue &v : *values)
            out[kind][v.value] = {v.count, v.entityId};
    return out;
}

class SearchReference : public ::testing::Test {
protected:
    void importInto(const std::vector<std::string> &paths)
    {
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        const ImportReport r = m_lib->importPaths(paths, {});
        ASSERT_GT(r.imported, 3);
    }

    // The most mentioned entities of each type: the names and filters to ask with.
    std::vector<EntitySummary> topEntities()
    {
        std::vector<EntitySummary> out;
        for (EntityType type :
             {EntityType::Organization, EntityType::Person, EntityType::Initiative, EntityType::Meeting}) {
            auto list = m_lib->entities({type, "", false});
            EXPECT_TRUE(list);
            for (std::size_t i = 0; list && i < list->size() && i < 4; ++i)
                out.push_back((*list)[i]);
        }
        return out;
    }

    // Every query, with several options each, against the reference. Returns how many searches
    // had hits (so that a library that finds nothing cannot pass).
    int compareAll()
    {
        std::vector<std::string> queries = {"반도체",
                                            "정부",
                                            "투자",
                                            "반도체를",
                                            "인공지능 반도체",
                                            "\"인공지능 반도체\"",
                                            "\"업무협약\"",
                                            "반도체 투자 협약",
                                            "AI 반도체 스타트업",
                                            "과기정통부",
                                            "산업부",
                                            "MSIT",
                                            "NVIDIA",
                                            "Samsung Electronics",
                                            "furiosa",
                                            "HBM",
                                            "GPT-4",
                                            "칩",
                                            "삼성",
                                            "*",
                                            "\"",
                                            "the of",
                                            "AND OR NOT",
                                            "없는단어입니다"};
        const std::vector<EntitySummary> top = topEntities();
        for (const EntitySummary &e : top) {
            queries.push_back(e.name);
            if (auto detail = m_lib->entity(e.id))
                for (const AliasRecord &a : detail->aliases)
                    if (std::ranges::find(queries, a.form) == queries.end())
                        queries.push_back(a.form);
        }
        std::vector<SearchOptions> optionSets;
        optionSets.emplace_back();
        SearchOptions all;
        all.limit = 0;
        all.facets = true;
        all.facetLimit = 0;
        optionSets.push_back(all);
        SearchOptions second;
        second.limit = 3;
        second.offset = 2;
        optionSets.push_back(second);
        SearchOptions beyond;
        beyond.offset = 100000;
        optionSets.push_back(beyond);
        SearchOptions literal;
        literal.expandAliases = false;
        literal.facets = true;
        literal.facetLimit = 0;
        optionSets.push_back(literal);
        SearchOptions dated = all;
        dated.from = *PartialDate::parse("2024-03");
        dated.to = *PartialDate::parse("2025");
        optionSets.push_back(dated);
        if (!top.empty()) {
            SearchOptions filtered = all;
            filtered.entityFilters = {{top.front().id}};
            optionSets.push_back(filtered);
            SearchOptions page = all;
            page.entityId = top.back().id;
            optionSets.push_back(page);
            if (top.size() > 1) {
                SearchOptions both = all;
                both.entityFilters = {{top[0].id, top[1].id}, {top[1].id}};
                optionSets.push_back(both);
            }
            SearchOptions none = all;
            none.entityFilters = {{}};
            optionSets.push_back(none);
        }
        int withHits = 0;
        std::vector<std::string> withEmpty = queries;
        withEmpty.emplace_back(); // the filters alone
        for (const std::string &q : withEmpty) {
            for (std::size_t o = 0; o < optionSets.size(); ++o) {
                const SearchOptions &options = optionSets[o];
                SCOPED_TRACE("query '" + q + "', options #" + std::to_string(o));
                auto plan = m_lib->searchPlan(q, options);
                EXPECT_TRUE(plan);
                auto page = m_lib->searchPage(q, options);
                EXPECT_TRUE(page) << (page ? "" : page.error().detail);
                if (!plan || !page)
                    continue;
                const bool asked = plan->hasText || !options.entityFilters.empty() || options.entityId != 0
                                   || options.from.isValid() || options.to.isValid();
                if (plan->searchesNothing || !asked) {
                    EXPECT_TRUE(page->hits.empty());
                    EXPECT_EQ(page->total, 0);
                    continue;
                }
                std::vector<std::vector<std::int64_t>> filters = options.entityFilters;
                if (options.entityId != 0)
                    filters.push_back({options.entityId}); // the entities listed are merge roots
                const Reference ref = reference(m_lib->database(), *plan, options, filters);
                std::vector<HitKey> ours;
                for (const SearchHit &h : page->hits)
                    ours.push_back(keyOf(h));
                EXPECT_EQ(ours, ref.hits);
                EXPECT_EQ(page->total, ref.total);
                if (options.facets) {
                    EXPECT_EQ(facetKeys(page->facets), ref.facets);
                }
                withHits += page->hits.empty() ? 0 : 1;
            }
        }
        return withHits;
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

TEST_F(SearchReference, SampleCorpus)
{
    importInto({SILLOK_SAMPLE_CORPUS_DIR});
    EXPECT_GT(compareAll(), 100);
}

TEST_F(SearchReference, HoldoutSets)
{
    std::vector<std::string> paths;
    for (const auto &entry : std::filesystem::directory_iterator(SILLOK_TEST_DATA_DIR))
        if (entry.is_directory() && entry.path().filename().string().starts_with("holdout"))
            paths.push_back(entry.path().string());
    std::ranges::sort(paths);
    ASSERT_GE(paths.size(), 6U);
    importInto(paths);
    EXPECT_GT(compareAll(), 100);
}

TEST_F(SearchReference, SharedSeeds)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    importInto({seeds.string()});
    EXPECT_GT(compareAll(), 50);
}

} // namespace
