// Library: collecting files, importing them and re-extracting the library.
//
// Both run the same pipeline (common/ordered_pipeline.h): worker threads read, decode, clean,
// extract and plan each article (pipeline/prepare.h); this thread is the one writer. The writer
// commits in batches — a few hundred articles or about a second of work — so a kill -9 loses at
// most the open batch and never half an article, and the next run of the same import completes
// it. A bad file rolls back alone: when an article fails, the batch is rolled back and its other
// articles written again, each in a savepoint of its own (BatchWriter). A failure of the library
// itself (disk full, read-only file, I/O error) stops the run at once.

#include "common/ordered_pipeline.h"
#include "common/utf.h"
#include "extract/extraction_context.h"
#include "ingest/ingest.h"
#include "pipeline/prepare.h"
#include "store/library_graph.h"
#include "store/library_identity.h"
#include "store/library_private.h"
#include "text/text_pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <system_error>
#include <thread>
#include <time.h>

namespace sillok::core {

namespace fs = std::filesystem;

namespace {

enum class Outcome { Imported, Updated, Unchanged };

// A commit writes every page the batch dirtied to the WAL, and an index leaf dirtied by several
// articles is written once: as the library grows, each article dirties its own leaves of
// mention's and fact_evidence's indexes, so the pages written per article fall with the articles
// per commit (docs/performance.md, "The tallies once a batch": up to 1,024 articles or 4 s took
// the writer's CPU per 10,000 articles from 24.4 to 19.6 s on a loaded machine). The issue's
// bound is a few hundred files or about a second, what a kill -9 may lose and how long a write of
// the GUI (busy timeout 5 s) may wait: a run's first batch commits after 256 articles or 1 s, the
// next ones after 512 or 1 s (on an idle machine the second, about 300 articles, comes first).
constexpr int kFirstBatchArticles = 256;
constexpr auto kBatchTime = std::chrono::milliseconds(1000);
constexpr int kBatchGrowth = 2; // the largest batch, in first batches
// Articles prepared ahead of the writer, per worker. With 8, the workers stopped whenever the
// writer paused for more than a few articles' time (a commit, the batch's FTS5 indexing, one long
// article at the head), and a core stood idle; 32 keeps them preparing through those pauses for
// a few MB more (docs/performance.md, "The import's process costs and its two cores").
constexpr std::size_t kInFlightPerWorker = 32;
std::size_t inFlight(int workers)
{
    return kInFlightPerWorker * static_cast<std::size_t>(workers);
}

const char *blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
        return "title";
    case BlockKind::Noise:
        return "noise";
    case BlockKind::Caption:
        return "caption";
    case BlockKind::Body:
        break;
    }
    return "body";
}

std::string oneLine(std::string text)
{
    std::ranges::replace(text, '\n', ' ');
    std::ranges::replace(text, '\r', ' ');
    return text;
}

// A write error that says the library itself cannot be written (full disk, read-only file, I/O
// error, corruption, lock) — the run must stop — rather than a problem of the one article being
// written (a constraint a bug broke), which rolls back that article alone.
bool isLibraryFailure(const Error &e)
{
    if (e.code != ErrorCode::Database)
        return false;
    switch (e.sqliteCode & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        return false;
    default:
        return true;
    }
}

int workerCount(int requested)
{
    if (requested > 0)
        return requested;
    return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
}

// The one writer of an import or re-extraction: article rows, blocks, sentences and the graph,
// with prepared statements kept across articles.
class ArticleWriter {
public:
    ArticleWriter(Database &db, const Clock &clock, const ExtractionContext *context)
        : m_db(db), m_clock(clock), m_context(context), m_graph(db) {}

    GraphWriter &graph() { return m_graph; }

    Result<Outcome> write(PreparedArticle &p, const PrepareOptions &options, std::int64_t runId,
                          std::optional<ImportDuplicate> &duplicate)
    {
        auto stored = storedAt(p.sourceKey);
        if (!stored)
            return std::unexpected(stored.error());
        Place place = *stored;
        if (place.id != 0 && place.hash == p.article.contentHash)
            return unchanged(place.id, p, runId);
        if (auto s = findStory(p, place); !s)
            return std::unexpected(s.error());
        if (place.unchanged)
            return unchanged(place.id, p, runId);
        if (place.copyOf != 0) {
            auto st = m_db.cached("SELECT source FROM article WHERE id = ?1");
            st->bind(1, place.copyOf);
            if (st->next())
                duplicate = ImportDuplicate{p.path, st->text(0)};
            if (!st->status())
                return std::unexpected(st->status().error());
        }
        if (auto s = readyToWrite(p, options, place.copyOf); !s)
            return std::unexpected(s.error());
        const bool updating = place.id != 0;
        auto id = writeArticleRow(p, place.id, runId);
        if (!id)
            return std::unexpected(id.error());
        if (auto s = writeDerived(p, *id, place, updating, runId); !s)
            return std::unexpected(s.error());
        return updating ? Outcome::Updated : Outcome::Imported;
    }

