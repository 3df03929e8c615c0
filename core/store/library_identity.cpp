// Library: one story once, whatever its path (see store/library_identity.h).

#include "store/library_identity.h"

#include "common/partial_date.h"
#include "common/utf.h"
#include "ingest/identity.h"
#include "ingest/sha256.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <unordered_set>

namespace sillok::core::store {

namespace {

// A statement over the 20 band keys of a signature: `head`, then for each band `before`, the
// key's parameter (?2 to ?21) and `after`, joined by commas, then `tail`. ?1 is left free.
std::string bandsSql(std::string_view head, std::string_view before, std::string_view after, std::string_view tail)
{
    std::string sql(head);
    for (int i = 0; i < kMinHashBands; ++i)
        sql.append(i ? ", " : "").append(before).append("?" + std::to_string(i + 2)).append(after);
    return sql.append(tail);
}

Result<std::optional<StoryMatch>> matchOf(Database &db, std::int64_t id, std::string how, double similarity)
{
    auto st = db.cached("SELECT COALESCE(copy_of, id), source_key, content_hash FROM article WHERE id = ?1");
    st->bind(1, id);
    if (!st->next()) {
        if (!st->status())
            return std::unexpected(st->status().error());
        return std::optional<StoryMatch>();
    }
    return std::optional<StoryMatch>(StoryMatch{id, st->int64(0), st->text(1), st->text(2), std::move(how), similarity});
}

// A wire copy or a re-scrape runs within days of its story; two texts dated further apart
// that share most paragraphs are two stories reusing a text (an unknown date never objects).
bool closeEnough(std::int32_t a, std::int32_t b)
{
    if (a == StoryDays::kAnyDay || b == StoryDays::kAnyDay)
        return true;
    return std::abs(static_cast<long>(a) - static_cast<long>(b)) <= kNearDuplicateDays;
}

} // namespace

std::int32_t StoryDays::dayOf(const PartialDate &date)
{
    if (date.precision != DatePrecision::Day)
        return kAnyDay;
    return static_cast<std::int32_t>(daysFromCivil(date.year, date.month, date.day));
}

namespace {
// The day of a date as article.published stores it.
std::int32_t storedDay(std::string_view published)
{
    return StoryDays::dayOf(PartialDate::parse(published).value_or(PartialDate{}));
}
} // namespace

Status StoryDays::load(Database &db)
{
    m_days.clear();
    Statement st(db, kStoredDaysSql);
    std::string last; // the index holds them in order: each date parsed once
    std::int32_t lastDay = kAnyDay;
    while (st.next()) {
        const std::int64_t id = st.int64(0);
        if (id < 0 || id >= kMaxKeptId)
            continue;
        const std::string published = st.text(1);
        if (published != last) {
            lastDay = storedDay(published);
            last = published;
        }
        keep(id, lastDay);
    }
    if (!st.status())
        return st.status();
    m_loaded = true;
    return {};
}

Result<std::int32_t> StoryDays::day(Database &db, std::int64_t id)
{
    if (!m_loaded) {
        if (auto s = load(db); !s)
            return std::unexpected(s.error());
    }
    if (id >= kMaxKeptId) {
        auto st = db.cached("SELECT published FROM article WHERE id = ?1");
        st->bind(1, id);
        std::int32_t d = kNoArticle;
        if (st->next())
            d = storedDay(st->text(0));
        if (!st->status())
            return std::unexpected(st->status().error());
        return d;
    }
    if (id < 0 || static_cast<std::size_t>(id) >= m_days.size())
        return kNoArticle;
    return m_days[static_cast<std::size_t>(id)];
}

void StoryDays::set(std::int64_t id, const PartialDate &published)
{
    if (!m_loaded || id < 0 || id >= kMaxKeptId)
        return; // read with the others when they are loaded (or from its row)
    keep(id, dayOf(published));
}

void StoryDays::keep(std::int64_t id, std::int32_t day)
{
    if (static_cast<std::size_t>(id) >= m_days.size())
        m_days.resize(static_cast<std::size_t>(id) + 1, kNoArticle);
    m_days[static_cast<std::size_t>(id)] = day;
}

Status StoryDays::refresh(Database &db)
{
    auto version = db.scalar("PRAGMA data_version");
    if (!version)
        return std::unexpected(version.error());
    if (*version != m_dataVersion)
        forget();
    m_dataVersion = *version;
    return {};
}

namespace {
// Of the rows (id, is a copy) a statement reads, the first original by id, else the first copy
// (0: none). Picked here rather than by `ORDER BY copy_of IS NOT NULL, id LIMIT 1`, which built
// a temporary B-tree at every run (twice an imported article) for the none or few rows there are.
// `sql` reads (id, is a copy) given ?1 the key and ?2 the article to leave out.
Result<std::int64_t> firstOriginal(Database &db, const char *sql, const std::string &key, std::int64_t exclude)
{
    auto st = db.cached(sql);
    st->bind(1, key).bind(2, exclude);
    std::pair<bool, std::int64_t> best{true, 0};
    while (st->next()) {
        const std::pair<bool, std::int64_t> row{st->int64(1) != 0, st->int64(0)};
        if (best.second == 0 || row < best)
            best = row;
    }
    if (!st->status())
        return std::unexpected(st->status().error());
    return best.second;
}

// The stored articles met in at least kMinBandHits of the signature's bands (not `exclude`),
// in id order.
Result<std::vector<std::int64_t>> bandCandidates(Database &db, const BodySignature &signature, std::int64_t exclude)
{
    std::vector<std::int64_t> candidates;
    // The 20 band keys in one statement: one seek each in either table, as 20 look-ups did,
    // for a twentieth of the statement's own work (reset, bind, step). An arm a key, not
    // `band_key IN (…)`: SQLite builds a temporary B-tree of an IN list at every run. A key
    // met again in the list (32-bit hashes: two of an article's 20 meet about once in 20 million
    // articles) is bound as NULL, which matches no row, so an article still counts once a key, as
    // with IN.
    static const std::string sql = [] {
        std::string both;
        for (const char *table : {"article_band", "article_band_recent"}) {
            for (int i = 0; i < kMinHashBands; ++i)
                both.append(both.empty() ? "" : " UNION ALL ")
                    .append("SELECT article_id FROM ")
                    .append(table)
                    .append(" WHERE band_key = ?" + std::to_string(i + 2));
        }
        return both;
    }();
    auto st = db.cached(sql);
    int n = 1;
    for (std::size_t i = 0; i < signature.bands.size(); ++i) {
        const std::int64_t key = signature.bands[i];
        const auto before = signature.bands.begin() + static_cast<std::ptrdiff_t>(i);
        if (std::find(signature.bands.begin(), before, key) != before)
            st->bindNull(++n);
        else
            st->bind(++n, key);
    }
    while (st->next())
        if (st->int64(0) != exclude)
            candidates.push_back(st->int64(0));
    if (!st->status())
        return std::unexpected(st->status().error());
    // A copy (similarity >= 0.85) shares about 9 of the 20 bands (20 * 0.85^5) and fewer than
    // kMinBandHits with probability 0.0004; two texts that only share some paragraphs (0.4) share
    // one band or two, so only candidates met in several bands have their signature read.
    std::ranges::sort(candidates);
    std::vector<std::int64_t> frequent;
    for (std::size_t i = 0; i < candidates.size();) {
        std::size_t j = i;
        while (j < candidates.size() && candidates[j] == candidates[i])
            ++j;
        if (j - i >= static_cast<std::size_t>(kMinBandHits))
            frequent.push_back(candidates[i]);
        i = j;
    }
    return frequent;
}

} // namespace

Result<std::optional<StoryMatch>> findStory(Database &db, const PreparedArticle &p, std::int64_t exclude,
                                            StoryDays &days)
{
    if (!p.urlKey.empty()) {
        auto first = firstOriginal(
            db, "SELECT id, copy_of IS NOT NULL FROM article WHERE url_key = ?1 AND url_key <> '' AND id <> ?2",
            p.urlKey, exclude);
        if (!first)
            return std::unexpected(first.error());
        if (*first != 0)
            return matchOf(db, *first, "url", 1.0);
    }
    if (!p.fingerprint.empty()) {
        auto first =
            firstOriginal(db, "SELECT id, copy_of IS NOT NULL FROM article WHERE fingerprint = ?1 AND id <> ?2",
                          p.fingerprint, exclude);
        if (!first)
            return std::unexpected(first.error());
        if (*first != 0)
            return matchOf(db, *first, "fingerprint", 1.0);
    }
    if (!p.signature.valid)
        return std::optional<StoryMatch>();
    auto candidates = bandCandidates(db, p.signature, exclude);
    if (!candidates)
        return std::unexpected(candidates.error());
    std::int64_t found = 0;
    double best = 0;
    // The day first (in memory), then the signature: the same candidates pass both, in the same
    // order, as when the signature was read first and the date only for a similar one.
    const std::int32_t published = StoryDays::dayOf(p.article.published);
    auto sig = db.cached("SELECT minhash FROM article_signature WHERE article_id = ?1");
    for (const std::int64_t id : *candidates) {
        auto day = days.day(db, id);
        if (!day)
            return std::unexpected(day.error());
        if (*day == StoryDays::kNoArticle || !closeEnough(published, *day))
            continue; // dated too far from it, or no article row (no candidate, as the join had it)
        sig->reset();
        sig->bind(1, id);
        if (!sig->next()) {
            if (!sig->status())
                return std::unexpected(sig->status().error());
            continue;
        }
        MinHash other{};
        if (!minhashFromBytes(sig->blob(0), other))
            continue;
        const double similarity = minhashSimilarity(p.signature.minhash, other);
        if (similarity < kNearDuplicateSimilarity || similarity <= best)
            continue;
        best = similarity;
        found = id;
    }
    if (!found)
        return std::optional<StoryMatch>();
    return matchOf(db, found, "near", best);
}

namespace {

Status insertSignature(Database &db, std::int64_t id, const BodySignature &signature, BandTable bands);

Status deleteBands(Database &db, const char *sql, std::int64_t id, const MinHash &stored)
{
    auto del = db.cached(sql);
    for (const std::int64_t key : minhashBands(stored)) {
        del->reset();
        del->bind(1, key).bind(2, id);
        if (auto s = del->run(); !s)
            return s;
    }
    return {};
}

Status writeSignature(Database &db, std::int64_t id, const BodySignature &signature, BandTable bands)
{
    // The bands of the signature it replaces, by their keys (article_band has no index by
    // article: at 100,000 articles it cost a random insert per band and was read only here), in
    // either table.
    auto old = db.cached("SELECT minhash FROM article_signature WHERE article_id = ?1");
    old->bind(1, id);
    if (old->next()) {
        MinHash stored{};
        if (minhashFromBytes(old->blob(0), stored)) {
            if (auto s =
                    deleteBands(db, "DELETE FROM article_band WHERE band_key = ?1 AND article_id = ?2", id, stored);
                !s)
                return s;
            if (bands == BandTable::Recent) {
                if (auto s = deleteBands(db, "DELETE FROM article_band_recent WHERE band_key = ?1 AND article_id = ?2",
                                         id, stored);
                    !s)
                    return s;
            }
        }
    }
    if (!old->status())
        return old->status();
    old->reset();
    auto delSig = db.cached("DELETE FROM article_signature WHERE article_id = ?1");
    delSig->bind(1, id);
    if (auto s = delSig->run(); !s)
        return s;
    return insertSignature(db, id, signature, bands);
}

Status insertSignature(Database &db, std::int64_t id, const BodySignature &signature, BandTable bands)
{
    if (!signature.valid)
        return {};
    auto sig = db.cached("INSERT INTO article_signature (article_id, minhash) VALUES (?1, ?2)");
    sig->bind(1, id).bindBlob(2, minhashBytes(signature.minhash));
    if (auto s = sig->run(); !s)
        return s;
    // The 20 rows in one statement (?1 is the article).
    static const std::string recent =
        bandsSql("INSERT OR IGNORE INTO article_band_recent (band_key, article_id) VALUES ", "(", ", ?1)", "");
    static const std::string folded =
        bandsSql("INSERT OR IGNORE INTO article_band (band_key, article_id) VALUES ", "(", ", ?1)", "");
    auto band = db.cached(bands == BandTable::Recent ? recent : folded);
    band->bind(1, id);
    int n = 1;
    for (const std::int64_t key : signature.bands)
        band->bind(++n, key);
    return band->run();
}

} // namespace

Status writeIdentity(Database &db, std::int64_t id, const PreparedArticle &p, std::int64_t copyOf, double similarity,
                     std::int64_t writtenRun, BandTable bands)
{
    auto st = db.cached("UPDATE article SET canonical_url = ?1, url_key = ?2, fingerprint = ?3, copy_of = ?4, "
                        "similarity = ?5, written_run = COALESCE(?6, written_run) WHERE id = ?7");
    bindIdentity(*st, 1, p, copyOf, similarity, writtenRun);
    st->bind(7, id);
    if (auto s = st->run(); !s)
        return s;
    return writeSignature(db, id, copyOf != 0 ? BodySignature{} : p.signature, bands);
}

void bindIdentity(Statement &st, int first, const PreparedArticle &p, std::int64_t copyOf, double similarity,
                  std::int64_t writtenRun)
{
    st.bind(first, p.urlKey.empty() ? std::string() : p.article.canonicalUrl)
        .bind(first + 1, p.urlKey)
        .bind(first + 2, p.fingerprint);
    if (copyOf != 0)
        st.bind(first + 3, copyOf);
    else
        st.bindNull(first + 3);
    st.bind(first + 4, copyOf != 0 ? similarity : 0.0);
    if (writtenRun > 0)
        st.bind(first + 5, writtenRun);
    else
        st.bindNull(first + 5);
}

Status writeNewIdentity(Database &db, std::int64_t id, const PreparedArticle &p, std::int64_t copyOf)
{
    return copyOf != 0 ? Status{} : insertSignature(db, id, p.signature, BandTable::Recent);
}

Status backfillIdentity(Database &db)
{
    struct Row {
        std::int64_t id;
        std::string body;
    };
    std::vector<Row> rows;
    {
        Statement st(db, "SELECT id, sillok_text(body) FROM article WHERE fingerprint = '' ORDER BY id");
        while (st.next())
            rows.push_back({st.int64(0), st.text(1)});
        if (!st.status())
            return st.status();
    }
    Statement bodyLength(db, "SELECT COALESCE(SUM(end - start) + 2 * (COUNT(*) - 1), 0) FROM block "
                             "WHERE article_id = ?1 AND kind = 'body'");
    for (Row &row : rows) {
        bodyLength.reset();
        bodyLength.bind(1, row.id);
        if (!bodyLength.next())
            return bodyLength.status() ? Status{} : bodyLength.status();
        const auto length = static_cast<std::size_t>(std::max<std::int64_t>(0, bodyLength.int64(0)));
        std::u32string text = toU32(row.body);
        if (length > 0 && length < text.size())
            text.resize(length); // article.body holds the running text, then the captions
        PreparedArticle p;
        const std::u32string key = fingerprintText(toUtf8(text));
        p.fingerprint = sha256Hex(toUtf8(key));
        p.signature = bodySignatureOfKey(key);
        if (auto s = writeIdentity(db, row.id, p, 0, 0, 0, BandTable::Folded); !s)
            return s;
    }
    return {};
}

namespace {

using StoredSignatures = std::vector<std::pair<std::int64_t, MinHash>>; // (article, signature)

// Every stored signature that reads as one, in article order.
Result<StoredSignatures> readSignatures(Database &db)
{
    StoredSignatures signatures;
    Statement read(db, "SELECT article_id, minhash FROM article_signature ORDER BY article_id");
    while (read.next()) {
        MinHash m{};
        if (minhashFromBytes(read.blob(1), m))
            signatures.emplace_back(read.int64(0), m);
    }
    if (!read.status())
        return std::unexpected(read.status().error());
    return signatures;
}

// The band keys of `signatures`, and only them, all in article_band, inserted in key order.
Status writeBands(Database &db, const StoredSignatures &signatures)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> bands; // (key, article)
    bands.reserve(signatures.size() * kMinHashBands);
    for (const auto &[id, m] : signatures)
        for (const std::int64_t key : minhashBands(m))
            bands.emplace_back(key, id);
    // article_band_recent came with migration 21; migration 11 makes the keys before it.
    auto recent = db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'article_band_recent'");
    if (!recent)
        return std::unexpected(recent.error());
    if (auto s = db.exec(*recent != 0 ? "DELETE FROM article_band; DELETE FROM article_band_recent;"
                                      : "DELETE FROM article_band;");
        !s)
        return s;
    std::ranges::sort(bands);
    Statement band(db, "INSERT OR IGNORE INTO article_band (band_key, article_id) VALUES (?1, ?2)");
    for (const auto &[key, id] : bands) {
        band.reset();
        band.bind(1, key).bind(2, id);
        if (auto s = band.run(); !s)
            return s;
    }
    return {};
}

} // namespace

