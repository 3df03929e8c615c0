// Times of day: 오후 3시 20분, 세시반, 15:20(:30), 3pm, 정오, 자정, and day parts (저녁, 아침).
#include "dates/date_grammar.h"

#include "dates/date_math.h"

#include <cctype>

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

namespace {

enum class Half { None, Am, Pm };

} // namespace

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

std::optional<Match> Grammar::parseClock(std::size_t p, const std::optional<DateTimeValue> &day)
{
    std::size_t q = p;
    std::size_t r = p;
    if (litAny(r, {U"정오", U"자정"}) >= 0 && wordEnds(r)) {
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
    const int dp = litAny(q, {U"오전", U"오후", U"아침", U"저녁", U"밤", U"새벽", U"낮", U"점심"});
    static constexpr Half kHalf[] = {Half::Am, Half::Pm, Half::Am, Half::Pm, Half::Pm, Half::Am, Half::Pm, Half::Pm};
    Half half = dp >= 0 ? kHalf[dp] : Half::None;
    q = skipSpaces(q);
    const std::size_t numStart = q;
    int hour = -1, minute = 0, second = 0;
    TimeGrain grain = TimeGrain::Hour;
    bool padded = false;
    if (auto h = digits(q, 1, 2); h && at(q) == U':') {
        padded = q - numStart == 2 && m_s[numStart] == U'0';
        std::size_t s = q + 1;
        auto mi = digits(s, 2, 2);
        if (!mi || *mi > 59 || *h > 24)
            return std::nullopt;
        hour = *h;
        minute = *mi;
        grain = TimeGrain::Minute;
        if (at(s) == U':' && isDigitAt(s + 1)) {
            std::size_t t = s + 1;
            auto se = digits(t, 2, 2);
            if (!se || *se > 59)
                return std::nullopt;
            second = *se;
            grain = TimeGrain::Second;
            s = t;
        }
        q = s;
    } else {
        q = numStart;
        auto hs = numberUnit(q, U"시", 0, 24, m_chat || dp >= 0);
        if (!hs || at(q) == U'간' || at(q) == U'대' || at(q) == U'장')
            hs.reset();
        if (hs) {
            hour = *hs;
            std::size_t s = skipSpaces(q);
            if (lit(s, U"반")) {
                minute = 30;
                grain = TimeGrain::Minute;
                q = s;
            } else if (auto mi = numberUnit(s, U"분", 0, 59, m_chat || dp >= 0); mi && at(s) != U'기') {
                minute = *mi;
                grain = TimeGrain::Minute;
                q = s;
                std::size_t t = skipSpaces(q);
                if (auto se = numberUnit(t, U"초", 0, 59, m_chat || dp >= 0)) {
                    second = *se;
                    grain = TimeGrain::Second;
                    q = t;
                } else if (m_chat && lit(t, U"전")) {
                    // 네시십오분전: a quarter to four.
                    hour = (hour + 23) % 24;
                    minute = 60 - minute;
                    if (minute == 60) {
                        minute = 0;
                        hour = (hour + 1) % 24;
                    }
                    q = t;
                }
            }
        } else {
            q = numStart;
            // 3pm, 3 PM (no Korean marker).
            auto d = digits(q, 1, 2);
            if (!d || dp >= 0)
                return std::nullopt;
            hour = *d;
        }
    }
    // am/pm after digits.
    {
        std::size_t s = skipSpaces(q);
        auto lower = [&](std::size_t i) { return static_cast<char>(std::tolower(static_cast<int>(at(i) < 128 ? at(i) : 0))); };
        if ((lower(s) == 'a' || lower(s) == 'p') && isDigitAt(numStart)) {
            std::size_t t = s + 1;
            if (lower(t) == 'm')
                ++t;
            else if (at(t) == U'.' && lower(t + 1) == 'm' && at(t + 2) == U'.')
                t += 3;
            if (!std::isalpha(static_cast<unsigned char>(lower(t)))) {
                half = lower(s) == 'a' ? Half::Am : Half::Pm;
                q = t;
            }
        }
    }
    if (hour < 0)
        return std::nullopt;
    // Bare digits need a marker: "3" alone is not a time.
    if (grain == TimeGrain::Hour && q > numStart && isDigitAt(q - 1) && half == Half::None)
        return std::nullopt;
    if (!wordEnds(q) && !(q < m_s.size() && (at(q) == U'까' || at(q) == U'부')))
        return std::nullopt;
    if (half == Half::Pm && hour < 12)
        hour += 12;
    if (half == Half::Am && hour == 12)
        hour = 0;
    const bool ambiguous = half == Half::None && hour >= 1 && hour < 12 && !padded;
    std::optional<DateTimeValue> placeDay = day;
    if (hour == 24) {
        hour = 0;
        if (placeDay)
            placeDay = add(*placeDay, TimeGrain::Day, 1);
    }
    Match m;
    m.end = q;
    m.isClock = true;
    m.value = placeClock(placeDay, hour, minute, second, ambiguous, grain);
    return withZone(q, m);
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
