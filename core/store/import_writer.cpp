// The one writer of an import or a re-extraction (see store/import_writer.h).

#include "store/import_writer.h"

#include "common/clock.h"
#include "extract/extraction_context.h"
#include "ingest/sha256.h"
#include "store/library_identity.h"
#include "store/library_private.h"
#include "store/packed_spans.h"
#include "store/statement.h"
#include "text/text_pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <thread>
#include <time.h>

namespace sillok::core::store {

namespace fs = std::filesystem;

std::size_t inFlight(int workers)
{
    return kInFlightPerWorker * static_cast<std::size_t>(workers);
}

int workerCount(int requested)
{
    if (requested > 0)
        return requested;
    return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
}

std::string oneLine(std::string text)
{
    std::ranges::replace(text, '\n', ' ');
    std::ranges::replace(text, '\r', ' ');
    return text;
}

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

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

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
    st.bind(1, now)
        .bind(2, r.imported)
        .bind(3, r.updated)
        .bind(4, r.unchanged)
        .bind(5, static_cast<int>(r.failed.size()))
        .bind(6, runId);
    return st.run();
}

Status setExtractorVersion(Database &db, const std::string &version)
{
    Statement st(db, "INSERT INTO meta(key, value) VALUES ('extractor_version', ?1) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, version);
    return st.run();
}

Result<Outcome> ArticleWriter::write(PreparedArticle &p, const PrepareOptions &options, std::int64_t runId,
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
    auto id = writeArticleRow(p, place, runId);
    if (!id)
        return std::unexpected(id.error());
    if (auto s = writeDerived(p, *id, place, updating, runId); !s)
        return std::unexpected(s.error());
    return updating ? Outcome::Updated : Outcome::Imported;
}

Status ArticleWriter::indexBatch()
{
    auto wd = m_db.cached("INSERT INTO doc_wd(rowid, title, body) VALUES (?1, ?2, ?3)");
    auto bg = m_db.cached("INSERT INTO doc_bg(rowid, title, body) VALUES (?1, ?2, ?3)");
    for (const Unindexed &u : m_unindexed) {
        // Without the worker's tokens nothing is registered (a null is passed over) and FTS5
        // calls the tokenizer.
        const PretokenizedScope pretokenized({u.tokenized ? &u.title : nullptr, u.tokenized ? &u.body : nullptr});
        for (Statement *st : {&*wd, &*bg}) {
            st->reset();
            st->bind(1, u.id).bind(2, u.title.text).bind(3, u.body.text);
            if (auto s = st->run(); !s)
                return s;
        }
    }
    m_unindexed.clear();
    return {};
}

Status ArticleWriter::rewriteGraph(std::int64_t id, const PreparedArticle &p, std::int64_t runId)
{
    auto same = sentencesAsStored(id, p.extraction.sentences);
    if (!same)
        return std::unexpected(same.error());
    if (!*same)
        if (auto s = writeSentences(id, p.extraction.sentences); !s)
            return s;
    return m_graph.merge(id, p.plan, runId, false, true); // its text and date as stored
}

Result<ArticleWriter::Place> ArticleWriter::storedAt(const std::string &sourceKey)
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

Status ArticleWriter::findStory(const PreparedArticle &p, Place &place)
{
    if (place.id != 0 && !place.wasCopy)
        return {};
    auto match = store::findStory(m_db, p, place.id, m_days);
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

Status ArticleWriter::readyToWrite(PreparedArticle &p, const PrepareOptions &options, std::int64_t copyOf)
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

Result<std::int64_t> ArticleWriter::writeArticleRow(PreparedArticle &p, const Place &place, std::int64_t runId)
{
    const std::int64_t id = place.id;
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
        m_days.set(id, p.article.published); // its date may have changed with its text
        if (auto s = writeContentKey(id, p.article.contentHash); !s)
            return std::unexpected(s.error());
        return id; // its blocks are replaced with the new ones (writeBlocks)
    }
    auto st = m_db.cached(
        "INSERT INTO article (source, format, encoding, content_hash, title, body, published, published_precision, "
        "published_basis, published_text, updated_at, imported_at, uid, source_key, first_run, last_run, "
        "canonical_url, url_key, fingerprint, copy_of, similarity, written_run) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?11,?12,?13,?14,?14,?15,?16,?17,?18,?19,?20)");
    if (auto s = bindArticle(*st, p, now); !s)
        return std::unexpected(s.error());
    auto uid = freeUid(p);
    if (!uid)
        return std::unexpected(uid.error());
    p.uid = *uid;
    st->bind(12, p.uid).bind(13, p.sourceKey).bind(14, runId);
    store::bindIdentity(*st, 15, p, place.copyOf, place.similarity, runId); // as writeIdentity sets a stored row's
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    const std::int64_t inserted = m_db.lastInsertId();
    m_days.set(inserted, p.article.published);
    if (auto s = writeContentKey(inserted, p.article.contentHash); !s)
        return std::unexpected(s.error());
    return inserted;
}

Status ArticleWriter::writeContentKey(std::int64_t id, std::string_view contentHash)
{
    auto st = m_db.cached("INSERT INTO article_content (article_id, content_key) VALUES (?1, ?2) "
                          "ON CONFLICT(article_id) DO UPDATE SET content_key = excluded.content_key");
    st->bind(1, id).bind(2, hexDigestKey(contentHash));
    return st->run();
}

Status ArticleWriter::writeDerived(PreparedArticle &p, std::int64_t id, const Place &place, bool updating,
                                   std::int64_t runId)
{
    if (auto s = updating ? store::writeIdentity(m_db, id, p, place.copyOf, place.similarity, runId)
                          : store::writeNewIdentity(m_db, id, p, place.copyOf);
        !s)
        return s;
    if (place.copyOf != 0) {
        auto st = m_db.cached("INSERT OR IGNORE INTO run_copy (run_id, article_id) VALUES (?1, ?2)");
        st->bind(1, runId).bind(2, id);
        if (auto s = st->run(); !s)
            return s;
    }
    if (auto s = writeBlocks(id, p.article.blocks, p.article.title); !s)
        return s;
    if (p.extracted) {
        if (auto s = writeSentences(id, p.extraction.sentences, updating); !s)
            return s;
        if (auto s = m_graph.merge(id, p.plan, runId, !updating); !s)
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
        // Indexed with the rest of the batch (indexBatch); the tokens go with it, and hold the
        // texts they were made from (the mined text only there once shedForWriter let it go).
        const bool tokenized =
            p.titleTokens.text == p.article.title && (p.minedInTokens || p.minedTokens.text == p.mined);
        Unindexed u{id, std::move(p.titleTokens), std::move(p.minedTokens), tokenized};
        if (!tokenized) {
            u.title = PretokenizedText{p.article.title, {}, {}};
            u.body = PretokenizedText{p.minedInTokens ? std::move(u.body.text) : std::move(p.mined), {}, {}};
        }
        m_unindexed.push_back(std::move(u));
    }
    return {};
}

Result<Outcome> ArticleWriter::unchanged(std::int64_t id, const PreparedArticle &p, std::int64_t runId)
{
    auto st = m_db.cached("UPDATE article SET last_run = ?1, "
                          "canonical_url = CASE WHEN url_key = '' THEN ?3 ELSE canonical_url END, "
                          "url_key = CASE WHEN url_key = '' THEN ?4 ELSE url_key END WHERE id = ?2");
    st->bind(1, runId).bind(2, id).bind(3, p.urlKey.empty() ? std::string() : p.article.canonicalUrl).bind(4, p.urlKey);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    return Outcome::Unchanged;
}

Result<std::string> ArticleWriter::freeUid(const PreparedArticle &p)
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

Status ArticleWriter::bindArticle(Statement &st, const PreparedArticle &p, const std::string &now)
{
    std::string made; // only when no worker packed it (bindBlob copies the bytes anyway)
    if (p.packedMined.empty()) {
        auto packed = packText(p.mined);
        if (!packed)
            return std::unexpected(packed.error());
        made = std::move(*packed);
    }
    const std::string_view packed = p.packedMined.empty() ? std::string_view(made) : std::string_view(p.packedMined);
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

// A block's text is stored only where nothing else holds it: a body or caption block is its stretch
// of article.body, a title block that reads as article.title is that (Library::article restores
// both, restoreText). One row an article, replacing what an earlier version of it had.
Status ArticleWriter::writeBlocks(std::int64_t articleId, const std::vector<TextBlock> &blocks,
                                  const std::string &title)
{
    std::vector<bool> keepText;
    keepText.reserve(blocks.size());
    for (const TextBlock &b : blocks)
        keepText.push_back(!(b.kind == BlockKind::Body || b.kind == BlockKind::Caption
                             || (b.kind == BlockKind::Title && b.text == title)));
    auto st = m_db.cached("INSERT OR REPLACE INTO article_blocks (article_id, blocks) VALUES (?1, ?2)");
    st->bind(1, articleId).bindBlob(2, packBlocks(blocks, keepText));
    return st->run();
}

Result<bool> ArticleWriter::sentencesAsStored(std::int64_t articleId, const std::vector<Sentence> &sentences)
{
    auto q = m_db.cached("SELECT bounds FROM article_sentences WHERE article_id = ?1");
    q->bind(1, articleId);
    std::string stored;
    if (q->next())
        stored = q->blob(0);
    if (!q->status())
        return std::unexpected(q->status().error());
    return stored == packSentences(sentences);
}

Status ArticleWriter::writeSentences(std::int64_t articleId, const std::vector<Sentence> &sentences, bool stored)
{
    if (sentences.empty()) {
        if (!stored)
            return {};
        auto del = m_db.cached("DELETE FROM article_sentences WHERE article_id = ?1");
        del->bind(1, articleId);
        return del->run();
    }
    auto st = m_db.cached("INSERT OR REPLACE INTO article_sentences (article_id, bounds) VALUES (?1, ?2)");
    st->bind(1, articleId).bindBlob(2, packSentences(sentences));
    return st->run();
}

} // namespace sillok::core::store
