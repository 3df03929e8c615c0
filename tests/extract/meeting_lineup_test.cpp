// Meeting participants, organisers and people's organisations, fifth pass, on sentences written
// for these tests (the companies, people and events are invented): a line-up that does not name
// the event belongs to the event of the sentence before it, a meeting named after organisations is
// held by them (or, for the launch of a body it names, attended by it), and the head of an office
// is not an organisation.
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
        test::gazetteerOf("msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
                          "kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST\n"
                          "bluechip\t블루칩스\tcompany\tKR\tBluechips\t\n"
                          "redwave\t레드웨이브\tcompany\tKR\tRedwave\t\n"
                          "greenlab\t그린랩스\tcompany\tKR\tGreen Labs\t\n"
                          "hanbit\t한빛시스템\tcompany\tKR\tHanbit System\t\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

} // namespace

TEST(MeetingLineup, CaptionLineupAfterTheEventsSentence)
{
    const auto x = extract("과기정통부는 14일 대전에서 ‘제3회 엣지칩 포럼’을 열었다고 15일 밝혔다. "
                           "14일 대전에서 열린 ‘제3회 엣지칩 포럼’에서 참석자들이 기념촬영을 하고 있다. "
                           "왼쪽부터 김하늘 블루칩스 대표, 박바다 레드웨이브 대표, 그린랩스 최고기술책임자 이가람.");
    const auto *m = test::named(x.meetings, "제3회 엣지칩 포럼");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "그린랩스")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingLineup, AttendeeListAfterTheMeeting)
{
    const auto x = extract("과기정통부는 14일 ‘제2차 엣지칩 전략회의’를 열었다. "
                           "주요 참석자는 ▲블루칩스 김하늘 대표 ▲KAIST 박바다 교수 등이다.");
    const auto *m = test::named(x.meetings, "제2차 엣지칩 전략회의");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "한국과학기술원")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingLineup, LineupFarFromTheMeetingIsNotItsAttendance)
{
    // The line-up follows a sentence about something else: it names nobody at the meeting.
    const auto x = extract("과기정통부는 14일 ‘제2차 엣지칩 전략회의’를 열었다. "
                           "블루칩스는 올해 매출이 두 배로 늘었다. "
                           "왼쪽부터 김하늘 레드웨이브 대표, 박바다 그린랩스 대표.");
    const auto *m = test::named(x.meetings, "제2차 엣지칩 전략회의");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_FALSE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
    EXPECT_FALSE(test::contains(m->participants, "그린랩스")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingLineup, MeetingNamedAfterItsHolders)
{
    const auto x =
        extract("블루칩스와 레드웨이브는 오는 12월 15일 서울에서 열리는 블루칩스 임시주주총회에서 합병을 확정한다. "
                "두 회사는 14일 ‘블루칩스·레드웨이브 합병 계약 체결식’에서 계약서에 서명했다.");
    const auto *agm = test::named(x.meetings, "블루칩스 임시주주총회");
    ASSERT_NE(agm, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(agm->organizers, "블루칩스")) << ::testing::PrintToString(agm->organizers);
    EXPECT_FALSE(test::contains(agm->organizers, "레드웨이브")) << ::testing::PrintToString(agm->organizers);
    const auto *signing = test::named(x.meetings, "블루칩스·레드웨이브 합병 계약 체결식");
    ASSERT_NE(signing, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(signing->organizers, "블루칩스")) << ::testing::PrintToString(signing->organizers);
    EXPECT_TRUE(test::contains(signing->organizers, "레드웨이브")) << ::testing::PrintToString(signing->organizers);
}

TEST(MeetingLineup, LaunchOfANamedBodyIsAttendedByIt)
{
    const auto x = extract("과기정통부는 14일 세종에서 그린랩스 출범식을 열었다.");
    const auto *m = test::named(x.meetings, "그린랩스 출범식");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "그린랩스")) << ::testing::PrintToString(m->participants);
    EXPECT_FALSE(test::contains(m->organizers, "그린랩스")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->organizers, "과학기술정보통신부")) << ::testing::PrintToString(m->organizers);
}

TEST(PeopleOffices, HeadOfAnOfficeIsNotTheOrganisation)
{
    const auto x = extract("한빛시스템 차세대기술연구소장 마도윤 상무는 시제품을 소개했다.");
    const auto *p = test::named(x.people, "마도윤");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(p->organization, "한빛시스템");
    EXPECT_NE(p->role.find("상무"), std::string::npos) << p->role;
}

TEST(PeopleOffices, DivisionBetweenOrganisationAndTitle)
{
    const auto x = extract("주요 참석자는 ▲한빛시스템 메모리사업부 부사장 오가람 ▲블루칩스 엣지개발담당 송하윤 부사장 "
                           "▲KAIST 전기및전자공학부의 윤서진 교수 ▲그린랩스 클라우드AI 담당 문다온 이사 등이다.");
    const auto org = [&](std::string_view name) {
        const auto *p = test::named(x.people, name);
        return p ? p->organization : std::string("(none)");
    };
    EXPECT_EQ(org("오가람"), "한빛시스템") << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(org("송하윤"), "블루칩스");
    EXPECT_EQ(org("윤서진"), "한국과학기술원");
    EXPECT_EQ(org("문다온"), "그린랩스");
}

