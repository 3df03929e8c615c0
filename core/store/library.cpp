// Library: opening, the default path and the article views.

#include "store/library.h"

#include "common/utf.h"
#include "search/korean_tokenizer.h"
#include "store/library_graph_internal.h"
#include "store/library_private.h"
#include "store/migrations.h"
#include "store/packed_spans.h"

#include <sqlite3.h>

#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <system_error>

namespace sillok::core {

namespace fs = std::filesystem;

namespace store {

PartialDate storedDate(const std::string &text)
{
    return PartialDate::parse(text).value_or(PartialDate{});
}

} // namespace store

Library::Library(std::unique_ptr<Private> p) : d(std::move(p)) {}
Library::~Library() = default;

Database &Library::database()
{
    return *d->db;
}

std::string Library::defaultPath()
{
    if (const char *env = std::getenv("SILLOK_DB"); env && *env)
        return env;
    fs::path dir;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        dir = xdg;
    else if (const char *home = std::getenv("HOME"); home && *home)
        dir = fs::path(home) / ".local" / "share";
    else
        dir = ".";
    return (dir / "sillok" / "sillok.sqlite").string();
}

bool Library::upgradePending(const std::string &path)
{
    std::error_code ec;
    if (path.empty() || !fs::is_regular_file(path, ec))
        return false;
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return false;
    auto pending = core::upgradePending(**db);
    return pending && *pending;
}

Result<std::unique_ptr<Library>> Library::open(const std::string &path, const LibraryOptions &options)
{
    if (options.context == nullptr || options.clock == nullptr || options.context->gazetteer == nullptr
        || options.context->lexicon == nullptr || options.context->calendar == nullptr)
        return fail(ErrorCode::InvalidArgument, "incomplete library options (extraction context or clock missing)");
    if (path.empty())
        return fail(ErrorCode::InvalidArgument, "empty database path");
    if (path != ":memory:" && !path.starts_with("file:")) {
        const fs::path parent = fs::path(path).parent_path();
        std::error_code ec;
        if (!parent.empty() && !fs::exists(parent, ec)) {
            fs::create_directories(parent, ec);
            if (ec)
                return fail(ErrorCode::Io, "cannot create folder " + parent.string() + ": " + ec.message(), path);
        }
    }
    auto db = Database::open(path);
    if (!db)
        return std::unexpected(db.error());
    auto fts5 = (*db)->fts5Api();
    if (!fts5)
        return std::unexpected(fts5.error());
    if (auto s = registerKoreanTokenizer(*fts5); !s)
        return std::unexpected(s.error());
    if (auto s = migrate(**db); !s) {
        Error e = s.error();
        e.path = path;
        return std::unexpected(e);
    }
    auto p = std::make_unique<Private>();
    p->db = std::move(*db);
    p->path = path;
    p->context = options.context;
    p->clock = options.clock;
    p->workers = options.workers;
    p->writerCacheMb = options.writerCacheMb;
    // Library::interrupt(): a statement checks the flag every 1000 VM steps (a few microseconds).
    sqlite3_progress_handler(p->db->handle(), 1000, [](void *flag) -> int {
        return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
    }, &p->interrupted);
    return std::unique_ptr<Library>(new Library(std::move(p)));
}

namespace {

constexpr const char *kSummaryColumns =
    "a.id, a.uid, a.source, a.title, a.published, a.published_basis, a.encoding, a.format, a.version, "
    "(SELECT COUNT(*) FROM annotation n WHERE n.article_uid = a.uid AND n.deleted = 0), "
    "(SELECT COUNT(DISTINCT m.entity_id) FROM mention m WHERE m.article_id = a.id AND m.entity_id IS NOT NULL), "
    "a.imported_at, a.updated_at, (SELECT COUNT(*) FROM article c WHERE c.copy_of = a.id), COALESCE(a.copy_of, 0), "
    "a.canonical_url, a.fingerprint";
constexpr int kSummaryColumnCount = 17;

ArticleSummary summaryFrom(const Statement &st)
{
    ArticleSummary s;
    s.id = st.int64(0);
    s.uid = st.text(1);
    s.source = st.text(2);
    s.title = st.text(3);
    s.published = store::storedDate(st.text(4));
    s.publishedBasis = st.text(5);
    s.encoding = st.text(6);
    s.format = st.text(7);
    s.version = st.int32(8);
    s.annotationCount = st.int32(9);
    s.entityCount = st.int32(10);
    s.importedAt = st.text(11);
    s.updatedAt = st.text(12);
    s.copies = st.int32(13);
    s.copyOf = st.int64(14);
    s.canonicalUrl = st.text(15);
    s.fingerprint = st.text(16);
    return s;
}

// The text is stored once (library_import.cpp): body and caption blocks carry no text of their
// own. article.body is the body blocks joined with "\n\n" and then "\n\n" + each caption
// (ingest/article.h minedText), so each block is the next stretch of it; the full text is every
// block joined with "\n\n" — both come back exactly as ingest made them.
// `length` code points of `text` from `at`, clamped to the text: a block's or a mention's stretch.
std::string cutCodePoints(std::u32string_view text, std::size_t at, int length)
{
    return toUtf8(text.substr(std::min(at, text.size()), static_cast<std::size_t>(std::max(0, length))));
}

// `body` is r.body in code points (Library::article also cuts the mentions' surfaces from it).
void restoreText(ArticleRecord &r, std::u32string_view body)
{
    const auto cut = [&](std::size_t at, int length) { return cutCodePoints(body, at, length); };
    for (TextBlock &b : r.blocks)
        if (b.kind == BlockKind::Title && b.text.empty())
            b.text = r.summary.title; // stored once, as the article's title (ArticleWriter::writeBlocks)
    std::size_t at = 0; // code points of running text consumed so far
    for (TextBlock &b : r.blocks) {
        if (b.kind != BlockKind::Body)
            continue;
        if (at > 0)
            at += 2; // the "\n\n" between two body blocks (none before the first text)
        if (b.text.empty())
            b.text = cut(at, b.end - b.start);
        at += static_cast<std::size_t>(std::max(0, b.end - b.start));
    }
    r.captionStart = static_cast<int>(at);
    bool anyCaption = false;
    for (TextBlock &b : r.blocks) {
        if (b.kind != BlockKind::Caption)
            continue;
        at += 2; // minedText puts "\n\n" before every caption
        if (!anyCaption)
            r.captionStart = static_cast<int>(at);
        anyCaption = true;
        if (b.text.empty())
            b.text = cut(at, b.end - b.start);
        at += static_cast<std::size_t>(std::max(0, b.end - b.start));
    }
    std::size_t bytes = 0;
    for (const TextBlock &b : r.blocks)
        bytes += b.text.size() + 2;
    r.fullText.reserve(bytes);
    for (const TextBlock &b : r.blocks) {
        if (!r.fullText.empty())
            r.fullText += "\n\n";
        r.fullText += b.text;
    }
}

} // namespace

Result<std::vector<ArticleSummary>> Library::articles()
{
    Statement st(*d->db, std::string("SELECT ") + kSummaryColumns
                             + " FROM article a WHERE a.copy_of IS NULL ORDER BY a.published DESC, a.source, a.id");
    std::vector<ArticleSummary> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(summaryFrom(st));
    }
    return out;
}

