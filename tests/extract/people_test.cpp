// People with foreign names, organisations given with their English name, and titles glued to
// their portfolio. Sentences written for these tests; the names are invented.
#include "extract/extractor.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    static const Gazetteer g = test::gazetteerOf(
        "us-nvidia\t엔비디아\tcompany\tUS\tNVIDIA\t\n"
        "us-amd\tAMD\tcompany\tUS\tAMD\t\n"
        "vn-mpi\t기획투자부\tgovernment\tVN\tMinistry of Planning and Investment\t\n");
    return g;
}

Extraction run(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

std::vector<std::string> names(const std::vector<ExtractedPerson> &items)
{
    std::vector<std::string> out;
    for (const auto &x : items)
        out.push_back(x.name + "/" + x.role + "/" + x.organization);
    return out;
}

} // namespace

TEST(ForeignPeople, OrganizationWithItsEnglishNameBeforeTheTitle)
{
    const auto x = run("마이클 첸 엔비디아(Nvidia) 최고경영자(CEO)가 2일 기조연설을 했다.");
    const auto *p = test::named(x.people, "마이클 첸");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(p->role, "최고경영자");
    EXPECT_EQ(p->organization, "엔비디아");
}

TEST(ForeignPeople, NamesEndingInABoundNounSyllable)
{
    const auto x = run("캐서린 수 AMD CEO는 새 칩을 공개했다. 이어 응우옌 반 중 기획투자부 장관이 서명했다.");
    const auto *a = test::named(x.people, "캐서린 수");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(a->organization, "AMD");
    const auto *b = test::named(x.people, "응우옌 반 중");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(b->role, "장관");
}

TEST(ForeignPeople, BoundNounsWithoutAKnownGivenNameAreNotNames)
{
    // 수 after an unknown word is the bound noun (할 수), not a name.
    const auto x = run("그 결과 수 대표는 말했다. 한 팹리스 대표는 우려했다.");
    EXPECT_TRUE(x.people.empty()) << ::testing::PrintToString(names(x.people));
}

TEST(ForeignPeople, TitleGluedToItsPortfolio)
{
    const auto x = run("제니퍼 하트 상무장관은 투자를 환영했다.");
    const auto *p = test::named(x.people, "제니퍼 하트");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(p->role, "상무장관");
}

TEST(ForeignPeople, WordGluedToAParenthesisKeepsItsLastSyllable)
{
    // 모아레인 ends like the copula 인; before "(" it cannot be a particle.
    const auto x = run("엔비디아는 의료 AI 스타트업 모아레인(Moarain)을 인수한다고 밝혔다.");
    auto it = std::ranges::find_if(x.organizations, [](const ExtractedOrganization &o) { return o.name == "모아레인"; });
    ASSERT_NE(it, x.organizations.end());
    EXPECT_EQ(it->english, "Moarain");
}

TEST(ForeignPeople, CountryOfTheOfficeBetweenNameAndTitle)
{
    const auto x = run("라이칭샹 대만 총통은 반도체 공급망을 강조했다. 이시바 시게오 총리도 말했다.");
    EXPECT_NE(test::named(x.people, "라이칭샹"), nullptr) << ::testing::PrintToString(names(x.people));
    // 시게오 alone would read as a Korean name (surname 시); a known surname before it says otherwise.
    EXPECT_NE(test::named(x.people, "이시바 시게오"), nullptr) << ::testing::PrintToString(names(x.people));
}

TEST(ForeignPeople, CityOfTheOfficeBetweenNameAndTitle)
{
    const auto x = run("판 반 라이 호찌민시 인민위원장은 계획을 발표했다.");
    EXPECT_EQ(names(x.people), std::vector<std::string>{"판 반 라이/인민위원장/"});
}

