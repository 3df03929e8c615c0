// Library: re-extracting the stored articles with this build's extractor, through the import's
// pipeline and writer (store/import_writer.h).

#include "common/ordered_pipeline.h"
#include "common/utf.h"
#include "extract/extraction_context.h"
#include "pipeline/prepare.h"
#include "store/import_writer.h"
#include "store/library_private.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace sillok::core {

using namespace store;

namespace {

// A stored article in the shape extraction reads. Built in one expression: GCC 12 at -O2 reports
// member-by-member assignment to a default-constructed ParsedArticle as "maybe uninitialized" (a
// false positive on std::string, GCC bug 105562).
ParsedArticle storedArticle(const ArticleSummary &summary, ArticleRecord &&record)
{
    // article.body holds the running text and then the captions; extraction appends the captions
    // itself (minedText), so it is given the running text alone.
    if (record.captionStart < static_cast<int>(codePointCount(record.body)))
        record.body = toUtf8(std::u32string_view(toU32(record.body))
                                 .substr(0, static_cast<std::size_t>(std::max(0, record.captionStart - 2))));
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
    const WriterSettings settings(db, d->writerCacheMb);
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
                record = storedText(db, ids[i].first);
            }
            if (!record) {
                PreparedArticle p;
                p.error = record.error();
                return p;
            }
            const ArticleSummary summary = record->summary;
            PreparedArticle p =
                prepareParsed(storedArticle(summary, std::move(*record)), ids[i].second, prepareOptions);
            shedForWriter(p);
            return p;
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
        },
        nullptr, kWorkerNiceness);

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