Result<std::vector<ArticleSummary>> Library::articleCopies(std::int64_t id)
{
    Statement st(*d->db, std::string("SELECT ") + kSummaryColumns
                             + " FROM article a WHERE a.id = (SELECT COALESCE(copy_of, id) FROM article WHERE id = ?1) "
                               "UNION ALL SELECT " + kSummaryColumns
                             + " FROM article a WHERE a.copy_of = (SELECT COALESCE(copy_of, id) FROM article WHERE id = ?1)");
    st.bind(1, id);
    std::vector<ArticleSummary> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(summaryFrom(st));
    }
    if (out.empty())
        return fail(ErrorCode::NotFound, "no article with id " + std::to_string(id));
    return out;
}

Result<std::vector<ArticleSummary>> Library::articlePage(ArticleOrder order, int offset, int limit)
{
    // Each order walks an index (article_published) or sorts only on the page's behalf; the
    // correlated counts run for the rows of the page only.
    const char *orderBy = "a.published DESC, a.id DESC";
    switch (order) {
    case ArticleOrder::NewestFirst:
        break;
    case ArticleOrder::OldestFirst:
        orderBy = "a.published ASC, a.id ASC";
        break;
    case ArticleOrder::TitleAscending:
        orderBy = "a.title ASC, a.id ASC";
        break;
    case ArticleOrder::TitleDescending:
        orderBy = "a.title DESC, a.id DESC";
        break;
    }
    Statement st(*d->db, std::string("SELECT ") + kSummaryColumns + " FROM article a WHERE a.copy_of IS NULL ORDER BY "
                             + orderBy + " LIMIT ?1 OFFSET ?2");
    st.bind(1, std::max(0, limit)).bind(2, std::max(0, offset));
    std::vector<ArticleSummary> out;
    while (st.next())
        out.push_back(summaryFrom(st));
    if (!st.status())
        return std::unexpected(st.status().error());
    return out;
}

