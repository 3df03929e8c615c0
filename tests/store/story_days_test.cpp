// The candidates' days (store::StoryDays): the import's writer keeps each near-duplicate
// candidate's publication day once read, and checks it before the candidate's signature. A day
// kept must still be the article's: the writer forgets an article's day when it rewrites the
// article, and every day when another connection committed since the last batch.
#include "pipeline/prepare.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_identity.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

const std::string kWire = std::string(SILLOK_TEST_DATA_DIR) + "/identity/near/yonhap-wire-copy-004.txt";

std::string wireText()
{
    std::ifstream in(kWire);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string dated(const std::string &day, const std::string &text)
{
    return "기사입력 : " + day + " 10:00\n\n" + text;
}

// The wire text with one word changed and with a sentence added: each a near duplicate of it
// (not the same fingerprint), as a wire copy edited by another outlet is.
std::string edited(std::string text)
{
    const std::string said = "말했다";
    text.replace(text.find(said), said.size(), "전했다");
    return text;
}

std::string extended(const std::string &text)
{
    return text + "\n관련 내용은 과기정통부 누리집에서 볼 수 있다.\n";
}

std::int64_t idOf(Database &db, const std::string &path)
{
    Statement st(db, "SELECT id FROM article WHERE source = ?1");
    st.bind(1, path);
    return st.next() ? st.int64(0) : 0;
}

} // namespace

// A library holding the wire story, dated 19 December 2023.
class StoryDays : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(opened) << opened.error().detail;
        m_lib = std::move(*opened);
        m_wire = wireText();
        ASSERT_FALSE(m_wire.empty()) << kWire;
        m_story = m_dir.write("in/b.txt", dated("2023년12월19일", m_wire));
        ASSERT_EQ(m_lib->importPaths({m_story}, {}).imported, 1);
        m_storyId = idOf(m_lib->database(), m_story);
        ASSERT_GT(m_storyId, 0);
    }

    // The edited wire copy in file `name`, dated `day`, as a worker prepares it (no extraction).
    PreparedArticle copyDated(const std::string &name, const std::string &day)
    {
        PrepareOptions options;
        options.extract = false;
        return prepareFile(m_dir.write(name, dated(day, edited(m_wire))), options);
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
    std::string m_wire;
    std::string m_story;
    std::int64_t m_storyId = 0;
};

// One run: a copy dated next to the stored story folds into it (its day is now kept), then the
// story's own file comes again dated months later, then another copy dated next to the story's
// old day. That copy must not fold: the story's day changed with its row.
TEST_F(StoryDays, AnArticleTheWriterRewritesIsReadAgain)
{
    const std::string copy = m_dir.write("in/a.txt", dated("2023년12월20일", edited(m_wire)));
    m_dir.write("in/b.txt", dated("2024년06월03일", m_wire));
    const std::string other = m_dir.write("in/c.txt", dated("2023년12월20일", extended(m_wire)));
    const ImportReport r = m_lib->importPaths({copy, m_story, other}, {});
    ASSERT_TRUE(r.failed.empty());
    EXPECT_EQ(r.updated, 1);
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(r.duplicates[0].path, copy);
    EXPECT_EQ(r.duplicates[0].of, m_story);
    Statement st(m_lib->database(), "SELECT copy_of IS NULL FROM article WHERE source = ?1");
    st.bind(1, other);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(0), 1) << "dated half a year from the story as it is now stored";
}

// A day kept while another connection changes the article's date: the next batch's refresh
// forgets it, and the candidate is judged by its new date.
TEST_F(StoryDays, AnotherConnectionsCommitIsSeenAtTheNextBatch)
{
    Database &db = m_lib->database();
    const PreparedArticle copy = copyDated("in/c.txt", "2023년12월20일");
    ASSERT_FALSE(copy.error);
    store::StoryDays days;
    store::BandFilter bands;
    ASSERT_TRUE(days.refresh(db));
    auto found = store::findStory(db, copy, 0, days, bands);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, m_storyId);
    EXPECT_EQ((*found)->how, "near");

    {
        auto otherConnection = Database::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(otherConnection);
        Statement move(**otherConnection, "UPDATE article SET published = '2024-06-03' WHERE id = ?1");
        move.bind(1, m_storyId);
        ASSERT_TRUE(move.run());
    }
    ASSERT_TRUE(days.refresh(db));
    found = store::findStory(db, copy, 0, days, bands);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value()) << "the story is now dated half a year from the copy";
}

