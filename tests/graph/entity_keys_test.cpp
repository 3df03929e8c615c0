#include "graph/entity_keys.h"

#include "extract/lexicon.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {
// The lexicon of resources/gazetteer (meeting heads and determiners), as the extraction context has it.
const Lexicon &lex()
{
    return Lexicon::builtin();
}
} // namespace

TEST(EntityKeys, NormKeyIgnoresCaseSpacesAndPunctuation)
{
    EXPECT_EQ(entityNormKey("AI-반도체 이니셔티브"), "ai반도체이니셔티브");
    EXPECT_EQ(entityNormKey("‘AI-반도체  이니셔티브’"), entityNormKey("ai 반도체 이니셔티브"));
    EXPECT_EQ(entityNormKey("ＮＶＩＤＩＡ"), "nvidia");
    EXPECT_EQ(entityNormKey(" - "), "");
}

TEST(EntityKeys, TrailingParticlesAgreeWithFinalConsonant)
{
    EXPECT_EQ(stripTrailingParticle("퓨리오사AI는"), "퓨리오사AI");
    EXPECT_EQ(stripTrailingParticle("리벨리온과"), "리벨리온");
    EXPECT_EQ(stripTrailingParticle("과기정통부는"), "과기정통부");
    EXPECT_EQ(stripTrailingParticle("삼성전자가"), "삼성전자");
    EXPECT_EQ(stripTrailingParticle("LG가"), "LG");
    EXPECT_EQ(stripTrailingParticle("케이"), "케이");       // 이 after a vowel is not a particle
    EXPECT_EQ(stripTrailingParticle("경기도"), "경기도");   // 도 is never stripped
    EXPECT_EQ(stripTrailingParticle("회의"), "회의");
    EXPECT_EQ(stripTrailingParticle("가"), "가");
}

TEST(EntityKeys, OrganizationDesignatorsAndGazetteerIds)
{
    EXPECT_EQ(organizationUid("엔비디아", "nvidia"), "organization:gaz:nvidia");
    EXPECT_EQ(organizationUid("NVIDIA", "nvidia"), organizationUid("엔비디아", "nvidia"));
    EXPECT_EQ(organizationUid("(주)딥엑스", ""), organizationUid("딥엑스", ""));
    EXPECT_EQ(organizationUid("㈜딥엑스", ""), organizationUid("딥엑스", ""));
    EXPECT_EQ(organizationUid("주식회사 딥엑스", ""), organizationUid("딥엑스는", ""));
    EXPECT_EQ(organizationUid("Rebellions Inc.", ""), organizationUid("rebellions", ""));
    EXPECT_EQ(organizationUid("딥엑스", ""), "organization:딥엑스");
}

TEST(EntityKeys, PeopleByNameAndOrganization)
{
    const std::string org = organizationUid("과학기술정보통신부", "msit");
    EXPECT_EQ(personUid("이종호", org), "person:이종호@organization:gaz:msit");
    EXPECT_NE(personUid("이종호", org), personUid("이종호", organizationUid("다른기관", "")));
    EXPECT_EQ(personUid("이종호", ""), "person:이종호");
}

TEST(EntityKeys, MeetingOrdinals)
{
    auto a = splitMeetingOrdinal("제4차 AI 반도체 최고위 전략대화");
    EXPECT_EQ(a.ordinal, 4);
    EXPECT_EQ(a.series, "AI 반도체 최고위 전략대화");
    auto b = splitMeetingOrdinal("AI반도체분과 1차회의");
    EXPECT_EQ(b.ordinal, 1);
    EXPECT_EQ(b.series, "AI반도체분과 회의");
    auto c = splitMeetingOrdinal("제30회 반도체의 날 기념식");
    EXPECT_EQ(c.ordinal, 30);
    auto d = splitMeetingOrdinal("AISC 2025");
    EXPECT_EQ(d.ordinal, 0);
    EXPECT_EQ(d.series, "AISC 2025");
    EXPECT_EQ(splitMeetingOrdinal("30회 연속").ordinal, 0); // 회 needs 제
    // A meeting combined with a ceremony keeps the series of the meeting.
    auto e = splitMeetingOrdinal("국가인공지능위원회 출범식 겸 제1차 회의");
    EXPECT_EQ(e.ordinal, 1);
    EXPECT_EQ(e.series, "국가인공지능위원회 회의");
    EXPECT_EQ(meetingUid("국가인공지능위원회 출범식 겸 제1차 회의", "", 0, {}, lex()),
              meetingUid("국가인공지능위원회 제1차 회의", "", 0, {}, lex()));
}

TEST(EntityKeys, SameNumberedMeetingInTwoArticlesHasOneUid)
{
    const PartialDate day = PartialDate::ofDay(2023, 12, 19);
    const std::string a = meetingUid("제4차 AI 반도체 최고위 전략대화", "", 0, day, lex());
    const std::string b = meetingUid("제4차 AI반도체 최고위전략대화", "AI반도체 최고위전략대화", 4, {}, lex());
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, "meeting:ai반도체최고위전략대화#4");
    EXPECT_EQ(meetingUid("제1차 AI반도체 분과회의", "", 0, {}, lex()),
              meetingUid("AI반도체분과 1차회의", "", 0, {}, lex()));
    EXPECT_NE(meetingUid("제1차 AI반도체 분과회의", "", 0, {}, lex()),
              meetingUid("제2차 AI반도체 분과회의", "", 0, {}, lex()));
}

