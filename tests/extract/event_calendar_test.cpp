// Dating an article that states no publication date through the events of the field it dates
// relative to itself (resources/gazetteer/events.tsv): the unit rules of inferReference() on a
// calendar written here, the embedded calendar, and whole articles written for these tests.
#include "extract/event_calendar.h"
#include "extract/extractor.h"
#include "text/normalize.h"

#include "extract_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

const EventCalendar &calendar()
{
    static const EventCalendar c = [] {
        auto parsed = EventCalendar::fromTsv("# test calendar\n"
                                             "date\tforms\tcues\tnote\n"
                                             "2024-04-04\tAI 전략 최고위협의회\t출범|발족\tlaunch\n"
                                             "2022-12\tK-클라우드 추진방안\t발표\tplan\n"
                                             "2024-01-09..2024-01-12\tCES 2024\t\tshow\n");
        EXPECT_TRUE(parsed) << parsed.error().detail;
        return parsed ? *parsed : EventCalendar();
    }();
    return c;
}

DateWords words(const std::string &expression, const std::string &sentence)
{
    return {expression, calendar().mentionedIn(normalizeKey(sentence))};
}

} // namespace

TEST(EventCalendar, ParsesDaysMonthsRangesAndRefusesBadRows)
{
    ASSERT_EQ(calendar().events().size(), 3u);
    const KnownEvent &ces = calendar().events()[2];
    EXPECT_EQ(ces.first, PartialDate::ofDay(2024, 1, 9));
    EXPECT_EQ(ces.last, PartialDate::ofDay(2024, 1, 12));
    EXPECT_TRUE(ces.cues.empty());
    EXPECT_EQ(calendar().events()[1].first, PartialDate::ofMonth(2022, 12));
    const auto bad = EventCalendar::fromTsv("2024-13-01\tX\t\t\n");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().detail.find("line 1"), std::string::npos) << bad.error().detail;
    EXPECT_FALSE(EventCalendar::fromTsv("2024-01-12..2024-01-09\tX\t\t\n")); // backwards range
    EXPECT_FALSE(EventCalendar::fromTsv("2024\tX\t\t\n"));                   // a year dates nothing
}

TEST(EventCalendar, TheEmbeddedCalendarParsesCompletely)
{
    // builtin() is empty when any row fails to parse.
    const auto &events = EventCalendar::builtin().events();
    EXPECT_GE(events.size(), 20u);
    EXPECT_TRUE(std::ranges::any_of(events, [](const KnownEvent &e) { return e.name == "AI 전략 최고위협의회"; }));
}

TEST(EventCalendar, ADayThatAgreesGivesTheMonthAndTheLatestDayTheArticleNames)
{
    const auto r = inferReference({words("16일", "과기정통부는 16일 분과회의를 열었다."),
                                   words("지난 4일", "분과회의는 지난 4일 출범한 AI 전략 최고위협의회의 후속 조치다.")},
                                  calendar());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->date, PartialDate::ofDay(2024, 4, 16));
    EXPECT_NE(r->basis.find("2024-04-04"), std::string::npos) << r->basis;
    // "지난 20일" is past: the article is at least on the 21st.
    const auto later = inferReference({words("지난 20일", "지난 20일 AI 전략 최고위협의회가 발족했다."),
                                       words("지난 4일", "지난 4일 출범한 AI 전략 최고위협의회")},
                                      calendar());
    ASSERT_TRUE(later);
    EXPECT_EQ(later->date, PartialDate::ofDay(2024, 4, 21));
}

TEST(EventCalendar, NothingWithoutAgreement)
{
    // Another day, no cue word, another sentence, or no event at all: nothing is inferred.
    EXPECT_FALSE(inferReference({words("지난 5일", "지난 5일 출범한 AI 전략 최고위협의회")}, calendar()));
    EXPECT_FALSE(inferReference({words("지난 4일", "지난 4일 AI 전략 최고위협의회 회의가 열렸다")}, calendar()));
    EXPECT_FALSE(inferReference({words("지난 4일", "지난 4일 회의가 열렸다.")}, calendar()));
    EXPECT_FALSE(inferReference({words("오는 4일", "오는 4일 출범하는 AI 전략 최고위협의회")}, calendar()));
    // Two anchors that disagree cancel each other.
    EXPECT_FALSE(inferReference({words("지난 4일", "지난 4일 출범한 AI 전략 최고위협의회"),
                                 words("9일", "9일 개막한 CES 2024에서")},
                                calendar()));
}

TEST(EventCalendar, LastYearsMonthGivesTheYearAndRangesMatchAnyOfTheirDays)
{
    const auto year = inferReference({words("지난해 12월", "지난해 12월 K-클라우드 추진방안을 발표했다.")}, calendar());
    ASSERT_TRUE(year);
    EXPECT_EQ(year->date, PartialDate::ofYear(2023));
    const auto ces = inferReference({words("11일", "11일(현지시간) CES 2024 현장에서")}, calendar());
    ASSERT_TRUE(ces);
    EXPECT_EQ(ces->date, PartialDate::ofDay(2024, 1, 11));
}

TEST(EventCalendar, AnUndatedArticleDatesItsMeetingsThroughAKnownEvent)
{
    const Gazetteer gaz = sillok::test::gazetteerOf(
        "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n");
    const std::string body = "과기정통부는 22일 서울에서 제2차 AI반도체 협력 간담회를 개최했다.\n"
                             "간담회는 지난 4일 출범한 AI 전략 최고위협의회의 후속 조치로 마련됐다.\n"
                             "지난 10일에는 반도체 기업 현장 점검회의도 열렸다.\n";
    const Extraction x = extractFromText(body, PartialDate{}, gaz, Lexicon::builtin());
    const auto meeting = std::ranges::find_if(x.meetings, [](const ExtractedMeeting &m) {
        return m.name.find("간담회") != std::string::npos;
    });
    ASSERT_NE(meeting, x.meetings.end());
    EXPECT_EQ(meeting->date, PartialDate::ofDay(2024, 4, 22)) << meeting->name;
    // The same article with the launch dated on another day gives no dates at all.
    std::string wrong = body;
    wrong.replace(wrong.find("지난 4일"), std::string("지난 4일").size(), "지난 3일");
    const Extraction y = extractFromText(wrong, PartialDate{}, gaz, Lexicon::builtin());
    for (const ExtractedMeeting &m : y.meetings)
        EXPECT_FALSE(m.date.isValid()) << m.name << " " << m.date.toString();
    // A publication date stated by the article wins over any inference.
    const Extraction z = extractFromText(body, PartialDate::ofDay(2024, 5, 23), gaz, Lexicon::builtin());
    const auto dated = std::ranges::find_if(z.meetings, [](const ExtractedMeeting &m) {
        return m.name.find("간담회") != std::string::npos;
    });
    ASSERT_NE(dated, z.meetings.end());
    EXPECT_EQ(dated->date, PartialDate::ofDay(2024, 5, 22));
}