    // Indexes the articles this batch inserted (while the database defers it), all at once and
    // outside any savepoint, so FTS5 writes one segment per index for the batch. Call just
    // before the batch commits.
    Status indexBatch()
    {
        auto wd = m_db.cached("INSERT INTO doc_wd(rowid, title, body) VALUES (?1, ?2, ?3)");
        auto bg = m_db.cached("INSERT INTO doc_bg(rowid, title, body) VALUES (?1, ?2, ?3)");
        for (const Unindexed &u : m_unindexed) {
            const PretokenizedScope pretokenized({&u.title, &u.body});
            for (Statement *st : {&*wd, &*bg}) {
                st->reset();
                st->bind(1, u.id).bind(2, u.titleText).bind(3, u.bodyText);
                if (auto s = st->run(); !s)
                    return s;
            }
        }
        m_unindexed.clear();
        return {};
    }
    // Forgets the articles of a batch that was rolled back.
    void dropUnindexed() { m_unindexed.clear(); }

    // Re-extraction of a stored article: new sentences and graph, text untouched.
    Status rewriteGraph(std::int64_t id, const PreparedArticle &p, std::int64_t runId)
    {
        if (auto s = writeSentences(id, p.extraction.sentences); !s)
            return s;
        return m_graph.merge(id, p.plan, runId);
    }

private:
    // Where a file's article goes: the row its path holds (id 0: none), that row's hash, and the
    // story it is a copy of (copyOf 0: none).
    struct Place {
        std::int64_t id = 0;
        std::string hash;
        bool wasCopy = false;
        std::int64_t copyOf = 0;
        double similarity = 0;
        bool unchanged = false; // a moved file whose text did not change
    };

    Result<Place> storedAt(const std::string &sourceKey)
    {
        Place place;
        auto st = m_db.cached("SELECT id, content_hash, copy_of IS NOT NULL FROM article WHERE source_key = ?1");
        st->bind(1, sourceKey);
        if (st->next()) {
            place.id = st->int64(0);
            place.hash = st->text(1);
            place.wasCopy = st->int64(2) != 0;
        }
        if (!st->status())
            return std::unexpected(st->status().error());
        return place;
    }

    // The story this file tells may be stored already: from another path (a copy, or the same
    // file moved), or — for a changed copy — still the story it was a copy of.
    Status findStory(const PreparedArticle &p, Place &place)
    {
        if (place.id != 0 && !place.wasCopy)
            return {};
        auto match = store::findStory(m_db, p, place.id);
        if (!match)
            return std::unexpected(match.error());
        if (*match && place.id == 0 && !fs::exists((*match)->sourceKey)) {
            // Moved: the stored article's file is gone and this is where its story lies now.
            const store::StoryMatch &m = **match;
            auto st = m_db.cached("UPDATE article SET source = ?1, source_key = ?2 WHERE id = ?3");
            st->bind(1, p.path).bind(2, p.sourceKey).bind(3, m.id);
            if (auto s = st->run(); !s)
                return s;
            place.id = m.id;
            place.unchanged = m.contentHash == p.article.contentHash;
            place.wasCopy = m.primary != m.id;
            if (place.wasCopy) {
                place.copyOf = m.primary;
                place.similarity = m.similarity;
            }
        } else if (*match && (*match)->primary != place.id) {
            place.copyOf = (*match)->primary;
            place.similarity = (*match)->similarity;
        }
        return {};
    }

    // What the writer stores for `p`: extracted now if the workers' snapshot wrongly said
    // "stored", and with no extraction for a copy (its mentions would count its story twice).
    Status readyToWrite(PreparedArticle &p, const PrepareOptions &options, std::int64_t copyOf)
    {
        if (p.known && copyOf == 0 && options.extract) {
            // The snapshot said "stored" but the library changed since: extract here.
            PreparedArticle fresh = prepareParsed(std::move(p.article), p.uid, options);
            if (fresh.error)
                return std::unexpected(*fresh.error);
            fresh.urlKey = std::move(p.urlKey);
            fresh.fingerprint = std::move(p.fingerprint);
            fresh.signature = p.signature;
            fresh.sourceKey = std::move(p.sourceKey);
            fresh.path = std::move(p.path);
            p = std::move(fresh);
        }
        if (copyOf != 0 && p.extracted) {
            p.extracted = false;
            p.plan = {};
            p.extraction = {};
        }
        return {};
    }

