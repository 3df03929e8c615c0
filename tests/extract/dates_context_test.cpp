// Dates of meetings and initiatives in articles without a publication date: month-day
// expressions take their year from a full date the article states; goals never give a date.
// Sentences written for these tests.
#include "extract/dates_context.h"
#include "common/utf.h"
#include "extract/extractor.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace sillok::core;

namespace {

namespace test = sillok::test;

const Gazetteer &gaz()
{
    static const Gazetteer g = test::gazetteerOf(
        "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n");
    return g;
}

Extraction undated(std::string_view body)
{
    return extractFromText(body, PartialDate{}, gaz());
}

template <class T>
std::string names(const std::vector<T> &items)
{
    std::string out;
    for (const auto &x : items)
        out += x.name + " = " + x.date.toString() + "; ";
    return out;
}

} // namespace

TEST(UndatedArticles, MonthDayTakesTheYearOfAStatedFullDate)
{
    // The only full date comes after the month-day expressions: it is still the article's year.
    const auto x = undated("3월 4일 과기정통부는 기자회견을 열고 5월 12일부터 14일까지 서울에서 열리는 ‘미래칩 학술대회’ 개최를 "
                           "발표했다. 이번 발표는 2031년 2월 20일에 열린 칩 전략회의의 후속 조치다.");
    const auto *press = test::named(x.meetings, "기자회견");
    ASSERT_NE(press, nullptr) << names(x.meetings);
    EXPECT_EQ(press->date.toString(), "2031-03-04");
    const auto *conf = test::named(x.meetings, "미래칩 학술대회");
    ASSERT_NE(conf, nullptr) << names(x.meetings);
    EXPECT_EQ(conf->date.toString(), "2031-05-12");
    EXPECT_EQ(conf->endDate.toString(), "2031-05-14");
    const auto *strategy = test::named(x.meetings, "칩 전략회의");
    ASSERT_NE(strategy, nullptr) << names(x.meetings);
    EXPECT_EQ(strategy->date.toString(), "2031-02-20");
}

TEST(UndatedArticles, NearestPrecedingFullDateWins)
{
    const auto x = undated("과기정통부는 2029년 11월 2일 칩 포럼을 발족했다. 이어 2030년 1월 8일 계획을 확정했다. "
                           "과기정통부는 3월 5일 제1차 칩 분과회의를 열었다.");
    const auto *m = test::named(x.meetings, "제1차 칩 분과회의");
    ASSERT_NE(m, nullptr) << names(x.meetings);
    EXPECT_EQ(m->date.toString(), "2030-03-05");
}

TEST(UndatedArticles, NoStatedYearMeansNoYear)
{
    const auto x = undated("과기정통부는 3월 5일 제1차 칩 분과회의를 열었다. 16일에는 칩 간담회가 열린다.");
    ASSERT_FALSE(x.meetings.empty());
    for (const auto &m : x.meetings)
        EXPECT_FALSE(m.date.isValid()) << names(x.meetings);
}

TEST(UndatedArticles, RelativeExpressionsStayUnresolved)
{
    // 지난해 12월 needs the publication year, which the article does not give.
    const auto x = undated("과기정통부는 2030년 1월 8일 계획을 확정했다. 과기정통부는 지난해 12월 5일 제1차 칩 분과회의를 열었다.");
    const auto *m = test::named(x.meetings, "제1차 칩 분과회의");
    ASSERT_NE(m, nullptr) << names(x.meetings);
    EXPECT_FALSE(m->date.isValid()) << m->date.toString();
}

TEST(Targets, GoalYearsAreNeitherAnchorsNorInitiativeDates)
{
    const auto x = undated("정부는 2030년까지 ‘미래칩 산업 육성 전략’을 추진한다. 2027년 양산을 목표로 ‘차세대 칩 개발 사업’도 "
                           "시작한다. 과기정통부는 3월 5일 제1차 칩 분과회의를 열었다.");
    for (const char *n : {"미래칩 산업 육성 전략", "차세대 칩 개발 사업"}) {
        const auto *i = test::named(x.initiatives, n);
        ASSERT_NE(i, nullptr) << n << " in " << names(x.initiatives);
        EXPECT_FALSE(i->date.isValid()) << n << " dated " << i->date.toString();
    }
    const auto *m = test::named(x.meetings, "제1차 칩 분과회의");
    ASSERT_NE(m, nullptr) << names(x.meetings);
    EXPECT_FALSE(m->date.isValid()) << "a goal year is not the article's year";
}

TEST(Targets, ADatedDecisionBeatsTheGoalInTheSameSentence)
{
    const auto x = undated("총리는 2029년 9월 21일 ‘2035년까지의 미래칩 산업 발전 전략’을 승인했다.");
    ASSERT_EQ(x.initiatives.size(), 1u) << names(x.initiatives);
    EXPECT_EQ(x.initiatives[0].date.toString(), "2029-09-21");
}

TEST(Targets, PublishedArticlesKeepTheirRelativeDates)
{
    const auto x = extractFromText("과기정통부는 3월 5일 제1차 칩 분과회의를 열었다. 2030년까지 투자한다.", PartialDate::ofDay(2024, 3, 6), gaz());
    ASSERT_EQ(x.meetings.size(), 1u);
    EXPECT_EQ(x.meetings[0].date.toString(), "2024-03-05");
}

// Found by tests/fuzz (a 260 KB page with a dozen year-less dates after one full date): the year
// anchors were pointers into the result vector, which reallocated as year-less dates were
// appended, so every later date read its year from freed memory (AddressSanitizer:
// heap-use-after-free in findDates). Each of the 40 dates must take the anchor's year.
TEST(UndatedArticles, ManyMonthDayDatesAllTakeTheAnchorYear)
{
    std::string body = "2031년 2월 20일 회의가 열렸다.";
    for (int k = 0; k < 40; ++k)
        body += " " + std::to_string(1 + k % 12) + "월 " + std::to_string(1 + k % 28) + "일 행사가 열렸다.";
    const extract::ArticleText at(toU32(body), Lexicon::builtin());
    const auto dates = extract::findDates(at, PartialDate{});
    ASSERT_EQ(dates.size(), 41u);
    for (const auto &d : dates)
        EXPECT_EQ(d.date.year, 2031) << d.text << " → " << d.date.toString();
}

// "지난 4월 발표한 A 이니셔티브와 B 프로젝트": the relative clause and its date belong to the nearer
// initiative; the one coordinated after it is not dated by them.
TEST(InitiativeDates, ADateBelongsToTheNearerOfTwoCoordinatedInitiatives)
{
    const auto x = extractFromText("업계는 정부가 지난 4월 발표한 ‘가람 반도체 이니셔티브’와 ‘누리 클라우드 프로젝트’로 수요가 "
                                   "커질 것으로 본다.",
                                   PartialDate::ofDay(2024, 6, 12), gaz());
    const auto find = [&](std::string_view name) {
        return std::ranges::find_if(x.initiatives, [&](const ExtractedInitiative &i) { return i.name.find(name) != std::string::npos; });
    };
    const auto first = find("가람"), second = find("누리");
    ASSERT_NE(first, x.initiatives.end()) << names(x.initiatives);
    ASSERT_NE(second, x.initiatives.end()) << names(x.initiatives);
    EXPECT_EQ(first->date.toString(), "2024-04");
    EXPECT_FALSE(second->date.isValid()) << second->date.toString();
}
