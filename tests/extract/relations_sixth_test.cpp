// Sixth pass on typed relations, on sentences written for these tests (the companies and the
// programmes are invented): a company that joins a programme while the sentence leaves it
// unsaid, and the body that funds it through that programme.
#include "extract/extractor.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    // Invented startups are in the gazetteer: these tests read relations, not names.
    static const Gazetteer g =
        test::gazetteerOf("nuri\t누리칩스\tcompany\tKR\tNuri Chips\t\n"
                          "haram\t하람반도체\tcompany\tKR\tHaram Semiconductor\t\n"
                          "samsungvi\t삼성벤처투자\tcompany\tKR\tSamsung Venture Investment\t\n"
                          "msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
                          "mss\t중소벤처기업부\tgovernment\tKR\tMinistry of SMEs and Startups\t중기부\n");
    return g;
}

Extraction extract(std::string_view body)
{
    return test::extractOnFixedDate(body, gaz());
}

bool has(const Extraction &x, std::string_view subject, std::string_view predicate, std::string_view object)
{
    return std::ranges::any_of(x.relations, [&](const ExtractedRelation &r) {
        return r.predicate == predicate && r.subject == subject && r.object.starts_with(object);
    });
}

// A relation the text states (or, with stated = false, must not be read from it); the object is
// matched by its beginning.
struct Expected {
    std::string_view subject, predicate, object;
    bool stated = true;
};

struct Case {
    const char *name; // the test's name
    std::string_view body;
    std::vector<Expected> relations;
};