// The day of a day-precise date only: a month or an unknown date never objects.
TEST_F(StoryDays, OnlyADayPreciseDateHasADay)
{
    EXPECT_EQ(store::StoryDays::dayOf(PartialDate{}), store::StoryDays::kAnyDay);
    const auto month = PartialDate::parse("2024-06");
    ASSERT_TRUE(month);
    EXPECT_EQ(store::StoryDays::dayOf(*month), store::StoryDays::kAnyDay);
    const auto day = PartialDate::parse("2024-06-03");
    const auto next = PartialDate::parse("2024-06-04");
    ASSERT_TRUE(day && next);
    EXPECT_EQ(store::StoryDays::dayOf(*next) - store::StoryDays::dayOf(*day), 1);
}

// An article whose id is beyond what the days keep in memory (only a hand-made row has one) is
// judged by the date its row holds, as any other.
TEST_F(StoryDays, AnArticleBeyondTheKeptIdsIsReadFromItsRow)
{
    Database &db = m_lib->database();
    constexpr std::int64_t kFar = std::int64_t{1} << 40;
    ASSERT_TRUE(db.exec("PRAGMA foreign_keys = OFF;"));
    for (const char *sql : {"UPDATE article SET id = ?1 WHERE id = ?2",
                            "UPDATE article_signature SET article_id = ?1 WHERE article_id = ?2",
                            "UPDATE article_band SET article_id = ?1 WHERE article_id = ?2",
                            "UPDATE article_band_recent SET article_id = ?1 WHERE article_id = ?2"}) {
        Statement st(db, sql);
        st.bind(1, kFar).bind(2, m_storyId);
        ASSERT_TRUE(st.run()) << sql;
    }
    ASSERT_TRUE(db.exec("PRAGMA foreign_keys = ON;"));

    const PreparedArticle near = copyDated("in/c.txt", "2023년12월20일");
    const PreparedArticle far = copyDated("in/d.txt", "2024년06월03일");
    ASSERT_FALSE(near.error);
    ASSERT_FALSE(far.error);
    store::StoryDays days;
    store::BandFilter bands;
    auto found = store::findStory(db, near, 0, days, bands);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, kFar);
    found = store::findStory(db, far, 0, days, bands);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value()) << "dated half a year from it";
}

// The band filter (store::BandFilter) answers yes for every stored key, so that a copy is found
// as without it, and no for nearly every other key, so that a new article makes no look-up.
TEST_F(StoryDays, TheBandFilterHoldsEveryStoredKeyAndFewOthers)
{
    Database &db = m_lib->database();
    store::BandFilter bands;
    EXPECT_TRUE(bands.mayHold(12345)) << "before it is built, every key may be stored";
    ASSERT_TRUE(bands.build(db));
    ASSERT_TRUE(bands.loaded());
    std::set<std::int64_t> stored;
    Statement keys(db, "SELECT band_key FROM article_band UNION ALL SELECT band_key FROM article_band_recent");
    while (keys.next())
        stored.insert(keys.int64(0));
    ASSERT_EQ(stored.size(), static_cast<std::size_t>(kMinHashBands));
    for (const std::int64_t key : stored)
        EXPECT_TRUE(bands.mayHold(key)) << key;
    // Keys as a signature makes them (hashes): of 100,000 others, about none.
    std::mt19937_64 random(7);
    int held = 0;
    for (int i = 0; i < 100000; ++i) {
        const auto key = static_cast<std::int64_t>(random());
        held += !stored.contains(key) && bands.mayHold(key) ? 1 : 0;
    }
    EXPECT_LT(held, 10);

    // The copy is found through the filter; a text of its own makes no look-up and finds nothing.
    store::StoryDays days;
    const PreparedArticle copy = copyDated("in/c.txt", "2023년12월20일");
    auto found = store::findStory(db, copy, 0, days, bands);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, m_storyId);
    PrepareOptions options;
    options.extract = false;
    const PreparedArticle other =
        prepareFile(m_dir.write("in/d.txt", "장비 수출 늘어\n\n기사입력 : 2023년12월20일 10:00\n\n반도체 장비 수출이 "
                                            "석 달째 늘었다. 업계는 하반기에도 증가세가 이어질 것으로 본다.\n"),
                    options);
    ASSERT_FALSE(other.error);
    int maybe = 0;
    for (const std::int64_t key : other.signature.bands)
        maybe += bands.mayHold(key) ? 1 : 0;
    EXPECT_LT(maybe, kMinBandHits);
    found = store::findStory(db, other, 0, days, bands);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
}

