#pragma once
// Private to core/store: an article's identity as a story (ingest/identity.h) in the database.
//
// Columns (migration 6): article.canonical_url (as the page states it), article.url_key (its
// comparable key, indexed), article.fingerprint (the cleaned body's, indexed), article.copy_of
// (the primary copy this article is a copy of; NULL for a primary — `copy_of IS NULL` is the one
// SQL notion of a primary copy), article.similarity (estimated similarity to it).
// Tables: article_signature (the MinHash of every primary), article_band (its LSH band keys;
// primary key (band_key, article_id), so a look-up is one index seek per band),
// article_band_recent (migration 21: the band keys written since the last fold, in the same
// form), run_copy (the copies an import run folded).
//
// Why two band tables: a band key is a hash, so an article's 20 keys land on 20 random leaves of
// article_band, and a commit of a few hundred articles dirtied nearly every leaf of it; each
// commit wrote the whole tree to the WAL again (27.5 % of the pages 3,000 articles appended to a
// 90,000-article library wrote). The writer files new keys in article_band_recent, a small tree
// whose leaves a commit rewrites instead, and foldRecentBands moves them into article_band in
// key order, each of its leaves written once, when kRecentBandRows have gathered. A look-up reads
// both.

#include "common/result.h"
#include "pipeline/prepare.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace sillok::core {

class Database;
class Statement;

namespace store {

struct StoryMatch {
    std::int64_t id = 0;      // the stored article that tells the same story
    std::int64_t primary = 0; // its primary copy (id itself when it is one)
    std::string sourceKey;    // the matched article's source key and text hash
    std::string contentHash;
    std::string how;          // "url", "fingerprint" or "near"
    double similarity = 1.0;  // estimated Jaccard similarity of the bodies (1 for url/fingerprint)
};

// The publication days of the stored articles as findStory's date rule reads them, kept in
// memory by the one writer for an import run (4 bytes an article, read at the first candidate
// from the covering index article_published: 100,000 articles in ~20 ms), so that a candidate's
// date is checked before its signature is read. In a growing library the candidates met in
// kMinBandHits bands grow with it (texts sharing a standard paragraph: 3 an article at 20,000
// generated articles, 15 at 100,000), and nearly all of them are dated too far from the new
// article to be its copy: their signature reads took 181 ms of 2,000 articles appended at
// 100,000 (docs/performance.md, "The candidates' days").
// What it holds must stay the library's: set() when the writer writes an article, forget()
// after a rollback, refresh() at the start of every batch (another connection's commit).
class StoryDays {
public:
    // Every article's day, from the covering index article_published.
    static constexpr const char *kStoredDaysSql = "SELECT id, published FROM article";
    // The day of a day-precise date (daysFromCivil), or kAnyDay: no day, which never objects.
    static constexpr std::int32_t kAnyDay = std::numeric_limits<std::int32_t>::min();
    // No article row with that id: no candidate.
    static constexpr std::int32_t kNoArticle = std::numeric_limits<std::int32_t>::min() + 1;
    static std::int32_t dayOf(const PartialDate &date);

    // Article `id`'s day (kNoArticle when there is no such article).
    Result<std::int32_t> day(Database &db, std::int64_t id);
    // The writer wrote article `id` dated `published` (kept only once the days are loaded).
    void set(std::int64_t id, const PartialDate &published);
    void forget()
    {
        m_days.clear();
        m_loaded = false;
    }
    // Forgets every day when another connection committed since the last refresh.
    Status refresh(Database &db);

private:
    // Ids kept in memory: below this (4 bytes each, 64 MB at the bound); a larger one is read
    // from its row (SQLite gives ids in order, so only a hand-made row has one).
    static constexpr std::int64_t kMaxKeptId = std::int64_t{1} << 24;
    Status load(Database &db);
    void keep(std::int64_t id, std::int32_t day); // 0 <= id < kMaxKeptId
    std::vector<std::int32_t> m_days; // by article id; kNoArticle where none
    bool m_loaded = false;
    std::int64_t m_dataVersion = -1;
};

// The stored story `p` tells, other than article `exclude`: the same canonical URL, else the
// same body fingerprint, else the most similar primary found through the band index with an
// estimated similarity of at least kNearDuplicateSimilarity, dated at most kNearDuplicateDays
// from it when both dates are day-precise (`days` keeps the dates it read). Every look-up is
// indexed.
Result<std::optional<StoryMatch>> findStory(Database &db, const PreparedArticle &p, std::int64_t exclude,
                                            StoryDays &days);

// Which table a signature's band keys go to: the writer files them in article_band_recent;
// migrations 6 and 11, which ran before that table existed, in article_band.
enum class BandTable {
    Recent,
    Folded
};

// The rows article_band_recent gathers before foldRecentBands moves them (5,000 articles' keys):
// small enough that a commit rewriting its leaves writes a fraction of what article_band's took
// at 20,000 articles, large enough that a fold, which writes most of article_band's leaves once,
// comes rarely.
constexpr std::int64_t kRecentBandRows = 100'000;

// Writes article `id`'s identity columns; a primary (copyOf 0) also gets its signature and band
// keys, a copy loses them.
// writtenRun > 0 also stamps article.written_run (the import writes the row's identity and its run
// in one UPDATE); 0 leaves it.
Status writeIdentity(Database &db, std::int64_t id, const PreparedArticle &p, std::int64_t copyOf, double similarity,
                     std::int64_t writtenRun = 0, BandTable bands = BandTable::Recent);

// Binds the identity columns' values to parameters first … first + 5 of `st`: canonical_url,
// url_key, fingerprint, copy_of, similarity, written_run (NULL for writtenRun 0). writeIdentity
// updates a stored row with them; ArticleWriter inserts a new row with them.
void bindIdentity(Statement &st, int first, const PreparedArticle &p, std::int64_t copyOf, double similarity,
                  std::int64_t writtenRun);

// A new article's identity once its row went in with its identity columns (bindIdentity): a
// primary's signature and band keys; it has no old ones to look for.
Status writeNewIdentity(Database &db, std::int64_t id, const PreparedArticle &p, std::int64_t copyOf);

// Migration 6: fingerprints, signatures and band keys of the articles stored before it (their
// running text from article.body and the body blocks). The page's canonical URL is not stored
// by older versions: it is filled in when the file is imported again.
Status backfillIdentity(Database &db);

// Migration 11: every stored signature in two bytes a value (ingest/identity.h MinHash), and the
// band keys made again from them.
Status repackSignatures(Database &db);

// Migrations 11 and 30: every stored signature's band keys made again (minhashBands; in 32 bits
// since migration 30), all in article_band (article_band_recent emptied), inserted in key order.
Status rekeyBands(Database &db);

// Moves the band keys of article_band_recent into article_band when there are at least `atRows`
// of them (none: nothing to do); true when it did. The writer calls it before each commit.
Result<bool> foldRecentBands(Database &db, std::int64_t atRows = kRecentBandRows);

} // namespace store
} // namespace sillok::core
