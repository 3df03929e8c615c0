// The evidence of an entity's facts: each fact's first sentences and the dates of its first and
// last article, read from its evidence rows or found by walking the articles by date
// (library_entity_page_internal.h).

#include "store/library_entity_page_internal.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace sillok::core::entitypage {

namespace {

// A fact's first `keep` sentences (newest article first) and the publication dates of its first
// and last article. A fact stated in a few hundred sentences reads its evidence rows; one stated in
// thousands (a busy company's partnership in a 100,000-article library) walks the articles by
// publication date instead (article_published), asking each for the fact's evidence, and stops at
// the first hits: a fact in one article of k is met about every k articles. It walks only when
// that asks fewer articles, (keep + 1) × k, than the fact has rows: both cost about 10 µs an article
// or a row at 100,000 articles, and a fact in 323 articles of them reads its 323 rows in a third of
// the time its walk took (about 1,240 articles asked).
class Evidence {
public:
    static constexpr int kMaxProbes = store::kWalkProbes; // articles a walk asks before reading the rows

    // readAll: tallied sentences up to which the rows are read (0: every fact walks, as a test
    // compares the walk with the rows).
    Evidence(Database &db, int readAll)
        : m_readAll(readAll), m_builder(db),
          m_rows(db,
                 "SELECT m.article_id, m.start, m.end, m.sentence, fe.date, fe.date_text, a.published "
                 "FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id JOIN article a ON a.id = m.article_id "
                 "WHERE fe.fact_id = ?"),
          m_newest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published DESC, id DESC"),
          m_oldest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published, id"),
          m_probe(db, "SELECT m.start, m.end, m.sentence FROM mention m JOIN fact_evidence fe ON fe.mention_id = m.id "
                      "WHERE m.article_id = ?1 AND fe.fact_id = ?2 ORDER BY m.start")
    {
        // The articles a walk goes along: the highest id, an upper bound found in one seek.
        if (auto n = db.scalar("SELECT COALESCE(MAX(id), 0) FROM article"))
            m_library = *n;
    }

    Status read(FactRecord &f, const std::vector<std::int64_t> &rawIds, int sentences, int keep)
    {
        const double probes = f.articleCount > 0 ? double(keep + 1) * double(m_library) / f.articleCount : 1e18;
        if (sentences > m_readAll && rawIds.size() == 1 && (m_readAll == 0 || probes < sentences)) {
            auto walked = walk(f, rawIds.front(), keep);
            if (!walked)
                return std::unexpected(walked.error());
            if (*walked)
                return {};
            f.evidence.clear();
        }
        return readRows(f, rawIds, keep);
    }

private:
    struct Row {
        std::int64_t article;
        int start, end, sentence;
        std::string date, dateText, published;
    };

    // Every row: exact counts, dates and the newest sentences.
    Status readRows(FactRecord &f, const std::vector<std::int64_t> &rawIds, int keep)
    {
        std::vector<Row> rows;
        for (std::int64_t raw : rawIds) {
            m_rows.reset();
            m_rows.bind(raw);
            while (m_rows.next())
                rows.push_back({m_rows.int64(0), m_rows.int32(1), m_rows.int32(2), m_rows.int32(3), m_rows.text(4),
                                m_rows.text(5), m_rows.text(6)});
            if (!m_rows.status())
                return m_rows.status();
        }
        std::ranges::sort(rows, [](const Row &a, const Row &b) {
            return std::tie(b.published, b.article, a.start) < std::tie(a.published, a.article, b.start);
        });
        std::set<std::int64_t> articles;
        std::set<std::pair<std::int64_t, int>> sentences; // (article, sentence or -1 - start)
        f.date.clear();
        f.dateText.clear();
        for (const Row &r : rows) {
            articles.insert(r.article);
            widen(f, graphdb::dateFrom(r.published));
            if (!r.date.empty() && r.date > f.date) {
                f.date = r.date;
                f.dateText = r.dateText;
            }
            if (!sentences.emplace(r.article, r.sentence >= 0 ? r.sentence : -1 - r.start).second)
                continue;
            if (static_cast<int>(f.evidence.size()) < keep)
                f.evidence.push_back(m_builder.make(r.article, r.start, r.end, r.sentence));
        }
        f.evidenceCount = static_cast<int>(sentences.size());
        f.articleCount = static_cast<int>(articles.size());
        return {};
    }

