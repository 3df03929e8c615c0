// Initiative precision (docs/extraction.md, "Third pass"): noun phrases ending in 사업, 전략,
// 방안, 프로그램… that describe rather than name, quoted names glossed or classed by the words
// around them, and alliances with members. Sentences written for these tests; the names are
// invented.
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
                          "mss\t중소벤처기업부\tgovernment\tKR\tMinistry of SMEs and Startups\t중기부\n"
                          "haram\t하람칩스\tcompany\tKR\tHaram Chips\t\n"
                          "saebit\t새빛랩스\tcompany\tKR\tSaebit Labs\t\n"
                          "gimtel\t김텔\tcompany\tUS\tGimtel\t\n"
                          "ai-alliance\tAI Alliance\talliance\t\tAI Alliance\tAI 얼라이언스\n");
    return g;
}

Extraction run(std::string_view body)
{
    return extractFromText(body, PartialDate::ofDay(2025, 3, 4), gaz());
}

std::string names(const std::vector<ExtractedInitiative> &items)
{
    return ::testing::PrintToString(test::nameList(items));
}

bool hasAlias(const ExtractedInitiative &e, std::string_view alias)
{
    return std::ranges::find(e.aliases, alias) != e.aliases.end();
}

} // namespace

TEST(InitiativePrecision, ReportedSpeechDescribesPlans)
{
    const auto x = run("박도윤 하람칩스 대표는 \"대형 고객의 첨단 공정 프로젝트에도 도전하겠다\"고 말했다. "
                       "그는 \"추론 칩 사업은 연구개발비가 많이 든다\"며 말을 이었다.");
    EXPECT_TRUE(x.initiatives.empty()) << names(x.initiatives);
}

TEST(InitiativePrecision, AQuotedNameInsideSpeechIsStillAName)
{
    const auto x = run("과기정통부 장관은 \"지난 4월 발표한 ‘칩-클라우드 이니셔티브’에 따라 지원하겠다\"고 답했다.");
    EXPECT_NE(test::named(x.initiatives, "칩-클라우드 이니셔티브"), nullptr) << names(x.initiatives);
}

TEST(InitiativePrecision, PlansUnderDiscussionAreDescriptions)
{
    const auto x = run("과기정통부는 다음 달 간담회를 열어 국산 반도체의 해외 진출 지원 방안을 논의할 계획이다. "
                       "정부는 전력망 확충과 데이터센터 입지 분산 방안을 함께 마련할 방침이다. "
                       "중기부는 참가 기업에 북미 시장 진출 전략과 수출 규정 등을 안내했다.");
    EXPECT_TRUE(x.initiatives.empty()) << names(x.initiatives);
}

TEST(InitiativePrecision, ACompanysBusinessAndPlansAreNotInitiatives)
{
    const auto x = run("하람칩스는 데이터센터 추론 사업에 자체 칩을 쓸 계획이다. 하람칩스는 '턴키' 사업에 나선다. "
                       "새빛랩스는 다음 달 설명회를 열어 차세대 메모리 양산 로드맵을 공개할 예정이다.");
    EXPECT_TRUE(x.initiatives.empty()) << names(x.initiatives);
}

TEST(InitiativePrecision, AGovernmentProgrammeStays)
{
    const auto x =
        run("과기정통부는 국산 NPU 데이터센터 실증 사업을 추진한다. 중기부는 '딥테크 도약' 프로그램에 8곳을 선정했다.");
    EXPECT_NE(test::named(x.initiatives, "국산 NPU 데이터센터 실증 사업"), nullptr) << names(x.initiatives);
    const auto *deep = test::named(x.initiatives, "딥테크 도약 프로그램");
    ASSERT_NE(deep, nullptr) << names(x.initiatives);
    EXPECT_TRUE(hasAlias(*deep, "딥테크 도약")); // the quoted words are the name as written
}

TEST(InitiativePrecision, ACompanysQuotedStrategyStays)
{
    const auto x = run("새빛랩스는 이번 협력을 'AI 네이티브 엣지' 전략의 하나로 보고 있다.");
    EXPECT_NE(test::named(x.initiatives, "AI 네이티브 엣지 전략"), nullptr) << names(x.initiatives);
}

