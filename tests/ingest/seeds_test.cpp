// The five real scraped seeds (shared corpus) and the sample corpus: body versus noise,
// headline and publication date. The seeds need ../shared (tests/shared_dir.h: skipped without
// it, failed under CI=true); the sample corpus is part of the repository and must be there.
#include "ingest/ingest.h"
#include "ingest/source_line.h"
#include "ingest_test_util.h"
#include "mini_json.h"
#include "shared_dir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

fs::path seedsDir()
{
    return sillok::test::sharedDir() / "corpus" / "seeds";
}

std::optional<fs::path> seedStartingWith(const std::string &prefix)
{
    if (!fs::is_directory(seedsDir()))
        return std::nullopt;
    for (const auto &e : fs::directory_iterator(seedsDir()))
        if (e.path().filename().string().starts_with(prefix))
            return e.path();
    return std::nullopt;
}

ParsedArticle parseSeed(const std::string &prefix)
{
    const auto path = seedStartingWith(prefix);
    EXPECT_TRUE(path.has_value()) << prefix;
    auto a = parseArticleFile(path->string());
    EXPECT_TRUE(a.has_value());
    return a.value_or(ParsedArticle{});
}

// Widget and furniture phrases that must never be in any body.
const char *const kNoiseMarkers[] = {"본문 글자 크기", "번역할 언어", "Please enter your", "댓글을 남겨", "댓글 (",
                                     "종목 추적기", "Top으로 이동", "ⓒ연합뉴스", "베스트 기사]", "기사입력", "최종수정"};

} // namespace

class Seeds : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    }
};

TEST_F(Seeds, GoldNoiseIsNotInTheBodyAndOrganizationsStay)
{
    SILLOK_REQUIRE_SHARED(goldDir, "corpus/gold");
    int files = 0;
    for (const auto &e : fs::directory_iterator(goldDir)) {
        if (e.path().extension() != ".json")
            continue;
        ++files;
        const auto gold = sillok::test::JsonReader(sillok::test::readAll(e.path())).parse();
        const auto article = parseArticleFile((seedsDir() / gold["article"].text).string());
        ASSERT_TRUE(article.has_value()) << gold["article"].text;
        for (const auto &n : gold["noise"].items)
            EXPECT_EQ(article->body.find(n.text), std::string::npos) << e.path() << " noise in body: " << n.text;
        // Every organization the text names (by name or alias) must still be named in the body.
        for (const auto &org : gold["organizations"].items) {
            std::vector<std::string> names{org["name"].text};
            for (const auto &alias : org["aliases"].items)
                names.push_back(alias.text);
            const bool inText = std::any_of(names.begin(), names.end(), [&](const std::string &n) {
                return article->fullText.find(n) != std::string::npos;
            });
            const bool inBody = std::any_of(names.begin(), names.end(), [&](const std::string &n) {
                return article->body.find(n) != std::string::npos;
            });
            EXPECT_TRUE(!inText || inBody) << e.path() << " organization stripped: " << org["name"].text;
        }
        // Gold title: null means no headline.
        const std::string goldTitle = gold["title"].type == sillok::test::JsonValue::Type::String ? gold["title"].text : "";
        EXPECT_EQ(article->title, goldTitle) << e.path();
    }
    EXPECT_GT(files, 0);
}

TEST_F(Seeds, TitlesAndDates)
{
    const auto s000 = parseSeed("000_");
    EXPECT_EQ(s000.title, "");
    EXPECT_FALSE(s000.published.isValid());
    const auto s002 = parseSeed("002_");
    EXPECT_EQ(s002.title, "정부, 각 분야 전문가와 ‘AI-반도체 이니셔티브’ 방안 논의");
    const auto s003 = parseSeed("003_");
    EXPECT_EQ(s003.title, "이종호 과기부 장관 \"경제·사회적 악재의 돌파구는 AI 기반의 혁신\"");
    EXPECT_EQ(s003.published.toString(), "2024-01-19"); // not the 2025 date in its related block
    EXPECT_EQ(s003.publishedBasis, "dateline");
    EXPECT_EQ(s003.publishedText, "기사입력 : 2024년01월19일 09:00");
    const auto s004 = parseSeed("004_");
    EXPECT_EQ(s004.title, "");
}

