#pragma once
// What the pieces of Library::search share (private to core/store): the match set's rows, the
// binding of a plan to its filters, and the cancellable stepping of a statement.
// library_search.cpp pages, snippets and facets the matches; library_search_matches.cpp reads the
// match set; library_search_names.cpp turns query words into the entities they name.

#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sillok::core::searchdb {

// What one search asks for: its plan and the ids each entity filter accepts.
struct SearchBinding {
    const SearchPlan &plan;
    std::vector<std::vector<std::int64_t>> filters; // each: the ids one entity filter accepts
};

// One story of the match set: its id and its score (the entity tier's bonus included).
struct Match {
    std::int64_t id = 0;
    double score = 0.0;
};

// Every `kCancelCheck` rows a loop here looks at the interrupt flag: sqlite3_interrupt() and the
// connection's progress handler stop a long statement, but not a run of short ones.
constexpr std::size_t kCancelCheck = 256;

inline Error cancelledError()
{
    return Error{ErrorCode::Cancelled, "search interrupted", {}, SQLITE_INTERRUPT};
}

// A statement's failure as a search error (`what`: what failed), an interrupt as cancelled.
inline Error searchError(const Error &e, std::string_view what)
{
    if (e.sqliteCode == SQLITE_INTERRUPT)
        return Error{ErrorCode::Cancelled, "search interrupted", {}, e.sqliteCode};
    return Error{ErrorCode::Query, std::string(what) + ": " + e.detail, {}, e.sqliteCode};
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

// The match set every search reads its page, total and facets from, in id order
// (library_search_matches.cpp). Fails with the cancelled error when `interrupted` is set.
Result<std::vector<Match>> readMatches(Database &db, const SearchBinding &b, const SearchOptions &options,
                                       const std::atomic_bool &interrupted);

} // namespace sillok::core::searchdb
