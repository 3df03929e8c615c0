#include "export/ics_writer.h"

#include "common/utf.h"
#include "python_validator.h"

#include <gtest/gtest.h>

using namespace sillok::core;
using namespace sillok::test;

namespace {

EntitySummary meeting(std::string uid, std::string name, PartialDate date, PartialDate end = {})
{
    EntitySummary m;
    m.id = 1;
    m.uid = std::move(uid);
    m.type = EntityType::Meeting;
    m.name = std::move(name);
    m.date = date;
    m.endDate = end;
    return m;
}

std::vector<EntitySummary> sampleMeetings()
{
    auto day = meeting("meeting:가상협의회#1", "제1차 가상 협의회; 반도체, 설계\\인력", PartialDate::ofDay(2024, 4, 16));
    day.place = "서울 정부청사";
    day.dateText = "16일";
    day.kind = "council";
    auto multi = meeting("meeting:포럼", "가상 포럼", PartialDate::ofDay(2023, 12, 30), PartialDate::ofDay(2024, 1, 2));
    auto month = meeting("meeting:월간", "날짜가 월까지만 알려진 회의", PartialDate::ofMonth(2024, 12));
    month.dateText = "지난해 12월";
    auto year = meeting("meeting:연도", "연도만", PartialDate::ofYear(2024));
    auto undated = meeting("meeting:없음", "날짜 없음", PartialDate{});
    auto org = meeting("organization:x", "기관", PartialDate::ofDay(2024, 1, 1));
    org.type = EntityType::Organization;
    auto longName = meeting("meeting:긴", std::string(40, 'a') + "한국어로 된 아주 긴 회의 이름이 줄 접기를 시험한다 " + std::string(30, 'b'),
                            PartialDate::ofDay(2024, 2, 29));
    return {day, multi, month, year, undated, org, longName};
}

std::string exportSample() { return writeIcs(sampleMeetings(), IcsOptions{"20240501T120000Z", "실록 회의"}); }

} // namespace

TEST(IcsWriterTest, TextEscaping)
{
    EXPECT_EQ(icsEscapeText("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    EXPECT_EQ(icsEscapeText(std::string("x\x01y")), "xy");
}

TEST(IcsWriterTest, FoldsAt75OctetsOnUtf8Boundaries)
{
    std::string line = "SUMMARY:";
    for (int i = 0; i < 60; ++i)
        line += "가";
    const std::string folded = icsFold(line);
    std::size_t pos = 0;
    std::string unfolded;
    bool first = true;
    while (pos < folded.size()) {
        const std::size_t eol = folded.find("\r\n", pos);
        ASSERT_NE(eol, std::string::npos);
        const std::string_view part = std::string_view(folded).substr(pos, eol - pos);
        EXPECT_LE(part.size(), 75u);
        EXPECT_TRUE(isValidUtf8(part));
        if (!first) {
            ASSERT_EQ(part.front(), ' ');
            unfolded += part.substr(1);
        } else {
            unfolded += part;
        }
        first = false;
        pos = eol + 2;
    }
    EXPECT_EQ(unfolded, line);
    EXPECT_EQ(icsFold("SHORT:x"), "SHORT:x\r\n");
}

TEST(IcsWriterTest, AllDayEventsWithExclusiveEnds)
{
    const std::string ics = exportSample();
    EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    EXPECT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20240416\r\nDTEND;VALUE=DATE:20240417\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20231230\r\nDTEND;VALUE=DATE:20240103\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20241201\r\nDTEND;VALUE=DATE:20250101\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301\r\n"), std::string::npos);
    EXPECT_NE(ics.find("SUMMARY:제1차 가상 협의회\\; 반도체\\, 설계\\\\인력\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DESCRIPTION:Date known to the month only (2024-12)"), std::string::npos);
    EXPECT_EQ(ics.find("연도만"), std::string::npos);
    EXPECT_EQ(ics.find("날짜 없음"), std::string::npos);
    EXPECT_EQ(ics.find("기관"), std::string::npos);
    EXPECT_NE(ics.find("UID:" + icsUid("meeting:가상협의회#1") + "\r\n"), std::string::npos);
    // Every line ends with CRLF: no bare LF.
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') {
            ASSERT_TRUE(i > 0 && ics[i - 1] == '\r') << i;
        }
    }
}

TEST(IcsWriterTest, UidIsStableAndDistinct)
{
    EXPECT_EQ(icsUid("meeting:a"), icsUid("meeting:a"));
    EXPECT_NE(icsUid("meeting:a"), icsUid("meeting:b"));
    EXPECT_EQ(exportSample(), exportSample());
}

TEST(IcsWriterTest, TimestampComesFromTheClock)
{
    // 2024-05-01T12:34:56Z: the writer reads no time of its own.
    const FixedClock clock(std::chrono::system_clock::time_point(std::chrono::seconds(1714566896)));
    IcsOptions options;
    options.clock = &clock;
    const std::string ics = writeIcs(sampleMeetings(), options);
    EXPECT_NE(ics.find("DTSTAMP:20240501T123456Z\r\n"), std::string::npos) << ics.substr(0, 400);
}

TEST(IcsWriterTest, TimestampDefaultsToNow)
{
    const std::string ics = writeIcs(sampleMeetings());
    const std::size_t at = ics.find("DTSTAMP:");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(ics.substr(at + 8 + 8, 1), "T");
    EXPECT_EQ(ics.substr(at + 8 + 15, 3), "Z\r\n");
}

TEST(IcsWriterTest, IcalendarModuleParsesIt)
{
    const std::string python = pythonWith("icalendar");
    SILLOK_REQUIRE_TOOL(!python.empty(), "no python3 with the icalendar module (apt install python3-icalendar)");
    const auto file = writeTemp("sillok_ics_test.ics", exportSample());
    const std::string script = R"PY(
import sys, datetime, icalendar
raw = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(raw)
events = [c for c in cal.walk('VEVENT')]
assert len(events) == 4, len(events)
by = {str(e['SUMMARY']): e for e in events}
e = by['제1차 가상 협의회; 반도체, 설계\\인력']
assert e['DTSTART'].dt == datetime.date(2024, 4, 16), e['DTSTART'].dt
assert e['DTEND'].dt == datetime.date(2024, 4, 17)
assert str(e['LOCATION']) == '서울 정부청사'
m = by['날짜가 월까지만 알려진 회의']
assert m['DTSTART'].dt == datetime.date(2024, 12, 1) and m['DTEND'].dt == datetime.date(2025, 1, 1)
assert 'month only' in str(m['DESCRIPTION']) and '지난해 12월' in str(m['DESCRIPTION'])
long = [s for s in by if s.startswith('aaaa')][0]
assert '줄 접기를' in long and long.endswith('b' * 30)
for ev in events:
    assert str(ev['UID']).endswith('@sillok')
    assert 'DTSTAMP' in ev
print('ok')
)PY";
    const PythonRun run = runPythonScript(python, script, file);
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output, "ok\n");
}
