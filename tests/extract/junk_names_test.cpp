// Names that are not names: verb forms leaking into a phrase, descriptions, bare kind nouns
// of events nobody can identify. Sentences written for these tests.
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
        "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
        "us-nvidia\t엔비디아\tcompany\tUS\tNVIDIA\t\n"
        "us-amd\tAMD\tcompany\tUS\tAMD\t\n");
    return g;
}

Extraction run(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

} // namespace

TEST(JunkNames, InitiativesStartWithANounNotAVerbForm)
{
    const auto x = run("정부는 예산을 받아 반도체 인재 양성 사업을 운영한다. 과기정통부는 민간 제안을 앞세워 "
                       "차세대 칩 설계 지원 사업을 시작했다.");
    EXPECT_EQ(test::nameList(x.initiatives),
              (std::vector<std::string>{"반도체 인재 양성 사업", "차세대 칩 설계 지원 사업"}));
}

TEST(JunkNames, OpenSyllableConnectivesDoNotStartANameButWordsEndingInAStay)
{
    const auto x = run("정부는 업계 의견을 모아 AI반도체 협업 포럼을 열기로 했다. 이어 아시아 반도체 협력 포럼도 "
                       "개최한다.");
    EXPECT_EQ(test::nameList(x.meetings), (std::vector<std::string>{"AI반도체 협업 포럼", "아시아 반도체 협력 포럼"}))
        << ::testing::PrintToString(test::nameList(x.initiatives));
}

TEST(JunkNames, DescriptionsAreNotInitiatives)
{
    const auto x = run("AMD CEO는 기조연설을 맡아 새 AI 가속기 로드맵을 공개할 예정이다. 여러 반도체 지원 사업이 있다.");
    EXPECT_TRUE(x.initiatives.empty()) << ::testing::PrintToString(test::nameList(x.initiatives));
}

TEST(JunkNames, NounsEndingLikeVerbFormsStayNames)
{
    const auto x = run("정부는 한국어 반도체 용어 표준화 사업을 추진한다.");
    EXPECT_EQ(test::nameList(x.initiatives), std::vector<std::string>{"한국어 반도체 용어 표준화 사업"});
}

TEST(JunkNames, DescriptorBeforeAQuotedEventIsNotAnotherEvent)
{
    const auto x = run("엔비디아는 18일 개발자 행사 ‘GTC 2030’에서 새 칩을 공개했다.");
    EXPECT_EQ(test::nameList(x.meetings), std::vector<std::string>{"GTC 2030"});
}

TEST(JunkNames, BareKindNounsNeedSomethingThatPinsThemDown)
{
    const auto loose = run("시연회는 호평을 받았다. 간담회 분위기는 좋았다.");
    EXPECT_TRUE(loose.meetings.empty()) << ::testing::PrintToString(test::nameList(loose.meetings));

    const auto dated = run("17일 시연회가 열렸다.");
    ASSERT_EQ(dated.meetings.size(), 1u);
    EXPECT_EQ(dated.meetings[0].date.toString(), "2024-05-17");

    const auto organised = run("과기정통부는 기자회견을 열었다.");
    ASSERT_EQ(organised.meetings.size(), 1u);
    EXPECT_EQ(organised.meetings[0].organizers, std::vector<std::string>{"과학기술정보통신부"});
}