TEST(KoreanPeople, DivisionHeadsDepartmentsAndFormerTitles)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-hanbit\t한빛전자\tcompany\tKR\tHanbit Electronics\t\n"
                                "kr-kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST\n"
                                "us-intel\t인텔\tcompany\tUS\tIntel\t\n"
                                "kr-nuri\tNR\tcompany\tKR\tNR Inc.\tNR그룹\n"
                                "kr-nurichip\tNR칩스\tcompany\tKR\tNR Chips\t\n");
    ASSERT_TRUE(g);
    const auto x = extractFromText("강민철 한빛전자 DS부문장(부회장)은 말했다. 윤서준 KAIST 전기및전자공학부 교수는 설명했다. "
                                   "데이비드 로스 전 인텔 CEO는 퇴임했다. 한도윤 NR그룹 회장은 NR칩스를 찾았다.",
                                   PartialDate::ofDay(2024, 5, 20), *g);
    const auto *a = test::named(x.people, "강민철");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(a->role, "DS부문장");
    EXPECT_EQ(a->organization, "한빛전자");
    const auto *b = test::named(x.people, "윤서준");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(b->organization, "한국과학기술원");
    const auto *c = test::named(x.people, "데이비드 로스");
    ASSERT_NE(c, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(c->role, "전 CEO");
    EXPECT_EQ(c->organization, "인텔");
    const auto *d = test::named(x.people, "한도윤");
    ASSERT_NE(d, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(d->organization, "NR") << "the group, not its one unit named in the article";
    for (const auto &o : x.organizations)
        EXPECT_FALSE(o.name.ends_with("학부")) << o.name;
}

// Third pass (docs/extraction.md): officials named "organisation name title" with a division glued
// to the title, a division before the name, a city or province between the name and the title,
// and verbs of a title (대표해, 대표하는) that are no names.
TEST(KoreanPeople, GluedOfficeTitlesDivisionsAndPlaces)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-motie\t산업통상자원부\tgovernment\tKR\tMOTIE\t산업부\n"
                                "kr-kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST\n"
                                "kr-hanbit\t한빛전자\tcompany\tKR\tHanbit Electronics\t\n");
    ASSERT_TRUE(g);
    const auto x = extractFromText(
        "출범식을 주재한 산업부 서윤재 소재부품과장은 인사말을 했다. 하지호 KAIST 연구부총장은 축사를 했다. "
        "업계를 대표해 참석한 한빛전자 메모리사업부 송재익 사장이 발표했다. "
        "모영훈 대구시 경제부시장은 환영사를 했다.",
        PartialDate::ofDay(2024, 5, 20), *g);
    const auto *a = test::named(x.people, "서윤재");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(a->role, "소재부품과장");
    EXPECT_EQ(a->organization, "산업통상자원부");
    const auto *b = test::named(x.people, "하지호");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(b->organization, "한국과학기술원");
    const auto *c = test::named(x.people, "송재익");
    ASSERT_NE(c, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(c->organization, "한빛전자");
    EXPECT_EQ(c->role, "메모리사업부 사장");
    EXPECT_NE(test::named(x.people, "모영훈"), nullptr) << ::testing::PrintToString(names(x.people));
    for (const auto &p : x.people) {
        EXPECT_EQ(p.name.find("참석한"), std::string::npos) << p.name;
        EXPECT_EQ(p.name.find("주재한"), std::string::npos) << p.name;
        EXPECT_EQ(p.name.find("대구시"), std::string::npos) << p.name;
    }
}

// A numbered post reads the same whether the article writes its ordinal prefix or not (2차관 is
// 제2차관), also for a past post; a title written with its prefix or without a number stays.
TEST(KoreanPeople, NumberedPostsTakeTheirOrdinalPrefix)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-motie\t산업통상자원부\tgovernment\tKR\tMOTIE\t산업부\n"
                                "kr-hanbit\t한빛전자\tcompany\tKR\tHanbit Electronics\t\n");
    ASSERT_TRUE(g);
    const auto x = extractFromText("오세린 산업통상자원부 1차관은 회의를 열었다. 박도훈 전 산업부 2차관과 "
                                   "한빛전자 김하람 대표가 참석했다.",
                                   PartialDate::ofDay(2024, 5, 20), *g);
    const auto *a = test::named(x.people, "오세린");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(a->role, "제1차관");
    EXPECT_EQ(a->organization, "산업통상자원부");
    const auto *b = test::named(x.people, "박도훈");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(b->role, "전 제2차관");
    const auto *c = test::named(x.people, "김하람");
    ASSERT_NE(c, nullptr) << ::testing::PrintToString(names(x.people));
    EXPECT_EQ(c->role, "대표");

    const auto y =
        extractFromText("오세린 산업통상자원부 제1차관은 회의를 열었다.", PartialDate::ofDay(2024, 5, 20), *g);
    const auto *d = test::named(y.people, "오세린");
    ASSERT_NE(d, nullptr) << ::testing::PrintToString(names(y.people));
    EXPECT_EQ(d->role, "제1차관");
}