Result<int> Library::articleCount()
{
    // Every article less the copies, from two indexes: `copy_of IS NULL` has no index to answer
    // it, and counting it read every article row, texts and all (1.2 s from a cold disk at
    // 90,000 articles, before the library list could show its first page).
    auto st = d->db->cached("SELECT (SELECT COUNT(*) FROM article) - "
                            "(SELECT COUNT(*) FROM article WHERE copy_of IS NOT NULL)");
    if (st->next())
        return st->int32(0);
    return std::unexpected(st->status().error());
}

Result<std::vector<ArticleSummary>> Library::articlesById(const std::vector<std::int64_t> &ids)
{
    std::vector<ArticleSummary> out;
    Statement st(*d->db, std::string("SELECT ") + kSummaryColumns + " FROM article a WHERE a.id = ?1");
    for (std::int64_t id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.next())
            out.push_back(summaryFrom(st));
        if (!st.status())
            return std::unexpected(st.status().error());
    }
    return out;
}

Result<std::int64_t> Library::adjacentArticle(std::int64_t id, ArticleOrder order, int step)
{
    Database &db = *d->db;
    // The key of `id` in the order, then the next row past it (row values compare as the ORDER BY).
    const bool byTitle = order == ArticleOrder::TitleAscending || order == ArticleOrder::TitleDescending;
    const bool descending = order == ArticleOrder::NewestFirst || order == ArticleOrder::TitleDescending;
    const bool forward = (step >= 0) != descending; // walking toward larger keys
    const std::string key = byTitle ? "a.title" : "a.published";
    std::string first = std::string("SELECT a.id FROM article a WHERE a.copy_of IS NULL ORDER BY ") + key
                        + (descending ? " DESC" : " ASC") + ", a.id" + (descending ? " DESC" : " ASC") + " LIMIT 1";
    Statement current(db, "SELECT " + key + " FROM article a WHERE a.id = ?1");
    current.bind(1, id);
    if (id <= 0 || !current.next()) {
        if (!current.status())
            return std::unexpected(current.status().error());
        Statement q(db, first);
        if (q.next())
            return q.int64(0);
        if (!q.status())
            return std::unexpected(q.status().error());
        return std::int64_t{0};
    }
    const std::string value = current.text(0);
    Statement q(db, "SELECT a.id FROM article a WHERE a.copy_of IS NULL AND (" + key + ", a.id) "
                        + (forward ? ">" : "<") + " (?1, ?2) ORDER BY " + key + (forward ? " ASC" : " DESC") + ", a.id"
                        + (forward ? " ASC" : " DESC") + " LIMIT 1");
    q.bind(1, value).bind(2, id);
    if (q.next())
        return q.int64(0);
    if (!q.status())
        return std::unexpected(q.status().error());
    return std::int64_t{0};
}