TEST(JunkNames, FollowUpEventTakesTheDateOfTheOneItFollows)
{
    const auto x = run("과기정통부는 14일 제2차 칩 전략대화를 열었다. 전략대화에 이어 같은 장소에서는 기업들이 서비스를 "
                       "선보이는 시연회가 열렸다.");
    const auto *demo = test::named(x.meetings, "시연회");
    ASSERT_NE(demo, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(demo->date.toString(), "2024-05-14");
}

TEST(EventEditions, QuotedNameAndYearInAnEventSentence)
{
    const auto x = extractFromText("세계 최대 IT 전시회인 ‘칩엑스포 2031’은 4일부터 7일까지 서울에서 열린다. 딥칩은 지난 25일 열린 "
                       "반도체 학술대회 ‘핫칩클럽(Hot Chip Club) 2031’에서 새 칩을 공개했다.",
                                   PartialDate::ofDay(2024, 6, 3), gaz());
    const auto *expo = test::named(x.meetings, "칩엑스포 2031");
    ASSERT_NE(expo, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(expo->date.toString(), "2024-06-04");
    const auto *club = test::named(x.meetings, "핫칩클럽 2031");
    ASSERT_NE(club, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(std::ranges::find(club->aliases, "Hot Chip Club 2031"), club->aliases.end());
    EXPECT_EQ(x.meetings.size(), 2u) << ::testing::PrintToString(test::nameList(x.meetings));
}

TEST(EventEditions, ProductsVisionsAndPlansWithYearsAreNotEvents)
{
    const auto x = run("회사는 ‘칩북 2031’을 공개했다. 정부는 ‘반도체 비전 2035’를 발표했다. ‘K-칩 전략 2035’도 나왔다. "
                       "‘칩북 2031’은 가볍다.");
    EXPECT_TRUE(x.meetings.empty()) << ::testing::PrintToString(test::nameList(x.meetings));
}

TEST(JunkNames, ClausesVenuesAndClassNounsAreNotOrganizations)
{
    const auto x = run("한빛칩은 엔비디아와 AMD가 주주로 있는 회사이고, 누리칩은 AMD 등이 투자한 스타트업이다. "
                       "합병 법인은 누리칩이다. 행사는 서울 코엑스전시센터에서 열린다.");
    for (const auto &o : x.organizations)
        EXPECT_TRUE(o.name == "엔비디아" || o.name == "AMD") << o.name;
}

TEST(JunkNames, BusinessLinesAreNotInitiativesAndOwnersLeaveTheName)
{
    const auto x = run("국내 기업들이 엔비디아 GPU 기반 AI 클라우드 사업을 확대하고 있다. 엔비디아 칩 인재 양성 "
                       "이니셔티브도 시작됐다.");
    EXPECT_EQ(test::nameList(x.initiatives), std::vector<std::string>{"칩 인재 양성 이니셔티브"});
}

TEST(JunkNames, QuotedPlanNamesBeforeAPlanWord)
{
    const auto x = run("정부가 국산 칩을 데이터센터에 까는 ‘K-칩클라우드’ 구상을 내놨다. 정부의 구상은 좋다.");
    EXPECT_EQ(test::nameList(x.initiatives), std::vector<std::string>{"K-칩클라우드 구상"});
}

TEST(EventEditions, DatedCeremoniesAreEvents)
{
    const auto x = run("회사는 2023년 9월 기공식을 연 지 1년 만에 공장을 열었다. 기공식 얘기는 많다.");
    ASSERT_EQ(x.meetings.size(), 1u) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(x.meetings[0].name, "기공식");
    EXPECT_EQ(x.meetings[0].date.toString(), "2023-09");
}

TEST(EventEditions, CeremonyOfAQuotedEventIsNamedAfterIt)
{
    const auto x = run("총통은 지난 4일 열린 ‘칩쇼 타이완 2031’ 개막식에 참석했다.");
    EXPECT_NE(test::named(x.meetings, "칩쇼 타이완 2031"), nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    const auto *c = test::named(x.meetings, "칩쇼 타이완 2031 개막식");
    ASSERT_NE(c, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(c->partOf, "칩쇼 타이완 2031");
}

TEST(JunkNames, PressConferenceOfAPersonWithAnUnresolvableDate)
{
    // No publication date: 25일 cannot be resolved, but the sentence dates and attributes it.
    const auto x = extractFromText("홍민준 엔비디아 대표는 25일 서울에서 기자간담회를 열었다. 전시 부스도 꾸렸다.", PartialDate{}, gaz());
    EXPECT_EQ(test::nameList(x.meetings), std::vector<std::string>{"기자간담회"});
}

TEST(EventEditions, AForumThatIsHeldIsAMeeting)
{
    const auto x = run("센터는 22일 하노이에서 ‘칩 인재 포럼’을 연다. ‘칩 협력 포럼’은 상설 협의 채널이다.");
    EXPECT_EQ(test::nameList(x.meetings), std::vector<std::string>{"칩 인재 포럼"});
    EXPECT_EQ(test::nameList(x.initiatives), std::vector<std::string>{"칩 협력 포럼"});
}

TEST(Laws, GluedNamesEnglishTitlesAndSoCalled)
{
    const auto x = run("국회는 개정안, 이른바 K-메모리칩스법을 통과시켰다. 칩산업특별법은 계류 중이다. "
                       "미국의 칩과학법(Chip and Science Act)은 지원을 늘린다. 특별법은 필요하다.");
    EXPECT_EQ(test::nameList(x.initiatives), (std::vector<std::string>{"K-메모리칩스법", "칩산업특별법", "칩과학법"}));
    const auto *act = test::named(x.initiatives, "칩과학법");
    ASSERT_NE(act, nullptr);
    EXPECT_NE(std::ranges::find(act->aliases, "Chip and Science Act"), act->aliases.end());
}

TEST(Initiatives, AStageNamedAloneBelongsToTheInitiativeBeforeIt)
{
    const auto x = run("정부는 ‘K-칩 추진방안’에 따라 올해 1단계 실증사업을 벌였다. 2단계 사업은 아직이다.");
    const auto *stage = test::named(x.initiatives, "K-칩 추진방안 1단계 실증사업");
    ASSERT_NE(stage, nullptr) << ::testing::PrintToString(test::nameList(x.initiatives));
    EXPECT_EQ(stage->partOf, "K-칩 추진방안");
    EXPECT_NE(std::ranges::find(stage->aliases, "1단계 실증사업"), stage->aliases.end());
    EXPECT_EQ(x.initiatives.size(), 2u) << "2단계 사업 has no initiative in its sentence";
}

TEST(EventEditions, FirstMeetingOfANamedBody)
{
    const auto x = run("지난 16일 출범한 과기정통부의 첫 회의에서 계획이 나왔다. 첫 회의는 길었다.");
    const auto *m = test::named(x.meetings, "과기정통부 제1차 회의");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(m->ordinal, 1);
    EXPECT_EQ(m->partOf, "과기정통부");
    EXPECT_NE(std::ranges::find(m->aliases, "첫 회의"), m->aliases.end());
    EXPECT_EQ(x.meetings.size(), 1u);
}

TEST(EventEditions, EventsOfAQuotedInitiativeAreNamedAfterIt)
{
    const auto x = run("장관은 14일 ‘K-칩 프로젝트’ 2단계 사업의 서비스 실증 시연회에 참석했다. "
                       "앞서 ‘미래칩 사업’의 성과 발표회가 열렸다.");
    const auto *demo = test::named(x.meetings, "K-칩 프로젝트 2단계 서비스 실증 시연회");
    ASSERT_NE(demo, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(std::ranges::find(demo->aliases, "서비스 실증 시연회"), demo->aliases.end());
    EXPECT_NE(test::named(x.meetings, "미래칩 사업 성과 발표회"), nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
}
