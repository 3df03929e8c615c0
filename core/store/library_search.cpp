// Library::search: FTS5 over article titles and bodies (core/search's schema and ranking SQL),
// with the query's organization names expanded to all their names.

#include "extract/gazetteer.h"
#include "search/match_query.h"
#include "search/search_schema.h"
#include "search/snippet.h"
#include "store/library_graph.h"
#include "store/library_private.h"
#include "text/particles.h"

#include <algorithm>
#include <set>

namespace sillok::core {

namespace {

constexpr std::size_t kMaxRunTerms = 4; // longest run of query words looked up as one name
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

// Alias groups for every run of consecutive query terms that names a known entity:
// the builtin gazetteer first, then the names the knowledge graph has learned.
std::vector<std::vector<std::string>> aliasGroupsFor(Database &db, std::string_view query)
{
    const std::vector<QueryTerm> terms = splitQueryTerms(query);
    std::vector<std::vector<std::string>> groups;
    std::set<std::vector<std::string>> seen;
    const auto add = [&](std::vector<std::string> group) {
        if (group.size() > 1 && seen.insert(group).second)
            groups.push_back(std::move(group));
    };
    const Gazetteer &gazetteer = Gazetteer::builtin();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        std::string run;
        for (std::size_t j = i; j < terms.size() && j - i < kMaxRunTerms; ++j) {
            const std::string prefix = run + (j == i ? "" : " ");
            run = prefix + terms[j].text;
            if (gazetteer.lookup(run) != nullptr)
                add(gazetteer.aliasGroup(run));
            auto known = aliasGroupFromGraph(db, run);
            if (known.size() <= 1 && j == i) {
                // "furiosa": the beginning of one entity's Latin name (FuriosaAI). The typed word
                // joins the group so that buildMatchQuery() replaces it.
                known = aliasGroupFromGraphPrefix(db, run);
                if (known.size() > 1)
                    known.push_back(run);
            }
            add(std::move(known));
            // A name typed with its particle (한빛세미콘은) is looked up without it; the typed
            // form joins the group so that buildMatchQuery() replaces it.
            const std::string stem = prefix + stripParticle(std::string_view(terms[j].text));
            if (stem == run)
                continue;
            auto group = gazetteer.lookup(stem) != nullptr ? gazetteer.aliasGroup(stem) : std::vector<std::string>{};
            if (group.size() <= 1)
                group = aliasGroupFromGraph(db, stem);
            if (group.size() > 1) {
                group.push_back(run);
                add(std::move(group));
            }
        }
    }
    return groups;
}

} // namespace

Result<std::vector<SearchHit>> Library::search(std::string_view query, const SearchOptions &options)
{
    Database &db = *d->db;
    std::vector<SearchHit> hits;
    auto match = buildMatchQuery(query, options.expandAliases ? aliasGroupsFor(db, query)
                                                              : std::vector<std::vector<std::string>>{});
    if (!match)
        return fail(ErrorCode::Query, match.error().detail);
    if (match->isEmpty())
        return hits;

    Statement st(db, "SELECT a.id, a.source, a.title, a.body, a.published, r.score FROM ("
                         + std::string(articleRankSql())
                         + ") AS r JOIN article AS a ON a.id = r.id "
                           "WHERE (?3 = '' OR a.published >= ?3) "
                           "AND (?4 = '' OR (a.published <> '' AND a.published <= ?4 || '~')) "
                           "AND (?5 = 0 OR EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.entity_id = "
                           "COALESCE((SELECT e.merged_into FROM entity e WHERE e.id = ?5), ?5))) "
                           "ORDER BY r.score DESC, a.id LIMIT ?6");
    st.bind(1, match->wordExpr).bind(2, match->bigramExpr).bind(3, options.from.toString())
        .bind(4, options.to.toString()).bind(5, options.entityId).bind(6, options.limit > 0 ? options.limit : -1);
    for (;;) {
        auto row = st.step();
        if (!row)
            return fail(ErrorCode::Query, "search failed: " + row.error().detail);
        if (!*row)
            break;
        SearchHit h;
        h.articleId = st.int64(0);
        h.source = st.text(1);
        h.title = st.text(2);
        h.snippet = snippetFor(st.text(3), match->highlightTerms);
        h.published = store::storedDate(st.text(4));
        h.score = st.real(5);
        hits.push_back(std::move(h));
    }
    return hits;
}

} // namespace sillok::core