TEST(PeopleOffices, OrganisationTitleNameJoinedToTheNext)
{
    const auto x = extract("정부 측에서는 과기정통부 반도체과장 노하진과 그린랩스 연구소장 이태림이 출석했다.");
    const auto *p = test::named(x.people, "노하진");
    ASSERT_NE(p, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(p->organization, "과학기술정보통신부");
}

TEST(PeopleOffices, ViceMayorAndOfficeHeadsInALineup)
{
    const auto x = extract("왼쪽부터 한빛시스템 디지털혁신처장 구하람, 블루칩스 스타트업사업총괄 백다온, "
                           "레드웨이브 상근부회장 선우진.");
    for (const auto *name : {"구하람", "백다온", "선우진"})
        EXPECT_NE(test::named(x.people, name), nullptr) << name << ::testing::PrintToString(test::nameList(x.people));
}

TEST(MeetingLineup, ProgrammeEventLongAfterTheOnlyProgramme)
{
    const auto x = extract("과기정통부는 ‘엣지칩 실증사업’ 참여 기업 5곳을 선정했다고 15일 밝혔다. "
                           "‘엣지칩 실증사업’에는 3년간 300억원이 들어간다. "
                           "블루칩스는 서버용 칩을 맡는다. 레드웨이브는 카메라용 칩을 맡는다. "
                           "그린랩스는 소프트웨어를 맡는다. 한빛시스템은 서버를 만든다. "
                           "두 회사는 내년 상반기 시제품을 낸다. 업계는 반기는 분위기다. "
                           "과기정통부는 다음 달 2일 대전에서 ‘2차 참여기업 사업 설명회’를 연다.");
    const auto *m = test::named(x.meetings, "제2차 참여기업 사업 설명회");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    ASSERT_EQ(x.initiatives.size(), 1u) << ::testing::PrintToString(test::nameList(x.initiatives));
    EXPECT_TRUE(test::contains(m->initiatives, x.initiatives.front().name)) << ::testing::PrintToString(m->initiatives);
}

TEST(MeetingLineup, HostAfterTheAdnominalAndPastItsGloss)
{
    const auto x = extract("이번 ‘엣지칩 파트너링 포럼’을 주최한 블루칩스는 상담회도 함께 열었다.");
    const auto *m = test::named(x.meetings, "엣지칩 파트너링 포럼");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);

    const auto y = extract("‘칩월드 2025’는 레드웨이브(Redwave Inc) 주관으로 9일까지 부산에서 열린다.");
    const auto *n = test::named(y.meetings, "칩월드 2025");
    ASSERT_NE(n, nullptr) << ::testing::PrintToString(test::nameList(y.meetings));
    EXPECT_TRUE(test::contains(n->organizers, "레드웨이브")) << ::testing::PrintToString(n->organizers);
}

TEST(MeetingLineup, KeynoteSpeakerAttendsTheEvent)
{
    const auto x = extract("김하늘 블루칩스 대표는 19일 부산에서 열린 ‘칩월드 2025’ 기조연설에서 새 칩을 발표했다.");
    const auto *m = test::named(x.meetings, "칩월드 2025");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_FALSE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingLineup, SigningHeldByTheTwoPartiesJoinedAsSubject)
{
    const auto x =
        extract("엣지칩 스타트업 블루칩스(Bluechips)와 레드웨이브(Redwave)가 하나로 합친다. "
                "두 회사는 2일 서울에서 기자간담회를 열고 합병 계약을 체결했다고 밝혔다. "
                "김하늘 블루칩스 대표(오른쪽)와 박바다 레드웨이브 대표가 2일 서울에서 열린 합병 기자간담회에서 "
                "계약서를 교환하고 있다.");
    const auto *m = test::named(x.meetings, "합병 기자간담회");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->organizers, "레드웨이브")) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingLineup, ExhibitorsInTheSentencesAfterTheShow)
{
    const auto x = extract("‘칩월드 2025’가 7일 부산 벡스코에서 개막했다. "
                           "블루칩스는 레드웨이브가 마련한 공동관에 부스를 냈다. "
                           "그린랩스는 올해 매출이 두 배로 늘었다.");
    const auto *m = test::named(x.meetings, "칩월드 2025");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
    EXPECT_FALSE(test::contains(m->participants, "그린랩스")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingEditions, LongerQuotedEditionsAndTheHoldingVerb)
{
    const auto x =
        extract("블루칩스는 10월 새너제이에서 열리는 ‘엣지칩 글로벌 서밋 2025’에서 새 칩을 공개한다. "
                "레드웨이브는 20일 서울에서 열린 ‘레드웨이브 클라우드 서밋 서울 2026’에서 신제품을 발표했다. "
                "그린랩스는 다음 달 20일 서울 코엑스에서 ‘그린랩스 FPGA 테크데이 2025’를 연다.");
    EXPECT_NE(test::named(x.meetings, "엣지칩 글로벌 서밋 2025"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(test::named(x.meetings, "레드웨이브 클라우드 서밋 서울 2026"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    const auto *m = test::named(x.meetings, "그린랩스 FPGA 테크데이 2025");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "그린랩스")) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingEditions, ProductWithAYearIsNoEvent)
{
    const auto x = extract("블루칩스는 20일 신형 노트북 ‘블루북 프로 울트라 2025’를 공개했다.");
    EXPECT_EQ(test::named(x.meetings, "블루북 프로 울트라 2025"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
}

TEST(PeopleOffices, PastAdnominalVerbIsNoNameWord)
{
    const auto x = extract("블루칩스는 퀄컴에서 칩 설계를 맡았던 오가람 대표가 세운 회사다.");
    EXPECT_NE(test::named(x.people, "오가람"), nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(test::named(x.people, "맡았던 오가람"), nullptr) << ::testing::PrintToString(test::nameList(x.people));
}
