#include "store/migrations.h"
#include "store/migration_steps.h"

#include "ingest/sha256.h"
#include "search/korean_tokenizer.h"
#include "search/search_schema.h"
#include "store/database.h"
#include "store/fact_span.h"
#include "store/library_identity.h"
#include "store/packed_spans.h"
#include "store/schema_v1.h"
#include "store/statement.h"

#include <optional>
#include <string>
#include <vector>

namespace sillok::core {

namespace {

using namespace migration;

Status migration2(Database &db)
{
    if (auto s = db.exec(searchSchemaSql()); !s)
        return s;
    return db.exec(annotationSearchSchemaSql());
}

// Scale: run kinds and extractor versions, an index for same-day meetings, and the text stored
// once — a body block's text and the full text are derived from article.body and the other
// blocks (Library::article), so the copies older versions kept are emptied.
Status migration3(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE import_run ADD COLUMN kind TEXT NOT NULL DEFAULT 'import';
ALTER TABLE import_run ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';
CREATE INDEX entity_type_date ON entity(type, date);
UPDATE block SET text = '' WHERE kind = 'body' AND text <> '';
UPDATE article SET full_text = '' WHERE full_text <> '';
)sql");
}

// Captions are content (a block kind of their own, mined after the body: article.body holds the
// running text and then each caption, see ingest/article.h minedText), a mention says whether it
// lies in a caption, an entity keeps the extractor's confidence, and each piece of a fact's
// evidence keeps the date its article gives the fact (a typed relation's signing).
Status migration4(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE block_v4 (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('body', 'title', 'noise', 'caption')),
    reason     TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
INSERT INTO block_v4 (article_id, seq, kind, reason, start, end, text)
    SELECT article_id, seq, kind, reason, start, end, text FROM block;
DROP TABLE block;
ALTER TABLE block_v4 RENAME TO block;
ALTER TABLE mention ADD COLUMN caption INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
ALTER TABLE fact_evidence ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE fact_evidence ADD COLUMN date_text TEXT NOT NULL DEFAULT '';
)sql");
}

// The FTS5 insert trigger leaves a new article to its writer while the writer indexes a batch
// at once (Database::setSearchIndexDeferred; search_schema.h articleInsertTriggerSql).
Status migration5(Database &db)
{
    if (auto s = db.exec("DROP TRIGGER IF EXISTS article_fts_ai;"); !s)
        return s;
    return db.exec(articleInsertTriggerSql());
}

