#pragma once
// Internal to core/store: the span of a fact stated in several articles (fact_span, migration
// 26), its oldest dated article and its newest, whose sentence an entity page shows first. An
// entity page takes them from this one row instead of reading every evidence row of the fact (a
// row a seek of mention and a date looked up: the best-connected organization's page at 100,000
// articles read ~48,000 of them). The writer keeps the rows true as articles come, change and go
// (library_graph_merge.cpp); a span is kept exactly for the facts stated in kSpanFrom articles or
// more (47,000 rows, 0.5 MB, at 100,000 articles), so a fact of one article reads its rows.

#include "common/result.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace sillok::core {

class Database;

namespace store {

// A fact stated in this many articles or more keeps a span (`fact.articles`, the tally).
inline constexpr std::int64_t kSpanFrom = 2;

// An article in the entity page's order of evidence: its stored publication date ("" when
// undated, before every date), then its id.
struct ArticleKey {
    std::string published;
    std::int64_t id = 0; // 0: none
    auto operator<=>(const ArticleKey &) const = default;
};

struct FactSpan {
    ArticleKey first; // the oldest dated article (id 0: none is dated)
    ArticleKey last;  // the newest: the latest date, the highest id among its day's; undated only when all are

    bool empty() const { return last.id == 0; }
    // The span with one more article stating the fact.
    void widen(const ArticleKey &article)
    {
        if (article.id == 0)
            return;
        if (!article.published.empty() && (first.id == 0 || article < first))
            first = article;
        if (last.id == 0 || last < article)
            last = article;
    }
    void widen(const FactSpan &other)
    {
        widen(other.first);
        widen(other.last);
    }
    // Whether the span still holds once article `gone` no longer states the fact, `added` being
    // what the same change brought (an article read again comes back with its date).
    bool holdsWithout(std::int64_t gone, const FactSpan &added) const
    {
        if (gone == last.id && !(added.last.id != 0 && last <= added.last))
            return false;
        if (gone == first.id && !(added.first.id != 0 && added.first <= first))
            return false;
        return true;
    }
};

// The span stored for `factId`, nullopt when none is.
Result<std::optional<FactSpan>> readFactSpan(Database &db, std::int64_t factId);
// The span the fact's evidence rows give (empty when it has none).
Result<FactSpan> factSpanFromRows(Database &db, std::int64_t factId);
// Stores `span` for `factId` (replacing the one there), or removes it when `span` is empty.
Status writeFactSpan(Database &db, std::int64_t factId, const FactSpan &span);
// Every fact stated in kSpanFrom articles or more gets its span from its rows (migration 26).
Status fillFactSpans(Database &db);

} // namespace store
} // namespace sillok::core
