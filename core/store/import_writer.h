// The one writer of an import or a re-extraction (library_import.cpp, library_reextract.cpp):
// the thread that writes prepared articles into the library, a batch (one transaction) at a time.
// Private to core/store.
#pragma once

#include "common/clock.h"
#include "extract/extraction_context.h"
#include "pipeline/prepare.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph.h"
#include "store/library_identity.h"
#include "store/wal_checkpointer.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Statement;

namespace store {

enum class Outcome {
    Imported,
    Updated,
    Unchanged
};

// A commit writes every page the batch dirtied to the WAL, and an index leaf dirtied by several
// articles is written once: as the library grows, each article dirties its own leaves of
// mention's and fact_evidence's indexes, so the pages written per article fall with the articles
// per commit (docs/performance.md, "The tallies once a batch": up to 1,024 articles or 4 s took
// the writer's CPU per 10,000 articles from 24.4 to 19.6 s on a loaded machine). The issue's
// bound is a few hundred files or about a second, what a kill -9 may lose and how long a write of
// the GUI (busy timeout 5 s) may wait: a run's first batch commits after 256 articles or 1 s, the
// next ones after 512, then 1,024, or 1 s (on an idle machine, about 800 articles a second, the
// second passes first). A batch's new articles wait, their text and tokens (~19 KB an article:
// 12 bytes a token, the text held once, pretokenized.h), to be written to FTS5 at once, outside
// any savepoint: one FTS5 segment a batch. They were indexed every 512 when an article waited
// with ~50 KB (batches of 1,024 then took 25-37 MB more peak RSS at 20k), so a batch of 800 made
// two segments, and at 100k FTS5 held 237 level-0 segments' worth, 14 of the 16 level-1 segments
// after which it merges the whole index again (~240 MB rewritten and left free in the file, 2.23x
// unicode61 in a slower run that crossed it). Indexed at the commit: 131 level-0 segments' worth
// at 100k, peak RSS 287 MB (docs/performance.md, "The ninth stop of 2026-12-05").
constexpr int kFirstBatchArticles = 256;
constexpr auto kBatchTime = std::chrono::milliseconds(1000);
constexpr int kBatchGrowth = 4;  // the largest batch, in first batches
// The most articles that wait to be indexed: the largest batch's, indexed at its commit.
constexpr int kIndexEvery = kFirstBatchArticles * kBatchGrowth;
// Articles prepared ahead of the writer, per worker. The workers stop whenever the writer pauses
// for longer than the window's articles take to prepare (a commit, the batch's FTS5 indexing, one
// long article at the head), and a core stands idle: with 32 they stood still 1–2.7 s a 10k batch
// of the 20k check, with 128 0.02–0.04 s (docs/performance.md, "The pipeline's window and the
// writer's core"). 176 since an article waits with 48.5 KB instead of 66.8 (shedForWriter): the
// same memory as 128 took, for a writer's pause a third longer (docs/performance.md, "The first
// stop of 2026-12-06").
constexpr std::size_t kInFlightPerWorker = 176;
// The workers run this many nice steps below the writer (common/ordered_pipeline.h): the writer
// needs a third of the import's CPU at 10,000 articles and half at 100,000, more than its equal
// share of two cores among three threads, so at equal priority it fell behind and a core stood
// idle while it caught up (docs/performance.md, "The pipeline's window and the writer's core").
constexpr int kWorkerNiceness = 10;
std::size_t inFlight(int workers);
// Worker threads for an import: `requested`, or one per core (at most 8) when it is 0 or less.
int workerCount(int requested);

// `text` on one line (line breaks as spaces), for a failure's message.
std::string oneLine(std::string text);

// A write error that says the library itself cannot be written (full disk, read-only file, I/O
// error, corruption, lock) — the run must stop — rather than a problem of the one article being
// written (a constraint a bug broke), which rolls back that article alone.
bool isLibraryFailure(const Error &e);

// The one writer of an import or re-extraction: article rows, blocks, sentences and the graph,
// with prepared statements kept across articles.
class ArticleWriter {
public:
    ArticleWriter(Database &db, const Clock &clock, const ExtractionContext *context)
        : m_db(db), m_clock(clock), m_context(context), m_graph(db)
    {}

    GraphWriter &graph() { return m_graph; }

    Result<Outcome> write(PreparedArticle &p, const PrepareOptions &options, std::int64_t runId,
                          std::optional<ImportDuplicate> &duplicate);

    // Indexes the articles this batch inserted since the last call (while the database defers
    // it), all at once and outside any savepoint: FTS5 writes its pending terms as a segment at
    // every savepoint, so an article indexed inside its own would be a segment of its own. Called
    // just before the batch commits (Batch::commit).
    Status indexBatch();
    // Forgets the articles of a batch that was rolled back (and the days read in it).
    void dropUnindexed()
    {
        m_unindexed.clear();
        m_days.forget();
    }
    // An article written alone was rolled back: the rows the days were read from may be gone.
    void articleRolledBack() { m_days.forget(); }
    // At the start of each batch: the days read stay while no other connection committed.
    Status beginBatch() { return m_days.refresh(m_db); }
    // Articles written but not yet indexed.
    std::size_t unindexed() const { return m_unindexed.size(); }