Result<std::vector<std::pair<std::int64_t, std::string>>> Library::articleTitles(const std::vector<std::int64_t> &ids)
{
    std::vector<std::pair<std::int64_t, std::string>> out;
    Statement st(*d->db, "SELECT title, source FROM article WHERE id = ?1");
    for (std::int64_t id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.next())
            out.emplace_back(id, st.text(0).empty() ? fs::path(st.text(1)).filename().string() : st.text(0));
        if (!st.status())
            return std::unexpected(st.status().error());
    }
    return out;
}

Result<std::vector<ArticleSummary>> Library::entityArticles(std::int64_t id, const EntityPageCursor &cursor,
                                                            std::int64_t *next)
{
    // The articles that mention the curated entity, newest first: the mention_entity index gives
    // the article ids, the article_published index the order; the page stops after `limit`.
    Statement root(*d->db, "SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?1");
    root.bind(1, id);
    if (!root.next())
        return root.status() ? fail(ErrorCode::NotFound, "no entity " + std::to_string(id))
                             : std::unexpected(root.status().error());
    const std::int64_t rootId = root.int64(0);
    const std::int64_t offset = std::max<std::int64_t>(0, cursor.after);
    const int limit = std::max(0, cursor.limit);
    const std::int64_t wanted = offset + limit + 1; // one row more than asked says whether another page follows
    std::vector<ArticleSummary> out;
    bool more = false;
    const auto finish = [&]() -> Result<std::vector<ArticleSummary>> {
        if (next)
            *next = more ? offset + static_cast<std::int64_t>(out.size()) : 0;
        return std::move(out);
    };
    // An entity named in a large share of the library (a ministry in 61,000 of 100,000 articles)
    // has its newest articles among the library's newest: walking article_published newest first
    // and asking each article whether it names the entity (mention_entity) finds a page in a few
    // hundred probes, where reading every article of the entity and sorting them took 150 ms.
    // The walk asks at most kWalkProbes articles; an entity it does not meet often enough reads its
    // own articles instead (the IN list below), which costs what it has.
    constexpr std::int64_t kMaxProbes = store::kWalkProbes;
    if (wanted <= kMaxProbes / 4) {
        Statement walk(*d->db, "SELECT a.id FROM (SELECT id FROM article INDEXED BY article_published "
                               "ORDER BY published DESC, id DESC LIMIT ?3) AS a "
                               "WHERE EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = ?1 AND m.article_id = a.id) "
                               "LIMIT ?2");
        walk.bind(1, rootId).bind(2, wanted).bind(3, kMaxProbes);
        std::vector<std::int64_t> ids;
        while (walk.next())
            ids.push_back(walk.int64(0));
        if (!walk.status())
            return std::unexpected(walk.status().error());
        if (static_cast<std::int64_t>(ids.size()) == wanted) {
            Statement one(*d->db, std::string("SELECT ") + kSummaryColumns + " FROM article a WHERE a.id = ?1");
            for (std::size_t i = static_cast<std::size_t>(offset); i < ids.size(); ++i) {
                if (static_cast<int>(out.size()) == limit) {
                    more = true;
                    break;
                }
                one.reset();
                one.bind(1, ids[i]);
                if (!one.next())
                    return one.status() ? fail(ErrorCode::NotFound, "no article " + std::to_string(ids[i]))
                                        : std::unexpected(one.status().error());
                out.push_back(summaryFrom(one));
            }
            return finish();
        }
    }
    Statement st(*d->db,
                 std::string("SELECT ") + kSummaryColumns
                     + " FROM article a WHERE a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id = ?1) "
                       "ORDER BY a.published DESC, a.id DESC LIMIT ?2 OFFSET ?3");
    st.bind(1, rootId).bind(2, limit + 1).bind(3, offset);
    while (st.next()) {
        if (static_cast<int>(out.size()) == limit) {
            more = true;
            break;
        }
        out.push_back(summaryFrom(st));
    }
    if (!st.status())
        return std::unexpected(st.status().error());
    return finish();
}