TEST(InitiativePrecision, APhraseBeforeAQuotedNameClassesIt)
{
    const auto x = run("계약은 김텔의 스타트업 지원 프로그램인 '김텔 런치패드 포 팹리스'를 통해 이뤄졌다. "
                       "이번 인수는 김텔이 추진하는 초대형 AI 인프라 사업 '오로라(Aurora) 프로젝트'와도 맞물려 있다.");
    EXPECT_EQ(test::named(x.initiatives, "스타트업 지원 프로그램"), nullptr) << names(x.initiatives);
    EXPECT_EQ(test::named(x.initiatives, "초대형 AI 인프라 사업"), nullptr) << names(x.initiatives);
    const auto *pad = test::named(x.initiatives, "김텔 런치패드 포 팹리스");
    ASSERT_NE(pad, nullptr) << names(x.initiatives);
    EXPECT_EQ(pad->kind, "program");
    // The English gloss inside a quoted name is an alias, not part of the name.
    const auto *aurora = test::named(x.initiatives, "오로라 프로젝트");
    ASSERT_NE(aurora, nullptr) << names(x.initiatives);
    EXPECT_TRUE(hasAlias(*aurora, "Aurora"));
}

TEST(InitiativePrecision, HeadsBeforeAnotherHeadOrAfterAComparisonAreNotNames)
{
    const auto x = run("한편 김텔 회장은 오는 7월 행사에서 AI 칩 사업 전략을 직접 설명할 예정이다. "
                       "비슷한 시제품 제작 지원 사업이 여러 기관에 흩어져 있다.");
    EXPECT_EQ(test::named(x.initiatives, "AI 칩 사업"), nullptr) << names(x.initiatives);
    EXPECT_EQ(test::named(x.initiatives, "시제품 제작 지원 사업"), nullptr) << names(x.initiatives);
}

TEST(InitiativePrecision, ANameWithAndWithoutItsPlaceIsOne)
{
    const auto x = run(
        "과기정통부는 '세종 팹리스 성장 디딤돌 사업' 협약식을 열었다. 팹리스 성장 디딤돌 사업은 올해 처음 시작했다.");
    ASSERT_EQ(x.initiatives.size(), 1u) << names(x.initiatives);
    EXPECT_EQ(x.initiatives[0].name, "세종 팹리스 성장 디딤돌 사업");
}

TEST(InitiativePrecision, AnAllianceWithMembersIsAnOrganization)
{
    const auto x = run(
        "과기정통부는 '엣지 AI반도체 얼라이언스'를 출범했다. 얼라이언스에는 하람칩스와 새빛랩스 등 30곳이 참여했다. "
        "얼라이언스 초대 의장은 박도윤 하람칩스 대표가 맡았다.");
    EXPECT_EQ(test::named(x.initiatives, "엣지 AI반도체 얼라이언스"), nullptr) << names(x.initiatives);
    const auto *alliance = test::named(x.organizations, "엣지 AI반도체 얼라이언스");
    ASSERT_NE(alliance, nullptr);
    EXPECT_EQ(alliance->kind, "alliance");
}

TEST(InitiativePrecision, AnAllianceWithoutMembersStaysAnInitiative)
{
    const auto x = run("과기정통부는 '칩-클라우드 얼라이언스'와 민관 협업 포럼 등 협력 채널로 업계와 소통할 예정이다.");
    EXPECT_NE(test::named(x.initiatives, "칩-클라우드 얼라이언스"), nullptr) << names(x.initiatives);
}

TEST(InitiativePrecision, AShorterNameInsideAnAllianceIsNotMentioned)
{
    const auto x = run("두 회사는 김텔과 하람칩스가 함께 만든 '글로벌 통신 AI 얼라이언스(GCAA)' 회원사이기도 하다.");
    EXPECT_NE(test::named(x.organizations, "글로벌 통신 AI 얼라이언스"), nullptr);
    EXPECT_EQ(test::named(x.organizations, "AI Alliance"), nullptr);
}

// Meeting heads added in the third pass: 상담회, 리셉션, 결성식, 체결식, 컨퍼런스콜.
TEST(MeetingHeads, TradeTalksReceptionsSigningsAndEarningsCalls)
{
    const auto x =
        run("중기부는 다음 달 '엣지칩 수요 연계 상담회'를 연다. 과기정통부는 15일 '칩 도약 펀드' 결성식을 열었다. "
            "두 회사는 21일 본사에서 합병 계약 체결식을 열었다. 하람칩스는 24일 실적 발표 컨퍼런스콜을 열었다. "
            "중기부는 8일 호텔에서 '엣지칩 네트워킹 리셉션'을 열었다.");
    std::vector<std::string> kinds;
    for (const auto &m : x.meetings)
        kinds.push_back(m.kind);
    const auto has = [&](std::string_view kind) { return std::ranges::find(kinds, kind) != kinds.end(); };
    EXPECT_NE(test::named(x.meetings, "엣지칩 수요 연계 상담회"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_NE(test::named(x.meetings, "엣지칩 네트워킹 리셉션"), nullptr)
        << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(has("ceremony")) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_TRUE(has("press_conference")) << ::testing::PrintToString(test::nameList(x.meetings));
    EXPECT_GE(x.meetings.size(), 5u) << ::testing::PrintToString(test::nameList(x.meetings));
}