    // The article row: row `id` updated (its blocks dropped), or a new row when id is 0. Its id.
    Result<std::int64_t> writeArticleRow(PreparedArticle &p, std::int64_t id, std::int64_t runId)
    {
        const std::string now = m_clock.nowUtc();
        // The FTS5 triggers tokenize the title and text: a worker already did (prepare.h).
        const PretokenizedScope pretokenized({&p.titleTokens, &p.minedTokens});
        if (id != 0) {
            auto st = m_db.cached(
                "UPDATE article SET source = ?1, format = ?2, encoding = ?3, content_hash = ?4, title = ?5, body = ?6, "
                "published = ?7, published_precision = ?8, published_basis = ?9, published_text = ?10, updated_at = ?11, "
                "version = version + 1, last_run = ?12 WHERE id = ?13");
            if (auto s = bindArticle(*st, p, now); !s)
                return std::unexpected(s.error());
            st->bind(12, runId).bind(13, id);
            if (auto s = st->run(); !s)
                return std::unexpected(s.error());
            auto del = m_db.cached("DELETE FROM block WHERE article_id = ?1");
            del->bind(1, id);
            if (auto s = del->run(); !s)
                return std::unexpected(s.error());
            return id;
        }
        auto st = m_db.cached(
            "INSERT INTO article (source, format, encoding, content_hash, title, body, published, published_precision, "
            "published_basis, published_text, updated_at, imported_at, uid, source_key, first_run, last_run) "
            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?11,?12,?13,?14,?14)");
        if (auto s = bindArticle(*st, p, now); !s)
            return std::unexpected(s.error());
        auto uid = freeUid(p);
        if (!uid)
            return std::unexpected(uid.error());
        p.uid = *uid;
        st->bind(12, p.uid).bind(13, p.sourceKey).bind(14, runId);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
        return m_db.lastInsertId();
    }

    // Everything the article row carries with it: identity, the run's copy, blocks, sentences,
    // the graph, re-anchored annotations, and (deferred) its search tokens.
    Status writeDerived(PreparedArticle &p, std::int64_t id, const Place &place, bool updating, std::int64_t runId)
    {
        if (auto s = store::writeIdentity(m_db, id, p, place.copyOf, place.similarity, runId); !s)
            return s;
        if (place.copyOf != 0) {
            auto st = m_db.cached("INSERT OR IGNORE INTO run_copy (run_id, article_id) VALUES (?1, ?2)");
            st->bind(1, runId).bind(2, id);
            if (auto s = st->run(); !s)
                return s;
        }
        if (auto s = writeBlocks(id, p.article.blocks); !s)
            return s;
        if (p.extracted) {
            if (auto s = writeSentences(id, p.extraction.sentences); !s)
                return s;
            if (auto s = m_graph.merge(id, p.plan, runId); !s)
                return s;
        } else if (updating) {
            if (auto s = writeSentences(id, {}); !s)
                return s;
            if (auto s = m_graph.dropArticle(id); !s)
                return s;
        }
        if (updating)
            return store::reanchorAnnotations(m_db, id);
        if (m_db.searchIndexDeferred()) {
            // Indexed with the rest of the batch (indexBatch); the tokens go with it.
            m_unindexed.push_back({id, p.article.title, std::move(p.mined), std::move(p.titleTokens),
                                   std::move(p.minedTokens)});
        }
        return {};
    }

    // Nothing to write but the run; an older library also learns the page's canonical URL.
    Result<Outcome> unchanged(std::int64_t id, const PreparedArticle &p, std::int64_t runId)
    {
        auto st = m_db.cached("UPDATE article SET last_run = ?1, "
                              "canonical_url = CASE WHEN url_key = '' THEN ?3 ELSE canonical_url END, "
                              "url_key = CASE WHEN url_key = '' THEN ?4 ELSE url_key END WHERE id = ?2");
        st->bind(1, runId).bind(2, id).bind(3, p.urlKey.empty() ? std::string() : p.article.canonicalUrl).bind(4, p.urlKey);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
        return Outcome::Unchanged;
    }

    // The story's uid, unless another article holds it (a copy, or an article whose text changed
    // after it was keyed): then one keyed by the story and the file.
    Result<std::string> freeUid(const PreparedArticle &p)
    {
        auto st = m_db.cached("SELECT 1 FROM article WHERE uid = ?1");
        st->bind(1, p.uid);
        const bool taken = st->next();
        if (!st->status())
            return std::unexpected(st->status().error());
        if (!taken)
            return p.uid;
        return articleUid(storyKey(p) + "\n" + p.sourceKey);
    }

    // Binds the article columns shared by INSERT and UPDATE as ?1..?11; the text in its stored,
    // packed form (text/text_pack.h), which a worker usually made already.
    static Status bindArticle(Statement &st, const PreparedArticle &p, const std::string &now)
    {
        std::string made; // only when no worker packed it (bindBlob copies the bytes anyway)
        if (p.packedMined.empty()) {
            auto packed = packText(p.mined);
            if (!packed)
                return std::unexpected(packed.error());
            made = std::move(*packed);
        }
        const std::string_view packed =
            p.packedMined.empty() ? std::string_view(made) : std::string_view(p.packedMined);
        const ParsedArticle &a = p.article;
        st.bind(1, p.path)
            .bind(2, a.format)
            .bind(3, a.encoding)
            .bind(4, a.contentHash)
            .bind(5, a.title)
            .bindBlob(6, packed)
            .bind(7, a.published.toString())
            .bind(8, static_cast<int>(a.published.precision))
            .bind(9, a.publishedBasis)
            .bind(10, a.publishedText)
            .bind(11, now);
        return {};
    }

