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
    return test::extractOnFixedDate(body, gaz());
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

TEST(UnknownNames, HeadGlossWithEnglishName)
{
    // 한글 name, then its English name and "·대표 NAME" in one parenthesis (issue 11).
    const auto x = extract("저전력 NPU 설계 기업 가온세미(GaonSemi·대표 도하람)는 첫 시제품 칩을 공개했다. "
                           "미르칩스(대표 남궁선)도 같은 공정을 쓴다.");
    const auto *company = org(x, "가온세미");
    ASSERT_NE(company, nullptr) << ::testing::PrintToString(test::nameList(x.organizations));
    EXPECT_NE(std::ranges::find(company->aliases, "GaonSemi"), company->aliases.end());
    EXPECT_EQ(company->english, "GaonSemi");
    EXPECT_EQ(org(x, "GaonSemi"), nullptr) << "the English name is an alias, not an organisation of its own";
    EXPECT_GE(company->confidence, kReviewConfidence);
    const auto *head = test::named(x.people, "도하람");
    ASSERT_NE(head, nullptr) << ::testing::PrintToString(test::nameList(x.people));
    EXPECT_EQ(head->role, "대표");
    EXPECT_EQ(head->organization, "가온세미");
    const auto *other = test::named(x.people, "남궁선");
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->organization, "미르칩스");
    // An English gloss with something other than a head is no such introduction.
    const auto y = extract("가온세미(GaonSemi·판교)는 첫 시제품 칩을 공개했다.");
    EXPECT_TRUE(y.people.empty());
}

TEST(Relations, SelectedListReferringToTheInitiativeBefore)
{
    const auto x = extract("과기정통부는 ‘K-칩 도약 프로그램’의 올해 선정 결과를 발표했다. "
                           "선정된 기업은 삼성전자, SK하이닉스 등 2곳이다.");
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "K-칩 도약 프로그램"));
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "K-칩 도약 프로그램"));
    EXPECT_FALSE(has(x, "과학기술정보통신부", "participates_in", "K-칩 도약 프로그램"));
    // One name is no list; an initiative named long before is not the referent.
    const auto one = extract("과기정통부는 ‘K-칩 도약 프로그램’을 발표했다. 선정된 기업은 삼성전자다.");
    EXPECT_FALSE(has(one, "삼성전자", "participates_in", "K-칩 도약 프로그램"));
    const auto far = extract("과기정통부는 ‘K-칩 도약 프로그램’을 발표했다. 첫 문장이다. 둘째 문장이다. 셋째 문장이다. "
                             "넷째 문장이다. 선정된 기업은 삼성전자, SK하이닉스 등 2곳이다.");
    EXPECT_FALSE(has(far, "삼성전자", "participates_in", "K-칩 도약 프로그램"));
}

TEST(Relations, InvestorsNamedByTheirClause)
{
    // "B에 투자한 A", "B의 최대 투자자인 A와 C", "B는 A와 C 등이 출자한 회사다".
    const auto x = extract("삼성전자에 투자한 누리벤처스는 이번 라운드에서도 50억 원을 냈다.");
    EXPECT_TRUE(has(x, "누리벤처스", "investment", "삼성전자"))
        << ::testing::PrintToString(test::nameList(x.organizations));
    const auto y = extract("SK하이닉스의 최대 투자자인 삼성전자는 지분을 늘린다.");
    EXPECT_TRUE(has(y, "삼성전자", "investment", "SK하이닉스"));
    EXPECT_FALSE(has(y, "SK하이닉스", "investment", "삼성전자"));
    const auto z = extract("누리벤처스는 삼성전자와 SK하이닉스 등 대기업들이 출자해 세운 벤처캐피털이다.");
    EXPECT_TRUE(has(z, "삼성전자", "investment", "누리벤처스"));
    EXPECT_TRUE(has(z, "SK하이닉스", "investment", "누리벤처스"));
    // The company a merger makes is no merger between the names around it.
    const auto m = extract("삼성전자와 SK하이닉스는 합병 법인의 시리즈B 라운드에 참여한다.");
    EXPECT_FALSE(has(m, "삼성전자", "merger", "SK하이닉스"));
}

