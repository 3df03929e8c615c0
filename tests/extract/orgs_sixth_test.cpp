// Organisations and people, sixth pass, on sentences written for these tests (the companies and
// people are invented): a province or metropolitan city that acts is an organisation, one named
// as a place is not; a company followed by a region word names its local subsidiary; regional
// technoparks and securities firms have a name's shape; the object of a deal introduced by a class
// noun is a company; a bare surname before a title refers back; two name-shaped words are one
// Japanese name; the subjects leading or joining a funding round are investors.
#include "extract/extractor.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    static const Gazetteer g =
        test::gazetteerOf("kr-chungnam\t충청남도\tgovernment\tKR\tSouth Chungcheong Province\t충남도\n"
                          "bluechip\t블루칩스\tcompany\tKR\tBluechips\t\n"
                          "redwave\t레드웨이브\tcompany\tKR\tRedwave\t\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

bool hasOrg(const Extraction &x, std::string_view name)
{
    return test::named(x.organizations, name) != nullptr;
}

bool hasPerson(const Extraction &x, std::string_view name)
{
    return test::named(x.people, name) != nullptr;
}

} // namespace

TEST(OrgsSixth, ProvinceActingIsAnOrganisation)
{
    const auto x =
        extract("충청남도는 천안에 AI 반도체 설계 지원 거점을 세운다고 20일 밝혔다. 충남도는 도비 50억 원을 댄다.");
    const auto *o = test::named(x.organizations, "충청남도");
    ASSERT_NE(o, nullptr) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(std::ranges::find(o->aliases, "충남도") != o->aliases.end()) << ::testing::PrintToString(o->aliases);
}

TEST(OrgsSixth, ProvinceNamedAsAPlaceIsNot)
{
    const auto x = extract("블루칩스는 충청남도 아산시에 두 번째 공장을 짓는다. 연구소는 충청남도에 둔다.");
    EXPECT_FALSE(hasOrg(x, "충청남도")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, RegionWordAfterACompanyNamesItsSubsidiary)
{
    const auto x = extract("블루칩스는 지난달 도쿄에 100% 자회사 블루칩스 재팬을 세웠다. "
                           "레드웨이브의 한국 법인인 레드웨이브코리아는 판교에 연구소를 연다.");
    EXPECT_TRUE(hasOrg(x, "블루칩스 재팬")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(hasOrg(x, "레드웨이브코리아")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(hasOrg(x, "블루칩스")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, TechnoparkAndSecuritiesFirmByShape)
{
    const auto x = extract("센터 운영은 도 출연기관인 충남테크노파크가 맡는다. 대표 주관사는 한결투자증권이 맡았다.");
    EXPECT_TRUE(hasOrg(x, "충남테크노파크")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(hasOrg(x, "한결투자증권")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, ObjectOfADealAfterAClassNoun)
{
    const auto x = extract("블루칩스는 지난해 검사장비 업체 누리프로브를 인수해 테스트 역량을 키웠다.");
    EXPECT_TRUE(hasOrg(x, "누리프로브")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, BareSurnameBeforeATitleRefersBack)
{
    const auto x = extract("블루칩스는 레드웨이브와 합병했다. 합병 뒤 변 대표가 회사를 이끈다.");
    EXPECT_FALSE(hasPerson(x, "뒤 변")) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(OrgsSixth, TwoNameShapedWordsAreOneJapaneseName)
{
    const auto x = extract("전시장에서 고마쓰 하루키 블루칩스 사장은 신제품을 소개했다.");
    EXPECT_TRUE(hasPerson(x, "고마쓰 하루키")) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(OrgsSixth, LeadAndFollowInvestorsOfARound)
{
    const auto x = extract("블루칩스가 80억 원 규모의 시리즈A 투자를 유치했다. 이번 라운드는 한솔인베스트가 주도했고 "
                           "기존 투자자 누리플레이가 참여했다.");
    EXPECT_TRUE(hasOrg(x, "한솔인베스트")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(hasOrg(x, "누리플레이")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, TitleGluedToTheOrganisation)
{
    const auto x = extract("충청남도는 20일 반도체 포럼을 열었다. 행사에는 한민결 충청남도지사가 참석했다.");
    const auto *p = test::named(x.people, "한민결");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(p->organization, "충청남도");
}

TEST(OrgsSixth, ChainedTitlesBeforeTheName)
{
    const auto x = extract("레드웨이브 공동창업자 겸 대표 윤하솔은 \"양산이 먼저\"라고 말했다. "
                           "블루칩스 최고기술책임자(CTO) 석가온은 설계를 맡는다.");
    const auto *p = test::named(x.people, "윤하솔");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(p->organization, "레드웨이브");
    const auto *q = test::named(x.people, "석가온");
    ASSERT_NE(q, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(q->organization, "블루칩스");
}

TEST(OrgsSixth, NameGlossedInChineseCharactersBeforeTheTitle)
{
    const auto x = extract("통합 법인의 대표는 천위밍(陳宇明) 블루칩스 회장이 맡는다.");
    EXPECT_TRUE(hasPerson(x, "천위밍")) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(OrgsSixth, ForeignNameAfterTheOrganisationsTitle)
{
    const auto x = extract("블루칩스 대표 앤드루 윤은 \"내년에 양산한다\"고 말했다.");
    const auto *p = test::named(x.people, "앤드루 윤");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(p->organization, "블루칩스");
}

TEST(OrgsSixth, DeputyGovernorGluedToItsPortfolio)
{
    const auto x = extract("충청남도는 20일 협의회를 출범했다. 행사에는 한가람 충남도 경제부지사가 참석했다.");
    EXPECT_TRUE(hasPerson(x, "한가람")) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(OrgsSixth, InvestmentArmAndGroupOfACompany)
{
    const auto x = extract("누리랩은 레드웨이브 벤처스로부터 시드 투자를 받았다. 블루칩스그룹의 계열사도 참여했다.");
    EXPECT_TRUE(hasOrg(x, "레드웨이브 벤처스")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_TRUE(hasOrg(x, "블루칩스그룹")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, NameGlossedWithItsHangulReading)
{
    const auto x = extract("블루칩스의 오정민(오마사키 준) 회장은 직접 무대에 올랐다.");
    EXPECT_TRUE(hasPerson(x, "오정민")) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(OrgsSixth, VerbBeforeASuffixShapedNameIsNoPartOfIt)
{
    const auto x = extract("블루칩스는 시리즈A를 마쳤다. 라운드를 이끈 한솔벤처스는 추가 투자도 검토한다.");
    EXPECT_TRUE(hasOrg(x, "한솔벤처스")) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_FALSE(hasOrg(x, "이끈 한솔벤처스")) << ::testing::PrintToString(test::nameList(x.organizations));
}

TEST(OrgsSixth, CommonNounsOrACompanysWordBeforeATitleAreNoName)
{
    const auto x = extract("블루칩스는 레드웨이브를 흡수한다. 통합 법인 대표는 아직 정하지 않았다. "
                           "미국 자회사인 블루칩스 아메리카 대표는 현지 인력을 뽑는다.");
    EXPECT_FALSE(hasPerson(x, "통합 법인")) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_FALSE(hasPerson(x, "블루칩스 아메리카")) << ::testing::PrintToString(test::nameList(x.people));
}