    // The text is stored once: a body or caption block's text is the stretch of article.body it
    // became (Library::article puts it back), only title and noise blocks keep their own text.
    Status writeBlocks(std::int64_t articleId, const std::vector<TextBlock> &blocks)
    {
        auto st = m_db.cached(
            "INSERT INTO block (article_id, seq, kind, reason, start, end, text) VALUES (?1,?2,?3,?4,?5,?6,?7)");
        int seq = 0;
        for (const TextBlock &b : blocks) {
            st->reset();
            st->bind(1, articleId).bind(2, seq++).bind(3, blockKindName(b.kind)).bind(4, b.reason).bind(5, b.start)
                .bind(6, b.end).bind(7, b.kind == BlockKind::Body || b.kind == BlockKind::Caption ? std::string_view()
                                                                                    : std::string_view(b.text));
            if (auto s = st->run(); !s)
                return s;
        }
        return {};
    }

    Status writeSentences(std::int64_t articleId, const std::vector<Sentence> &sentences)
    {
        auto del = m_db.cached("DELETE FROM sentence WHERE article_id = ?1");
        del->bind(1, articleId);
        if (auto s = del->run(); !s)
            return s;
        auto st = m_db.cached("INSERT INTO sentence (article_id, idx, start, end) VALUES (?1, ?2, ?3, ?4)");
        int idx = 0;
        for (const Sentence &sentence : sentences) {
            st->reset();
            st->bind(1, articleId).bind(2, idx++).bind(3, sentence.start).bind(4, sentence.end);
            if (auto s = st->run(); !s)
                return s;
        }
        return {};
    }

    struct Unindexed {
        std::int64_t id;
        std::string titleText; // as stored in article.title and article.body
        std::string bodyText;
        PretokenizedText title; // the worker's tokens (empty when it made none)
        PretokenizedText body;
    };

    Database &m_db;
    const Clock &m_clock;
    const ExtractionContext *m_context;
    GraphWriter m_graph;
    std::vector<Unindexed> m_unindexed;
};

// An open write transaction committed every kFirstBatchArticles articles at first, up to
// kBatchGrowth times that as the run goes on, or kBatchTime.
class Batch {
public:
    // The graph's tallies are written once a batch, at its commit (GraphWriter::deferTallies).
    explicit Batch(Database &db, ArticleWriter &writer) : m_db(db), m_writer(writer), m_graph(writer.graph())
    {
        m_graph.deferTallies(true);
    }

    // Opens the transaction when none is open (and reloads the curation ledger).
    Status ensureOpen()
    {
        if (m_tx)
            return {};
        m_tx = std::make_unique<Transaction>(m_db);
        if (auto s = m_tx->begin(); !s) {
            m_tx.reset();
            return s;
        }
        m_started = std::chrono::steady_clock::now();
        m_count = 0;
        return m_graph.beginWrite();
    }
    // Article `member` (a file's or a stored article's index in the run) was written in the batch.
    void added(std::size_t member)
    {
        ++m_count;
        m_members.push_back(member);
    }
    // The articles written in the open batch, in order.
    const std::vector<std::size_t> &members() const { return m_members; }
    bool due() const
    {
        return m_tx
               && (m_count >= kFirstBatchArticles * m_scale || std::chrono::steady_clock::now() - m_started >= kBatchTime);
    }
    Status commit()
    {
        if (!m_tx)
            return {};
        m_scale = std::min(m_scale * 2, kBatchGrowth);
        auto s = m_graph.flushTallies(); // with the batch's rows, in its transaction
        if (s)
            s = m_writer.indexBatch();
        if (s)
            s = m_tx->commit();
        m_tx.reset(); // rolls back when the commit failed
        m_members.clear();
        if (!s) {
            m_graph.rolledBack();
            m_writer.dropUnindexed();
        }
        return s;
    }
    void rollback()
    {
        m_tx.reset();
        m_members.clear();
        m_graph.rolledBack();
        m_writer.dropUnindexed();
    }

private:
    Database &m_db;
    ArticleWriter &m_writer;
    GraphWriter &m_graph;
    std::unique_ptr<Transaction> m_tx;
    std::chrono::steady_clock::time_point m_started;
    int m_count = 0;
    std::vector<std::size_t> m_members;
    int m_scale = 1; // this batch's limits in first batches' (grows to kBatchGrowth)
};

// CPU time of the calling thread, in seconds (what a thread costs, whatever else the machine runs).
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Adds the calling thread's CPU time from construction to destruction to a total (seconds).
class Stopwatch {
public:
    explicit Stopwatch(double &total) : m_total(total), m_start(threadCpuSeconds()) {}
    ~Stopwatch() { m_total += threadCpuSeconds() - m_start; }
    Stopwatch(const Stopwatch &) = delete;
    Stopwatch &operator=(const Stopwatch &) = delete;

private:
    double &m_total;
    double m_start;
};

