// Meeting participants and organisers, fourth pass, on sentences written for these tests (the
// companies and events are invented): who acts at an event named as the place of a sentence
// attends it, an event held by someone else has no organiser in its subject, and the holders of
// a press conference or signing ceremony attend it.
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
        test::gazetteerOf("samsung\t삼성전자\tcompany\tKR\tSamsung Electronics\t\n"
                          "skhynix\tSK하이닉스\tcompany\tKR\tSK hynix\t\n"
                          "msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
                          "kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST\n"
                          "bluechip\t블루칩스\tcompany\tKR\tBluechips\t\n"
                          "redwave\t레드웨이브\tcompany\tKR\tRedwave\t\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

} // namespace

TEST(MeetingParticipants, ExhibitorAtSomeoneElsesShowAttendsIt)
{
    const auto x = extract("블루칩스는 다음 달 부산 벡스코에서 열리는 ‘칩월드 2024’에서 신형 NPU를 처음 공개한다.");
    const auto *m = test::named(x.meetings, "칩월드 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_FALSE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingParticipants, PartnerJoinedAtTheShowAttendsIt)
{
    const auto x =
        extract("레드웨이브는 오는 9월 대구 엑스코에서 개막하는 ‘엣지칩 엑스포 2024’에 블루칩스와 공동 부스를 차린다.");
    const auto *m = test::named(x.meetings, "엣지칩 엑스포 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(m->organizers.empty()) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingParticipants, OwnEventStaysOrganized)
{
    const auto x = extract("블루칩스는 14일 서울 코엑스에서 열린 ‘블루칩스 서밋 2024’에서 새 추론 서비스를 발표했다.");
    const auto *m = test::named(x.meetings, "블루칩스 서밋 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, PeopleInACaptionBringTheirOrganisations)
{
    const auto x = extract(
        "블루칩스와 레드웨이브는 합병 계약을 맺었다고 밝혔다. "
        "왼쪽부터 김하늘 블루칩스 대표, 박바다 레드웨이브 대표가 14일 서울 여의도에서 열린 합병 계약 체결식에서 "
        "계약서를 들어 보이고 있다.");
    ASSERT_FALSE(x.meetings.empty());
    const auto &m = x.meetings.front();
    EXPECT_TRUE(test::contains(m.participants, "블루칩스")) << ::testing::PrintToString(m.participants);
    EXPECT_TRUE(test::contains(m.participants, "레드웨이브")) << ::testing::PrintToString(m.participants);
}

TEST(MeetingParticipants, VenueIsNoParticipant)
{
    const auto x =
        extract("과기정통부와 SK하이닉스는 14일 대전 한국과학기술원에서 열린 ‘칩 인재 아카데미’ 업무협약식에서 "
                "인력 양성에 합의했다.");
    ASSERT_FALSE(x.meetings.empty());
    const auto &m = x.meetings.front();
    EXPECT_TRUE(test::contains(m.participants, "SK하이닉스")) << ::testing::PrintToString(m.participants);
    EXPECT_FALSE(test::contains(m.participants, "한국과학기술원")) << ::testing::PrintToString(m.participants);
}

TEST(MeetingParticipants, HoldersOfAPressConferenceAttendIt)
{
    const auto x = extract("레드웨이브는 14일 서울 여의도에서 상장 기자간담회를 열었다.");
    const auto *m = test::named(x.meetings, "상장 기자간담회");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "레드웨이브")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, HoldersOfAConferenceNeedNotAttend)
{
    const auto x = extract("과기정통부는 14일 서울 코엑스에서 ‘칩 인재 컨퍼런스’를 열었다.");
    const auto *m = test::named(x.meetings, "칩 인재 컨퍼런스");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "과학기술정보통신부")) << ::testing::PrintToString(m->organizers);
    EXPECT_FALSE(test::contains(m->participants, "과학기술정보통신부")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, TheTwoCompaniesHoldTheirSigningCeremony)
{
    const auto x = extract("블루칩스와 레드웨이브가 하나로 합친다. "
                           "두 회사는 14일 서울 성수동 블루칩스 본사에서 합병 계약 체결식을 열었다고 15일 밝혔다.");
    const auto *m = test::named(x.meetings, "합병 계약 체결식");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->organizers, "레드웨이브")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, TheTwoCompaniesAtSomeoneElsesForum)
{
    const auto x =
        extract("블루칩스와 레드웨이브가 하나로 합친다. "
                "두 회사는 14일 서울 양재에서 열린 ‘엣지 반도체 포럼 2024’에서 합병 계약을 맺었다고 15일 밝혔다.");
    const auto *m = test::named(x.meetings, "엣지 반도체 포럼 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(m->organizers.empty()) << ::testing::PrintToString(m->organizers);
}

TEST(PeopleInCaptions, OrganisationTitleNameOrder)
{
    const auto x =
        extract("왼쪽부터 블루칩스 대표 한가람, 과기정통부 인공지능정책관 문서진, 레드웨이브 기술본부장 윤도현 상무가 "
                "기념촬영을 하고 있다.");
    const auto *a = test::named(x.people, "한가람");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(a->organization, "블루칩스");
    const auto *b = test::named(x.people, "문서진");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(b->organization, "과학기술정보통신부");
    const auto *c = test::named(x.people, "윤도현");
    ASSERT_NE(c, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(c->organization, "레드웨이브");
}

TEST(PeopleInCaptions, AResearchTeamIsNoPerson)
{
    const auto x = extract("한국과학기술원 전기전자공학부 교수 연구팀이 새 NPU 구조를 발표했다.");
    EXPECT_EQ(test::named(x.people, "연구팀"), nullptr) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(PeopleInCaptions, OrganisationBeforeAGloss)
{
    const auto x =
        extract("블루칩스(Bluechips)의 한가람 대표는 새 칩을 공개했다. 한국과학기술원(KAIST) 윤도현 교수도 참석했다.");
    const auto *a = test::named(x.people, "한가람");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(a->organization, "블루칩스");
    const auto *b = test::named(x.people, "윤도현");
    ASSERT_NE(b, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(b->organization, "한국과학기술원");
}

TEST(MeetingParticipants, CoPartiesOfAHeldCeremony)
{
    const auto x = extract(
        "과기정통부는 14일 세종청사에서 블루칩스, 레드웨이브와 ‘엣지 칩 실증 업무협약식’을 가졌다고 15일 밝혔다.");
    const auto *m = test::named(x.meetings, "엣지 칩 실증 업무협약식");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "과학기술정보통신부")) << ::testing::PrintToString(m->organizers);
    for (const char *p : {"과학기술정보통신부", "블루칩스", "레드웨이브"})
        EXPECT_TRUE(test::contains(m->participants, p)) << p << ' ' << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, PeopleAfterTheEventInACaption)
{
    const auto x = extract("14일 서울 여의도에서 열린 ‘엣지 칩 실증 업무협약식’에서 (왼쪽부터) 블루칩스 대표 한가람, "
                           "윤도현 레드웨이브 상무가 기념촬영을 하고 있다.");
    const auto *m = test::named(x.meetings, "엣지 칩 실증 업무협약식");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
    EXPECT_TRUE(test::contains(m->participants, "레드웨이브")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingParticipants, AtTheShowFloor)
{
    const auto x = extract(
        "한가람 블루칩스 대표가 14일 부산에서 개막한 ‘칩월드 2024’ 전시장에서 관람객에게 신형 칩을 설명하고 있다.");
    const auto *m = test::named(x.meetings, "칩월드 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
}

TEST(MeetingOrganizers, HostsNamedWithHostingWords)
{
    const auto x =
        extract("‘엣지 반도체 포럼 2024’가 14일 서울에서 열렸다. 포럼은 블루칩스와 레드웨이브가 공동 주최했다.");
    const auto *m = test::named(x.meetings, "엣지 반도체 포럼 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
    EXPECT_TRUE(test::contains(m->organizers, "레드웨이브")) << ::testing::PrintToString(m->organizers);
    const auto y = extract("‘칩월드 2024’는 과기정통부 주관으로 16일까지 부산 벡스코에서 열린다.");
    const auto *n = test::named(y.meetings, "칩월드 2024");
    ASSERT_NE(n, nullptr) << ::testing::PrintToString(test::nameList(y.meetings));
    EXPECT_TRUE(test::contains(n->organizers, "과학기술정보통신부")) << ::testing::PrintToString(n->organizers);
}

TEST(MeetingOrganizers, LeadingBodyOfAConsortiumIsNoHost)
{
    const auto x =
        extract("과기정통부는 14일 ‘엣지 칩 착수보고회’를 열었다. 첫 번째 컨소시엄은 블루칩스가 주관기관을 맡는다.");
    const auto *m = test::named(x.meetings, "엣지 칩 착수보고회");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_FALSE(test::contains(m->organizers, "블루칩스")) << ::testing::PrintToString(m->organizers);
}

TEST(MeetingOrganizers, BothOfAJoinedSubjectHold)
{
    const auto x = extract("블루칩스와 레드웨이브는 14일 서울에서 ‘엣지 칩 실증센터’ 개소식을 열었다고 15일 밝혔다.");
    ASSERT_FALSE(x.meetings.empty());
    const auto &m = x.meetings.front();
    EXPECT_TRUE(test::contains(m.organizers, "블루칩스")) << ::testing::PrintToString(m.organizers);
    EXPECT_TRUE(test::contains(m.organizers, "레드웨이브")) << ::testing::PrintToString(m.organizers);
}

TEST(PeopleInCaptions, OrganisationGlossTitleName)
{
    const auto x = extract("이날 회의에는 한국과학기술원(KAIST) 원장 윤도현, 블루칩스 대표 한가람이 참석했다.");
    const auto *a = test::named(x.people, "윤도현");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(a->organization, "한국과학기술원");
}

TEST(MeetingInitiatives, AProgrammesEventIsAboutIt)
{
    const auto x = extract(
        "과기정통부는 ‘엣지 칩 실증사업’에 참여할 기업 다섯 곳을 선정했다고 15일 밝혔다. "
        "선정 기업은 2년간 최대 20억 원을 지원받는다. 과기정통부는 다음 달 착수회의를 열어 세부 과제를 확정한다.");
    const auto it =
        std::ranges::find_if(x.meetings, [](const ExtractedMeeting &e) { return e.name.ends_with("착수회의"); });
    ASSERT_NE(it, x.meetings.end()) << ::testing::PrintToString(test::nameList(x.meetings));
    const auto *m = &*it;
    EXPECT_TRUE(test::contains(m->initiatives, "엣지 칩 실증사업"))
        << ::testing::PrintToString(m->initiatives) << ::testing::PrintToString(test::nameList(x.initiatives));
}

TEST(MeetingInitiatives, AConferenceIsNotAboutTheLastProgramme)
{
    const auto x = extract("과기정통부는 ‘엣지 칩 실증사업’에 참여할 기업 다섯 곳을 선정했다고 15일 밝혔다. "
                           "블루칩스는 다음 달 ‘칩 인재 컨퍼런스’를 연다.");
    const auto *m = test::named(x.meetings, "칩 인재 컨퍼런스");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(m->initiatives.empty()) << ::testing::PrintToString(m->initiatives);
}

TEST(PeopleInCaptions, PartnerNeedsItsFirm)
{
    const auto x = extract("한가람 블루칩스 파트너는 레드웨이브를 최첨단 공정 파트너로 꼽았다.");
    const auto *a = test::named(x.people, "한가람");
    ASSERT_NE(a, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(a->organization, "블루칩스");
    EXPECT_EQ(x.people.size(), 1u) << ::testing::PrintToString(test::nameList(x.people));
}

TEST(MeetingOrganizers, ASpeakersCompanyHoldsItsPressConference)
{
    const auto x = extract("한가람 블루칩스 대표는 14일 서울 여의도에서 열린 상장 기자간담회에서 성장 전략을 밝혔다.");
    const auto *m = test::named(x.meetings, "상장 기자간담회");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_EQ(m->organizers, std::vector<std::string>{"블루칩스"});
    EXPECT_TRUE(test::contains(m->participants, "블루칩스")) << ::testing::PrintToString(m->participants);
}