    // Re-extraction of a stored article: new sentences and graph, text untouched.
    Status rewriteGraph(std::int64_t id, const PreparedArticle &p, std::int64_t runId);

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

    Result<Place> storedAt(const std::string &sourceKey);

    // The story this file tells may be stored already: from another path (a copy, or the same
    // file moved), or — for a changed copy — still the story it was a copy of.
    Status findStory(const PreparedArticle &p, Place &place);

    // What the writer stores for `p`: extracted now if the workers' snapshot wrongly said
    // "stored", and with no extraction for a copy (its mentions would count its story twice).
    Status readyToWrite(PreparedArticle &p, const PrepareOptions &options, std::int64_t copyOf);

    // The article row: row place.id updated (its blocks dropped), or a new row, with its identity
    // columns, when place.id is 0. Its id.
    Result<std::int64_t> writeArticleRow(PreparedArticle &p, const Place &place, std::int64_t runId);
    // The article's content key (article_content, read back as the next import's KnownTexts).
    Status writeContentKey(std::int64_t id, std::string_view contentHash);

    // Everything the article row carries with it: identity, the run's copy, blocks, sentences,
    // the graph, re-anchored annotations, and (deferred) its search tokens.
    Status writeDerived(PreparedArticle &p, std::int64_t id, const Place &place, bool updating, std::int64_t runId);

    // Nothing to write but the run; an older library also learns the page's canonical URL.
    Result<Outcome> unchanged(std::int64_t id, const PreparedArticle &p, std::int64_t runId);

    // The story's uid, unless another article holds it (a copy, or an article whose text changed
    // after it was keyed): then one keyed by the story and the file.
    Result<std::string> freeUid(const PreparedArticle &p);

    // Binds the article columns shared by INSERT and UPDATE as ?1..?11; the text in its stored,
    // packed form (text/text_pack.h), which a worker usually made already.
    static Status bindArticle(Statement &st, const PreparedArticle &p, const std::string &now);

    // The text is stored once: a body or caption block's text is the stretch of article.body it
    // became (Library::article puts it back), only title and noise blocks keep their own text.
    Status writeBlocks(std::int64_t articleId, const std::vector<TextBlock> &blocks, const std::string &title);

    // `stored`: the article may have sentences already (they are replaced).
    Status writeSentences(std::int64_t articleId, const std::vector<Sentence> &sentences, bool stored = true);
    // Whether the article's stored sentences (its article_sentences blob) are `sentences` (re-extraction
    // leaves them then).
    Result<bool> sentencesAsStored(std::int64_t articleId, const std::vector<Sentence> &sentences);

    // An article waiting to be indexed: its title and text as stored in article.title and
    // article.body, with the worker's tokens when it made them (`tokenized`; else FTS5 calls the
    // tokenizer), each text held once.
    struct Unindexed {
        std::int64_t id;
        PretokenizedText title;
        PretokenizedText body;
        bool tokenized;
    };

    Database &m_db;
    const Clock &m_clock;
    const ExtractionContext *m_context;
    GraphWriter m_graph;
    store::StoryDays m_days; // the candidates' days findStory read this run
    std::vector<Unindexed> m_unindexed;
};

// An open write transaction committed every kFirstBatchArticles articles at first, up to
// kBatchGrowth times that as the run goes on, or kBatchTime; its new articles are indexed at the
// commit.
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
        if (auto s = m_writer.beginBatch(); !s)
            return s;
        return m_graph.beginWrite();
    }
    // Article `member` (a file's or a stored article's index in the run) was written in the batch,
    // outside any savepoint. Its text and tokens (~19 KB) wait for the commit to be indexed, so at
    // most kIndexEvery wait: the batch is due at that many members.
    void added(std::size_t member) { m_members.push_back(member); }
    // The articles written in the open batch, in order.
    const std::vector<std::size_t> &members() const { return m_members; }
    bool due() const
    {
        return m_tx
               && (m_members.size() >= static_cast<std::size_t>(kFirstBatchArticles) * static_cast<std::size_t>(m_scale)
                   || std::chrono::steady_clock::now() - m_started >= kBatchTime);
    }
    Status commit()
    {
        if (!m_tx)
            return {};
        const Pause pause(m_longestPause);
        m_scale = std::min(m_scale * 2, kBatchGrowth);
        auto s = m_graph.flushTallies(); // with the batch's rows, in its transaction
        if (s)
            s = m_writer.indexBatch();
        if (s) {
            auto folded = store::foldRecentBands(m_db); // when enough band keys have gathered
            if (!folded)
                s = std::unexpected(folded.error());
        }
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
    // The writer's longest step so far between two articles: a commit with all it does (the
    // tallies, the batch's FTS5 indexing, the band fold, the COMMIT and any copy of the WAL its
    // hook makes), in wall seconds. The workers stand still once one outlasts the
    // time their window takes to prepare (docs/performance.md, "The first stop of 2026-12-06").
    double longestPause() const { return m_longestPause; }
    void rollback()
    {
        m_tx.reset();
        m_members.clear();
        m_graph.rolledBack();
        m_writer.dropUnindexed();
    }

private:
    // Keeps the longest wall time from construction to destruction in `longest`.
    class Pause {
    public:
        explicit Pause(double &longest) : m_longest(longest), m_start(std::chrono::steady_clock::now()) {}
        ~Pause()
        {
            m_longest =
                std::max(m_longest, std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count());
        }
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        double &m_longest;
        std::chrono::steady_clock::time_point m_start;
    };

    Database &m_db;
    ArticleWriter &m_writer;
    GraphWriter &m_graph;
    std::unique_ptr<Transaction> m_tx;
    std::chrono::steady_clock::time_point m_started;
    std::vector<std::size_t> m_members;
    int m_scale = 1; // this batch's limits in first batches' (grows to kBatchGrowth)
    double m_longestPause = 0;
};