TEST(EntityKeys, UnnumberedMeetingsByNameAndDate)
{
    EXPECT_EQ(meetingUid("반도체 현안 점검회의", "", 0, PartialDate::ofDay(2024, 4, 9), lex()),
              "meeting:반도체현안점검회의@2024-04-09");
    EXPECT_EQ(meetingUid("반도체 현안 점검회의", "", 0, {}, lex()), "meeting:반도체현안점검회의");
    EXPECT_EQ(meetingNameUid("반도체 현안 점검회의"), "meeting:반도체현안점검회의");
}

TEST(EntityKeys, InitiativesAndPhases)
{
    EXPECT_EQ(initiativeUid("AI-반도체 이니셔티브"), initiativeUid("AI 반도체 이니셔티브"));
    EXPECT_EQ(parentInitiativeName("K-클라우드 프로젝트 1단계 실증사업"), "K-클라우드 프로젝트");
    EXPECT_EQ(parentInitiativeName("K-클라우드 프로젝트 1단계"), "K-클라우드 프로젝트");
    EXPECT_EQ(parentInitiativeName("K-클라우드 프로젝트"), "");
    EXPECT_EQ(parentInitiativeName("1단계 실증사업"), "");
}

TEST(EntityKeys, ParenthesizedCrossScriptAliases)
{
    const std::u32string text = U"엔비디아(NVIDIA)와 NVIDIA(엔비디아), 인공지능(AI) 그리고 삼성(삼성전자)";
    EXPECT_EQ(parenthesizedAlias(text, 0, 4), "NVIDIA");
    EXPECT_EQ(parenthesizedAlias(text, 14, 20), "엔비디아");
    EXPECT_EQ(parenthesizedAlias(text, 28, 32), "AI");
    EXPECT_EQ(parenthesizedAlias(text, 41, 43), ""); // same script
    EXPECT_EQ(parenthesizedAlias(text, 0, 3), "");   // not right after the mention
    EXPECT_EQ(parenthesizedAlias(text, 0, 200), "");
    EXPECT_EQ(parenthesizedAlias(U"FuriosaAI(퓨리오사AI)가", 0, 9), "퓨리오사AI");
    EXPECT_TRUE(isLatinName("Ministry of Science and ICT"));
    EXPECT_FALSE(isLatinName("KT클라우드"));
}

TEST(EntityKeys, GenericMeetingNamesStayInTheirArticle)
{
    for (const char *generic : {"회의", "기자회견", "컨퍼런스", "1차회의", "첫 회의", "이번 회의", "제3차 전략대화", "분과회의"})
        EXPECT_TRUE(isGenericMeetingName(generic, lex())) << generic;
    for (const char *named : {"제1차 AI반도체 분과회의", "AISC 2025", "반도체 현안 점검회의", "CES 2024", "표창 시상식",
                              "국가인공지능위원회 제1차 회의"})
        EXPECT_FALSE(isGenericMeetingName(named, lex())) << named;
    const PartialDate day = PartialDate::ofDay(2024, 3, 5);
    EXPECT_EQ(meetingUid("기자회견", "", 0, day, lex(), "a1"), "meeting:기자회견@2024-03-05~a1");
    EXPECT_NE(meetingUid("기자회견", "", 0, {}, lex(), "a1"), meetingUid("기자회견", "", 0, {}, lex(), "b2"));
    // A named meeting is the same in every article.
    EXPECT_EQ(meetingUid("제1차 AI반도체 분과회의", "", 0, {}, lex(), "a1"),
              meetingUid("제1차 AI반도체 분과회의", "", 0, {}, lex(), "b2"));
    EXPECT_EQ(meetingUid("반도체 현안 점검회의", "", 0, day, lex(), "a1"), "meeting:반도체현안점검회의@2024-03-05");
}

TEST(EntityKeys, InitiativeCoreNameDropsTheLeadingClause)
{
    EXPECT_EQ(initiativeCoreName("국산 AI반도체를 활용한 K-클라우드 추진방안"), "K-클라우드 추진방안");
    EXPECT_EQ(initiativeCoreName("반도체 산업 육성을 위한 K-칩스 2.0 전략"), "K-칩스 2.0 전략");
    // Nothing distinctive is left, or only one word: no core name.
    EXPECT_EQ(initiativeCoreName("AI 반도체 산업 육성을 위한 종합 계획"), "");
    EXPECT_EQ(initiativeCoreName("데이터센터를 위한 K-클라우드"), "");
    EXPECT_EQ(initiativeCoreName("K-클라우드 프로젝트"), "");
}

TEST(EntityKeys, GenericMeetingNamesComeFromTheGivenLexicon)
{
    // The context's lexicon decides, not a process-wide one: its heads and determiners only.
    auto own = Lexicon::fromTsv("category\tform\tnote\nmeeting_head\t간담회\tmeeting\nmeeting_determiner\t그\t\n");
    ASSERT_TRUE(own.has_value());
    EXPECT_TRUE(isGenericMeetingName("그 간담회", *own));
    EXPECT_EQ(genericMeetingHead("제2차 간담회", *own), "간담회");
    EXPECT_FALSE(isGenericMeetingName("기자회견", *own));    // a head of the built-in lexicon only
    EXPECT_FALSE(isGenericMeetingName("이번 간담회", *own)); // 이번 is no determiner here
    EXPECT_TRUE(isGenericMeetingName("이번 간담회", lex()));
    EXPECT_EQ(meetingUid("그 간담회", "", 0, {}, *own, "a1"), "meeting:그간담회~a1");
    EXPECT_EQ(meetingUid("그 간담회", "", 0, {}, lex(), "a1"), "meeting:그간담회");
}