// One story once, whatever its path (store/library_identity.cpp): an article's identity is its
// page's canonical URL (url_key, the comparable key of canonical_url) or else the fingerprint of
// its cleaned body; a copy of a story (copy_of: the primary copy's id — `copy_of IS NULL` is the
// one SQL notion of a primary copy) keeps its own source and text but no mentions; MinHash
// signatures and their LSH band keys find near-duplicates through an index. Import runs record
// the copies they folded; watched entities and review decisions are curation of their own,
// keyed by uids like the decision ledger. Existing articles keep their uids (so annotations stay
// attached) and get their fingerprints and signatures here (store::backfillIdentity).
Status migration6(Database &db)
{
    if (auto s = db.exec(R"sql(
ALTER TABLE article ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN url_key TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN copy_of INTEGER REFERENCES article(id) ON DELETE SET NULL;
ALTER TABLE article ADD COLUMN similarity REAL NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN written_run INTEGER;
UPDATE article SET written_run = last_run;
CREATE INDEX article_url_key ON article(url_key) WHERE url_key <> '';
CREATE INDEX article_fingerprint ON article(fingerprint);
CREATE INDEX article_copy_of ON article(copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX article_written_run ON article(written_run);
CREATE INDEX entity_first_run ON entity(first_run);
CREATE INDEX fact_first_run ON fact(first_run);
CREATE TABLE article_signature (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    minhash    BLOB NOT NULL
);
CREATE TABLE article_band (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_band_article ON article_band(article_id);
CREATE TABLE run_copy (
    run_id     INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, article_id)
) WITHOUT ROWID;
CREATE INDEX run_copy_article ON run_copy(article_id);
CREATE TABLE watch (
    entity_uid TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE review_decision (
    item_id     TEXT PRIMARY KEY,
    verdict     TEXT NOT NULL CHECK (verdict IN ('accept', 'reject')),
    decision_id INTEGER,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
)sql"); !s)
        return s;
    return store::backfillIdentity(db);
}

// Mentions read by entity and by article without visiting the table: an entity's articles (its
// page, article counts, the entity tier and filters of search) come from mention_entity, and a
// set of articles' entities (search facets) from mention_article, each covering what it is read
// for. Before this, every such read fetched each mention row by rowid — tens of thousands of
// random reads for an organization named in 20,000 articles. article_band loses its index by
// article: a signature's bands are deleted by their keys (store/library_identity.cpp), and the
// index cost a random B-tree insert per band and article (20 per article) for nothing else.
// Without that index its foreign key would make a deleted article scan the table, so the table
// is rebuilt without one: a band left by an article that is gone finds no signature and is
// passed over (nothing deletes articles today).
Status migration7(Database &db)
{
    return db.exec(R"sql(
DROP INDEX IF EXISTS mention_entity;
DROP INDEX IF EXISTS mention_article;
CREATE INDEX mention_entity ON mention(entity_id, article_id);
CREATE INDEX mention_article ON mention(article_id, start, entity_id);
DROP INDEX IF EXISTS article_band_article;
CREATE TABLE article_band_v7 (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
INSERT INTO article_band_v7 (band_key, article_id) SELECT band_key, article_id FROM article_band;
DROP TABLE article_band;
ALTER TABLE article_band_v7 RENAME TO article_band;
)sql");
}

// Review (store/library_review*.cpp): the date each article gives a meeting it mentions
// (mention.date, so one merged meeting that articles date differently is a date_conflict item;
// written by the graph writer, learnt by a library made before this migration on re-extraction),
// the date an analyst chose when accepting such an item (review_decision.value, applied to the
// entity review_decision.entity_uid by the curated layer), and a partial index for the entities
// the extractor was unsure of (the literal must match Library::reviewQueue's query).
Status migration8(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE mention ADD COLUMN date TEXT NOT NULL DEFAULT '';
CREATE INDEX mention_dated ON mention(entity_id, date) WHERE date <> '';
ALTER TABLE review_decision ADD COLUMN entity_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE review_decision ADD COLUMN value TEXT NOT NULL DEFAULT '';
CREATE INDEX review_decision_entity ON review_decision(entity_uid) WHERE value <> '';
CREATE INDEX entity_unsure ON entity(confidence) WHERE confidence < 0.6;
)sql");
}

// The text once, packed, and a bigram index without positions (the disk target of the scale
// work, docs/performance.md): article.body holds the text as text/text_pack.h packs it (a
// sixth of the bytes with page slack counted), read by every statement through sillok_text()
// and by the FTS5 indexes through the view article_text; doc_bg keeps detail=none. Both indexes
// are made again over the view and rebuilt from the texts. The pages this frees stay in the
// file until it is vacuumed (`sillok-cli` does not vacuum on its own).
Status migration9(Database &db)
{
    if (auto s = db.exec(searchSchemaDropSql()); !s)
        return s;
    if (auto s = db.exec("UPDATE article SET body = sillok_pack(body) WHERE typeof(body) = 'text';"); !s)
        return s;
    if (auto s = db.exec(searchSchemaSql()); !s)
        return s;
    if (auto s = db.exec("DROP TRIGGER article_fts_ai;"); !s) // as migration 5 left it
        return s;
    if (auto s = db.exec(articleInsertTriggerSql()); !s)
        return s;
    return db.exec(searchRebuildSql());
}

// A mention's surface is the stretch of its article's stored text between its offsets (checked on
// every mention of every 97th article of a 20,000-article library before this), so the store derives it when an
// article is read (Library::article) instead of keeping it: about 18 bytes a mention, 10 MB at
// 20,000 articles, the last step to the disk target of docs/performance.md. DROP COLUMN
// rewrites the table once; the pages it frees are reused by the next imports.
Status migration10(Database &db)
{
    return db.exec("ALTER TABLE mention DROP COLUMN surface;");
}

// Story identity's signatures in two bytes a value instead of four (b-bit MinHash, see
// ingest/identity.h): 9.1 -> 4.6 MB at 20,000 articles. The band keys are made from the values
// kept, so they are made again.
Status migration11(Database &db)
{
    return store::repackSignatures(db);
}

// FTS5 keeps the terms of the rows inserted since its last flush in memory and writes them as a
// new segment when they pass its `hashsize` (1 MB by default) or at the commit. An import indexes
// a batch's articles at once (ArticleWriter::indexBatch, up to 512 then, 1,024 now) so that they
// are one segment, but 512 articles held several MB of terms: 1 MB made them several small
// segments, each then merged again by FTS5's automerge. At 8 MB they are one: the writer's CPU
// for 20,000 articles fell from about 19 to 17 s (docs/performance.md, "A batch as one FTS5
// segment"), and the memory is held only until the batch commits.
Status migration19(Database &db)
{
    return db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('hashsize', 8388608);\n"
                   "INSERT INTO doc_bg(doc_bg, rank) VALUES ('hashsize', 8388608);\n");
}

// Each article's content hash as a 64-bit key in a table of its own, keyed by the article
// (article_content), instead of an index on the 64-digit hashes: that index served only the
// import's first read of every stored text's hash (KnownTexts), and every new article took a
// random place in it, so that each commit of an import rewrote most of its leaves. The table
// grows at its end, as the articles do: 2.6 % fewer pages written by an import's commits, and
// 0.32 MB at 20,000 articles where the index took 1.55 MB (docs/performance.md, "The content
// keys").
Status migration20(Database &db)
{
    if (auto s = db.exec("CREATE TABLE IF NOT EXISTS article_content (\n"
                         "    article_id  INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,\n"
                         "    content_key INTEGER NOT NULL\n"
                         ");");
        !s)
        return s;
    Statement read(db, "SELECT id, content_hash FROM article ORDER BY id");
    Statement write(db, "INSERT OR REPLACE INTO article_content (article_id, content_key) VALUES (?1, ?2)");
    while (read.next()) {
        write.reset();
        write.bind(1, read.int64(0)).bind(2, hexDigestKey(read.text(1)));
        if (auto s = write.run(); !s)
            return s;
    }
    if (!read.status())
        return read.status();
    return db.exec("DROP INDEX IF EXISTS article_content_hash;");
}

// The band keys an import writes go to a small table of their own, folded into article_band in
// key order (why: store/library_identity.h, "Why two band tables"). A library's stored keys stay
// where they are.
Status migration21(Database &db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS article_band_recent (\n"
                   "    band_key   INTEGER NOT NULL,\n"
                   "    article_id INTEGER NOT NULL,\n"
                   "    PRIMARY KEY (band_key, article_id)\n"
                   ") WITHOUT ROWID;");
}

// FTS5 merges a level's segments into one of the next level once `automerge` of them are there
// (4 by default): an import adds a segment a commit, and every term was written again once a
// level, log4 of the segments. At 16 it is half as many rewrites, for more segments for a search
// to look a term up in (up to 15 a level instead of 3). The writer's CPU: over the 20k check's
// two batches 16.4-17.6 s at 4 and 12.2-15.7 s at 16 (three runs each), over 100k 109.1 s at 4
// and 98.6-103.5 s at 16. The searches at 100k stay within their bound (p99 against unicode61
// given every name: alias 1.28-1.49×, multi-word 1.37-1.39×, rare name 1.13-1.14×;
// docs/performance.md, "The seventh stop of 2026-12-05").
Status migration22(Database &db)
{
    return db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('automerge', 16);\n"
                   "INSERT INTO doc_bg(doc_bg, rank) VALUES ('automerge', 16);\n");
}

// FTS5 merges a level's segments all at once, inside the commit that brought the level to
// `crisismerge` of them (16 by default), and in pieces over later commits once `automerge` are
// there: with both at 16 every merge was the all-at-once kind. At 20,000 articles one commit of
// an import then wrote some 10,000 pages (16 batches' segments merged) and held the writer for
// about a second while the workers' window filled and a core stood idle (the 20k check's second
// batch: 2.4-2.9 s of the workers stalled). At 64 the merges start at 16 segments as before and
// go on in steps sized by each commit's own segment (FTS5's automerge: its pages times the
// levels), so the same rewriting is spread over the commits that follow and no level reaches 64
// (a level's merge is done within about eight commits of the 16th segment, docs/performance.md,
// "The first stop of 2026-12-06").
Status migration23(Database &db)
{
    return db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('crisismerge', 64);\n"
                   "INSERT INTO doc_bg(doc_bg, rank) VALUES ('crisismerge', 64);\n");
}

// The two CHECKs the import meets at every row it writes, `type IN (…four names…)` on entity and
// `kind IN (…)` on block, spelled as ORs of equalities. SQLite codes an IN list of more than two
// constants as a temporary B-tree it builds at every run of the statement (opened, a page zeroed,
// the names inserted, closed): the entity insert did so about three times an article. The ORs
// accept and refuse the same values and change no stored row, so this is SQLite's documented
// edit of the tables' text in sqlite_schema (lang_altertable.html, "other kinds of table schema
// changes"), as migration 16 did. A library whose text does not read as expected keeps its IN.
Status migration24(Database &db)
{
    return editSchemaText(
        db, {{"entity", "CHECK (type IN ('organization', 'person', 'initiative', 'meeting'))",
              "CHECK (type = 'organization' OR type = 'person' OR type = 'initiative' OR type = 'meeting')"},
             {"block", "CHECK (kind IN ('body', 'title', 'noise', 'caption'))",
              "CHECK (kind = 'body' OR kind = 'title' OR kind = 'noise' OR kind = 'caption')"}});
}

// Two indexes that cost space and a write at every new entity and gave no read anything:
// entity_type (type) is the prefix of entity_type_date (type, date), which every `type = ?` look-up
// reads instead; entity_merged_into holds the few merged entities only, since every look-up of it
// asks for one merge root (`merged_into = ?`, which SQLite answers from a partial index WHERE
// merged_into IS NOT NULL), never for the unmerged. At 100k articles: 4.1 MB.
Status migration25(Database &db)
{
    return db.exec("DROP INDEX IF EXISTS entity_type;\n"
                   "DROP INDEX IF EXISTS entity_merged_into;\n"
                   "CREATE INDEX entity_merged_into ON entity(merged_into) WHERE merged_into IS NOT NULL;\n");
}

// The span of every fact stated in store::kSpanFrom articles or more (fact_span.h): an entity
// page takes a busy fact's dates and newest article from it instead of reading each of its
// evidence rows (docs/performance.md, "The seventh stop of 2026-12-06"). The writer keeps it from
// here on.
Status migration26(Database &db)
{
    if (auto s = db.exec("CREATE TABLE IF NOT EXISTS fact_span (\n"
                         "    fact_id         INTEGER PRIMARY KEY REFERENCES fact(id) ON DELETE CASCADE,\n"
                         "    first_published TEXT NOT NULL,\n"
                         "    first_article   INTEGER NOT NULL,\n"
                         "    last_published  TEXT NOT NULL,\n"
                         "    last_article    INTEGER NOT NULL\n"
                         ");\n");
        !s)
        return s;
    return store::fillFactSpans(db);
}

// Spans written again from the rows: until this build the writer left a span behind when it
// deleted a fact (it runs with foreign keys off), which the next fact given that id would have
// read as its own.
Status migration27(Database &db)
{
    return store::fillFactSpans(db);
}

// Migrations 28 and 29: an old table of a row an item (`readSql` reads the article's id first,
// then what `itemOf` makes an item of, in article order) becomes one row an article of `table`
// (created by `createSql`: article_id, then the blob) holding `pack` of its items, as the writer
// packs them; then the old table goes. A library without the old table has had the step already.
template <class Item, class ItemOf, class Pack>
Status packByArticle(Database &db, std::string_view oldTable, const char *createSql, const char *readSql,
                     const char *writeSql, ItemOf itemOf, Pack pack)
{
    if (auto s = db.exec(createSql); !s)
        return s;
    {
        // Finished before the DROP below: a statement still open on the schema locks the table.
        Statement exists(db, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        exists.bind(1, oldTable);
        if (!exists.next())
            return exists.status();
        if (exists.int64(0) == 0)
            return {};
    }
    Statement read(db, readSql);
    Statement write(db, writeSql);
    std::int64_t article = 0;
    std::vector<Item> items;
    auto flush = [&]() -> Status {
        if (items.empty())
            return {};
        write.reset();
        write.bind(1, article).bindBlob(2, pack(items));
        items.clear();
        return write.run();
    };
    while (read.next()) {
        if (read.int64(0) != article) {
            if (auto s = flush(); !s)
                return s;
            article = read.int64(0);
        }
        items.push_back(itemOf(read));
    }
    if (!read.status())
        return read.status();
    if (auto s = flush(); !s)
        return s;
    return db.exec("DROP TABLE " + std::string(oldTable) + ";");
}

// An article's sentences as one blob (store/packed_spans.h) in article_sentences, instead of a
// row a sentence in `sentence`: at 20,000 articles the rows took 4.5 MB of a 200 MB library, the
// blobs under 1 MB (docs/performance.md, "The sentences and blocks as blobs").
Status migration28(Database &db)
{
    return packByArticle<Sentence>(
        db, "sentence",
        "CREATE TABLE IF NOT EXISTS article_sentences (\n"
        "    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,\n"
        "    bounds     BLOB NOT NULL\n"
        ");",
        "SELECT article_id, start, end FROM sentence ORDER BY article_id, idx",
        "INSERT OR REPLACE INTO article_sentences (article_id, bounds) VALUES (?1, ?2)",
        [](const Statement &row) {
            return Sentence{row.int32(1), row.int32(2)};
        },
        [](const std::vector<Sentence> &sentences) { return store::packSentences(sentences); });
}

// An article's blocks as one blob (store/packed_spans.h) in article_blocks, instead of a row a
// block in `block`: at 20,000 articles the rows took 8.1 MB of a 200 MB library, the blobs 4.1 MB
// (docs/performance.md, "The sentences and blocks as blobs"). Each block keeps the text its row
// held (empty where the article row holds it).
Status migration29(Database &db)
{
    return packByArticle<TextBlock>(
        db, "block",
        "CREATE TABLE IF NOT EXISTS article_blocks (\n"
        "    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,\n"
        "    blocks     BLOB NOT NULL\n"
        ");",
        "SELECT article_id, kind, reason, start, end, text FROM block ORDER BY article_id, seq",
        "INSERT OR REPLACE INTO article_blocks (article_id, blocks) VALUES (?1, ?2)",
        [](const Statement &row) {
            return TextBlock{store::blockKindNamed(row.text(1)), row.text(5), row.text(2), row.int32(3), row.int32(4)};
        },
        [](const std::vector<TextBlock> &blocks) { return store::packBlocks(blocks, {}); });
}

// The near-duplicate band keys in 32 bits (ingest/identity.cpp minhashBands): SQLite stores each in
// 4 bytes where a 64-bit key took 8, 20 keys an article (docs/performance.md, "The sentences and
// blocks as blobs"). Made again from the stored signatures.
Status migration30(Database &db)
{
    return store::rekeyBands(db);
}

using Step = Status (*)(Database &);

const std::vector<Step> &steps()
{
    static const std::vector<Step> list = {
        [](Database &db) { return db.exec(schema::kVersion1); },
        migration2,
        migration3,
        migration4,
        migration5,
        migration6,
        migration7,
        migration8,
        migration9,
        migration10,
        migration11,
        migration12,
        migration13,
        migration14,
        migration15,
        migration16,
        migration17,
        migration18,
        migration19,
        migration20,
        migration21,
        migration22,
        migration23,
        migration24,
        migration25,
        migration26,
        migration27,
        migration28,
        migration29,
        migration30,
    };
    return list;
}

Status setMeta(Database &db, std::string_view key, std::string_view value)
{
    Statement st(db, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.run();
}

// The tokenizer version the FTS indexes were built with, or nullopt when none is recorded.
Result<std::optional<std::string>> storedTokenizerVersion(Database &db)
{
    Statement st(db, "SELECT value FROM meta WHERE key = 'tokenizer_version'");
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>{st.text(0)};
}

} // namespace

Result<bool> upgradePending(Database &db)
{
    auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version != currentSchemaVersion()) // a new file is created, not upgraded; a newer one refused
        return *version > 0 && *version < currentSchemaVersion();
    auto stored = storedTokenizerVersion(db);
    if (!stored)
        return std::unexpected(stored.error());
    // A library without a recorded version gets it written, not its indexes rebuilt.
    return stored->has_value() && **stored != std::to_string(kKoreanTokenizerVersion);
}

namespace {

// Rebuilds the FTS indexes when they were built by another tokenizer version.
Status checkTokenizerVersion(Database &db)
{
    const std::string wanted = std::to_string(kKoreanTokenizerVersion);
    auto stored = storedTokenizerVersion(db);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored == wanted)
        return {};
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // Read again under the write lock: another connection may have rebuilt meanwhile.
    stored = storedTokenizerVersion(db);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored == wanted)
        return {};
    if (stored->has_value()) {
        if (auto s = db.exec(searchRebuildSql()); !s)
            return s;
        if (auto s = db.exec(annotationSearchRebuildSql()); !s)
            return s;
    }
    if (auto s = setMeta(db, "tokenizer_version", wanted); !s)
        return s;
    return tx.commit();
}

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(steps().size());
}

Status migrate(Database &db)
{
    auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > currentSchemaVersion())
        return fail(ErrorCode::Database,
                    "database schema version " + std::to_string(*version) + " is newer than this program ("
                        + std::to_string(currentSchemaVersion()) + ")");
    for (int v = *version; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        // Another connection (the GUI opens one per worker thread) may have run this step between
        // our first read and the write lock: read the version again under the lock.
        auto locked = db.userVersion();
        if (!locked)
            return std::unexpected(locked.error());
        if (*locked > v) {
            v = *locked - 1;
            continue; // the transaction rolls back; nothing was written
        }
        if (auto s = steps()[static_cast<std::size_t>(v)](db); !s)
            return fail(ErrorCode::Database, "migration " + std::to_string(v + 1) + ": " + s.error().detail);
        if (auto s = db.setUserVersion(v + 1); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return checkTokenizerVersion(db);
}

} // namespace sillok::core