// One text a case, each with every relation it must and must not state.
const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        // "(B는 …) O의 'X' 과제에 참여해 … 지원받는다": B, the topic before, takes part in X and O funds it.
        {"UnsaidParticipantOfAProgramme",
         "AI 반도체 스타트업 누리칩스는 지난해 삼성벤처투자로부터 30억 원을 투자받았다. "
         "올해는 과학기술정보통신부의 '엣지 NPU 고도화 사업' 과제에 참여해 4년간 연구비를 지원받는다.",
         {{"누리칩스", "participates_in", "엣지 NPU 고도화"},
          {"과학기술정보통신부", "funds", "누리칩스"},
          {"과학기술정보통신부", "participates_in", "엣지 NPU 고도화", false}}},
        // "O가 새로 시작한 'X' 수행기관으로 선정돼 … 자금을 받고 있다": the subject of the clause before X
        // is its owner, who funds the company chosen, and takes no part in it.
        {"OwnerOfTheClauseFundsTheChosen",
         "하람반도체는 중소벤처기업부가 올해 새로 시작한 '칩 설계 도약 사업' 수행기관으로 선정돼 "
         "2년간 사업화 자금을 받고 있다.",
         {{"하람반도체", "participates_in", "칩 설계 도약"},
          {"중소벤처기업부", "funds", "하람반도체"},
          {"중소벤처기업부", "participates_in", "칩 설계 도약", false}}},
        {"OwnerOfTheClauseFundsTheChosenUnsaid",
         "AI 반도체 스타트업 하람반도체는 20일 새 NPU를 공개했다. "
         "회사는 중소벤처기업부가 추진하는 '칩 설계 도약 사업'에 선정돼 정부 지원금 10억 원을 받는다.",
         {{"하람반도체", "participates_in", "칩 설계 도약"}, {"중소벤처기업부", "funds", "하람반도체"}}},
        // The selector's own sentence, a sentence with its own subject, and no money received state no
        // unsaid participant nor funding.
        {"NoUnsaidParticipantWhenTheSentenceNamesOne",
         "AI 반도체 스타트업 누리칩스는 20일 새 NPU를 공개했다. "
         "하람반도체는 과학기술정보통신부의 '엣지 NPU 고도화 사업'에 참여한다.",
         {{"하람반도체", "participates_in", "엣지 NPU 고도화"},
          {"누리칩스", "participates_in", "엣지 NPU 고도화", false}}},
        {"NoFundingWithoutMoneyReceived",
         "AI 반도체 스타트업 누리칩스는 20일 새 NPU를 공개했다. "
         "올해는 과학기술정보통신부의 '엣지 NPU 고도화 사업'에도 참여한다.",
         {{"누리칩스", "participates_in", "엣지 NPU 고도화"}, {"과학기술정보통신부", "funds", "누리칩스", false}}},
        {"TheSelectorTakesNoPart",
         "과학기술정보통신부는 20일 AI 반도체 정책을 발표했다. "
         "'엣지 NPU 고도화 사업' 대상으로 기업 8곳을 선정했다.",
         {{"과학기술정보통신부", "participates_in", "엣지 NPU 고도화", false}}},
        // "컨소시엄에는 A, B가 참여했다", "여기에 C, D가 참여기관으로 이름을 올렸다": the members of a
        // consortium take part in the article's own programme (named first), not in one it is only
        // linked to or funded through, named in between.
        {"ConsortiumMembersJoinTheArticlesProgramme",
         "과학기술정보통신부는 20일 대전에서 '엣지 NPU 실증사업' 협약식을 열었다. "
         "이번 사업은 '디지털 항만 구축사업'과 연계해 추진된다. "
         "실증 컨소시엄에는 누리칩스와 하람반도체 등 5개 기관이 참여했다.",
         {{"누리칩스", "participates_in", "엣지 NPU 실증"},
          {"하람반도체", "participates_in", "엣지 NPU 실증"},
          {"누리칩스", "participates_in", "디지털 항만", false}}},
        {"ConsortiumMembersNamedByTheirRole",
         "중소벤처기업부는 20일 '엣지 NPU 실증사업' 착수회의를 열었다. "
         "이번 실증은 중소벤처기업부가 내놓은 '칩 산업 도약 전략'의 세부 과제다. "
         "여기에 누리칩스와 하람반도체가 참여기관으로 이름을 올렸다.",
         {{"누리칩스", "participates_in", "엣지 NPU 실증"}, {"누리칩스", "participates_in", "칩 산업 도약", false}}},
        // "(B는 …) 'X'에 C, D와 함께 참여하고 있다": the partners named and B, unsaid, take part.
        {"UnsaidParticipantWithPartners",
         "AI 반도체 스타트업 누리칩스는 20일 새 NPU를 공개했다. "
         "정부 과제로는 과학기술정보통신부의 '엣지 NPU 고도화 사업'에 하람반도체와 함께 참여하고 있다.",
         {{"하람반도체", "participates_in", "엣지 NPU 고도화"}, {"누리칩스", "participates_in", "엣지 NPU 고도화"}}},
        // "A가 국비 N원을, B가 M원을 분담한다": each body that takes a share of the sum funds the
        // programme the sentences before are about.
        {"SharesOfASumFundTheProgramme",
         "과학기술정보통신부는 20일 '엣지 NPU 실증사업'을 시작한다고 밝혔다. "
         "사업비는 5년간 100억 원 규모다. "
         "과학기술정보통신부가 국비 80억 원을, 중소벤처기업부가 20억 원을 분담한다.",
         {{"과학기술정보통신부", "funds", "엣지 NPU 실증"}, {"중소벤처기업부", "funds", "엣지 NPU 실증"}}},
        // "이번 라운드는 A가 주도했고 B와 C가 참여했다", C a name no recogniser holds: B is an investor
        // all the same.
        {"RoundPartnerBeforeAnUnknownName",
         "AI 반도체 스타트업 하람반도체가 50억 원 규모의 시리즈A 투자를 유치했다고 20일 밝혔다. "
         "이번 라운드는 삼성벤처투자가 주도했고 누리칩스와 파란이 참여했다.",
         {{"삼성벤처투자", "investment", "하람반도체"}, {"누리칩스", "investment", "하람반도체"}}},
    };
    return all;
}

class RelationsSixthPass : public testing::TestWithParam<Case> {};

} // namespace

TEST_P(RelationsSixthPass, StatesWhatTheTextSays)
{
    const Case &c = GetParam();
    const auto x = extract(c.body);
    for (const Expected &e : c.relations)
        EXPECT_EQ(has(x, e.subject, e.predicate, e.object), e.stated)
            << e.subject << " " << e.predicate << " " << e.object
            << (e.stated ? " missing" : " read, though not stated");
}

INSTANTIATE_TEST_SUITE_P(Texts, RelationsSixthPass, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case> &param) { return std::string(param.param.name); });