TEST_F(Seeds, RelatedNewsAndFurnitureStayOutOfBodies)
{
    const auto s003 = parseSeed("003_");
    EXPECT_EQ(s003.body.find("탄도미사일"), std::string::npos);
    EXPECT_EQ(s003.body.find("하이페리온"), std::string::npos);
    EXPECT_EQ(s003.body.find("[세종=뉴스핌]"), std::string::npos);
    EXPECT_EQ(s003.body.find("@newspim.com"), std::string::npos);
    EXPECT_TRUE(s003.body.find("이종호 과학기술정보통신부 장관은 19일") == 0
                || s003.body.find("\n\n이종호 과학기술정보통신부 장관은 19일") != std::string::npos);
    const auto s002 = parseSeed("002_");
    EXPECT_NE(s002.body.find("유회준 KAIST 교수"), std::string::npos);
    for (const char *prefix : {"000_", "001_", "002_", "003_", "004_"}) {
        const auto a = parseSeed(prefix);
        EXPECT_GT(a.body.size(), 1000u) << prefix;
        for (const char *marker : kNoiseMarkers)
            EXPECT_EQ(a.body.find(marker), std::string::npos) << prefix << ": " << marker;
        EXPECT_FALSE(a.body.ends_with("top")) << prefix;
        EXPECT_EQ(a.body.find("\n+1\n"), std::string::npos) << prefix;
    }
}

TEST(SampleCorpus, EveryArticleParsesWithACleanBody)
{
    const fs::path dir = SILLOK_SAMPLE_CORPUS_DIR;
    ASSERT_TRUE(fs::is_directory(dir)) << "no sample corpus at " << dir;
    int parsed = 0;
    for (const auto &e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || !isImportableExtension(e.path().string()))
            continue;
        const auto a = parseArticleFile(e.path().string());
        ASSERT_TRUE(a.has_value()) << e.path() << ": " << a.error().detail;
        EXPECT_FALSE(a->body.empty()) << e.path();
        for (const char *marker : kNoiseMarkers)
            EXPECT_EQ(a->body.find(marker), std::string::npos) << e.path() << ": " << marker;
        ++parsed;
    }
    EXPECT_GT(parsed, 0) << "the sample corpus " << dir << " is empty";
}

// The analyst gold of the sample corpus: every noise snippet stays out of the body, every
// organization stays in it, and explicitly printed dates are read.
TEST(SampleCorpus, GoldNoiseOrganizationsAndDates)
{
    const fs::path dir = SILLOK_SAMPLE_CORPUS_DIR;
    ASSERT_TRUE(fs::is_directory(dir / "gold")) << "no sample corpus gold at " << dir / "gold";
    int noiseChecked = 0, orgsChecked = 0, datesChecked = 0;
    for (const auto &e : fs::directory_iterator(dir / "gold")) {
        if (e.path().extension() != ".json")
            continue;
        const auto gold = sillok::test::JsonReader(sillok::test::readAll(e.path())).parse();
        const auto article = parseArticleFile((dir / gold["article"].text).string());
        ASSERT_TRUE(article.has_value()) << gold["article"].text;
        const std::string body = collapseWhitespace(article->body);
        for (const auto &n : gold["noise"].items) {
            EXPECT_EQ(body.find(collapseWhitespace(n.text)), std::string::npos) << e.path() << " noise in body: " << n.text;
            ++noiseChecked;
        }
        for (const auto &org : gold["organizations"].items) {
            std::vector<std::string> names{org["name"].text};
            for (const auto &alias : org["aliases"].items)
                names.push_back(alias.text);
            EXPECT_TRUE(std::any_of(names.begin(), names.end(),
                                    [&](const std::string &n) { return body.find(n) != std::string::npos; }))
                << e.path() << " organization not in body: " << org["name"].text;
            ++orgsChecked;
        }
        if (gold["published_basis"].text.starts_with("explicit")) {
            EXPECT_EQ(article->published.toString(), gold["published"].text) << e.path();
            ++datesChecked;
        }
    }
    EXPECT_GT(noiseChecked, 100);
    EXPECT_GT(orgsChecked, 100);
    EXPECT_GT(datesChecked, 10);
}
