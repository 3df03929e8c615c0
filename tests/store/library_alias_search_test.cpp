// Search expands a query through an organization's other names: the builtin gazetteer's
// aliases (과기정통부 = 과학기술정보통신부 = MSIT) and the names the knowledge graph learned
// from imported articles (a 한글(English) pair the gazetteer does not know).
#include "store/library.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace sillok::core;

namespace {

class AliasSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Invented articles; the company 한빛세미콘 is not in the gazetteer on purpose.
        m_dir.write("in/ministry_short.txt",
                    "과기정통부, AI 반도체 지원 확대\n\n"
                    "과기정통부는 20일 AI 반도체 기업의 해외 진출을 돕는 지원 사업을 확대한다고 밝혔다. "
                    "지원 대상은 설계 기업과 클라우드 기업이다.\n");
        m_dir.write("in/ministry_full.txt",
                    "정부, 데이터센터 전력 대책 발표\n\n"
                    "과학기술정보통신부는 21일 데이터센터 전력 수요에 대응하는 대책을 내놓았다. "
                    "대책에는 저전력 반도체 실증이 포함됐다.\n");
        m_dir.write("in/ministry_english.txt",
                    "Korea outlines chip support\n\n"
                    "The MSIT said on Monday that it would widen support for domestic accelerator makers. "
                    "The plan covers design houses and cloud operators.\n");
        m_dir.write("in/pair.txt",
                    "한빛세미콘, 추론용 칩 공개\n\n"
                    "반도체 설계 기업 한빛세미콘(Hanbit Semicon)은 22일 추론용 AI 가속기를 공개했다. "
                    "한빛세미콘은 내년 양산을 목표로 한다.\n");
        m_dir.write("in/english_only.txt",
                    "Start-up shows inference chip\n\n"
                    "Hanbit Semicon showed an inference accelerator to cloud customers on Tuesday. "
                    "Hanbit Semicon plans volume production next year.\n");
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        ImportReport r = m_lib->importPaths({(m_dir.path() / "in").string()}, {});
        ASSERT_EQ(r.imported, 5);
    }

    std::vector<std::string> sources(std::string_view query, bool expand = true)
    {
        SearchOptions options;
        options.expandAliases = expand;
        std::vector<std::string> out;
        auto hits = m_lib->search(query, options);
        EXPECT_TRUE(hits) << (hits ? "" : hits.error().detail);
        if (hits)
            for (const auto &h : *hits)
                out.push_back(std::filesystem::path(h.source).stem().string());
        std::sort(out.begin(), out.end());
        return out;
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(AliasSearch, GazetteerAliasesFindEveryName)
{
    const std::vector<std::string> all{"ministry_english", "ministry_full", "ministry_short"};
    EXPECT_EQ(sources("과기정통부"), all);
    EXPECT_EQ(sources("과학기술정보통신부"), all);
    EXPECT_EQ(sources("msit"), all);
    EXPECT_EQ(sources("과기부"), all); // a short form no article uses
}

TEST_F(AliasSearch, WithoutExpansionOnlyTheTypedNameMatches)
{
    EXPECT_EQ(sources("과기정통부", false), std::vector<std::string>{"ministry_short"});
    EXPECT_EQ(sources("Hanbit Semicon", false), (std::vector<std::string>{"english_only", "pair"}));
}

TEST_F(AliasSearch, NamesLearnedFromArticlesExpandToo)
{
    // Only pair.txt says 한빛세미콘; english_only.txt is found through the learned English alias.
    EXPECT_EQ(sources("한빛세미콘"), (std::vector<std::string>{"english_only", "pair"}));
    EXPECT_EQ(sources("한빛세미콘은"), (std::vector<std::string>{"english_only", "pair"}));
}

TEST_F(AliasSearch, TwoWordsThatNameAnEntityAreFoundSideBySideNotAnywhere)
{
    // "Hanbit Semicon" is a learned alias: it finds the entity's names, and its two words side by
    // side in another form ("Hanbit's Semicon"), but not the two words anywhere in an
    // article (issue 11: a multi-word name is matched as the entity it names, "SK Telecom" is
    // not "SK" plus "Telecom").
    m_dir.write("in2/apart.txt", "Design house news\n\n"
                                 "Hanbit, a design house, named its new unit Semicon Labs on Friday. "
                                 "The unit will build inference accelerators.\n");
    m_dir.write("in2/near.txt", "Design house news\n\n"
                                "Hanbit's Semicon unit will build inference accelerators.\n");
    ASSERT_EQ(m_lib->importPaths({(m_dir.path() / "in2").string()}, {}).imported, 2);
    EXPECT_EQ(sources("Hanbit Semicon"), (std::vector<std::string>{"english_only", "near", "pair"}));
    // In the other order the words name nothing: an ordinary two-word query.
    EXPECT_EQ(sources("Semicon Hanbit"), (std::vector<std::string>{"apart", "english_only", "near", "pair"}));
    // The articles that mention the entity rank above the one that has its words.
    auto hits = m_lib->search("Hanbit Semicon");
    ASSERT_TRUE(hits && hits->size() == 3);
    EXPECT_EQ(std::filesystem::path(hits->back().source).stem().string(), "near");
    // Without expansion, a query is its words, wherever they are.
    EXPECT_EQ(sources("Hanbit Semicon", false), (std::vector<std::string>{"apart", "english_only", "near", "pair"}));
}

TEST_F(AliasSearch, TheBeginningOfALatinNameFindsItsEntity)
{
    // Only the Korean name is written here; "hanbitsemi" begins the learned English alias.
    m_dir.write("in3/korean_only.txt", "추론 칩 소식\n\n한빛세미콘이 새 추론 칩의 시제품을 고객사에 보냈다.\n");
    ASSERT_EQ(m_lib->importPaths({(m_dir.path() / "in3").string()}, {}).imported, 1);
    const std::vector<std::string> all{"english_only", "korean_only", "pair"};
    EXPECT_EQ(sources("hanbitsemi"), all);
    EXPECT_EQ(sources("HanbitSemicon"), all);
    // Too short to say which entity is meant, or not the beginning of any name: as typed.
    EXPECT_EQ(sources("hanb"), std::vector<std::string>{});
    EXPECT_EQ(sources("bitsemi"), std::vector<std::string>{});
}