TEST(Relations, PartnersMountedPartsAndProgrammeFunding)
{
    // "A는 B와 함께 …": a partnership; not when B closes a list of co-actors.
    EXPECT_TRUE(has(extract("삼성전자는 SK하이닉스와 함께 새 메모리 구조를 개발한다."), "삼성전자", "partnership",
                    "SK하이닉스"));
    EXPECT_FALSE(has(extract("삼성전자가 과기정통부, SK하이닉스와 함께 새 공장을 짓는다."), "삼성전자", "partnership",
                     "SK하이닉스"));
    EXPECT_TRUE(has(extract("삼성전자는 SK하이닉스와 차세대 메모리를 공동 설계하기로 했다."), "SK하이닉스",
                    "partnership", "삼성전자"));
    // 탑재: the makers of the part supply the maker of the product.
    const auto m = extract("SK하이닉스의 새 서버에는 삼성전자의 SSD가 탑재된다.");
    EXPECT_TRUE(has(m, "삼성전자", "supply", "SK하이닉스"));
    EXPECT_FALSE(has(m, "SK하이닉스", "supply", "삼성전자"));
    // Selected for a body's programme and supported by it: the body funds the company.
    const auto f = extract("SK하이닉스는 올해 과기정통부의 '칩 도약 프로그램'에 선정돼 연구개발 자금을 지원받고 있다.");
    EXPECT_TRUE(has(f, "SK하이닉스", "participates_in", "칩 도약 프로그램"));
    EXPECT_TRUE(has(f, "과학기술정보통신부", "funds", "SK하이닉스"));
    EXPECT_FALSE(has(extract("SK하이닉스는 올해 과기정통부의 '칩 도약 프로그램'에 선정됐다."), "과학기술정보통신부",
                     "funds", "SK하이닉스"));
}

// Fourth pass: the investors of a funding round named in the sentences after the raise, the
// subject an investment sentence leaves unsaid, each investor with its own goal, shares bought in
// a takeover, and an initiative's owner named with 의 or an adnominal verb right before it.
TEST(Relations, RoundInvestorsGoToTheCompanyThatRaisedIt)
{
    const auto x = extract("하람반도체는 20일 450억 원 규모의 시리즈B 투자를 유치했다고 밝혔다. "
                           "이번 라운드는 미리내벤처스가 주도했고 가람인베스트먼트와 SK하이닉스가 참여했다. "
                           "기존 투자자인 누리벤처스도 후속 투자에 나섰다.");
    EXPECT_TRUE(has(x, "미리내벤처스", "investment", "하람반도체"));
    EXPECT_TRUE(has(x, "가람인베스트먼트", "investment", "하람반도체"));
    EXPECT_TRUE(has(x, "SK하이닉스", "investment", "하람반도체"));
    EXPECT_TRUE(has(x, "누리벤처스", "investment", "하람반도체"));
    EXPECT_FALSE(has(x, "하람반도체", "investment", "미리내벤처스"));
    // A round an investor stayed out of.
    const auto out = extract("하람반도체는 20일 450억 원 규모의 시리즈B 투자를 유치했다고 밝혔다. "
                             "기존 주주인 SK하이닉스는 이번 라운드에 참여하지 않았다.");
    EXPECT_FALSE(has(out, "SK하이닉스", "investment", "하람반도체"));
    // The company named right before the round word is the one invested in.
    const auto named = extract("SK하이닉스는 지난해 AI 반도체 스타트업 누리칩스의 시리즈A 라운드에 참여했다.");
    EXPECT_TRUE(has(named, "SK하이닉스", "investment", "누리칩스"));
}

TEST(Relations, InvestedWithTheSubjectLeftUnsaid)
{
    const auto x = extract("AI 반도체 스타트업 누리칩스는 2021년 대전에서 창업했다. 지난해 삼성전자와 SK하이닉스로부터 "
                           "모두 40억 원을 투자받았다.");
    EXPECT_TRUE(has(x, "삼성전자", "investment", "누리칩스"));
    EXPECT_TRUE(has(x, "SK하이닉스", "investment", "누리칩스"));
}

