#include "extract/gazetteer.h"

#include "common/utf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace sillok::core;

namespace {

const char *kTsv = "id\tname\tkind\tcountry\tenglish\taliases\n"
                   "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부|과기부|MSIT\n"
                   "kr-kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST|카이스트\n"
                   "kr-kt\tKT\tcompany\tKR\tKT Corporation\t\n"
                   "kr-ktcloud\tKT클라우드\tcompany\tKR\tKT Cloud\t\n"
                   "kr-rebellions\t리벨리온\tcompany\tKR\tRebellions\tRebellions\n"
                   "kr-samsung\t삼성전자\tcompany\tKR\tSamsung Electronics\t삼성\n"
                   "kr-skhynix\tSK하이닉스\tcompany\tKR\tSK hynix\t\n"
                   "kr-lgai\tLG AI연구원\tresearch\tKR\tLG AI Research\tLG AI연구소\n";

Gazetteer load()
{
    auto g = Gazetteer::fromTsv(kTsv);
    EXPECT_TRUE(g.has_value());
    return std::move(*g);
}

std::vector<std::string> found(const Gazetteer &g, const std::string &text)
{
    std::vector<std::string> out;
    for (const auto &m : g.findAll(std::string_view(text)))
        out.push_back(substrCodePoints(text, static_cast<std::size_t>(m.start), static_cast<std::size_t>(m.end)));
    return out;
}

} // namespace

TEST(Gazetteer, LooksUpAnyNameIgnoringCaseAndSpaces)
{
    const auto g = load();
    ASSERT_NE(g.lookup("과기정통부"), nullptr);
    EXPECT_EQ(g.lookup("과기정통부")->name, "과학기술정보통신부");
    EXPECT_EQ(g.lookup("msit")->id, "kr-msit");
    EXPECT_EQ(g.lookup("Ministry of Science and ICT")->id, "kr-msit");
    EXPECT_EQ(g.lookup("lg ai 연구원")->id, "kr-lgai");
    EXPECT_EQ(g.lookup("정부"), nullptr);
}

TEST(Gazetteer, AliasGroupListsEveryName)
{
    const auto g = load();
    const auto group = g.aliasGroup("카이스트");
    EXPECT_EQ(group.front(), "한국과학기술원");
    EXPECT_NE(std::ranges::find(group, "KAIST"), group.end());
    EXPECT_EQ(g.aliasGroup("모르는기관"), std::vector<std::string>{"모르는기관"});
}

TEST(Gazetteer, MatchesWithParticlesAndListDots)
{
    const auto g = load();
    EXPECT_EQ(found(g, "과기정통부는 리벨리온과 협약했다"), (std::vector<std::string>{"과기정통부", "리벨리온"}));
    EXPECT_EQ(found(g, "삼성·SK하이닉스 등"), (std::vector<std::string>{"삼성", "SK하이닉스"}));
    EXPECT_EQ(found(g, "카이스트(KAIST)에서"), (std::vector<std::string>{"카이스트", "KAIST"}));
}

TEST(Gazetteer, PrefersTheLongestName)
{
    const auto g = load();
    EXPECT_EQ(found(g, "KT클라우드와 KT가"), (std::vector<std::string>{"KT클라우드", "KT"}));
    EXPECT_EQ(found(g, "LG AI연구원 배경훈 원장"), (std::vector<std::string>{"LG AI연구원"}));
}

TEST(Gazetteer, ShortLatinNamesNeedTokenBoundaries)
{
    const auto g = load();
    EXPECT_TRUE(found(g, "KTX를 타고 SKT와").empty());
    EXPECT_TRUE(found(g, "삼성스토어에서").empty()); // 스토어 is not a particle
    EXPECT_TRUE(found(g, "신삼성전자").empty());      // starts inside a word
}

TEST(Gazetteer, FixtureFileParses)
{
    std::ifstream in(std::string(SILLOK_TEST_DATA_DIR) + "/extract/organizations_fixture.tsv");
    std::stringstream buf;
    buf << in.rdbuf();
    auto g = Gazetteer::fromTsv(buf.str());
    ASSERT_TRUE(g.has_value());
    EXPECT_GT(g->entries().size(), 20u);
}

TEST(Gazetteer, RejectsMalformedRows)
{
    EXPECT_FALSE(Gazetteer::fromTsv("id\tname\tkind\nonly-one-column\n").has_value());
    EXPECT_TRUE(Gazetteer::fromTsv("").has_value());
}

TEST(Gazetteer, BuiltinLoads)
{
    EXPECT_NO_FATAL_FAILURE(Gazetteer::builtin().entries());
}