// How the one writer runs, set around the batches and undone after (neither pragma can change
// inside a transaction):
// - foreign keys unchecked: every row the writer deletes it deletes explicitly (blocks,
//   sentences, mentions, evidence, aliases, unneeded entities), so no cascade is needed, and the
//   checks cost several index lookups per mention;
// - a 128 MB page cache instead of SQLite's 2 MB: a batch touches more index pages than 2 MB
//   holds, and each one evicted mid-batch was written to the WAL and read back again (2,000
//   articles: 84,000 writes and 83,000 reads of a page, 37,000 and 12,000 with 64 MB). At 100,000
//   articles the indexes a batch dirties outgrow 64 MB too: 128 MB took the writer's CPU for
//   2,000 more articles from 6.2–6.6 to 5.5–5.7 s (peak RSS 223 MB, ≤ 300 asked; 192 MB: 5.3–5.7 s
//   at 291 MB). Back to the connection's own size after, so a GUI connection that imported does
//   not keep it.
class WriterSettings {
public:
    explicit WriterSettings(Database &db) : m_db(db), m_cacheSize(db.scalar("PRAGMA cache_size").value_or(-2000))
    {
        (void)m_db.exec("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -131072;");
    }
    ~WriterSettings()
    {
        (void)m_db.exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = " + std::to_string(m_cacheSize) + ";");
    }
    WriterSettings(const WriterSettings &) = delete;
    WriterSettings &operator=(const WriterSettings &) = delete;

private:
    Database &m_db;
    std::int64_t m_cacheSize; // as the connection had it
};

// New articles indexed by their writer a batch at once (Database::setSearchIndexDeferred).
class SearchIndexDeferred {
public:
    explicit SearchIndexDeferred(Database &db) : m_db(db) { m_db.setSearchIndexDeferred(true); }
    ~SearchIndexDeferred() { m_db.setSearchIndexDeferred(false); }
    SearchIndexDeferred(const SearchIndexDeferred &) = delete;
    SearchIndexDeferred &operator=(const SearchIndexDeferred &) = delete;

private:
    Database &m_db;
};

// Counts of one batch, added to the report when the batch commits.
struct Pending {
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    std::vector<ImportDuplicate> duplicates;
    void add(Outcome o)
    {
        (o == Outcome::Imported ? imported : o == Outcome::Updated ? updated : unchanged) += 1;
    }
    void commitTo(ImportReport &r)
    {
        r.imported += imported;
        r.updated += updated;
        r.unchanged += unchanged;
        for (ImportDuplicate &d : duplicates)
            r.duplicates.push_back(std::move(d));
        *this = {};
    }
};

Result<std::int64_t> startRun(Database &db, const std::string &now, const std::vector<std::string> &paths,
                              const char *kind, const std::string &extractorVersion)
{
    std::string joined;
    for (const auto &p : paths)
        joined += (joined.empty() ? "" : "\n") + p;
    Statement st(db, "INSERT INTO import_run (started_at, paths, kind, extractor_version) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, now).bind(2, joined).bind(3, kind).bind(4, extractorVersion);
    if (auto s = st.run(); !s)
        return std::unexpected(s.error());
    return db.lastInsertId();
}

Status finishRun(Database &db, const std::string &now, std::int64_t runId, const ImportReport &r)
{
    Statement st(db, "UPDATE import_run SET finished_at = ?1, imported = ?2, updated = ?3, unchanged = ?4, "
                     "failed = ?5 WHERE id = ?6");
    st.bind(1, now).bind(2, r.imported).bind(3, r.updated).bind(4, r.unchanged)
        .bind(5, static_cast<int>(r.failed.size())).bind(6, runId);
    return st.run();
}

Result<KnownTexts> knownTexts(Database &db)
{
    KnownTexts known;
    Statement st(db, "SELECT source_key, content_hash FROM article");
    while (st.next())
        known.add(st.text(0), st.text(1));
    if (!st.status())
        return std::unexpected(st.status().error());
    return known;
}

// The extractor version recorded when a whole library has been extracted by it.
Status setExtractorVersion(Database &db, const std::string &version)
{
    Statement st(db, "INSERT INTO meta(key, value) VALUES ('extractor_version', ?1) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, version);
    return st.run();
}

} // namespace

std::vector<std::string> Library::collectFiles(const std::vector<std::string> &paths, std::vector<ImportFailure> *missing)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    const auto add = [&](const std::string &file) {
        if (seen.insert(sourceKeyOf(file)).second)
            out.push_back(file);
    };
    for (const std::string &path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            if (missing)
                missing->push_back({path, "no such file or directory", ErrorCode::NotFound});
            continue;
        }
        if (!fs::is_directory(status)) {
            add(path); // named explicitly: parsed even with another extension (and refused there)
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fileEc;
            const std::string file = it->path().string();
            if (it->is_regular_file(fileEc) && (isImportableExtension(file) || isRefusedDocumentExtension(file)))
                found.push_back(file);
        }
        if (ec && missing)
            missing->push_back({path, "cannot list folder: " + ec.message(), ErrorCode::Io});
        std::ranges::sort(found);
        for (const auto &f : found)
            add(f);
    }
    return out;
}

