// Recognizer behaviour on sentences written for these tests (not taken from the corpus).
#include "common/utf.h"
#include "extract/extraction_context.h"
#include "extract/extractor.h"
#include "extract/sentence_splitter.h"
#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

const Gazetteer &gaz()
{
    static const Gazetteer g = [] {
        auto r = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                    "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부|과기부\n"
                                    "kr-motie\t산업통상자원부\tgovernment\tKR\tMOTIE\t산업부\n"
                                    "kr-kaist\t한국과학기술원\tuniversity\tKR\tKAIST\tKAIST|카이스트\n"
                                    "kr-deepx\t딥엑스\tcompany\tKR\tDEEPX\t\n"
                                    "kr-rebellions\t리벨리온\tcompany\tKR\tRebellions\t\n"
                                    "kr-naver\t네이버\tcompany\tKR\tNAVER\t\n"
                                    "kr-ktcloud\tKT클라우드\tcompany\tKR\tKT Cloud\t\n"
                                    "kr-nhncloud\tNHN클라우드\tcompany\tKR\tNHN Cloud\t\n"
                                    "kr-navercloud\t네이버클라우드\tcompany\tKR\tNAVER Cloud\t\n"
                                    "us-google\t구글\tcompany\tUS\tGoogle\tGoogle\n"
                                    "kr-yonhap\t연합뉴스\tmedia\tKR\tYonhap\t\n");
        return std::move(*r);
    }();
    return g;
}

Extraction run(std::string_view body, PartialDate published = PartialDate::ofDay(2024, 5, 20))
{
    return extractFromText(body, published, gaz());
}

template <class T>
const T *named(const std::vector<T> &items, std::string_view name)
{
    auto it = std::ranges::find_if(items, [&](const T &x) { return x.name == name; });
    return it == items.end() ? nullptr : &*it;
}

template <class T>
std::vector<std::string> names(const std::vector<T> &items)
{
    std::vector<std::string> out;
    for (const auto &x : items)
        out.push_back(x.name);
    return out;
}

} // namespace

TEST(Sentences, SplitsWithCodePointOffsets)
{
    const auto s = splitSentences(std::string_view("가나다. 라마바?\n\n사아 자차."));
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].start, 0);
    EXPECT_EQ(s[0].end, 4);
    EXPECT_EQ(s[1].start, 5);
    EXPECT_EQ(s[2].start, 11);
}

// Characters past U+FFFF are two UTF-16 units for ICU and one code point in a Sentence; the
// thread's iterator and buffer are reused from text to text, a shorter text after a longer one.
TEST(Sentences, CountCodePointsPastTheBmpAndReuseTheThreadsIterator)
{
    const auto first = splitSentences(std::string_view("가😀나. 다𝐀라마? 바사아 자차 카타파 하."));
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first[0].start, 0);
    EXPECT_EQ(first[0].end, 4);
    EXPECT_EQ(first[1].start, 5);
    EXPECT_EQ(first[1].end, 10);
    EXPECT_EQ(first[2].start, 11);
    EXPECT_EQ(first[2].end, 24);
    const auto second = splitSentences(std::string_view("라마. 바."));
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].start, 0);
    EXPECT_EQ(second[0].end, 3);
    EXPECT_EQ(second[1].start, 4);
    EXPECT_EQ(second[1].end, 6);
    const auto again = splitSentences(std::string_view("가😀나. 다𝐀라마? 바사아 자차 카타파 하."));
    ASSERT_EQ(again.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(again[i].start, first[i].start);
        EXPECT_EQ(again[i].end, first[i].end);
    }
}

TEST(Organizations, GazetteerNamesAndAliasesMerge)
{
    const auto x = run("과학기술정보통신부는 20일 발표했다. 과기정통부 관계자는 딥엑스와 리벨리온을 방문했다.");
    const auto *msit = named(x.organizations, "과학기술정보통신부");
    ASSERT_NE(msit, nullptr);
    EXPECT_EQ(msit->mentions.size(), 2u);
    EXPECT_NE(std::ranges::find(msit->aliases, "과기정통부"), msit->aliases.end());
    EXPECT_EQ(msit->mentions[1].sentence, 1);
    EXPECT_NE(named(x.organizations, "딥엑스"), nullptr);
    EXPECT_NE(named(x.organizations, "리벨리온"), nullptr);
}

