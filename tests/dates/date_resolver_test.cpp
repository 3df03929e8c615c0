// DateResolver::find on whole sentences: spans, several expressions, anaphora, ranges.
#include "dates/date_resolver.h"

#include <gtest/gtest.h>

namespace sillok::core {
namespace {

DateResolver newsResolver(int y, int m, int d, int h = 9)
{
    ResolveContext ctx;
    ctx.reference = DateTimeValue{y, m, d, h, 0, 0, TimeGrain::Second};
    return DateResolver(ctx);
}

TEST(DateResolverFind, RangeWithInheritedMonth)
{
    const auto found = newsResolver(2025, 2, 24).find("행사는 3월 12일부터 16일까지 열린다.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "3월 12일부터 16일"); // 까지 is a particle
    EXPECT_EQ(found[0].kind, TemporalExpression::Kind::Interval);
    EXPECT_EQ(found[0].date().toString(), "2025-03-12");
    EXPECT_EQ(found[0].lastDay().toString(), "2025-03-16");
    EXPECT_EQ(found[0].start, 4);
}

} // namespace
} // namespace sillok::core

namespace sillok::core {
namespace {

std::vector<std::string> texts(const std::vector<TemporalExpression> &found)
{
    std::vector<std::string> out;
    for (const auto &e : found)
        out.push_back(e.text + "=" + e.date().toString());
    return out;
}

TEST(DateResolverFind, AnaphoraFollowsTheLastDate)
{
    const auto found = newsResolver(2024, 1, 19).find(
        "삼성전자는 지난 9일 신제품을 공개했다. 이날 행사에는 500명이 참석했다. 전날에는 리허설이 있었다. 다음날 주가가 올랐다.");
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(texts(found), (std::vector<std::string>{"지난 9일=2024-01-09", "이날=2024-01-09", "전날=2024-01-08",
                                                      "다음날=2024-01-09"}));
    EXPECT_EQ(found[0].start, 6);
    EXPECT_EQ(found[0].end, 11);
}

TEST(DateResolverFind, AnaphoraDefaultsToTheReference)
{
    const auto found = newsResolver(2024, 1, 19).find("이날 오후 2시 발표가 있었다.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(toIsoString(found[0].value), "2024-01-19T14:00:00");
    EXPECT_EQ(found[0].value.grain, TimeGrain::Hour);
}

TEST(DateResolverFind, SeveralExpressionsWithPositions)
{
    const std::string text = "2024년 1월 19일 오전 10시 서울에서 열린 행사에서 올해 하반기 출시 계획과 내년 1분기 실적 목표를 밝혔다.";
    const auto found = newsResolver(2024, 1, 19).find(text);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].text, "2024년 1월 19일 오전 10시");
    EXPECT_EQ(found[0].start, 0);
    EXPECT_EQ(found[0].end, 19);
    EXPECT_EQ(found[1].text, "올해 하반기");
    EXPECT_EQ(found[1].kind, TemporalExpression::Kind::Interval);
    EXPECT_EQ(found[1].date().toString(), "2024-07");
    EXPECT_EQ(found[2].text, "내년 1분기");
    EXPECT_EQ(found[2].date().toString(), "2025-01");
}

TEST(DateResolverFind, TenseLaterInTheSentenceDecides)
{
    const auto future = newsResolver(2024, 1, 19).find("행사는 25일 서울 코엑스에서 열린다.");
    const auto past = newsResolver(2024, 1, 19).find("행사는 25일 서울 코엑스에서 열렸다.");
    ASSERT_EQ(future.size(), 1u);
    ASSERT_EQ(past.size(), 1u);
    EXPECT_EQ(future[0].date().toString(), "2024-01-25");
    EXPECT_EQ(past[0].date().toString(), "2023-12-25");
    const auto planned = newsResolver(2025, 1, 3).find("회사는 12월 출시할 계획이다.");
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(planned[0].date().toString(), "2025-12");
}

TEST(DateResolverFind, RelativeDayRestatedAsDayOfMonth)
{
    const auto found = newsResolver(2024, 1, 18).find("갤럭시S24는 내일 19일부터 25일까지 사전 예약이 진행된다.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "내일 19일부터 25일");
    EXPECT_EQ(found[0].date().toString(), "2024-01-19");
    EXPECT_EQ(found[0].lastDay().toString(), "2024-01-25");
}

TEST(DateResolverFind, NoFalsePositives)
{
    const auto found = newsResolver(2024, 1, 19).find(
        "최근 조만간 향후 5년간 투자한다. 오늘날 AI는 내달렸다. 12년 만에 1.5배 성장했고 3.14% 올랐다. "
        "그제야 2020년대 들어 3일간 1,000일째 2/3 수준이다. 전달했다. 일시적 현상이다. 10.12.13.1 주소");
    EXPECT_EQ(texts(found), std::vector<std::string>{});
}

TEST(DateResolverFind, MonthPrecisionIsKept)
{
    const auto found = newsResolver(2024, 1, 19).find("지난해 12월 출시된 제품은 지난달 28일 단종됐다.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].date().toString(), "2023-12");
    EXPECT_EQ(found[1].date().toString(), "2023-12-28");
}

TEST(DateResolverResolve, WholeStringOnly)
{
    const DateResolver r = newsResolver(2024, 1, 19);
    EXPECT_FALSE(r.resolve("향후 5년간").has_value());
    EXPECT_FALSE(r.resolve("최근").has_value());
    ASSERT_TRUE(r.resolve("지난 9일(현지시간)").has_value());
    EXPECT_EQ(r.resolve("지난 9일(현지시간)")->text, "지난 9일");
    const auto open = r.resolve("연내");
    ASSERT_TRUE(open.has_value());
    EXPECT_EQ(open->kind, TemporalExpression::Kind::OpenBefore);
    EXPECT_EQ(open->date().toString(), "2024");
}

TEST(ParseDateline, CommonForms)
{
    auto iso = [](std::string_view s) {
        auto v = parseDateline(s);
        return v ? toIsoString(*v) + "/" + std::string(grainName(v->grain)) : std::string("none");
    };
    EXPECT_EQ(iso("입력 2024.01.19 09:00"), "2024-01-19T09:00:00/minute");
    EXPECT_EQ(iso("기사입력 2024-01-19 오전 9:00:00"), "2024-01-19T09:00:00/second");
    EXPECT_EQ(iso("기사입력 : 2024년01월19일 09:00"), "2024-01-19T09:00:00/minute");
    EXPECT_EQ(iso("2024. 1. 19."), "2024-01-19T00:00:00/day");
    EXPECT_EQ(iso("24.01.19"), "2024-01-19T00:00:00/day");
    EXPECT_EQ(iso("2024-01-19 오후 3:05"), "2024-01-19T15:05:00/minute");
    EXPECT_EQ(iso("1월 19일"), "none");
    EXPECT_EQ(iso("2024년"), "none");
    EXPECT_EQ(iso(""), "none");
}

TEST(DateResolverFind, InvalidUtf8AndEmpty)
{
    const DateResolver r = newsResolver(2024, 1, 19);
    EXPECT_TRUE(r.find("").empty());
    const auto found = r.find(std::string("\xff\xfe 2024년 3월 \xc3"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].date().toString(), "2024-03");
}

// Found by tests/fuzz: every position inside a run of spaces started a parse that skipped the
// rest of the run (a clock may follow 오전/오후 and spaces), so a line padded with spaces took
// quadratic time — 20,000 spaces cost 13 s in the Debug build, 200,000 would take many minutes.
// Nothing starts at a space now; the dates around a 200,000-space run keep their offsets.
TEST(DateResolverFind, LongRunsOfSpacesAreCrossedOnce)
{
    const DateResolver r = newsResolver(2024, 1, 19);
    const std::string padding(200000, ' ');
    const auto found = r.find("3월 5일 회의" + padding + "\t\xC2\xA0오전 9시 회의" + padding + "2024년 3월 6일");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].date().toString(), "2024-03-05");
    EXPECT_EQ(found[1].text, "오전 9시");
    EXPECT_EQ(found[1].start, 8 + 200000 + 2);
    EXPECT_EQ(found[2].date().toString(), "2024-03-06");
    EXPECT_EQ(found[2].start, 8 + 200000 + 2 + 8 + 200000);
}

TEST(DateResolverFind, ADirectedMonthOfTheReferenceMonthIsDecidedByItsDay)
{
    // Written on 12 March 2024: "지난 3월 4일" is eight days before, not a year and eight days;
    // "지난 3월 20일" is last year's; "오는 3월 20일" is this month's, "오는 3월 4일" next year's.
    const auto dateIn = [](const std::string &sentence) {
        const auto found = newsResolver(2024, 3, 12).find(sentence);
        return found.size() == 1 ? found[0].date().toString() : "(" + std::to_string(found.size()) + " dates)";
    };
    EXPECT_EQ(dateIn("회사는 지난 3월 4일 계약했다."), "2024-03-04");
    EXPECT_EQ(dateIn("회사는 지난 3월 20일 계약했다."), "2023-03-20");
    EXPECT_EQ(dateIn("회사는 오는 3월 20일 계약한다."), "2024-03-20");
    EXPECT_EQ(dateIn("회사는 오는 3월 4일 계약한다."), "2025-03-04");
}

} // namespace
} // namespace sillok::core