namespace {

// prepareFile() on a worker, adding its thread's CPU time to `nanos`.
PreparedArticle timedPrepare(const std::string &file, const PrepareOptions &options, const KnownTexts &known,
                             std::atomic<std::int64_t> &nanos)
{
    const double t0 = threadCpuSeconds();
    PreparedArticle p = prepareFile(file, options, &known);
    nanos += static_cast<std::int64_t>((threadCpuSeconds() - t0) * 1e9);
    return p;
}

// How an article is written in the open batch. Alone: in a savepoint of its own, so it can fail
// alone. Bare: without one, since a savepoint costs the writer about a sixth of its CPU (SQLite
// copies every page the article is first to change in it, and RELEASE frees the copies: see
// docs/performance.md, "The writer's CPU per article, fifth pass"); when a bare article fails,
// the batch is rolled back and its other articles written again, each alone (BatchWriter).
enum class Guard {
    Alone,
    Bare
};

// Writes one prepared article, file `member` of the run, inside the open batch. The error: the
// library failed (the batch is lost). A failure: the article could not be stored (an internal
// error); alone, it was rolled back with its savepoint; bare, the batch must be rolled back.
// Nothing: stored, and counted in `pending`.
Result<std::optional<ImportFailure>> writeInBatch(Database &db, ArticleWriter &writer, Batch &batch, PreparedArticle &p,
                                                  const PrepareOptions &options, std::int64_t runId, Pending &pending,
                                                  Guard guard, std::size_t member)
{
    if (auto s = batch.ensureOpen(); !s)
        return std::unexpected(s.error());
    Savepoint sp(db);
    if (guard == Guard::Alone) {
        if (auto s = sp.begin(); !s)
            return std::unexpected(s.error());
    }
    std::optional<ImportDuplicate> duplicate;
    auto outcome = writer.write(p, options, runId, duplicate);
    if (!outcome && isLibraryFailure(outcome.error()))
        return std::unexpected(outcome.error());
    if (!outcome) {
        sp.rollback();
        if (guard == Guard::Alone)
            writer.graph().articleRolledBack();
        return std::optional<ImportFailure>(ImportFailure{p.path, oneLine(outcome.error().detail), outcome.error().code});
    }
    if (guard == Guard::Alone) {
        if (auto s = sp.release(); !s)
            return std::unexpected(s.error());
    }
    writer.graph().articleKept();
    pending.add(*outcome);
    if (duplicate)
        pending.duplicates.push_back(std::move(*duplicate));
    batch.added(member);
    return std::optional<ImportFailure>();
}

// The import's writes: each article bare in the open batch; when one fails, the batch is rolled
// back, its earlier articles prepared again from their files and written alone (the failure is
// rare: a bug's constraint or an internal error), and the failed article is left out.
class BatchWriter {
public:
    BatchWriter(Database &db, ArticleWriter &writer, Batch &batch, const std::vector<std::string> &files,
                const PrepareOptions &options, const KnownTexts &known, std::int64_t runId)
        : m_db(db), m_writer(writer), m_batch(batch), m_files(files), m_options(options), m_known(known), m_runId(runId)
    {}

    // As writeInBatch(); a failure has been rolled back alone, the batch's other articles kept.
    // The failed articles of a batch written again are added to `failed`.
    Result<std::optional<ImportFailure>> write(PreparedArticle &p, std::size_t member, Pending &pending,
                                               std::vector<ImportFailure> &failed)
    {
        auto written = writeInBatch(m_db, m_writer, m_batch, p, m_options, m_runId, pending, Guard::Bare, member);
        if (!written || !*written)
            return written;
        if (auto s = writeAgain(pending, failed); !s)
            return std::unexpected(s.error());
        return written;
    }

private:
    // Rolls the open batch back and writes its articles again, each alone. `pending` becomes the
    // counts of the articles written again (on an error it keeps the batch's first counts).
    Status writeAgain(Pending &pending, std::vector<ImportFailure> &failed)
    {
        const std::vector<std::size_t> members = m_batch.members();
        m_batch.rollback();
        Pending again;
        for (const std::size_t member : members) {
            PreparedArticle p = prepareFile(m_files[member], m_options, &m_known);
            if (p.error) { // the file changed since
                failed.push_back({p.path, oneLine(p.error->detail), p.error->code});
                continue;
            }
            auto written = writeInBatch(m_db, m_writer, m_batch, p, m_options, m_runId, again, Guard::Alone, member);
            if (!written)
                return std::unexpected(written.error());
            if (*written)
                failed.push_back(std::move(**written));
        }
        pending = std::move(again);
        return {};
    }

