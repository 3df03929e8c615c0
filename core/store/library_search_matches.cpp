// The match set of Library::searchPage: the stories either full-text index finds, checked
// (term_check.h) where only the bigram index found them, restricted by dates and entity
// filters, the entity tier added (library_search_internal.h).

#include "search/search_schema.h"
#include "search/term_check.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "store/library_search_internal.h"
#include "text/text_pack.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <ranges>
#include <thread>

namespace sillok::core {

namespace searchdb {

namespace {

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

} // namespace

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

} // namespace searchdb

} // namespace sillok::core
