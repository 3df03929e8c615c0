// Library: collecting files and importing them (re-extraction: library_reextract.cpp).
//
// Both run the same pipeline (common/ordered_pipeline.h): worker threads read, decode, clean,
// extract and plan each article (pipeline/prepare.h); this thread is the one writer. The writer
// commits in batches — a few hundred articles or about a second of work — so a kill -9 loses at
// most the open batch and never half an article, and the next run of the same import completes
// it. A bad file rolls back alone: when an article fails, the batch is rolled back and its other
// articles written again, each in a savepoint of its own (BatchWriter). A failure of the library
// itself (disk full, read-only file, I/O error) stops the run at once.

#include "common/ordered_pipeline.h"
#include "ingest/ingest.h"
#include "pipeline/prepare.h"
#include "store/import_writer.h"
#include "store/library_private.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

namespace sillok::core {

namespace fs = std::filesystem;
using namespace store;

namespace {

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

Result<KnownTexts> knownTexts(Database &db)
{
    std::unordered_map<std::int64_t, std::int64_t> hashes;
    Statement byHash(db, store::kStoredHashesSql);
    while (byHash.next())
        hashes.emplace(byHash.int64(0), byHash.int64(1));
    if (!byHash.status())
        return std::unexpected(byHash.status().error());
    KnownTexts known;
    Statement byKey(db, store::kStoredSourceKeysSql);
    while (byKey.next()) {
        const auto hash = hashes.find(byKey.int64(0));
        if (hash != hashes.end())
            known.add(byKey.text(1), hash->second);
    }
    if (!byKey.status())
        return std::unexpected(byKey.status().error());
    return known;
}

// A file to import and its sourceKeyOf.
struct SourceFile {
    std::string path;
    std::string key;
};

// Library::collectFiles with each file's key, worked out once for the run (SourceKeys).
std::vector<SourceFile> collectSources(const std::vector<std::string> &paths, std::vector<ImportFailure> *missing)
{
    std::vector<SourceFile> out;
    std::unordered_set<std::string> seen;
    SourceKeys keys;
    const auto add = [&](const std::string &file) {
        std::string key = keys.keyOf(file);
        if (seen.insert(key).second)
            out.push_back({file, std::move(key)});
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

} // namespace

std::vector<std::string> Library::collectFiles(const std::vector<std::string> &paths,
                                               std::vector<ImportFailure> *missing)
{
    std::vector<std::string> out;
    for (SourceFile &f : collectSources(paths, missing))
        out.push_back(std::move(f.path));
    return out;
}

namespace {

// prepareFile() on a worker, adding its thread's CPU time to `nanos`; what the writer will not read
// is freed there (shedForWriter).
PreparedArticle timedPrepare(const SourceFile &file, const PrepareOptions &options, const KnownTexts &known,
                             std::atomic<std::int64_t> &nanos)
{
    const double t0 = threadCpuSeconds();
    PreparedArticle p = prepareFile(file.path, options, &known, file.key);
    shedForWriter(p);
    nanos += static_cast<std::int64_t>((threadCpuSeconds() - t0) * 1e9);
    return p;
}

// Where the run's time went (ImportReport's seconds).
void recordTimes(ImportReport &report, std::int64_t prepareNanos, const PipelineWaits &waits, const Batch &batch,
                 std::chrono::steady_clock::time_point wallStart)
{
    report.longestPauseSeconds = batch.longestPause();
    report.prepareSeconds = static_cast<double>(prepareNanos) / 1e9;
    report.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    report.workersWaitSeconds = static_cast<double>(waits.workersNanos.load()) / 1e9;
    report.writerWaitSeconds = static_cast<double>(waits.consumerNanos.load()) / 1e9;
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
        writer.articleRolledBack();
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
    BatchWriter(Database &db, ArticleWriter &writer, Batch &batch, const std::vector<SourceFile> &files,
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
            PreparedArticle p = prepareFile(m_files[member].path, m_options, &m_known, m_files[member].key);
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
    const std::vector<SourceFile> &m_files;
    const PrepareOptions &m_options;
    const KnownTexts &m_known;
    std::int64_t m_runId;
};

} // namespace

ImportReport Library::importPaths(const std::vector<std::string> &paths, const ImportOptions &options,
                                  const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    const std::vector<SourceFile> files = collectSources(paths, &report.failed);
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
    const WriterSettings settings(db, d->writerCacheMb);
    const SearchIndexDeferred deferred(db);
    PipelineWaits waits;
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
        },
        &waits, kWorkerNiceness);

    if (!report.libraryError) {
        const Stopwatch writing(report.writeSeconds);
        if (auto s = batch.commit(); !s)
            failBatch(s.error());
        else
            pending.commitTo(report);
    }
    recordTimes(report, prepareNanos.load(), waits, batch, wallStart);
    if (!report.libraryError && !report.cancelled && options.extract && known->size() == 0)
        (void)setExtractorVersion(db, d->context->version()); // a new library: all of it is this version's
    (void)finishRun(db, d->clock->nowUtc(), *run, report);
    d->currentRunId = 0;
    return report;
}

} // namespace sillok::core
