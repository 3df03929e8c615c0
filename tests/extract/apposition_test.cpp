// Organisations named by their context: 한글(English) pairs, classifier nouns and lists of
// pairs. Sentences written for these tests; the company names are invented.
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
        "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
        "us-nvidia\t엔비디아\tcompany\tUS\tNVIDIA\t\n"
        "kr-deepx\t딥엑스\tcompany\tKR\tDEEPX\t\n");
    return g;
}

std::vector<ExtractedOrganization> orgs(std::string_view body)
{
    return extractFromText(body, PartialDate::ofDay(2024, 5, 20), gaz()).organizations;
}

bool hasAlias(const ExtractedOrganization &o, std::string_view alias)
{
    return std::ranges::find(o.aliases, alias) != o.aliases.end();
}

} // namespace

TEST(KoreanEnglishPairs, CompanySuffixKeepsTheKoreanNameCanonical)
{
    const auto x = orgs("누리반도체(Nuri Semiconductor)는 새 칩을 냈다. 가온전자(Gaon Electronics)와 미르테크(Mir Tech)도 참여했다.");
    for (auto [ko, en] : {std::pair{"누리반도체", "Nuri Semiconductor"}, {"가온전자", "Gaon Electronics"}, {"미르테크", "Mir Tech"}}) {
        const auto *o = test::named(x, ko);
        ASSERT_NE(o, nullptr) << ko << " in " << ::testing::PrintToString(test::nameList(x));
        EXPECT_EQ(o->english, en);
        EXPECT_TRUE(hasAlias(*o, en));
        EXPECT_EQ(o->kind, "company");
        EXPECT_EQ(test::named(x, en), nullptr) << "the English name must not be a separate organisation";
    }
}

TEST(KoreanEnglishPairs, LaterEnglishMentionsJoinThePair)
{
    const auto x = orgs("누리반도체(Nuri Semiconductor)는 칩을 냈다. Nuri Semiconductor의 칩은 저전력이다.");
    ASSERT_EQ(x.size(), 1u) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x[0].name, "누리반도체");
    EXPECT_EQ(x[0].mentions.size(), 3u);
}

TEST(KoreanEnglishPairs, KindsOfChipsAreNotCompanies)
{
    const auto x = orgs("전력반도체(Power Semiconductor)와 시스템반도체(System Semiconductor) 시장이 커진다. "
                        "차량용반도체(Automotive Semiconductor) 수요도 늘었다. 고대역폭메모리(HBM)를 양산한다. "
                        "에릭 슈미트(Eric Schmidt)가 말했다. 칩스법(CHIPS Act)이 통과됐다. 반도체(semiconductor) 수출이 늘었다.");
    EXPECT_TRUE(x.empty()) << ::testing::PrintToString(test::nameList(x));
}

TEST(KoreanEnglishPairs, KnownNamesGainTheirEnglish)
{
    const auto x = orgs("엔비디아(NVIDIA Corporation)는 칩을 냈다.");
    ASSERT_EQ(x.size(), 1u) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x[0].name, "엔비디아");
    EXPECT_TRUE(hasAlias(x[0], "NVIDIA Corporation"));
}

TEST(ClassifierNouns, NameRightAfterTheClassNoun)
{
    const auto x = orgs("반도체 설계 기업 한빛세미콘(Hanbit Semicon)은 22일 칩을 공개했다. 팹리스 솔바이트는 신제품을 냈다. "
                        "스타트업 모아칩스가 투자를 받았다. AI 반도체 기업 다온에이아이는 상장을 추진한다. "
                        "미국 스타트업 Tensorloom은 칩을 냈다.");
    const auto *h = test::named(x, "한빛세미콘");
    ASSERT_NE(h, nullptr) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(h->english, "Hanbit Semicon");
    EXPECT_TRUE(hasAlias(*h, "Hanbit Semicon"));
    for (const char *n : {"솔바이트", "모아칩스", "다온에이아이", "Tensorloom"})
        EXPECT_NE(test::named(x, n), nullptr) << n << " in " << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x.size(), 5u) << ::testing::PrintToString(test::nameList(x));
}