    Database &m_db;
    ArticleWriter &m_writer;
    Batch &m_batch;
    const std::vector<std::string> &m_files;
    const PrepareOptions &m_options;
    const KnownTexts &m_known;
    std::int64_t m_runId;
};

} // namespace

ImportReport Library::importPaths(const std::vector<std::string> &paths, const ImportOptions &options,
                                  const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    const std::vector<std::string> files = collectFiles(paths, &report.failed);
    Database &db = *d->db;
    const auto stop = [&](const Error &e, std::size_t notAttempted) {
        report.libraryError = e;
        report.notImported = static_cast<int>(notAttempted);
    };
    auto run = startRun(db, d->clock->nowUtc(), paths, "import", d->context->version());
    if (!run) {
        stop(run.error(), files.size());
        return report;
    }
    report.runId = *run;
    d->currentRunId = *run;
    auto known = knownTexts(db);
    if (!known) {
        stop(known.error(), files.size());
        return report;
    }
    const PrepareOptions prepareOptions{d->context, options.fallbackPublished, options.extract};
    ArticleWriter writer(db, *d->clock, d->context);
    Batch batch(db, writer);
    BatchWriter batchWriter(db, writer, batch, files, prepareOptions, *known, *run);
    Pending pending;
    const int total = static_cast<int>(files.size());
    const int workers = workerCount(d->workers);
    std::size_t attempted = 0; // articles handed to the writer (written, failed or lost with a batch)

    const auto failBatch = [&](const Error &e) {
        batch.rollback();
        // What the open batch wrote is lost; those files are imported again next time. Its
        // unchanged files stay as they were stored.
        report.unchanged += pending.unchanged;
        stop(e, files.size() - attempted + static_cast<std::size_t>(pending.imported + pending.updated));
        pending = {};
    };
    // The library failed while this article was being written: it was not stored either.
    const auto failArticle = [&](const Error &e) {
        --attempted;
        failBatch(e);
    };

    const auto wallStart = std::chrono::steady_clock::now();
    std::atomic<std::int64_t> prepareNanos{0};
    const WriterSettings settings(db);
    const SearchIndexDeferred deferred(db);
    runOrdered<PreparedArticle>(
        files.size(), workers, inFlight(workers),
        [&](std::size_t i) { return timedPrepare(files[i], prepareOptions, *known, prepareNanos); },
        [&](std::size_t i, PreparedArticle &&p) {
            const Stopwatch writing(report.writeSeconds);
            if (cancel && cancel->load()) {
                report.cancelled = true;
                report.notImported = static_cast<int>(files.size() - i);
                return false;
            }
            ++attempted;
            const ImportFailure *failure = nullptr;
            if (p.error) {
                report.failed.push_back({p.path, oneLine(p.error->detail), p.error->code});
                failure = &report.failed.back();
            } else if (auto written = batchWriter.write(p, i, pending, report.failed); !written) {
                failArticle(written.error());
                return false;
            } else if (*written) {
                report.failed.push_back(std::move(**written));
                failure = &report.failed.back();
            }
            if (batch.due()) {
                if (auto s = batch.commit(); !s) {
                    failBatch(s.error());
                    return false;
                }
                pending.commitTo(report);
            }
            if (progress)
                progress(static_cast<int>(i) + 1, total, p.path, failure);
            return true;
        });

    if (!report.libraryError) {
        const Stopwatch writing(report.writeSeconds);
        if (auto s = batch.commit(); !s)
            failBatch(s.error());
        else
            pending.commitTo(report);
    }
    report.prepareSeconds = static_cast<double>(prepareNanos.load()) / 1e9;
    report.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    if (!report.libraryError && !report.cancelled && options.extract && known->size() == 0)
        (void)setExtractorVersion(db, d->context->version()); // a new library: all of it is this version's
    (void)finishRun(db, d->clock->nowUtc(), *run, report);
    d->currentRunId = 0;
    return report;
}

namespace {

// A stored article in the shape extraction reads. Built in one expression: GCC 12 at -O2 reports
// member-by-member assignment to a default-constructed ParsedArticle as "maybe uninitialized" (a
// false positive on std::string, GCC bug 105562).
ParsedArticle storedArticle(const ArticleSummary &summary, ArticleRecord &&record)
{
    // article.body holds the running text and then the captions; extraction appends the captions
    // itself (minedText), so it is given the running text alone.
    if (record.captionStart < static_cast<int>(codePointCount(record.body)))
        record.body = toUtf8(std::u32string_view(toU32(record.body)).substr(0, static_cast<std::size_t>(std::max(0, record.captionStart - 2))));
    return ParsedArticle{
        .sourcePath = summary.source,
        .format = summary.format,
        .encoding = summary.encoding,
        .contentHash = std::move(record.contentHash),
        .fullText = std::move(record.fullText),
        .title = summary.title,
        .body = std::move(record.body),
        .published = summary.published,
        .publishedBasis = summary.publishedBasis,
        .publishedText = std::move(record.publishedText),
        .blocks = std::move(record.blocks),
        .canonicalUrl = summary.canonicalUrl,
    };
}

} // namespace