    // The walk: false when it gave up (the rows are read instead).
    Result<bool> walk(FactRecord &f, std::int64_t raw, int keep)
    {
        std::set<int> sentences;
        bool found = false;
        auto newest = visit(m_newest, raw, [&](std::int64_t article, const std::string &published) {
            if (!found) {
                widen(f, graphdb::dateFrom(published));
                found = true;
            }
            sentences.clear();
            while (m_probe.next()) {
                const int sentence = m_probe.int32(2), start = m_probe.int32(0);
                if (sentences.insert(sentence >= 0 ? sentence : -1 - start).second
                    && static_cast<int>(f.evidence.size()) < keep)
                    f.evidence.push_back(m_builder.make(article, start, m_probe.int32(1), sentence));
            }
            return static_cast<int>(f.evidence.size()) >= keep;
        });
        if (!newest || !*newest)
            return newest;
        auto oldest = visit(m_oldest, raw, [&](std::int64_t, const std::string &published) {
            widen(f, graphdb::dateFrom(published));
            return true;
        });
        return oldest;
    }

    // Walks `order`, asking each article for the fact's evidence, and hands the articles that
    // have some to `hit` (m_probe positioned on their rows) until it returns true. False when
    // the probes ran out first.
    template <typename Hit>
    Result<bool> visit(Statement &order, std::int64_t raw, Hit hit)
    {
        order.reset();
        for (int probes = 0; probes < kMaxProbes && order.next(); ++probes) {
            const std::int64_t article = order.int64(0);
            m_probe.reset();
            m_probe.bind(1, article).bind(2, raw);
            if (!m_probe.next()) {
                if (!m_probe.status())
                    return std::unexpected(m_probe.status().error());
                continue;
            }
            m_probe.reset(); // hit() reads the rows from the start
            m_probe.bind(1, article).bind(2, raw);
            if (hit(article, order.text(1)))
                return true;
        }
        if (!order.status())
            return std::unexpected(order.status().error());
        return false;
    }

    static void widen(FactRecord &f, const PartialDate &published)
    {
        if (!published.isValid())
            return;
        if (!f.firstArticle.isValid() || published < f.firstArticle)
            f.firstArticle = published;
        if (!f.lastArticle.isValid() || f.lastArticle < published)
            f.lastArticle = published;
    }

    int m_readAll;
    std::int64_t m_library = 0;
    graphdb::EvidenceBuilder m_builder;
    Statement m_rows;
    Statement m_newest;
    Statement m_oldest;
    Statement m_probe;
};

} // namespace

// The facts of an entity. `perPredicate` > 0 keeps that many of each predicate (the most
// stated); `keepEvidence` < 0 reads no evidence (counts and the stated date still come).
Result<EntityFacts> factsOfEntity(Database &db, std::int64_t root, int keepEvidence, int perPredicate, KeepFact keepRow,
                                  int readAll)
{
    EntityFacts out;
    int unread = 0;
    auto folded = readFoldedFacts(db, root, keepRow, perPredicate, unread);
    if (!folded)
        return std::unexpected(folded.error());
    std::vector<std::size_t> order(folded->facts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (perPredicate > 0) {
        // Folded, each predicate keeps its `perPredicate` most stated facts.
        const auto &facts = folded->facts;
        std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) {
            return std::tie(facts[a].predicate, facts[b].articleCount)
                   < std::tie(facts[b].predicate, facts[a].articleCount);
        });
        std::vector<std::size_t> kept;
        for (std::size_t i = 0, run = 0; i < order.size(); ++i) {
            run = (i > 0 && facts[order[i]].predicate == facts[order[i - 1]].predicate) ? run + 1 : 0;
            if (run < static_cast<std::size_t>(perPredicate))
                kept.push_back(order[i]);
        }
        std::ranges::sort(kept);
        order = std::move(kept);
    }
    out.total = static_cast<int>(folded->facts.size()) + unread;
    if (keepEvidence >= 0) {
        Evidence evidence(db, readAll);
        for (std::size_t i : order)
            if (auto s = evidence.read(folded->facts[i], folded->rawIds[i], folded->sentences[i], keepEvidence); !s)
                return std::unexpected(s.error());
    }
    out.facts.reserve(order.size());
    for (std::size_t i : order)
        out.facts.push_back(std::move(folded->facts[i]));
    return out;
}

} // namespace sillok::core::entitypage