// What the filter was built without: keys the writer adds (held at once, and the filter built
// again, larger, once they outgrow it), and keys another connection stored (refresh() forgets
// the filter, and the story it stored is found).
TEST_F(StoryDays, TheBandFilterLearnsTheWritersKeysAndForgetsAnotherConnections)
{
    Database &db = m_lib->database();
    store::BandFilter bands;
    ASSERT_TRUE(bands.refresh(db));
    ASSERT_TRUE(bands.build(db));
    // As the writer does: each key stored (article_band_recent) and added, more than a filter
    // built for 20 keys holds (8,192).
    std::mt19937_64 random(11);
    std::vector<std::int64_t> added;
    ASSERT_TRUE(db.exec("BEGIN"));
    Statement insert(db, "INSERT OR IGNORE INTO article_band_recent (band_key, article_id) VALUES (?1, ?2)");
    for (int i = 0; i < 20000; ++i) {
        added.push_back(static_cast<std::int64_t>(random()));
        insert.reset();
        insert.bind(1, added.back()).bind(2, m_storyId);
        ASSERT_TRUE(insert.run());
        bands.add(added.back());
        ASSERT_TRUE(bands.prepare(db));
    }
    ASSERT_TRUE(db.exec("COMMIT"));
    for (const std::int64_t key : added)
        ASSERT_TRUE(bands.mayHold(key)) << key;
    int held = 0;
    for (int i = 0; i < 100000; ++i)
        held += bands.mayHold(static_cast<std::int64_t>(random())) ? 1 : 0;
    EXPECT_LT(held, 100) << "built again, larger, as the keys came";

    // Another connection imports a second story; the filter built before knows none of its keys.
    {
        auto other = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(other);
        const std::string path = m_dir.write("in/second.txt", "다른 이야기\n\n기사입력 : 2024년3월4일 09:00\n\n"
                                                              "서울대 연구진이 새 메모리 구조를 발표했다. 연구진은 "
                                                              "전력 소모를 절반으로 줄였다고 밝혔다. 상용화는 2027년 "
                                                              "이후로 예상된다고 덧붙였다.\n");
        ASSERT_EQ((*other)->importPaths({path}, {}).imported, 1);
    }
    ASSERT_TRUE(bands.refresh(db));
    EXPECT_FALSE(bands.loaded()) << "another connection committed";
    PrepareOptions options;
    options.extract = false;
    const PreparedArticle copy = prepareFile(
        m_dir.write("in/copy.txt", "다른 이야기 (종합)\n\n기사입력 : 2024년3월4일 10:00\n\n"
                                   "서울대 연구진이 새 메모리 구조를 발표했다. 연구진은 전력 소모를 "
                                   "절반으로 줄였다고 밝혔다. 상용화는 2027년 이후로 예상된다고 덧붙였다.\n"),
        options);
    ASSERT_FALSE(copy.error);
    ASSERT_TRUE(bands.build(db));
    store::StoryDays days;
    auto found = store::findStory(db, copy, 0, days, bands);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_NE((*found)->id, m_storyId);
}