TEST(Organizations, SuffixShapeAndAcronymApposition)
{
    const auto x = run("한국반도체연구조합(KSRC)은 새 과제를 공모했다. 미래칩진흥원이 심사를 맡는다.");
    const auto *o = named(x.organizations, "한국반도체연구조합");
    ASSERT_NE(o, nullptr);
    EXPECT_NE(std::ranges::find(o->aliases, "KSRC"), o->aliases.end());
    EXPECT_NE(named(x.organizations, "미래칩진흥원"), nullptr);
}

TEST(Organizations, GenericWordsAreNotOrganizations)
{
    const auto x = run("정부는 협의회를 열었다. 연구원들과 데이터센터 관계자, 위원회가 참석했다.");
    EXPECT_TRUE(x.organizations.empty()) << ::testing::PrintToString(names(x.organizations));
}

TEST(Organizations, CompanyListsAndDistributiveSuffix)
{
    const auto x = run("행사에는 딥엑스·칩웨이브·뉴로랩스 등 AI반도체 기업과 NHN·KT·네이버클라우드 등 클라우드 기업이 참여했다.");
    EXPECT_NE(named(x.organizations, "칩웨이브"), nullptr);
    EXPECT_NE(named(x.organizations, "뉴로랩스"), nullptr);
    EXPECT_NE(named(x.organizations, "KT클라우드"), nullptr);
    EXPECT_NE(named(x.organizations, "NHN클라우드"), nullptr);
    EXPECT_EQ(named(x.organizations, "KT"), nullptr);
}

TEST(Organizations, BylineOutletsAreSkipped)
{
    const auto x = run("[서울=연합뉴스] 홍길동 기자 = 딥엑스가 신제품을 공개했다.");
    EXPECT_EQ(named(x.organizations, "연합뉴스"), nullptr);
}

TEST(People, NameOrganizationTitle)
{
    const auto x = run("김민수 과기정통부 장관은 21일 박지영 한빛대 총장과 만났다. 이 장관은 말했다.");
    const auto *p = named(x.people, "김민수");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->role, "장관");
    EXPECT_EQ(p->organization, "과학기술정보통신부");
    const auto *q = named(x.people, "박지영");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->organization, "한빛대학교");
    EXPECT_EQ(x.people.size(), 2u);
}

TEST(People, OrganizationBeforeNameAndForeignNames)
{
    const auto x = run("칩웨이브 최준호 대표가 발표했다. 구글의 전 CEO인 에릭 슈미트가 참석했다. "
                       "이어 응우옌 반 안 과학기술부 차관이 연설했다. 홍길동 기자");
    const auto *p = named(x.people, "최준호");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->organization, "칩웨이브");
    const auto *e = named(x.people, "에릭 슈미트");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->role, "전 CEO");
    EXPECT_EQ(e->organization, "구글");
    EXPECT_NE(named(x.people, "응우옌 반 안"), nullptr);
    EXPECT_EQ(named(x.people, "홍길동"), nullptr);
}

TEST(People, ParenthesizedLatinNameGivesTheWordCount)
{
    const auto x = run("이 자리에서 NIC 레 반 꽝(Le Van Quang) 이사는 계획을 설명했다.");
    EXPECT_NE(named(x.people, "레 반 꽝"), nullptr) << ::testing::PrintToString(names(x.people));
}

TEST(Initiatives, QuotedAndUnquotedNames)
{
    const auto x = run("과기정통부는 ‘K-칩 얼라이언스’를 출범했다. 산업부는 반도체 인재 양성 사업과 "
                       "차세대 패키징 기술개발사업을 추진한다. 추진 전략을 마련했다.");
    EXPECT_NE(named(x.initiatives, "K-칩 얼라이언스"), nullptr);
    EXPECT_NE(named(x.initiatives, "반도체 인재 양성 사업"), nullptr);
    EXPECT_NE(named(x.initiatives, "차세대 패키징 기술개발사업"), nullptr);
    EXPECT_EQ(named(x.initiatives, "추진 전략"), nullptr);
    const auto *k = named(x.initiatives, "K-칩 얼라이언스");
    ASSERT_NE(k, nullptr);
    EXPECT_EQ(k->owners, std::vector<std::string>{"과학기술정보통신부"});
}