Status repackSignatures(Database &db)
{
    auto signatures = readSignatures(db);
    if (!signatures)
        return std::unexpected(signatures.error());
    if (auto s = db.exec("DELETE FROM article_signature;"); !s)
        return s;
    Statement write(db, "INSERT INTO article_signature (article_id, minhash) VALUES (?1, ?2)");
    for (const auto &[id, m] : *signatures) {
        write.reset();
        write.bind(1, id).bindBlob(2, minhashBytes(m));
        if (auto s = write.run(); !s)
            return s;
    }
    return writeBands(db, *signatures);
}

Status rekeyBands(Database &db)
{
    auto signatures = readSignatures(db);
    if (!signatures)
        return std::unexpected(signatures.error());
    return writeBands(db, *signatures);
}

Result<bool> foldRecentBands(Database &db, std::int64_t atRows)
{
    auto count = db.cached("SELECT COUNT(*) FROM article_band_recent");
    std::int64_t rows = 0;
    if (count->next())
        rows = count->int64(0);
    if (!count->status())
        return std::unexpected(count->status().error());
    count->reset(); // no read of the table stays open while its rows move
    if (rows == 0 || rows < atRows)
        return false;
    // In key order (the table's own), so that each leaf of article_band is written once.
    if (auto s = db.exec("INSERT OR IGNORE INTO article_band (band_key, article_id) "
                         "SELECT band_key, article_id FROM article_band_recent; "
                         "DELETE FROM article_band_recent;");
        !s)
        return std::unexpected(s.error());
    return true;
}

} // namespace sillok::core::store