TEST(ClassifierNouns, CommonNounsAfterTheClassNounAreNotNames)
{
    const auto x = orgs("정부는 AI 반도체 기업 육성을 위해 예산을 늘렸다. 스타트업 생태계가 커지고 있다. 팹리스 업계는 환영했다. "
                        "반도체 기업 관계자는 말했다. 스타트업 김철수 대표는 발표했다. 기업 AI는 확산된다. 스타트업 투자가 늘었다. "
                        "AI 반도체 기업 경쟁력을 높인다. 팹리스 기업들은 반겼다. 국내 기업 대부분은 동의했다. 반도체 기업 다수가 "
                        "참여했다. 스타트업 지원책도 나왔다. 설계 회사 인수를 검토했다. 팹리스 성장을 돕는다. 스타트업 양성의 "
                        "중요성을 강조했다. 반도체 기업 세 곳이 참여했다. 국내 기업 10곳이 참여했다. 반도체 회사 "
                        "엔지니어가 이직했다. 스타트업 네트워크를 넓힌다.");
    EXPECT_TRUE(x.empty()) << ::testing::PrintToString(test::nameList(x));
}

TEST(CompanyLists, PairsClosedByDeungAndAClassNoun)
{
    const auto x = orgs("행사에는 하람칩(Haram Chip)·새빛랩스(Saebit Labs) 등 AI반도체 기업이 참가했다. "
                        "또 소리웨어(Soriware), 마루칩(Maru Chip), 딥엑스(DEEPX) 등 설계 업체도 왔다.");
    for (auto [ko, en] : {std::pair{"하람칩", "Haram Chip"}, {"새빛랩스", "Saebit Labs"}, {"소리웨어", "Soriware"}, {"마루칩", "Maru Chip"}}) {
        const auto *o = test::named(x, ko);
        ASSERT_NE(o, nullptr) << ko << " in " << ::testing::PrintToString(test::nameList(x));
        EXPECT_EQ(o->english, en);
        EXPECT_TRUE(hasAlias(*o, en));
    }
    EXPECT_NE(test::named(x, "딥엑스"), nullptr);
    EXPECT_EQ(x.size(), 5u) << ::testing::PrintToString(test::nameList(x));
}

TEST(CompanyLists, PairListsNeedTheClosingClassNoun)
{
    // Technologies, not companies: no 등 … 기업/업체 closes the list.
    const auto x = orgs("이 칩은 처리장치(Processing Unit)·가속장치(Accelerator Unit)를 갖췄다.");
    EXPECT_TRUE(x.empty()) << ::testing::PrintToString(test::nameList(x));
}

TEST(CompanyLists, PairsJoinedByAParticle)
{
    const auto x = orgs("현지 반도체 설계 기업 누리랩스(NuriLabs)와 칩나래(ChipNarae) 등 신생 기업도 늘고 있다.");
    for (const char *n : {"누리랩스", "칩나래"})
        EXPECT_NE(test::named(x, n), nullptr) << n << " in " << ::testing::PrintToString(test::nameList(x));
}

TEST(CountryQualifiedNames, ANamesakeAbroadIsNotTheKnownEntity)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-ksia\t한국칩산업협회\tassociation\tKR\tKCIA\t칩산업협회\n"
                                "vn-mic\t베트남 정보통신부\tgovernment\tVN\tMIC\t\n");
    ASSERT_TRUE(g);
    const auto x = extractFromText("응우옌 반 안 정보통신부 차관은 말했다. 베트남 정보통신부는 계획을 냈다. "
                                   "베트남 칩산업협회(VCIA)는 환영했다.",
                                   PartialDate::ofDay(2024, 5, 20), *g).organizations;
    EXPECT_EQ(test::named(x, "한국칩산업협회"), nullptr) << ::testing::PrintToString(test::nameList(x));
    const auto *vn = test::named(x, "베트남 칩산업협회");
    ASSERT_NE(vn, nullptr) << ::testing::PrintToString(test::nameList(x));
    EXPECT_TRUE(hasAlias(*vn, "VCIA"));
    const auto *mic = test::named(x, "베트남 정보통신부");
    ASSERT_NE(mic, nullptr);
    EXPECT_TRUE(hasAlias(*mic, "정보통신부"));
    EXPECT_EQ(test::named(x, "정보통신부"), nullptr) << "the bare ministry is the Vietnamese one";
}