namespace {

// The primary copies of the library's stories, by id: (id, uid). Copies have no graph of their
// own (their story is counted once, by its primary copy).
Result<std::vector<std::pair<std::int64_t, std::string>>> primaryArticles(Database &db)
{
    std::vector<std::pair<std::int64_t, std::string>> ids;
    Statement st(db, "SELECT id, uid FROM article WHERE copy_of IS NULL ORDER BY id");
    while (st.next())
        ids.emplace_back(st.int64(0), st.text(1));
    if (!st.status())
        return std::unexpected(st.status().error());
    return ids;
}

// Re-extraction of article `id` (the run's `member`th) inside the open batch, bare (no savepoint,
// see Guard): a failure stops the re-extraction and rolls its batch back whole.
Status rewriteInBatch(ArticleWriter &writer, Batch &batch, std::int64_t id, std::size_t member,
                      const PreparedArticle &p, std::int64_t runId)
{
    if (auto s = batch.ensureOpen(); !s)
        return s;
    if (auto s = writer.rewriteGraph(id, p, runId); !s)
        return s;
    writer.graph().articleKept();
    batch.added(member);
    return {};
}

} // namespace

Result<ImportReport> Library::reextractAll(const ImportProgress &progress, const std::atomic_bool *cancel)
{
    Database &db = *d->db;
    auto primaries = primaryArticles(db);
    if (!primaries)
        return std::unexpected(primaries.error());
    const std::vector<std::pair<std::int64_t, std::string>> &ids = *primaries;
    auto run = startRun(db, d->clock->nowUtc(), {"(re-extraction)"}, "reextract", d->context->version());
    if (!run)
        return std::unexpected(run.error());
    ImportReport report;
    report.runId = *run;
    const PrepareOptions prepareOptions{d->context, {}, true};
    const WriterSettings settings(db);
    ArticleWriter writer(db, *d->clock, d->context);
    Batch batch(db, writer);
    int pending = 0;
    std::mutex readMutex; // workers read stored texts on this connection between the writer's steps
    const int workers = workerCount(d->workers);
    const int total = static_cast<int>(ids.size());
    std::optional<Error> failure;

    runOrdered<PreparedArticle>(
        ids.size(), workers, inFlight(workers),
        [&](std::size_t i) {
            Result<ArticleRecord> record = fail(ErrorCode::Internal, "not read");
            {
                std::lock_guard lock(readMutex);
                record = article(ids[i].first);
            }
            if (!record) {
                PreparedArticle p;
                p.error = record.error();
                return p;
            }
            const ArticleSummary summary = record->summary;
            return prepareParsed(storedArticle(summary, std::move(*record)), ids[i].second, prepareOptions);
        },
        [&](std::size_t i, PreparedArticle &&p) {
            std::lock_guard lock(readMutex);
            if (cancel && cancel->load()) {
                report.cancelled = true;
                report.notImported = total - static_cast<int>(i);
                return false;
            }
            const ImportFailure *failed = nullptr;
            if (p.error && p.error->code == ErrorCode::Database) {
                failure = p.error;
                return false;
            }
            if (p.error) {
                report.failed.push_back({p.path, oneLine(p.error->detail), p.error->code});
                failed = &report.failed.back();
            } else if (auto s = rewriteInBatch(writer, batch, ids[i].first, i, p, *run); !s) {
                failure = s.error();
                return false;
            } else {
                ++pending;
            }
            if (batch.due()) {
                if (auto s = batch.commit(); !s) {
                    failure = s.error();
                    return false;
                }
                report.updated += pending;
                pending = 0;
            }
            if (progress)
                progress(static_cast<int>(i) + 1, total, p.path, failed);
            return true;
        });

    if (failure) {
        batch.rollback();
        return std::unexpected(*failure);
    }
    if (auto s = batch.commit(); !s)
        return std::unexpected(s.error());
    report.updated += pending;
    if (!report.cancelled && report.failed.empty())
        (void)setExtractorVersion(db, d->context->version());
    (void)finishRun(db, d->clock->nowUtc(), *run, report);
    return report;
}

Result<std::string> Library::storedExtractorVersion()
{
    Statement st(*d->db, "SELECT value FROM meta WHERE key = 'extractor_version'");
    if (st.next())
        return st.text(0);
    if (!st.status())
        return std::unexpected(st.status().error());
    return std::string();
}

std::string Library::extractorVersion() const
{
    return d->context->version();
}

Result<bool> Library::needsReextraction()
{
    auto stored = storedExtractorVersion();
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->empty()) {
        // Made before versions were recorded (or never fully extracted): only when it has articles.
        auto n = d->db->scalar("SELECT EXISTS (SELECT 1 FROM article)");
        if (!n)
            return std::unexpected(n.error());
        return *n != 0;
    }
    return *stored != d->context->version();
}

} // namespace sillok::core
