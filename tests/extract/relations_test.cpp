// Typed relations and names no dictionary holds, on sentences written for these tests (the
// companies are invented): direction from the particles, lists, hedges, referents, former posts.
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
        "samsung\t삼성전자\tcompany\tKR\tSamsung Electronics\t\n"
        "skhynix\tSK하이닉스\tcompany\tKR\tSK hynix\t\n"
        "msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
        "vn-mpi\t기획투자부\tgovernment\tVN\tMinistry of Planning and Investment\t\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return extractFromText(body, PartialDate::ofDay(2024, 5, 20), gaz());
}

bool has(const Extraction &x, std::string_view subject, std::string_view predicate, std::string_view object)
{
    return std::ranges::any_of(x.relations, [&](const ExtractedRelation &r) {
        const bool direct = r.subject == subject && r.object == object;
        const bool symmetric = (predicate == "partnership" || predicate == "merger") && r.subject == object && r.object == subject;
        return r.predicate == predicate && (direct || symmetric);
    });
}

const ExtractedOrganization *org(const Extraction &x, std::string_view name)
{
    const auto it = std::ranges::find_if(x.organizations, [&](const ExtractedOrganization &o) { return o.name == name; });
    return it == x.organizations.end() ? nullptr : &*it;
}

} // namespace

TEST(Relations, PartnershipFromCoordination)
{
    const auto x = extract("누리칩스와 삼성전자는 20일 서울에서 AI 반도체 공동 개발을 위한 업무협약을 맺었다.");
    EXPECT_TRUE(has(x, "누리칩스", "partnership", "삼성전자"));
    const auto &r = *std::ranges::find_if(x.relations, [](const ExtractedRelation &e) { return e.predicate == "partnership"; });
    EXPECT_EQ(r.date, PartialDate::ofDay(2024, 5, 20));
    EXPECT_FALSE(r.evidence.empty());
}

TEST(Relations, InvestmentDirectionFollowsTheParticles)
{
    const auto raised = extract("하람반도체는 삼성전자로부터 300억 원 규모의 투자를 유치했다.");
    EXPECT_TRUE(has(raised, "삼성전자", "investment", "하람반도체"));
    EXPECT_FALSE(has(raised, "하람반도체", "investment", "삼성전자"));
    const auto made = extract("삼성전자는 SK하이닉스에 300억 원을 투자했다.");
    EXPECT_TRUE(has(made, "삼성전자", "investment", "SK하이닉스"));
}

TEST(Relations, AcquisitionSupplyAndSubsidiary)
{
    EXPECT_TRUE(has(extract("SK하이닉스는 솔빛세미콘을 인수했다."), "SK하이닉스", "acquisition", "솔빛세미콘"));
    EXPECT_TRUE(has(extract("SK하이닉스는 삼성전자에 HBM3E를 공급한다."), "SK하이닉스", "supply", "삼성전자"));
    EXPECT_TRUE(has(extract("SK하이닉스는 삼성전자로부터 설비를 수주했다."), "SK하이닉스", "supply", "삼성전자"));
    EXPECT_TRUE(has(extract("기획투자부 산하 국가혁신센터는 새 사업을 시작했다."), "국가혁신센터", "subsidiary_of", "기획투자부"));
}

TEST(Relations, HedgedSentencesStateNothing)
{
    EXPECT_TRUE(extract("업계는 삼성전자가 SK하이닉스를 인수할 가능성이 있다고 전망했다.").relations.empty());
}

TEST(Relations, ParticipantsOfAnInitiativeReferredBack)
{
    const auto x = extract("과기정통부는 ‘K-칩 실증사업’을 추진한다고 밝혔다. 이 사업에는 삼성전자, SK하이닉스 등이 참여한다.");
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "K-칩 실증사업"));
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "K-칩 실증사업"));
    EXPECT_FALSE(has(x, "과학기술정보통신부", "participates_in", "K-칩 실증사업")); // its owner
}

TEST(UnknownNames, NameOrganizationTitleChain)
{
    const auto x = extract("서재민 사누실리콘 대표는 \"국산 칩을 키우겠다\"고 말했다.");
    const auto *company = org(x, "사누실리콘");
    ASSERT_NE(company, nullptr);
    EXPECT_GE(company->confidence, kReviewConfidence);
    const auto person = std::ranges::find_if(x.people, [](const ExtractedPerson &p) { return p.name == "서재민"; });
    ASSERT_NE(person, x.people.end());
    EXPECT_EQ(person->organization, "사누실리콘");
}

TEST(UnknownNames, CoordinationInADealAndALoneWeakCue)
{
    const auto x = extract("바서디바이스와 하결칩스는 13일 업무협약(MOU)을 체결했다.");
    EXPECT_NE(org(x, "바서디바이스"), nullptr);
    EXPECT_NE(org(x, "하결칩스"), nullptr);
    // A bare word as the subject of a corporate verb is kept, but below the review threshold.
    const auto weak = extract("다올누리는 지난달 시리즈A 투자를 유치했다.");
    const auto *d = org(weak, "다올누리");
    ASSERT_NE(d, nullptr);
    EXPECT_LT(d->confidence, kReviewConfidence);
    // A common noun (hunspell-ko) is never a name on these cues.
    EXPECT_EQ(org(extract("정부와 삼성전자는 업무협약을 맺었다."), "정부"), nullptr);
}

TEST(UnknownNames, FormerPostIsMarked)
{
    const auto x = extract("팻 겔싱어 전 SK하이닉스 CEO가 말했다. 지난해까지 김민준 삼성전자 사장이 이 일을 맡았다.");
    for (const auto &p : x.people)
        EXPECT_TRUE(p.former) << p.name;
    EXPECT_FALSE(x.people.empty());
}

TEST(Relations, FoundryProductionIsSupply)
{
    EXPECT_TRUE(has(extract("SK하이닉스의 칩은 삼성전자 파운드리의 5나노 공정에서 생산된다."), "삼성전자", "supply", "SK하이닉스"));
}