TEST(KoreanEnglishPairs, TheAcronymPicksTheNamesake)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-kcia\t한국칩산업협회\tassociation\tKR\tKCIA\t칩산업협회\n"
                                "us-cia\t미국칩산업협회\tassociation\tUS\tChip Industry Association\tCIA\n");
    ASSERT_TRUE(g);
    const auto x = extractFromText("칩산업협회(CIA)는 규제를 우려했다.", PartialDate::ofDay(2024, 5, 20), *g).organizations;
    ASSERT_EQ(x.size(), 1u) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x[0].name, "미국칩산업협회");
    EXPECT_TRUE(hasAlias(x[0], "칩산업협회"));
}

TEST(KoreanEnglishPairs, DesignatorAfterThePairCompletesTheName)
{
    const auto x = orgs("소리나(Sorina) 테크놀로지의 대표는 말했다. 인공지능(AI) 반도체 시장이 커진다.");
    ASSERT_EQ(x.size(), 1u) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x[0].name, "소리나 테크놀로지");
    EXPECT_EQ(x[0].english, "Sorina");
}

TEST(GazetteerMatches, TwoCommonWordsAreNotAOneWordName)
{
    auto g = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                "kr-hanmi\t한미반도체\tcompany\tKR\tHanmi Semiconductor\tHanmi Semiconductor\n"
                                "kr-openedges\t오픈엣지테크놀로지\tcompany\tKR\tOPENEDGES Technology\t\n");
    ASSERT_TRUE(g);
    const auto run = [&](std::string_view body) { return extractFromText(body, PartialDate::ofDay(2024, 5, 20), *g).organizations; };
    EXPECT_TRUE(run("양국은 한미 반도체 협력을 논의했다.").empty());
    EXPECT_EQ(run("한미반도체는 장비를 수주했다.").size(), 1u);
    EXPECT_EQ(run("오픈엣지 테크놀로지 등이 참여했다.").size(), 1u);
}

TEST(KoreanEnglishPairs, CoordinatedWithAKnownOrganization)
{
    const auto x = orgs("엔비디아와 누리게이트(Nurigate)도 증설에 나섰다. 엔비디아와 고대역폭메모리(HBM) 시장이 커졌다. "
                        "딥엑스와 인공지능(AI) 칩을 만든다.");
    EXPECT_NE(test::named(x, "누리게이트"), nullptr) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(x.size(), 3u) << ::testing::PrintToString(test::nameList(x));
}

TEST(ClassifierNouns, ClassNounWithTheCopula)
{
    const auto x = orgs("팹리스 기업인 한결칩은 상장했다. 중소 기업인 모임이 열렸다.");
    EXPECT_EQ(test::nameList(x), std::vector<std::string>{"한결칩"});
}

TEST(CountryQualifiedNames, CompaniesAbroadAreStillTheCompany)
{
    const auto x = orgs("일본 엔비디아 법인과 미국 딥엑스 지사가 문을 열었다.");
    EXPECT_NE(test::named(x, "엔비디아"), nullptr) << ::testing::PrintToString(test::nameList(x));
    EXPECT_NE(test::named(x, "딥엑스"), nullptr) << ::testing::PrintToString(test::nameList(x));
}

// Found by tests/fuzz (a segfault in an optimized build): when the text ended right after an
// English name group, the list pass looked at the token after its ')' for a joining 와/과/및 —
// one past the end of the token vector (caught as an assertion under the asan preset, which
// builds with _GLIBCXX_ASSERTIONS). A list that closes the text is still read.
TEST(KoreanEnglishPairs, APairAtTheVeryEndOfTheText)
{
    const auto x = orgs("엔비디아·딥엑스·누리반도체(Nuri Semiconductor)");
    const auto *o = test::named(x, "누리반도체");
    ASSERT_NE(o, nullptr) << ::testing::PrintToString(test::nameList(x));
    EXPECT_EQ(o->english, "Nuri Semiconductor");
    for (const char *body : {"누리반도체(Nuri Semiconductor)", "가온전자(Gaon Electronics)·미르테크(Mir Tech)", "(Mir Tech)"})
        EXPECT_NO_FATAL_FAILURE(orgs(body)) << body;
}
