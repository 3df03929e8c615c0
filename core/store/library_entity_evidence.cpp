// The evidence of an entity's facts: each fact's first sentences and the dates of its first and
// last article, read from its evidence rows or found by walking the articles by date
// (library_entity_page_internal.h).

#include "store/fact_span.h"
#include "store/library_entity_page_internal.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_map>

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
    // The fact's (?2) evidence rows in article ?1. An article's mentions are written together, so
    // their ids are one range: this seeks the fact's rows in that range (fact_evidence's key),
    // where joining each of the article's mentions to fact_evidence_mention took a seek a mention
    // (about 30 an article, most of an entity page's walks). m.article_id keeps the answer exact
    // when another article's mention lies in the range.
    static constexpr const char *kInArticle =
        "FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id WHERE fe.fact_id = ?2 "
        "AND fe.mention_id BETWEEN (SELECT MIN(id) FROM mention WHERE article_id = ?1) "
        "AND (SELECT MAX(id) FROM mention WHERE article_id = ?1) AND m.article_id = ?1";

public:
    static constexpr int kMaxProbes = store::kWalkProbes; // articles a walk asks before reading the rows

    // readAll: tallied sentences up to which the rows are read (0: every fact walks, as a test
    // compares the walk with the rows).
    Evidence(Database &db, int readAll, bool spans)
        : m_db(db), m_readAll(readAll), m_spans(spans), m_builder(db),
          m_rows(db, "SELECT m.article_id, m.start, m.end, m.sentence, fe.date, fe.date_text "
                     "FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id WHERE fe.fact_id = ?"),
          m_published(db, "SELECT published FROM article WHERE id = ?"),
          m_tallies(db, "SELECT articles, sentences FROM fact WHERE id = ?"),
          // Dated articles after (?1, ?2) newest first: a seek of article_published to ?1, then
          // the few of that day at or before ?2 skipped.
          m_datedAfter(db, "SELECT id, published FROM article WHERE published <> '' AND published <= ?1 "
                           "AND (published < ?1 OR id < ?2) ORDER BY published DESC, id DESC"),
          m_undatedAfter(db, "SELECT id, published FROM article WHERE published = '' AND id < ?1 ORDER BY id DESC"),
          m_newest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published DESC, id DESC"),
          m_oldest(db, "SELECT id, published FROM article WHERE published <> '' ORDER BY published, id"),
          m_probe(db, std::string("SELECT 1 ") + kInArticle + " LIMIT 1"),
          m_hit(db, std::string("SELECT m.start, m.end, m.sentence ") + kInArticle + " ORDER BY m.start")
    {
        // The articles a walk goes along: the highest id, an upper bound found in one seek.
        if (auto n = db.scalar("SELECT COALESCE(MAX(id), 0) FROM article"))
            m_library = *n;
    }

    Status read(FactRecord &f, const std::vector<std::int64_t> &rawIds, int sentences, int keep)
    {
        if (m_spans && rawIds.size() == 1 && f.articleCount >= store::kSpanFrom) { // its tally: a span to read
            auto spanned = fromSpan(f, rawIds.front(), keep);
            if (!spanned)
                return std::unexpected(spanned.error());
            if (*spanned)
                return {};
            f.evidence.clear();
        }
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
    // An article's publication date as stored and as a date (parsed once an article); `stored`:
    // the article row is there (the rows joined it: a row without one was never read).
    struct Published {
        bool stored = false;
        std::string text;
        PartialDate date;
    };
    struct Row {
        std::int64_t article;
        int start, end, sentence;
        std::string date, dateText;
        const Published *published; // in m_publishedOf, which keeps its elements where they are
    };

public:
    // The sentences stating the facts `rawIds`, in readRows' order (newest article first, then
    // along the text), of the articles after article `after` (0: from the newest), whole
    // articles until `limit` sentences are reached; `next` gets the last article given when more
    // follow (0: none). A fact stated in thousands of articles walks them newest first, as read()
    // does, from the cursor on; the others read their rows.
    Result<std::vector<EvidenceRecord>> sources(const std::vector<std::int64_t> &rawIds, std::int64_t after, int limit,
                                                std::int64_t &next)
    {
        next = 0;
        double articles = 0, sentences = 0;
        for (std::int64_t raw : rawIds) {
            m_tallies.reset();
            m_tallies.bind(raw);
            if (m_tallies.next()) {
                articles += static_cast<double>(m_tallies.int64(0));
                sentences += static_cast<double>(m_tallies.int64(1));
            }
            if (!m_tallies.status())
                return std::unexpected(m_tallies.status().error());
        }
        std::string afterPublished;
        if (after != 0) {
            auto published = publishedOf(after);
            if (!published)
                return std::unexpected(published.error());
            afterPublished = (*published)->text;
        }
        const double probes = articles > 0 ? double(limit + 1) * double(m_library) / articles : 1e18;
        if (sentences > m_readAll && rawIds.size() == 1 && (m_readAll == 0 || probes < sentences))
            return walkSources(rawIds.front(), after, afterPublished, limit, next);
        auto rows = sortedRows(rawIds);
        if (!rows)
            return std::unexpected(rows.error());
        std::set<std::pair<std::int64_t, int>> seen;
        std::vector<EvidenceRecord> out;
        for (const Row &r : *rows) {
            if (after != 0 && !(std::tie(r.published->text, r.article) < std::tie(afterPublished, after)))
                continue; // the cursor's article or one before it
            if (static_cast<int>(out.size()) >= limit && r.article != out.back().articleId) {
                next = out.back().articleId;
                break;
            }
            if (seen.emplace(r.article, sentenceKey(r.sentence, r.start)).second)
                out.push_back(m_builder.make(r.article, r.start, r.end, r.sentence));
        }
        return out;
    }

private:
    // The rows of the facts `rawIds` whose article is stored, newest article first, then along
    // the text.
    Result<std::vector<Row>> sortedRows(const std::vector<std::int64_t> &rawIds)
    {
        std::vector<Row> rows;
        for (std::int64_t raw : rawIds) {
            m_rows.reset();
            m_rows.bind(raw);
            while (m_rows.next())
                rows.push_back({m_rows.int64(0), m_rows.int32(1), m_rows.int32(2), m_rows.int32(3), m_rows.text(4),
                                m_rows.text(5), nullptr});
            if (!m_rows.status())
                return std::unexpected(m_rows.status().error());
        }
        for (Row &r : rows) {
            auto published = publishedOf(r.article);
            if (!published)
                return std::unexpected(published.error());
            r.published = *published;
        }
        std::erase_if(rows, [](const Row &r) { return !r.published->stored; });
        std::ranges::sort(rows, [](const Row &a, const Row &b) {
            return std::tie(b.published->text, b.article, a.start) < std::tie(a.published->text, a.article, b.start);
        });
        return rows;
    }

    // Every row: exact counts, dates and the newest sentences.
    Status readRows(FactRecord &f, const std::vector<std::int64_t> &rawIds, int keep)
    {
        auto sorted = sortedRows(rawIds);
        if (!sorted)
            return std::unexpected(sorted.error());
        const std::vector<Row> &rows = *sorted;
        std::set<std::int64_t> articles;
        std::set<std::pair<std::int64_t, int>> sentences; // (article, sentenceKey)
        f.date.clear();
        f.dateText.clear();
        for (const Row &r : rows) {
            articles.insert(r.article);
            widen(f, r.published->date);
            if (!r.date.empty() && r.date > f.date) {
                f.date = r.date;
                f.dateText = r.dateText;
            }
            if (!sentences.emplace(r.article, sentenceKey(r.sentence, r.start)).second)
                continue;
            if (static_cast<int>(f.evidence.size()) < keep)
                f.evidence.push_back(m_builder.make(r.article, r.start, r.end, r.sentence));
        }
        f.evidenceCount = static_cast<int>(sentences.size());
        f.articleCount = static_cast<int>(articles.size());
        return {};
    }

    // An article's publication date, read once: the facts of one entity are stated by the same
    // articles again and again (a company's people and partners), and a row of article, with its
    // text, is the widest the rows could join (the page of the best-connected organization read
    // 30,000 of them for 600 facts).
    Result<const Published *> publishedOf(std::int64_t article)
    {
        const auto [it, inserted] = m_publishedOf.try_emplace(article);
        if (inserted) {
            m_published.reset();
            m_published.bind(article);
            if (m_published.next()) {
                it->second.stored = true;
                it->second.text = m_published.text(0);
                it->second.date = graphdb::dateFrom(it->second.text);
            }
            if (!m_published.status()) {
                m_publishedOf.erase(it);
                return std::unexpected(m_published.status().error());
            }
        }
        return &it->second;
    }

    // sources() along the articles: the dated ones newest first from the cursor, then the undated
    // ones (readRows' order puts them last, newest id first), every one asked if need be.
    Result<std::vector<EvidenceRecord>> walkSources(std::int64_t raw, std::int64_t after,
                                                    const std::string &afterPublished, int limit, std::int64_t &next)
    {
        std::vector<EvidenceRecord> out;
        std::set<int> sentences;
        const auto take = [&](std::int64_t article, const std::string &) {
            if (static_cast<int>(out.size()) >= limit) {
                next = out.back().articleId;
                return true;
            }
            sentences.clear();
            while (m_hit.next()) {
                const int sentence = m_hit.int32(2), start = m_hit.int32(0);
                if (sentences.insert(sentenceKey(sentence, start)).second)
                    out.push_back(m_builder.make(article, start, m_hit.int32(1), sentence));
            }
            return !m_hit.status(); // visit() reports a failure
        };
        constexpr std::int64_t kPastEvery = std::numeric_limits<std::int64_t>::max();
        constexpr int kEveryArticle = std::numeric_limits<int>::max();
        if (after == 0 || !afterPublished.empty()) {
            m_datedAfter.reset();
            m_datedAfter.bind(1, after == 0 ? std::string("\xff") : afterPublished)
                .bind(2, after == 0 ? kPastEvery : after);
            auto full = visit(m_datedAfter, raw, take, kEveryArticle);
            if (!full)
                return std::unexpected(full.error());
            if (*full)
                return out;
        }
        m_undatedAfter.reset();
        m_undatedAfter.bind(1, after != 0 && afterPublished.empty() ? after : kPastEvery);
        auto full = visit(m_undatedAfter, raw, take, kEveryArticle);
        if (!full)
            return std::unexpected(full.error());
        return out;
    }

    // A fact stated in many articles: its dates from its span (fact_span.h) and its first
    // sentences from the newest article there, when it has a span and that article holds the
    // `keep` sentences asked or every one the fact has (false otherwise: nothing is set).
    Result<bool> fromSpan(FactRecord &f, std::int64_t raw, int keep)
    {
        auto span = store::readFactSpan(m_db, raw);
        if (!span)
            return std::unexpected(span.error());
        if (!*span || (*span)->empty())
            return false;
        const store::FactSpan &s = **span;
        std::set<int> sentences;
        m_hit.reset();
        m_hit.bind(1, s.last.id).bind(2, raw);
        while (m_hit.next()) {
            const int sentence = m_hit.int32(2), start = m_hit.int32(0);
            if (sentences.insert(sentenceKey(sentence, start)).second && static_cast<int>(f.evidence.size()) < keep)
                f.evidence.push_back(m_builder.make(s.last.id, start, m_hit.int32(1), sentence));
        }
        if (!m_hit.status())
            return std::unexpected(m_hit.status().error());
        if (static_cast<int>(f.evidence.size()) < keep && static_cast<int>(sentences.size()) < f.evidenceCount)
            return false;
        if (s.first.id != 0)
            widen(f, graphdb::dateFrom(s.first.published));
        widen(f, graphdb::dateFrom(s.last.published));
        return true;
    }

    // The walk: false when it gave up (the rows are read instead).
    Result<bool> walk(FactRecord &f, std::int64_t raw, int keep)
    {
        std::set<int> sentences;
        bool found = false;
        m_newest.reset();
        auto newest = visit(m_newest, raw, [&](std::int64_t article, const std::string &published) {
            if (!found) {
                widen(f, graphdb::dateFrom(published));
                found = true;
            }
            sentences.clear();
            while (m_hit.next()) {
                const int sentence = m_hit.int32(2), start = m_hit.int32(0);
                if (sentences.insert(sentenceKey(sentence, start)).second && static_cast<int>(f.evidence.size()) < keep)
                    f.evidence.push_back(m_builder.make(article, start, m_hit.int32(1), sentence));
            }
            return !m_hit.status() || static_cast<int>(f.evidence.size()) >= keep; // visit() reports a failure
        });
        if (!newest || !*newest)
            return newest;
        m_oldest.reset();
        auto oldest = visit(m_oldest, raw, [&](std::int64_t, const std::string &published) {
            widen(f, graphdb::dateFrom(published));
            return true;
        });
        return oldest;
    }

    // Walks `order` (id, published; reset and bound by the caller), asking each article for the
    // fact's evidence, and hands the articles that have some to `hit` (m_hit bound to their rows)
    // until it returns true. False when `maxProbes` articles or `order` ran out first.
    template <typename Hit>
    Result<bool> visit(Statement &order, std::int64_t raw, Hit hit, int maxProbes = kMaxProbes)
    {
        for (int probes = 0; probes < maxProbes && order.next(); ++probes) {
            const std::int64_t article = order.int64(0);
            m_probe.reset();
            m_probe.bind(1, article).bind(2, raw);
            if (!m_probe.next()) {
                if (!m_probe.status())
                    return std::unexpected(m_probe.status().error());
                continue;
            }
            m_hit.reset(); // hit() reads the rows, in order
            m_hit.bind(1, article).bind(2, raw);
            const bool done = hit(article, order.text(1));
            if (!m_hit.status())
                return std::unexpected(m_hit.status().error());
            if (done)
                return true;
        }
        if (!order.status())
            return std::unexpected(order.status().error());
        return false;
    }

    // A sentence of an article, once: its index, or for a mention outside every sentence its start.
    static int sentenceKey(int sentence, int start) { return sentence >= 0 ? sentence : -1 - start; }

    static void widen(FactRecord &f, const PartialDate &published)
    {
        if (!published.isValid())
            return;
        if (!f.firstArticle.isValid() || published < f.firstArticle)
            f.firstArticle = published;
        if (!f.lastArticle.isValid() || f.lastArticle < published)
            f.lastArticle = published;
    }

    Database &m_db;
    int m_readAll;
    bool m_spans;
    std::int64_t m_library = 0;
    graphdb::EvidenceBuilder m_builder;
    Statement m_rows;
    Statement m_published;
    Statement m_tallies;
    Statement m_datedAfter;
    Statement m_undatedAfter;
    std::unordered_map<std::int64_t, Published> m_publishedOf;
    Statement m_newest;
    Statement m_oldest;
    Statement m_probe;
    Statement m_hit;
};

} // namespace

// The facts of an entity. `perPredicate` > 0 keeps that many of each predicate (the most
// stated); `keepEvidence` < 0 reads no evidence (counts and the stated date still come).
Result<EntityFacts> factsOfEntity(Database &db, std::int64_t root, int keepEvidence, int perPredicate, KeepFact keepRow,
                                  int readAll, bool spans)
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
        Evidence evidence(db, readAll, spans);
        for (std::size_t i : order)
            if (auto s = evidence.read(folded->facts[i], folded->rawIds[i], folded->sentences[i], keepEvidence); !s)
                return std::unexpected(s.error());
    }
    out.facts.reserve(order.size());
    for (std::size_t i : order) {
        folded->facts[i].foldedIds = std::move(folded->rawIds[i]);
        out.facts.push_back(std::move(folded->facts[i]));
    }
    return out;
}

Result<std::vector<EvidenceRecord>> factSentences(Database &db, const std::vector<std::int64_t> &rawIds,
                                                  std::int64_t after, int limit, std::int64_t &next, int readAll)
{
    Evidence evidence(db, readAll, false);
    return evidence.sources(rawIds, std::max<std::int64_t>(0, after), std::max(1, limit), next);
}

} // namespace sillok::core::entitypage