TEST(Relations, EachInvestorWithItsOwnGoal)
{
    const auto x =
        extract("삼성전자는 AI 반도체 스타트업 하람반도체에 100억 원을, SK하이닉스는 팹리스 누리칩스에 80억 원을 "
                "투자하기로 했다.");
    EXPECT_TRUE(has(x, "삼성전자", "investment", "하람반도체"));
    EXPECT_TRUE(has(x, "SK하이닉스", "investment", "누리칩스"));
    EXPECT_FALSE(has(x, "삼성전자", "investment", "누리칩스"));
    EXPECT_FALSE(has(x, "SK하이닉스", "investment", "하람반도체"));
    // Shares bought in a takeover are an acquisition only.
    const auto takeover = extract("SK하이닉스는 팹리스 누리칩스 지분 100%를 800억 원에 인수한다.");
    EXPECT_TRUE(has(takeover, "SK하이닉스", "acquisition", "누리칩스"));
    EXPECT_FALSE(has(takeover, "SK하이닉스", "investment", "누리칩스"));
}

TEST(Relations, OwnerNamedRightBeforeTheInitiative)
{
    const auto owners = [](const Extraction &x, std::string_view name) {
        const auto it = std::ranges::find_if(
            x.initiatives, [&](const ExtractedInitiative &i) { return i.name.find(name) != std::string::npos; });
        return it == x.initiatives.end() ? std::vector<std::string>{} : it->owners;
    };
    const auto possessed =
        extract("AI 반도체 스타트업 누리칩스는 과학기술정보통신부의 '초저전력 NPU 실증사업'에 참여기관으로 합류했다.");
    EXPECT_EQ(owners(possessed, "실증사업"), std::vector<std::string>{"과학기술정보통신부"});
    const auto adnominal = extract(
        "AI 반도체 스타트업 하람반도체는 과기정통부가 추진하는 'AI반도체 도약 프로젝트'의 과제 수행기관으로 선정됐다.");
    EXPECT_EQ(owners(adnominal, "도약 프로젝트"), std::vector<std::string>{"과학기술정보통신부"});
    EXPECT_TRUE(has(adnominal, "하람반도체", "participates_in", "AI반도체 도약 프로젝트"));
}

// Fourth pass: the participants of an initiative or an alliance referred back to by its head
// noun (list items closed by 와/과 too), and the body that runs it ("운영은 C가 맡는다").
TEST(Relations, ParticipantsAndOperatorOfAnInitiativeBefore)
{
    const auto x = extract("과기정통부는 20일 'AI반도체 실증 프로젝트'를 시작한다고 밝혔다. "
                           "이 프로젝트에는 삼성전자 등 칩 기업과 SK하이닉스가 참여한다. "
                           "사업 운영은 과기정통부 산하 정보통신산업진흥원이 맡는다.");
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(x, "정보통신산업진흥원", "participates_in", "AI반도체 실증 프로젝트"));
    EXPECT_FALSE(has(x, "과학기술정보통신부", "participates_in", "AI반도체 실증 프로젝트"));
    // A task that is no running of the initiative ("최적화 작업을 맡는다") says nothing of it.
    const auto task = extract("과기정통부는 20일 'AI반도체 실증 프로젝트'를 시작한다고 밝혔다. "
                              "칩 최적화 작업은 SK하이닉스가 맡는다.");
    EXPECT_FALSE(has(task, "SK하이닉스", "participates_in", "AI반도체 실증 프로젝트"));
}

TEST(Relations, MembersAndSecretariatOfAnAllianceBefore)
{
    const auto x =
        extract("반도체 기업들이 20일 'K-엣지칩 얼라이언스'를 출범했다. 얼라이언스 초대 의장은 삼성전자가 맡았다. "
                "얼라이언스에는 삼성전자, SK하이닉스 등 20곳이 창립 회원으로 이름을 올렸다. "
                "사무국은 한국반도체산업협회가 맡는다.");
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "K-엣지칩 얼라이언스"));
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "K-엣지칩 얼라이언스"));
    EXPECT_TRUE(has(x, "한국반도체산업협회", "participates_in", "K-엣지칩 얼라이언스"));
}

