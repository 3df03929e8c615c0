// Fifth pass on typed relations, on sentences written for these tests (the companies are
// invented): who makes a company's chip, and the companies "두 회사는" stands for.
#include "extract/extractor.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    // Invented startups are in the gazetteer: these tests read relations, not names.
    static const Gazetteer g =
        test::gazetteerOf("samsung\t삼성전자\tcompany\tKR\tSamsung Electronics\t\n"
                          "nuri\t누리칩스\tcompany\tKR\tNuri Chips\t\n"
                          "haram\t하람반도체\tcompany\tKR\tHaram Semiconductor\t\n"
                          "gaon\t가온칩스\tcompany\tKR\tGaon Chips\t\n"
                          "skhynix\tSK하이닉스\tcompany\tKR\tSK hynix\t\n"
                          "msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

bool has(const Extraction &x, std::string_view subject, std::string_view predicate, std::string_view object)
{
    return std::ranges::any_of(x.relations, [&](const ExtractedRelation &r) {
        const bool direct = r.subject == subject && r.object == object;
        const bool symmetric =
            (predicate == "partnership" || predicate == "merger") && r.subject == object && r.object == subject;
        return r.predicate == predicate && (direct || symmetric);
    });
}

bool hasPredicate(const Extraction &x, std::string_view predicate)
{
    return std::ranges::any_of(x.relations, [&](const ExtractedRelation &r) { return r.predicate == predicate; });
}

} // namespace

// The maker as the subject of the work, the place, or the one the work is given to; the company
// whose chip it is named with 의 before the product, or the article's company.
TEST(RelationsFifthPass, WhoMakesTheChip)
{
    const auto subject = extract("AI 반도체 스타트업 누리칩스는 20일 첫 추론용 NPU를 공개했다고 밝혔다. "
                                 "칩 생산은 삼성전자가 맡는다.");
    EXPECT_TRUE(has(subject, "삼성전자", "supply", "누리칩스"));
    const auto process = extract("AI 반도체 스타트업 하람반도체는 20일 새 NPU를 공개했다고 밝혔다. "
                                 "하람반도체의 새 NPU는 삼성전자 파운드리의 5나노 공정에서 만들어진다.");
    EXPECT_TRUE(has(process, "삼성전자", "supply", "하람반도체"));
    const auto given = extract("AI 반도체 스타트업 누리칩스는 시제품 생산을 삼성전자에 맡기기로 했다.");
    EXPECT_TRUE(has(given, "삼성전자", "supply", "누리칩스"));
    const auto design = extract("AI 반도체 스타트업 누리칩스는 20일 첫 NPU를 공개했다고 밝혔다. "
                                "칩의 후공정과 패키징은 SK하이닉스가 맡았다.");
    EXPECT_TRUE(has(design, "SK하이닉스", "supply", "누리칩스"));
}

TEST(RelationsFifthPass, NoMakerWithoutMaking)
{
    // A race, a capacity and a process someone uses are no chip made for a customer.
    const auto race = extract("AI 반도체 스타트업 누리칩스는 20일 첫 NPU를 공개했다고 밝혔다. "
                              "2나노는 삼성전자가 양산 경쟁을 벌이고 있는 최첨단 공정이다.");
    EXPECT_FALSE(has(race, "삼성전자", "supply", "누리칩스"));
    const auto users = extract("AI 반도체 스타트업 누리칩스는 20일 첫 NPU를 공개했다고 밝혔다. "
                               "하람반도체는 삼성전자 공정을 쓰는 고객을 주로 상대해 왔다.");
    EXPECT_FALSE(has(users, "삼성전자", "supply", "하람반도체"));
    // A company making its own product for nobody named.
    const auto own = extract("SK하이닉스가 새 HBM을 생산한다.");
    EXPECT_FALSE(hasPredicate(own, "supply"));
}

