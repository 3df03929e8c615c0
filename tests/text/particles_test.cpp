#include "text/particles.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {
std::string strip(const std::string &s, const ParticleOptions &o = {}) { return stripParticle(std::string_view(s), o); }
} // namespace

TEST(Particles, StripsAgreeingParticles)
{
    EXPECT_EQ(strip("분과회의에"), "분과회의");
    EXPECT_EQ(strip("과학기술정보통신부는"), "과학기술정보통신부");
    EXPECT_EQ(strip("리벨리온과"), "리벨리온");
    EXPECT_EQ(strip("반도체를"), "반도체");
    EXPECT_EQ(strip("장관은"), "장관");
    EXPECT_EQ(strip("서울로"), "서울");     // 로 after ㄹ
    EXPECT_EQ(strip("정부로부터"), "정부");
    EXPECT_EQ(strip("삼성전자의"), "삼성전자");
    EXPECT_EQ(strip("서울에서는"), "서울"); // longest first
    EXPECT_EQ(strip("정의선은"), "정의선");
}

TEST(Particles, AfterLatinNoAgreementTest)
{
    EXPECT_EQ(strip("HBM은"), "HBM");
    EXPECT_EQ(strip("LG가"), "LG");
    EXPECT_EQ(strip("AI로"), "AI");
}

TEST(Particles, RejectsDisagreeingOrShortStems)
{
    EXPECT_EQ(strip("리벨리온와"), "리벨리온와"); // 와 needs a vowel before it
    EXPECT_EQ(strip("평가"), "평가");           // 가 after a 받침
    EXPECT_EQ(strip("사이"), "사이");           // 이 after a vowel
    EXPECT_EQ(strip("회의"), "회의");           // stem would be 1 syllable
    EXPECT_EQ(strip("과학"), "과학");
    EXPECT_EQ(strip("장관"), "장관");
}

TEST(Particles, Protections)
{
    EXPECT_EQ(strip("의원"), "의원");
    EXPECT_EQ(strip("정의선"), "정의선");
    EXPECT_EQ(strip("분과회의"), "분과회의"); // 회의 is an exception: not 분과회
    EXPECT_EQ(strip("협의"), "협의");
    EXPECT_EQ(strip("정책협의"), "정책협의");
    EXPECT_EQ(strip("한반도"), "한반도");
    EXPECT_EQ(strip("한반도에"), "한반도");
    EXPECT_EQ(strip("마이크로"), "마이크로");
    EXPECT_EQ(strip("연구결과"), "연구결과");
    EXPECT_EQ(strip("김정은"), "김정은"); // person-name candidate
    EXPECT_EQ(strip("이수만"), "이수만");
    ParticleOptions custom;
    custom.isProtected = [](std::u32string_view w) { return w == U"삼성전자의"; };
    EXPECT_EQ(strip("삼성전자의", custom), "삼성전자의");
}

TEST(Particles, NameCandidates)
{
    EXPECT_TRUE(isPersonNameCandidate(U"김정은"));
    EXPECT_FALSE(isPersonNameCandidate(U"장관은"));
    EXPECT_FALSE(isPersonNameCandidate(U"한국은"));
    EXPECT_FALSE(isPersonNameCandidate(U"김정"));
}

TEST(Particles, StemCandidatesAndVerbEndings)
{
    EXPECT_EQ(stemCandidates(std::string_view("기업들이")), (std::vector<std::string>{"기업들", "기업"}));
    EXPECT_TRUE(stemCandidates(std::string_view("과학")).empty());
    EXPECT_TRUE(stemCandidates(std::string_view("발표했다")).empty());
    ParticleOptions verbs;
    verbs.verbEndings = true;
    EXPECT_EQ(stemCandidates(std::string_view("발표했다"), verbs), (std::vector<std::string>{"발표"}));
    EXPECT_EQ(stemCandidates(std::string_view("출범시켰다"), verbs), (std::vector<std::string>{"출범"}));
    EXPECT_EQ(stemCandidates(std::string_view("개최한다"), verbs), (std::vector<std::string>{"개최"}));
}

TEST(Particles, StandaloneParticles)
{
    EXPECT_TRUE(isParticle(U"는"));
    EXPECT_TRUE(isParticle(U"에서"));
    EXPECT_FALSE(isParticle(U"반도체"));
    EXPECT_FALSE(isParticle(U"했다"));
}
