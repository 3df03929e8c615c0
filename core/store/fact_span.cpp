// fact_span's rows: read, computed from a fact's evidence, written, and filled for a library
// (fact_span.h).

#include "store/fact_span.h"

#include "store/database.h"
#include "store/statement.h"

#include <unordered_map>

namespace sillok::core::store {

Result<std::optional<FactSpan>> readFactSpan(Database &db, std::int64_t factId)
{
    auto q = db.cached("SELECT first_published, first_article, last_published, last_article FROM fact_span "
                       "WHERE fact_id = ?");
    q->bind(factId);
    if (!q->next()) {
        if (!q->status())
            return std::unexpected(q->status().error());
        return std::optional<FactSpan>();
    }
    return std::optional<FactSpan>(FactSpan{{q->text(0), q->int64(1)}, {q->text(2), q->int64(3)}});
}

Result<FactSpan> factSpanFromRows(Database &db, std::int64_t factId)
{
    auto q = db.cached("SELECT a.published, a.id FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id "
                       "JOIN article a ON a.id = m.article_id WHERE fe.fact_id = ?");
    q->bind(factId);
    FactSpan span;
    while (q->next())
        span.widen(ArticleKey{q->text(0), q->int64(1)});
    if (!q->status())
        return std::unexpected(q->status().error());
    return span;
}

Status writeFactSpan(Database &db, std::int64_t factId, const FactSpan &span)
{
    if (span.empty()) {
        auto del = db.cached("DELETE FROM fact_span WHERE fact_id = ?");
        del->bind(factId);
        return del->run();
    }
    auto put = db.cached("INSERT OR REPLACE INTO fact_span (fact_id, first_published, first_article, last_published, "
                         "last_article) VALUES (?, ?, ?, ?, ?)");
    put->bind(factId).bind(span.first.published).bind(span.first.id).bind(span.last.published).bind(span.last.id);
    return put->run();
}

Status fillFactSpans(Database &db)
{
    // Every article's date at once, from article_published (the rows themselves are wide), then
    // the rows of the facts concerned, a seek of mention each.
    std::unordered_map<std::int64_t, std::string> published;
    {
        Statement q(db, "SELECT id, published FROM article ORDER BY published");
        while (q.next())
            published.emplace(q.int64(0), q.text(1));
        if (!q.status())
            return q.status();
    }
    std::unordered_map<std::int64_t, FactSpan> spans;
    Statement rows(db, "SELECT fe.fact_id, m.article_id FROM fact f JOIN fact_evidence fe ON fe.fact_id = f.id "
                       "JOIN mention m ON m.id = fe.mention_id WHERE f.articles >= ?");
    rows.bind(1, kSpanFrom);
    while (rows.next()) {
        const auto date = published.find(rows.int64(1));
        if (date != published.end())
            spans[rows.int64(0)].widen(ArticleKey{date->second, date->first});
    }
    if (!rows.status())
        return rows.status();
    if (auto s = db.exec("DELETE FROM fact_span"); !s)
        return s;
    for (const auto &[factId, span] : spans)
        if (auto s = writeFactSpan(db, factId, span); !s)
            return s;
    return {};
}

} // namespace sillok::core::store
