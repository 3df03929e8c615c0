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
#include <sstream>
#include <string>

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
    ASSERT_TRUE(days.refresh(db));
    auto found = store::findStory(db, copy, 0, days);
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
    found = store::findStory(db, copy, 0, days);
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
    auto found = store::findStory(db, near, 0, days);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, kFar);
    found = store::findStory(db, far, 0, days);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value()) << "dated half a year from it";
}