// Fourth pass: the bodies that put money into an initiative referred back to ("펀드 재원은 A가
// N원을, B가 M원을 대고", "A 국비 N원"), and support received from a body (로부터 … 지원받다).
TEST(Relations, FundersOfAnInitiativeBeforeAndSupportReceived)
{
    const auto fund =
        extract("정부는 20일 'K-엣지칩 펀드'를 조성했다고 밝혔다. "
                "펀드 재원은 과기정통부가 500억 원을, 삼성전자가 300억 원을 대고 나머지는 민간에서 모았다.");
    EXPECT_TRUE(has(fund, "과학기술정보통신부", "funds", "K-엣지칩 펀드"));
    EXPECT_TRUE(has(fund, "삼성전자", "funds", "K-엣지칩 펀드"));
    const auto budget = extract("과기정통부는 20일 'AI반도체 실증 프로젝트'를 시작한다고 밝혔다. "
                                "올해는 과기정통부 국비 40억 원 등 60억 원이 들어갔다.");
    EXPECT_TRUE(has(budget, "과학기술정보통신부", "funds", "AI반도체 실증 프로젝트"));
    // A sentence with no sum of money funds nothing.
    const auto none =
        extract("과기정통부는 20일 'AI반도체 실증 프로젝트'를 시작한다고 밝혔다. 삼성전자는 장비를 지원한다.");
    EXPECT_FALSE(has(none, "삼성전자", "funds", "AI반도체 실증 프로젝트"));
    EXPECT_TRUE(has(extract("SK하이닉스는 과기정통부로부터 연구비 20억 원을 지원받는다."), "과학기술정보통신부",
                    "funds", "SK하이닉스"));
}

// Fourth pass: a contract for a service the partner renders makes the partner the supplier; goods
// received from a source (공급받다); a subsidiary with up to three words after 의, and a body a
// ministry founded (출연기관).
TEST(Relations, ServiceContractsSuppliesReceivedAndFoundedBodies)
{
    const auto service = extract("AI 반도체 스타트업 하람반도체는 지난달 SK하이닉스와 칩 설계 서비스 계약을 맺었다.");
    EXPECT_TRUE(has(service, "SK하이닉스", "supply", "하람반도체"));
    EXPECT_FALSE(has(service, "하람반도체", "supply", "SK하이닉스"));
    const auto sold = extract("AI 반도체 스타트업 하람반도체는 지난달 SK하이닉스와 칩 공급 계약을 맺었다.");
    EXPECT_TRUE(has(sold, "하람반도체", "supply", "SK하이닉스"));
    EXPECT_TRUE(has(extract("AI 반도체 스타트업 하람반도체는 HBM을 SK하이닉스로부터 공급받는다."), "SK하이닉스",
                    "supply", "하람반도체"));
    EXPECT_TRUE(has(extract("삼성전자의 반도체 전문 자회사인 하람반도체는 20일 신제품을 공개했다."), "하람반도체",
                    "subsidiary_of", "삼성전자"));
    EXPECT_TRUE(has(extract("과기정통부 출연기관인 정보통신산업진흥원은 20일 사업 공고를 냈다."), "정보통신산업진흥원",
                    "subsidiary_of", "과학기술정보통신부"));
}

// Fourth pass: a class word before an investment firm's name describes it and is no part of it.
TEST(UnknownNames, ClassWordBeforeAnInvestorIsNoPartOfItsName)
{
    const auto x = extract("AI 반도체 스타트업 누리칩스는 벤처캐피털 미리내벤처스로부터 40억 원을 투자받았다.");
    EXPECT_NE(org(x, "미리내벤처스"), nullptr);
    EXPECT_EQ(org(x, "벤처캐피털 미리내벤처스"), nullptr);
    EXPECT_TRUE(has(x, "미리내벤처스", "investment", "누리칩스"));
}

// Fourth pass: founders of an alliance named in an adnominal clause before it.
TEST(Relations, FoundersInAClauseBeforeTheAlliance)
{
    const auto x =
        extract("두 회사는 삼성전자, SK하이닉스가 2023년 함께 만든 'K-엣지칩 얼라이언스' 회원사이기도 하다.");
    EXPECT_TRUE(has(x, "삼성전자", "participates_in", "K-엣지칩 얼라이언스"));
    EXPECT_TRUE(has(x, "SK하이닉스", "participates_in", "K-엣지칩 얼라이언스"));
    // Making something together is no founding without an alliance.
    EXPECT_TRUE(extract("삼성전자와 SK하이닉스가 함께 만든 칩이 공개됐다.").relations.size() <= 1);
}