TEST(Initiatives, StagesArePartOfTheirProject)
{
    const auto x = run("정부는 ‘K-엣지 프로젝트’ 2단계 사업을 시작했다. 2단계 실증사업은 내년까지 이어진다.");
    const auto *stage = named(x.initiatives, "K-엣지 프로젝트 2단계 사업");
    ASSERT_NE(stage, nullptr) << ::testing::PrintToString(names(x.initiatives));
    EXPECT_EQ(stage->partOf, "K-엣지 프로젝트");
    EXPECT_NE(std::ranges::find(stage->aliases, "2단계 실증사업"), stage->aliases.end());
}

TEST(Initiatives, AbbreviationInParenthesesMerges)
{
    const auto x = run("정부는 ‘인공지능(AI)-칩 이니셔티브’를 논의했다. AI-칩 이니셔티브는 범정부 전략이다.");
    EXPECT_EQ(x.initiatives.size(), 1u) << ::testing::PrintToString(names(x.initiatives));
}

TEST(Meetings, OrdinalSeriesDatePlaceAndPartOf)
{
    const auto x = run("산업부는 지난 14일 서울 강남 코엑스에서 제2차 ‘반도체 공급망 전략대화’를 열었다. "
                       "‘미래칩 협의회’ 제3차 패키징 분과회의도 같은 날 열렸다. 분과회의에는 딥엑스가 참석했다.");
    const auto *m = named(x.meetings, "제2차 반도체 공급망 전략대화");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(names(x.meetings));
    EXPECT_EQ(m->ordinal, 2);
    EXPECT_EQ(m->series, "반도체 공급망 전략대화");
    EXPECT_EQ(m->date.toString(), "2024-05-14");
    EXPECT_EQ(m->place, "서울 강남 코엑스");
    EXPECT_EQ(m->organizers, std::vector<std::string>{"산업통상자원부"});
    const auto *b = named(x.meetings, "제3차 패키징 분과회의");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->partOf, "미래칩 협의회");
    EXPECT_NE(std::ranges::find(b->participants, "딥엑스"), b->participants.end());
}

TEST(Meetings, DatesAreNeverInvented)
{
    const auto x = extractFromText("과기정통부는 16일 제1차 칩 분과회의를 열었다.", PartialDate{}, gaz());
    ASSERT_EQ(x.meetings.size(), 1u);
    EXPECT_FALSE(x.meetings[0].date.isValid());
    const auto y = extractFromText("과기정통부는 2024년 3월 5일 제1차 칩 분과회의를 열었다.", PartialDate{}, gaz());
    ASSERT_EQ(y.meetings.size(), 1u);
    EXPECT_EQ(y.meetings[0].date.toString(), "2024-03-05");
}

TEST(Meetings, EventNamesWithYears)
{
    const auto x = run("딥엑스는 CES 2025에서 혁신상을 받았다. CES에서 공개한 칩은 호평을 받았다. "
                       "기자회견을 열고 \"미래 칩 2026\"(FCS 2026) 국제 학술대회 개최를 알렸다.");
    const auto *ces = named(x.meetings, "CES 2025");
    ASSERT_NE(ces, nullptr) << ::testing::PrintToString(names(x.meetings));
    EXPECT_EQ(ces->series, "CES");
    const auto *fcs = named(x.meetings, "FCS 2026");
    ASSERT_NE(fcs, nullptr);
    EXPECT_NE(std::ranges::find(fcs->aliases, "미래 칩 2026"), fcs->aliases.end());
    EXPECT_NE(named(x.meetings, "기자회견"), nullptr);
}

TEST(Extractor, EmptyAndOddInput)
{
    EXPECT_TRUE(run("").organizations.empty());
    const auto x = run("((( ’’ ‘ “ 」 ··· 제차 1단계 ▲▲");
    EXPECT_TRUE(x.meetings.empty());
}

