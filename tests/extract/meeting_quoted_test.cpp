// Quoted event names, sixth pass, on sentences written for these tests (the companies and events
// are invented): a quote that the sentence holds as an event — after "열린"/"여는"/"연" with a
// particle of place, or as the object of 열다/개최하다 — is a meeting when its words end like an
// event's name (a meeting head, 데이, 산업전, 교류회, 쇼, or a year); a quoted forum held so is no
// initiative; a quote opened as a place ("연구센터를 열고") stays no meeting.
#include "extract_test_util.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    static const Gazetteer g = test::gazetteerOf("kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST\n"
                                                 "bluechip\t블루칩스\tcompany\tKR\tBluechips\t\n"
                                                 "redwave\t레드웨이브\tcompany\tKR\tRedwave\t\n"
                                                 "greenlab\t그린랩스\tcompany\tKR\tGreen Labs\t\n"
                                                 "hanbit\t한빛시스템\tcompany\tKR\tHanbit System\t\n");
    return g;
}

TEST(MeetingQuoted, ObjectOfAHeldVerbEndingInDayAndYear)
{
    const auto x = test::extractOnFixedDate(
        "블루칩스는 다음 달 12일 서울 강남구에서 '블루칩스 엣지 테크데이 2024'를 연다.", gaz());
    const auto *m = test::named(x.meetings, "블루칩스 엣지 테크데이 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(m->date.year, 2024);
}

TEST(MeetingQuoted, HeldFormBeforeAndPlaceParticleAfter)
{
    const auto x =
        test::extractOnFixedDate("레드웨이브는 오는 7월 부산에서 열리는 '해양로봇산업전'에 첫 부스를 꾸린다.", gaz());
    EXPECT_NE(test::named(x.meetings, "해양로봇산업전"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
}

TEST(MeetingQuoted, ForumHeldByAHostIsAnEventNotAnInitiative)
{
    const auto x = test::extractOnFixedDate(
        "그린랩스는 다음 달 KAIST가 여는 '한·일 저전력 NPU 파트너링 포럼'에서 신제품을 소개한다.", gaz());
    EXPECT_NE(test::named(x.meetings, "한·일 저전력 NPU 파트너링 포럼"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(test::named(x.initiatives, "한·일 저전력 NPU 파트너링 포럼"), nullptr);
}

TEST(MeetingQuoted, EnglishGlossOfAnExhibitionIsItsAlias)
{
    const auto x = test::extractOnFixedDate(
        "한빛시스템은 지난해 11월 독일에서 열린 '오토마티카(automatica)' 전시회에 처음 부스를 냈다.", gaz());
    const auto *m = test::named(x.meetings, "오토마티카");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(std::ranges::find(m->aliases, "automatica"), m->aliases.end());
}

TEST(MeetingQuoted, APlaceOpenedIsNoEvent)
{
    const auto x = test::extractOnFixedDate(
        "한빛시스템은 다음 달 대전에 '엣지 AI 설계 연구센터'를 열고 인력 50명을 뽑는다.", gaz());
    EXPECT_EQ(test::named(x.meetings, "엣지 AI 설계 연구센터"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
}

} // namespace

namespace {

// Sixth pass, initiatives and meeting editions (same invented companies).
TEST(MeetingQuoted, TheNextEditionOfANumberedDialogueIsAMeetingOfItsOwn)
{
    const auto x = test::extractOnFixedDate("한빛시스템은 20일 서울에서 제2차 한-칠레 반도체 전략대화를 열었다. "
                                            "제3차 전략대화는 내년 상반기 칠레에서 열린다.",
                                            gaz());
    EXPECT_NE(test::named(x.meetings, "제2차 한-칠레 반도체 전략대화"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    const auto *next = test::named(x.meetings, "제3차 한-칠레 반도체 전략대화");
    ASSERT_NE(next, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(next->ordinal, 3);
    EXPECT_FALSE(next->date.isValid()) << next->date.toString(); // a half-year gives no month
}

TEST(MeetingQuoted, AMeetingNameStartsAfterAPartOfTheMonth)
{
    const auto x = test::extractOnFixedDate("양측은 이달 말 한-칠레 칩 워킹그룹 회의를 화상으로 열기로 했다.", gaz());
    EXPECT_NE(test::named(x.meetings, "한-칠레 칩 워킹그룹 회의"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
}

TEST(InitiativesSixth, UnquotedProgrammesAndFundsDescribe)
{
    const auto x = test::extractOnFixedDate(
        "블루칩스는 레드웨이브와 인력 교류 프로그램을 함께 운영한다. 그린랩스는 300억 원 규모 전용 펀드를 "
        "만들었다. 정부는 ‘K-엣지 스케일업 프로그램’을 시작했다.",
        gaz());
    EXPECT_EQ(test::named(x.initiatives, "인력 교류 프로그램"), nullptr);
    EXPECT_EQ(test::named(x.initiatives, "300억 원 규모 전용 펀드"), nullptr);
    EXPECT_NE(test::named(x.initiatives, "K-엣지 스케일업 프로그램"), nullptr)
        << ::testing::PrintToString(test::nameList(x.initiatives));
}

TEST(InitiativesSixth, QuotedDesignationsAndSpokenPlans)
{
    const auto x = test::extractOnFixedDate("정부는 하반기 ‘엣지 AI 반도체 특구’ 지정 공모에 들어간다. 블루칩스 대표는 "
                                            "“내년에 세 곳에 더 투자할 계획”이라고 말했다.",
                                            gaz());
    EXPECT_NE(test::named(x.initiatives, "엣지 AI 반도체 특구"), nullptr)
        << ::testing::PrintToString(test::nameList(x.initiatives));
    EXPECT_EQ(test::named(x.initiatives, "내년에 세 곳에 더 투자할 계획"), nullptr);
}

} // namespace

namespace {

TEST(MeetingQuoted, AShowNamedAfterItsClassIsTheShowNotTheClass)
{
    const auto x =
        test::extractOnFixedDate("세계 최대 로봇 전시회 '로보월드 2024(RoboWorld 2024)'가 15일 개막했다.", gaz());
    const auto *m = test::named(x.meetings, "로보월드 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(std::ranges::find(m->aliases, "RoboWorld 2024"), m->aliases.end());
    EXPECT_EQ(test::named(x.meetings, "세계 최대 로봇 전시회"), nullptr);
}

TEST(MeetingQuoted, AnAcronymAndYearEndingALongerQuotedNameIsNoEventOfItsOwn)
{
    const auto x = test::extractOnFixedDate(
        "블루칩스 대표가 지난 3월 미국에서 열린 '레드웨이브 오픈 AI 2024' 행사에서 신제품을 소개했다.", gaz());
    EXPECT_NE(test::named(x.meetings, "레드웨이브 오픈 AI 2024"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(test::named(x.meetings, "AI 2024"), nullptr);
}

} // namespace

namespace {

TEST(InitiativesSixth, AForumToBeHeldIsAnEventAndAGlossedProgrammeStaysNamed)
{
    const auto x = test::extractOnFixedDate(
        "블루칩스는 내년 부산에서 '한-칠레 엣지 칩 포럼'을 열 계획이다. 레드웨이브는 그린랩스가 이끄는 "
        "'자율주행 칩 프로그램(ACP, Autonomous Chip Program)'에 합류했다.",
        gaz());
    EXPECT_NE(test::named(x.meetings, "한-칠레 엣지 칩 포럼"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(test::named(x.initiatives, "한-칠레 엣지 칩 포럼"), nullptr);
    EXPECT_NE(test::named(x.initiatives, "자율주행 칩 프로그램"), nullptr)
        << ::testing::PrintToString(test::nameList(x.initiatives));
}

} // namespace