namespace {

// Article `id`'s blocks, in order, as stored (body and caption blocks without their text).
Status readBlocks(Database &db, std::int64_t id, std::vector<TextBlock> &blocks)
{
    auto st = db.cached("SELECT blocks FROM article_blocks WHERE article_id = ?1");
    st->bind(1, id);
    if (!st->next())
        return st->status();
    auto stored = store::unpackBlocks(st->blob(0));
    if (!stored)
        return std::unexpected(stored.error());
    blocks = std::move(*stored);
    return {};
}

} // namespace

Result<ArticleRecord> store::storedText(Database &db, std::int64_t id)
{
    ArticleRecord r;
    {
        auto st = db.cached("SELECT uid, source, title, published, published_basis, encoding, format, canonical_url, "
                            "sillok_text(body), published_text, content_hash FROM article WHERE id = ?1");
        st->bind(1, id);
        if (!st->next()) {
            if (!st->status())
                return std::unexpected(st->status().error());
            return fail(ErrorCode::NotFound, "no article with id " + std::to_string(id));
        }
        ArticleSummary &s = r.summary;
        s.id = id;
        s.uid = st->text(0);
        s.source = st->text(1);
        s.title = st->text(2);
        s.published = storedDate(st->text(3));
        s.publishedBasis = st->text(4);
        s.encoding = st->text(5);
        s.format = st->text(6);
        s.canonicalUrl = st->text(7);
        r.body = st->text(8);
        r.publishedText = st->text(9);
        r.contentHash = st->text(10);
    } // reset: the writer's connection keeps no read open
    if (auto s = readBlocks(db, id, r.blocks); !s)
        return std::unexpected(s.error());
    restoreText(r, toU32(r.body));
    return r;
}

Result<ArticleRecord> Library::article(std::int64_t id)
{
    Database &db = *d->db;
    ArticleRecord r;
    {
        Statement st(db,
                     std::string("SELECT ") + kSummaryColumns
                         + ", sillok_text(a.body), a.published_text, a.content_hash FROM article a WHERE a.id = ?1");
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, "no article with id " + std::to_string(id));
        r.summary = summaryFrom(st);
        r.body = st.text(kSummaryColumnCount);
        r.publishedText = st.text(kSummaryColumnCount + 1);
        r.contentHash = st.text(kSummaryColumnCount + 2);
    }
    if (auto s = readBlocks(db, id, r.blocks); !s)
        return std::unexpected(s.error());
    const std::u32string body = toU32(r.body); // offsets count code points
    restoreText(r, body);
    {
        Statement st(db, "SELECT bounds FROM article_sentences WHERE article_id = ?1");
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            auto sentences = store::unpackSentences(st.blob(0));
            if (!sentences)
                return std::unexpected(sentences.error());
            for (const Sentence &s : *sentences)
                r.sentences.emplace_back(s.start, s.end);
        }
    }
    {
        // A mention's surface is its stretch of the stored text (migration 10 stopped storing it).
        Statement st(db,
                     "SELECT m.id, COALESCE(m.entity_id, 0), COALESCE(e.type, 'organization'), COALESCE(e.name, ''), "
                     "m.start, m.end, m.sentence, m.field, m.caption FROM mention m "
                     "LEFT JOIN entity e ON e.id = m.entity_id WHERE m.article_id = ?1 ORDER BY m.start, m.end, m.id");
        st.bind(1, id);
        for (;;) {
            auto row = st.step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            MentionRecord m;
            m.id = st.int64(0);
            m.entityId = st.int64(1);
            m.entityType = entityTypeFromName(st.text(2)).value_or(EntityType::Organization);
            m.entityName = st.text(3);
            m.start = st.int32(4);
            m.end = st.int32(5);
            m.sentence = st.int32(6);
            m.surface = cutCodePoints(body, static_cast<std::size_t>(std::max(0, m.start)), m.end - m.start);
            m.field = graphdb::fieldFromStored(st.text(7));
            m.caption = st.int64(8) != 0;
            r.mentions.push_back(std::move(m));
        }
    }
    return r;
}

} // namespace sillok::core