// Found by tests/fuzz (6 s for a 160 KB page in the optimized build): every quoted ‘Name 2024’
// scanned its whole sentence for an event cue again, quadratic in one long sentence full of such
// quotes. The answer is now kept per sentence; the edition is still found in such a sentence.
TEST(Meetings, ManyQuotedEditionsInOneLongSentence)
{
    std::string body = "올해 ‘칩스쇼 2024’가 열렸고";
    for (int k = 0; k < 1000; ++k)
        body += " 관련 제품 ‘가온 2024’ 소개와";
    body += " 전시가 이어졌다.";
    const auto x = run(body);
    const auto *m = named(x.meetings, "칩스쇼 2024");
    ASSERT_NE(m, nullptr) << ::testing::PrintToString(names(x.meetings));
}

// What a caption names is mined after the body, with the caption flag on its mentions.
TEST(Captions, CaptionMentionsAreMinedAndFlagged)
{
    const auto a = parseArticleBytes("가상전자, 차세대 칩 공개\n\n"
                                     "과학기술정보통신부는 19일 서울에서 AI 반도체 간담회를 열었다고 밝혔다. 업계 관계자들이 참석했다.\n\n"
                                     "강도현 과학기술정보통신부 제2차관이 19일 간담회에서 인사말을 하고 있다./과기정통부\n\n"
                                     "과학기술정보통신부는 지원 방안을 마련하겠다고 설명했다. 업계는 이를 환영했다.\n",
                                     "a.txt");
    ASSERT_TRUE(a.has_value());
    const Extraction x = extractArticle(*a);
    const auto person = std::ranges::find_if(x.people, [](const ExtractedPerson &p) { return p.name == "강도현"; });
    ASSERT_NE(person, x.people.end());
    EXPECT_EQ(person->organization, "과학기술정보통신부");
    ASSERT_FALSE(person->mentions.empty());
    EXPECT_TRUE(person->mentions.front().caption);
    EXPECT_GE(person->mentions.front().start, minedCaptionStart(*a));
    // The body alone does not name the person.
    const Extraction bodyOnly = extractEntities(*a);
    EXPECT_TRUE(std::ranges::none_of(bodyOnly.people, [](const ExtractedPerson &p) { return p.name == "강도현"; }));
}

// The merge plan takes the mined text's UTF-32 from the extraction (prepareFile): it is
// toU32(minedText(article)) with or without captions, and the extraction is the same either way.
TEST(Captions, ExtractArticleGivesTheMinedTextsUtf32)
{
    const auto withCaption =
        parseArticleBytes("가상전자, 차세대 칩 공개\n\n"
                          "과학기술정보통신부는 19일 서울에서 AI 반도체 간담회를 열었다고 밝혔다.\n\n"
                          "강도현 과학기술정보통신부 제2차관이 19일 간담회에서 인사말을 하고 있다./과기정통부\n\n"
                          "과학기술정보통신부는 지원 방안을 마련하겠다고 설명했다. 업계는 이를 환영했다.\n",
                          "a.txt");
    const auto bodyOnly = parseArticleBytes("가상전자, 차세대 칩 공개\n\n"
                                            "과학기술정보통신부는 19일 서울에서 AI 반도체 간담회를 열었다고 밝혔다.\n",
                                            "b.txt");
    for (const auto *a : {&withCaption, &bodyOnly}) {
        ASSERT_TRUE(a->has_value());
        std::u32string mined = U"stale";
        const Extraction x = extractArticle(**a, ExtractionContext::builtin(), mined);
        EXPECT_EQ(mined, toU32(minedText(**a)));
        const Extraction y = extractArticle(**a, ExtractionContext::builtin());
        EXPECT_EQ(names(x.organizations), names(y.organizations));
        EXPECT_EQ(x.people.size(), y.people.size());
        EXPECT_EQ(x.sentences.size(), y.sentences.size());
    }
    EXPECT_FALSE(captionTexts(*withCaption).empty());
    EXPECT_TRUE(captionTexts(*bodyOnly).empty());
}
