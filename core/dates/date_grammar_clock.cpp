// Times of day: 오후 3시 20분, 세시반, 15:20(:30), 3pm, 정오, 자정, and day parts (저녁, 아침).
#include "dates/date_grammar.h"

#include "dates/date_math.h"

#include <cctype>

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

struct ClockTime {
    enum class Half {
        None,
        Am,
        Pm
    };
    std::size_t numStart = 0; // where the digits or the numeral start
    int hour = -1, minute = 0, second = 0;
    TimeGrain grain = TimeGrain::Hour;
    bool padded = false;  // 08:30: a 24-hour clock
    bool dayPart = false; // 오전, 저녁… before the number
    Half half = Half::None;
};

using Half = ClockTime::Half;

DateTimeValue Grammar::placeClock(const std::optional<DateTimeValue> &day, int hour, int minute, int second,
                                  bool ambiguous, TimeGrain grain) const
{
    auto on = [&](const DateTimeValue &d, int h) {
        return add(makeTime(d.year, d.month, d.day, 0, minute, second, grain), TimeGrain::Hour, h);
    };
    auto earliestFrom = [&](const DateTimeValue &base, const DateTimeValue &notBefore) {
        for (int dayShift = 0; dayShift < 2; ++dayShift) {
            const DateTimeValue d = add(base, TimeGrain::Day, dayShift);
            for (int h : {hour, hour + 12}) {
                if (h != hour && !ambiguous)
                    continue;
                const DateTimeValue v = on(d, h);
                if (compare(v, truncate(notBefore, grain)) >= 0)
                    return v;
            }
        }
        return on(base, hour);
    };
    if (m_inherit)
        return earliestFrom(day ? *day : *m_inherit, *m_inherit);
    if (day)
        return on(*day, hour);
    if (m_chat)
        return earliestFrom(m_ctx.reference, m_ctx.reference);
    return on(m_anchor, hour);
}

std::optional<Match> Grammar::parseNoonOrMidnight(std::size_t p, const std::optional<DateTimeValue> &day)
{
    std::size_t r = p;
    if (litAny(r, {U"정오", U"자정"}) < 0 || !wordEnds(r))
        return std::nullopt;
    const bool noon = m_s[p] == U'정';
    Match m;
    m.end = r;
    m.isClock = true;
    if (noon || day)
        m.value = placeClock(day ? (noon ? *day : add(*day, TimeGrain::Day, 1)) : day, noon ? 12 : 0, 0, 0, false,
                             TimeGrain::Hour);
    else
        m.value = placeClock(std::nullopt, 0, 0, 0, false, TimeGrain::Hour);
    return m;
}

// 15:20 or 15:20:30: nullopt when the text is no such clock, false when it is one out of range.
std::optional<bool> Grammar::readColonClock(std::size_t &q, ClockTime &t) const
{
    auto h = digits(q, 1, 2);
    if (!h || at(q) != U':')
        return std::nullopt;
    t.padded = q - t.numStart == 2 && m_s[t.numStart] == U'0';
    std::size_t s = q + 1;
    auto mi = digits(s, 2, 2);
    if (!mi || *mi > 59 || *h > 24)
        return false;
    t.hour = *h;
    t.minute = *mi;
    t.grain = TimeGrain::Minute;
    if (at(s) == U':' && isDigitAt(s + 1)) {
        std::size_t u = s + 1;
        auto se = digits(u, 2, 2);
        if (!se || *se > 59)
            return false;
        t.second = *se;
        t.grain = TimeGrain::Second;
        s = u;
    }
    q = s;
    return true;
}

// After "3시": 반, "20분", "20분 30초", and in chat "십오분전" (a quarter to).
void Grammar::readMinutesAfterHour(std::size_t &q, bool lenient, ClockTime &t) const
{
    std::size_t s = skipSpaces(q);
    if (lit(s, U"반")) {
        t.minute = 30;
        t.grain = TimeGrain::Minute;
        q = s;
        return;
    }
    auto mi = numberUnit(s, U"분", 0, 59, lenient);
    if (!mi || at(s) == U'기')
        return;
    t.minute = *mi;
    t.grain = TimeGrain::Minute;
    q = s;
    std::size_t u = skipSpaces(q);
    if (auto se = numberUnit(u, U"초", 0, 59, lenient)) {
        t.second = *se;
        t.grain = TimeGrain::Second;
        q = u;
    } else if (m_chat && lit(u, U"전")) {
        // 네시십오분전: a quarter to four.
        t.hour = (t.hour + 23) % 24;
        t.minute = 60 - t.minute;
        if (t.minute == 60) {
            t.minute = 0;
            t.hour = (t.hour + 1) % 24;
        }
        q = u;
    }
}

// "3시" (not 시간, 시대, 시장) and what follows it; false when there is no such hour.
bool Grammar::readHourUnit(std::size_t &q, bool lenient, ClockTime &t) const
{
    auto hs = numberUnit(q, U"시", 0, 24, lenient);
    if (!hs || at(q) == U'간' || at(q) == U'대' || at(q) == U'장')
        return false;
    t.hour = *hs;
    readMinutesAfterHour(q, lenient, t);
    return true;
}

// The numbers of a time of day; false when the text is none.
bool Grammar::readClockNumbers(std::size_t &q, bool lenient, ClockTime &t) const
{
    if (const auto colon = readColonClock(q, t))
        return *colon;
    q = t.numStart;
    if (readHourUnit(q, lenient, t))
        return true;
    q = t.numStart;
    // 3pm, 3 PM (no Korean marker).
    auto d = digits(q, 1, 2);
    if (!d || t.dayPart)
        return false;
    t.hour = *d;
    return true;
}