// CPU time of the calling thread, in seconds (what a thread costs, whatever else the machine runs).
double threadCpuSeconds();

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
// - a 64 MB page cache (LibraryOptions::writerCacheMb; the GUI asks for less) instead of
//   SQLite's 2 MB: a batch touches more index pages than 2 MB holds, and each one evicted
//   mid-batch was written to the WAL and read back again (2,000 articles: 84,000 writes and
//   83,000 reads of a page, 37,000 and 12,000 with 64 MB). It was 128 MB while that took the
//   writer's CPU at 100,000 articles 12 % below 64 MB's; with the batches' larger commits and the
//   band keys' own small table it no longer does: at 100,000 the writer's CPU summed over the ten
//   batches was 59.8 s with 64 MB against 63.1 and 64.9 s with 128 MB (64.4 s with 96 MB, 64.9 s
//   with 32 MB), and the import's peak RSS 233 MB against 305-307 MB, the bound being
//   300 (docs/performance.md, "The second stop of 2026-12-06"). Back to the connection's own size
//   after, so a GUI connection that imported does not keep it;
// - a checkpoint when the WAL holds kCheckpointPages (10,000) pages instead of 1,000: a checkpoint
//   copies every page the WAL holds, and the batches of an import dirty the same index leaves
//   again and again, so fewer, larger checkpoints copy fewer pages (10,000 articles: 19
//   checkpoints of 51,516 pages in all, 0.37 s of the writer, against 4 of 47,242, 0.15 s; the WAL
//   file grows to 80 MB with 8 KB pages), copied on a thread of their own (WalCheckpointer). Back
//   to the connection's own after.
class WriterSettings {
public:
    WriterSettings(Database &db, int cacheMb)
        : m_db(db), m_cacheSize(db.scalar("PRAGMA cache_size").value_or(-2000)),
          m_autocheckpoint(db.scalar("PRAGMA wal_autocheckpoint").value_or(1000))
    {
        (void)m_db.exec(
            "PRAGMA foreign_keys = OFF; PRAGMA cache_size = " + std::to_string(-1024L * std::max(cacheMb, 2)) + ";");
        m_checkpointer.emplace(db, kCheckpointPages);
    }
    ~WriterSettings()
    {
        m_checkpointer.reset(); // its pass finished and its hook gone before SQLite's own is back
        (void)m_db.exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = " + std::to_string(m_cacheSize)
                        + "; PRAGMA wal_autocheckpoint = " + std::to_string(m_autocheckpoint) + ";");
    }
    WriterSettings(const WriterSettings &) = delete;
    WriterSettings &operator=(const WriterSettings &) = delete;

private:
    static constexpr int kCheckpointPages = 10'000;
    Database &m_db;
    std::int64_t m_cacheSize;      // as the connection had it
    std::int64_t m_autocheckpoint; // as the connection had it
    std::optional<WalCheckpointer> m_checkpointer;
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

// A run of `kind` ("import", "reextract") over `paths`, recorded in import_run. Its id.
Result<std::int64_t> startRun(Database &db, const std::string &now, const std::vector<std::string> &paths,
                              const char *kind, const std::string &extractorVersion);
// The run's end and counts, recorded in import_run.
Status finishRun(Database &db, const std::string &now, std::int64_t runId, const ImportReport &r);
// The extractor version recorded when a whole library has been extracted by it.
Status setExtractorVersion(Database &db, const std::string &version);

} // namespace store
} // namespace sillok::core