TEST(RelationsFifthPass, TwoCompaniesStandForThePairBefore)
{
    const auto x = extract("AI 반도체 스타트업 누리칩스와 하람반도체가 하나로 합친다. "
                           "두 회사는 20일 서울에서 합병 계약을 체결했다고 밝혔다. "
                           "두 회사는 모두 과기정통부의 'AI반도체 실증 프로젝트'에 참여하고 있다.");
    EXPECT_TRUE(has(x, "누리칩스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "하람반도체", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "누리칩스", "merger", "하람반도체"));
    const auto joint = extract("삼성전자는 AI 반도체 스타트업 누리칩스에 200억 원을 투자한다. "
                               "두 회사는 차세대 추론 칩을 함께 개발하기로 했다.");
    EXPECT_TRUE(has(joint, "삼성전자", "partnership", "누리칩스"));
    EXPECT_TRUE(has(joint, "삼성전자", "investment", "누리칩스"));
    // "세 회사는": the last three named.
    const auto three = extract("과기정통부는 20일 AI 반도체 스타트업 누리칩스와 하람반도체, 가온칩스를 방문했다. "
                               "세 회사는 모두 'AI반도체 실증 프로젝트'의 과제를 수행하고 있다.");
    EXPECT_TRUE(has(three, "누리칩스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(three, "하람반도체", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(three, "가온칩스", "participates_in", "AI반도체 실증 프로젝트"));
}

TEST(RelationsFifthPass, DealsThatAreNoPartnershipOrMerger)
{
    // An agreement toward a merger is the merger, not a partnership.
    const auto mou = extract("AI 반도체 스타트업 누리칩스와 하람반도체는 20일 합병을 위한 양해각서(MOU)를 맺었다.");
    EXPECT_TRUE(has(mou, "누리칩스", "merger", "하람반도체"));
    EXPECT_FALSE(has(mou, "누리칩스", "partnership", "하람반도체"));
    // Buying together is no merger.
    const auto pooled = extract("삼성전자와 SK하이닉스는 20일 업무협약을 맺었다. "
                                "양사는 장비 구매 물량을 합쳐 협상력을 높인다.");
    EXPECT_TRUE(has(pooled, "삼성전자", "partnership", "SK하이닉스"));
    EXPECT_FALSE(has(pooled, "삼성전자", "merger", "SK하이닉스"));
    // The companies another merges are not its partners in a merger.
    const auto merged = extract("삼성전자와 SK하이닉스는 20일 업무협약을 맺었다. "
                                "AI 반도체 스타트업 누리칩스는 두 회사를 합병하기로 했다.");
    EXPECT_FALSE(has(merged, "누리칩스", "merger", "삼성전자"));
    EXPECT_FALSE(has(merged, "누리칩스", "merger", "SK하이닉스"));
}

// A buyer bringing in a seller's goods: the seller with 로부터, or with 의 before the goods.
TEST(RelationsFifthPass, WhatABuyerBringsIn)
{
    const auto source = extract("SK하이닉스는 누리칩스로부터 검사 장비 20대를 들여와 이천 공장에 설치한다.");
    EXPECT_TRUE(has(source, "누리칩스", "supply", "SK하이닉스"));
    const auto goods = extract("삼성전자는 하람반도체의 추론 서버 40대를 도입했다.");
    EXPECT_TRUE(has(goods, "하람반도체", "supply", "삼성전자"));
    const auto licence = extract("가온칩스는 삼성전자로부터 메모리 인터페이스 설계를 라이선스받아 새 칩을 만들었다.");
    EXPECT_TRUE(has(licence, "삼성전자", "supply", "가온칩스"));
    // The buyer's own goods are bought from no one named.
    const auto own = extract("삼성전자는 자사의 새 검사 공정을 평택 공장에 도입했다.");
    EXPECT_FALSE(hasPredicate(own, "supply"));
}

// The parties listed with 와/과 to an agreement signed together are partners of one another.
TEST(RelationsFifthPass, PartiesOfOneAgreement)
{
    const auto x = extract("과기정통부는 20일 누리칩스, 하람반도체와 AI 반도체 인재 양성을 위한 업무협약을 맺었다.");
    EXPECT_TRUE(has(x, "과학기술정보통신부", "partnership", "누리칩스"));
    EXPECT_TRUE(has(x, "과학기술정보통신부", "partnership", "하람반도체"));
    EXPECT_TRUE(has(x, "누리칩스", "partnership", "하람반도체"));
    // Each signed on its own, or a cooperation that is no signed agreement: only with the subject.
    const auto each = extract("과기정통부는 20일 누리칩스, 하람반도체와 각각 업무협약을 맺었다.");
    EXPECT_FALSE(has(each, "누리칩스", "partnership", "하람반도체"));
    const auto coop = extract("삼성전자는 누리칩스, 하람반도체와 차세대 메모리 협력에 나선다.");
    EXPECT_FALSE(has(coop, "누리칩스", "partnership", "하람반도체"));
}

// Shareholders given their stakes invest in the company whose shares they are.
TEST(RelationsFifthPass, ShareholdersWithTheirStakes)
{
    const auto listed = extract("가온칩스는 20일 코스닥 상장 예비심사를 청구했다. "
                                "주요 주주로는 삼성전자(지분율 12.4%)와 SK하이닉스(7.1%) 등이 있다.");
    EXPECT_TRUE(has(listed, "삼성전자", "investment", "가온칩스"));
    EXPECT_TRUE(has(listed, "SK하이닉스", "investment", "가온칩스"));
    const auto largest = extract("누리칩스의 최대주주는 지분 45%를 가진 하람반도체이다.");
    EXPECT_TRUE(has(largest, "하람반도체", "investment", "누리칩스"));
    // The company named before 지분 is the one held, and a parent holding its subsidiary's shares
    // is no investor.
    const auto held = extract("삼성전자는 보유한 누리칩스 지분 10%를 모두 팔았다.");
    EXPECT_FALSE(has(held, "누리칩스", "investment", "삼성전자"));
    const auto parent = extract("하람반도체는 삼성전자가 지분 100%를 가진 자회사다.");
    EXPECT_FALSE(has(parent, "삼성전자", "investment", "하람반도체"));
}

// The lead and the members of a consortium take part in the programme named before.
TEST(RelationsFifthPass, ConsortiumMembersTakePart)
{
    const auto x = extract("과기정통부는 20일 'AI반도체 실증 프로젝트' 수행 컨소시엄 두 곳을 확정했다. "
                           "첫 번째 컨소시엄은 누리칩스가 주관하고 삼성전자와 SK하이닉스가 참여한다. "
                           "두 번째 컨소시엄은 하람반도체가 이끈다. "
                           "가온칩스 컨소시엄에는 칩 설계 업체들이 이름을 올렸다.");
    EXPECT_TRUE(has(x, "누리칩스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "하람반도체", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "가온칩스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_FALSE(has(x, "과학기술정보통신부", "participates_in", "AI반도체 실증 프로젝트"));
    // Leading something that is no consortium says nothing of the programme.
    const auto led = extract("과기정통부는 20일 'AI반도체 실증 프로젝트'를 시작한다고 밝혔다. "
                             "누리칩스는 국내 NPU 시장을 이끌고 있다.");
    EXPECT_FALSE(has(led, "누리칩스", "participates_in", "AI반도체 실증 프로젝트"));
}

// The subject of an adnominal owner verb a few words before it, and the partners joined to it, own
// the initiative named right after the verb.
TEST(RelationsFifthPass, OwnersOfAnAdnominalClause)
{
    const auto x =
        extract("누리칩스는 과기정통부가 반도체 분야 유망 기업을 키우는 'AI반도체 도약 프로그램'에 선정됐다.");
    const auto it = std::ranges::find_if(
        x.initiatives, [](const ExtractedInitiative &e) { return e.name == "AI반도체 도약 프로그램"; });
    ASSERT_NE(it, x.initiatives.end());
    EXPECT_NE(std::ranges::find(it->owners, "과학기술정보통신부"), it->owners.end());
    EXPECT_FALSE(has(x, "과학기술정보통신부", "participates_in", "AI반도체 도약 프로그램"));
    const auto joint = extract("삼성전자는 SK하이닉스, 누리칩스와 함께 추진하는 'K-메모리 프로젝트'를 공개했다.");
    const auto jt = std::ranges::find_if(joint.initiatives,
                                         [](const ExtractedInitiative &e) { return e.name == "K-메모리 프로젝트"; });
    ASSERT_NE(jt, joint.initiatives.end());
    EXPECT_NE(std::ranges::find(jt->owners, "삼성전자"), jt->owners.end());
    EXPECT_NE(std::ranges::find(jt->owners, "SK하이닉스"), jt->owners.end());
    EXPECT_NE(std::ranges::find(jt->owners, "누리칩스"), jt->owners.end());
}

// "C는 P가 … 분사시킨 P 자회사다": the child is the subject that is not the parent.
TEST(RelationsFifthPass, ChildIsTheSubjectThatIsNotTheParent)
{
    const auto x = extract("하람반도체는 삼성전자가 2019년 사내 조직으로 시작해 분사시킨 삼성전자 자회사다.");
    EXPECT_TRUE(has(x, "하람반도체", "subsidiary_of", "삼성전자"));
}

// A partner named with the subject left unsaid works with the topic of the sentences before; a
// sentence with any subject, named or not, says nothing of that topic.
TEST(RelationsFifthPass, PartnerOfAnUnsaidSubject)
{
    const auto x =
        extract("누리칩스는 20일 새 NPU를 공개했다. 지난 6월에는 삼성전자와 손잡고 차량용 칩 개발에 나섰다.");
    EXPECT_TRUE(has(x, "누리칩스", "partnership", "삼성전자"));
    const auto other = extract("누리칩스는 20일 새 NPU를 공개했다. 부산시는 삼성전자와 업무협약을 맺었다.");
    EXPECT_FALSE(has(other, "누리칩스", "partnership", "삼성전자"));
}