// am/pm after digits (3pm, 3 p.m.).
void Grammar::readAmPm(std::size_t &q, ClockTime &t) const
{
    std::size_t s = skipSpaces(q);
    auto lower = [&](std::size_t i) {
        return static_cast<char>(std::tolower(static_cast<int>(at(i) < 128 ? at(i) : 0)));
    };
    if ((lower(s) != 'a' && lower(s) != 'p') || !isDigitAt(t.numStart))
        return;
    std::size_t u = s + 1;
    if (lower(u) == 'm')
        ++u;
    else if (at(u) == U'.' && lower(u + 1) == 'm' && at(u + 2) == U'.')
        u += 3;
    if (!std::isalpha(static_cast<unsigned char>(lower(u)))) {
        t.half = lower(s) == 'a' ? Half::Am : Half::Pm;
        q = u;
    }
}

// The time read, ending at `q`, placed on its day; nullopt when it is no time after all.
std::optional<Match> Grammar::clockMatch(std::size_t q, ClockTime t, const std::optional<DateTimeValue> &day) const
{
    if (t.hour < 0)
        return std::nullopt;
    // Bare digits need a marker: "3" alone is not a time.
    if (t.grain == TimeGrain::Hour && q > t.numStart && isDigitAt(q - 1) && t.half == Half::None)
        return std::nullopt;
    if (!wordEnds(q) && !(q < m_s.size() && (at(q) == U'까' || at(q) == U'부')))
        return std::nullopt;
    if (t.half == Half::Pm && t.hour < 12)
        t.hour += 12;
    if (t.half == Half::Am && t.hour == 12)
        t.hour = 0;
    const bool ambiguous = t.half == Half::None && t.hour >= 1 && t.hour < 12 && !t.padded;
    std::optional<DateTimeValue> placeDay = day;
    if (t.hour == 24) {
        t.hour = 0;
        if (placeDay)
            placeDay = add(*placeDay, TimeGrain::Day, 1);
    }
    Match m;
    m.end = q;
    m.isClock = true;
    m.value = placeClock(placeDay, t.hour, t.minute, t.second, ambiguous, t.grain);
    return withZone(q, m);
}

std::optional<Match> Grammar::parseClock(std::size_t p, const std::optional<DateTimeValue> &day)
{
    if (auto m = parseNoonOrMidnight(p, day))
        return m;
    std::size_t q = p;
    const int dp = litAny(q, {U"오전", U"오후", U"아침", U"저녁", U"밤", U"새벽", U"낮", U"점심"});
    static constexpr Half kHalf[] = {Half::Am, Half::Pm, Half::Am, Half::Pm, Half::Pm, Half::Am, Half::Pm, Half::Pm};
    ClockTime t;
    t.half = dp >= 0 ? kHalf[dp] : Half::None;
    t.dayPart = dp >= 0;
    q = skipSpaces(q);
    t.numStart = q;
    if (!readClockNumbers(q, m_chat || dp >= 0, t))
        return std::nullopt;
    readAmPm(q, t);
    return clockMatch(q, t, day);
}

std::optional<Match> Grammar::withZone(std::size_t p, Match m) const
{
    struct Zone {
        std::u32string_view name;
        int offset;
    };
    static constexpr Zone kZones[] = {{U"CEST", 120}, {U"CET", 60}, {U"GMT", 0},     {U"UTC", 0},     {U"KST", 540},
                                      {U"JST", 540},  {U"EST", -300}, {U"EDT", -240}, {U"PST", -480}, {U"PDT", -420}};
    const std::size_t s = skipSpaces(p);
    for (const Zone &z : kZones) {
        std::size_t t = s;
        bool ok = t + z.name.size() <= m_s.size();
        for (std::size_t i = 0; ok && i < z.name.size(); ++i)
            ok = std::toupper(static_cast<int>(m_s[t + i] < 128 ? m_s[t + i] : 0)) == static_cast<int>(z.name[i]);
        if (!ok)
            continue;
        t += z.name.size();
        m.end = t;
        if (m.value.grain == TimeGrain::Hour)
            m.value.grain = TimeGrain::Minute;
        if (m_ctx.utcOffsetMinutes)
            m.value = add(m.value, TimeGrain::Minute, *m_ctx.utcOffsetMinutes - z.offset);
        return m;
    }
    return m;
}

std::optional<Match> Grammar::parseDayPart(std::size_t p, const DateTimeValue &day)
{
    std::size_t q = p;
    const int dp = litAny(q, {U"아침", U"오전", U"점심", U"오후", U"저녁", U"밤"});
    if (dp < 0 || !wordEnds(q))
        return std::nullopt;
    static constexpr int kRange[][2] = {{4, 12}, {4, 12}, {12, 14}, {12, 19}, {18, 24}, {18, 24}};
    Match m;
    m.end = q;
    m.kind = Kind::Interval;
    m.value = makeTime(day.year, day.month, day.day, kRange[dp][0], 0, 0, TimeGrain::Hour);
    m.intervalEnd = add(makeTime(day.year, day.month, day.day, 0, 0, 0, TimeGrain::Hour), TimeGrain::Hour, kRange[dp][1]);
    return m;
}

} // namespace sillok::core::dategrammar
