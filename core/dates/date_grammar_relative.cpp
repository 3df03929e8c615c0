// Relative words: days (어제, 이날), weeks and weekdays, quarters and halves, holidays,
// seasons and durations counted from the reference (3일 전, 한시간안에, 지난 2주).
#include "dates/date_grammar.h"

#include "dates/date_math.h"
#include "dates/korean_number.h"

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

namespace {

DateTimeValue dayOf(const DateTimeValue &v) { return makeDay(v.year, v.month, v.day); }

Match dayMatch(std::size_t end, DateTimeValue v)
{
    Match m;
    m.end = end;
    m.value = dayOf(v);
    m.dayKnown = true;
    return m;
}

Match intervalMatch(std::size_t end, DateTimeValue from, DateTimeValue to, TimeGrain grain)
{
    Match m;
    m.end = end;
    m.value = from;
    m.value.grain = grain;
    m.intervalEnd = to;
    m.intervalEnd->grain = grain;
    m.kind = Kind::Interval;
    return m;
}

} // namespace

std::optional<int> Grammar::weekdayWord(std::size_t &p) const
{
    static constexpr std::u32string_view kDays = U"월화수목금토일";
    if (p + 2 < m_s.size() + 0 && m_s.substr(p + 1, 2) == U"요일") {
        const auto i = kDays.find(m_s[p]);
        if (i != std::u32string_view::npos) {
            p += 3;
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

std::optional<Match> Grammar::parseDayWord(std::size_t p)
{
    const DateTimeValue ref = dayOf(m_ctx.reference);
    std::size_t q = p;
    struct Word {
        std::u32string_view text;
        int offset;
        bool anaphoric;
        bool chatOnly;
    };
    static constexpr Word kWords[] = {
        {U"내일모레", 2, false, false}, {U"엊그제", -2, false, false}, {U"그저께", -2, false, false},
        {U"그제", -2, false, false},     {U"오늘", 0, false, false},    {U"금일", 0, false, false},
        {U"어제", -1, false, false},     {U"내일", 1, false, false},    {U"명일", 1, false, true},
        {U"모레", 2, false, false},      {U"이날", 0, true, false},     {U"당일", 0, true, false},
        {U"같은 날", 0, true, false},    {U"그날", 0, true, false},     {U"전날", -1, true, false},
        {U"전일", -1, true, false},      {U"다음날", 1, true, false},   {U"다음 날", 1, true, false},
        {U"이튿날", 1, true, false},     {U"익일", 1, true, false},
    };
    for (const Word &w : kWords) {
        q = p;
        if (w.chatOnly && !m_chat)
            continue;
        if (lit(q, w.text) && wordEnds(q))
            return dayMatch(q, add(w.anaphoric ? dayOf(m_anchor) : ref, TimeGrain::Day, w.offset));
    }
    return std::nullopt;
}

std::optional<Match> Grammar::parseWeek(std::size_t p)
{
    const DateTimeValue ref = dayOf(m_ctx.reference);
    const DateTimeValue monday = truncate(ref, TimeGrain::Week);
    std::size_t q = p;
    // Week-relative prefixes: 0 this week, -1 last week, +1 next week.
    int weekOffset = 2; // none
    const int w = litAny(q, {U"이번주", U"이번 주", U"지난주", U"지난 주", U"저번주", U"저번 주", U"다음주", U"다음 주",
                             U"오는주", U"차주", U"금주", U"전주"});
    static constexpr int kW[] = {0, 0, -1, -1, -1, -1, 1, 1, 1, 1, 0, -1};
    if (w >= 0 && (w < 9 || m_chat))
        weekOffset = kW[w];
    else
        q = p;
    const DateTimeValue week = add(monday, TimeGrain::Week, weekOffset == 2 ? 0 : weekOffset);
    if (weekOffset != 2) {
        std::size_t r = skipSpaces(q);
        if (auto wd = weekdayWord(r))
            return dayMatch(r, add(week, TimeGrain::Day, *wd));
        r = q;
        if (lit(r, U"말") || lit(r, U" 주말") || lit(r, U"주말")) {
            const DateTimeValue fri = add(week, TimeGrain::Day, 4);
            return intervalMatch(r, makeTime(fri.year, fri.month, fri.day, 18, 0, 0, TimeGrain::Hour),
                                 add(week, TimeGrain::Day, 7), TimeGrain::Hour);
        }
        if (!wordEnds(q))
            return std::nullopt;
        Match m;
        m.end = q;
        m.value = week;
        m.value.grain = TimeGrain::Week;
        return m;
    }
    // Weekdays with 지난/다음/오는/이번 or bare.
    const int d = litAny(q, {U"지난 ", U"저번 ", U"다음 ", U"오는 ", U"이번 ", U"지난", U"저번", U"다음", U"오는", U"이번"});
    std::size_t r = q;
    auto wd = weekdayWord(r);
    if (wd && !wordEnds(r))
        return std::nullopt;
    if (!wd) {
        q = p;
        if (m_chat && lit(q, U"주말")) {
            const DateTimeValue fri = add(monday, TimeGrain::Day, 4);
            return intervalMatch(q, makeTime(fri.year, fri.month, fri.day, 18, 0, 0, TimeGrain::Hour),
                                 add(monday, TimeGrain::Day, 7), TimeGrain::Hour);
        }
        return std::nullopt;
    }
    const int today = weekdayOf(ref);
    const int back = (today - *wd + 7) % 7 == 0 ? 7 : (today - *wd + 7) % 7;
    const int ahead = (*wd - today + 7) % 7 == 0 ? 7 : (*wd - today + 7) % 7;
    const int kind = d < 0 ? -1 : d % 5;
    if (kind == 0 || kind == 1)
        return dayMatch(r, add(ref, TimeGrain::Day, -back));
    if (kind == 2 || kind == 3)
        return dayMatch(r, add(ref, TimeGrain::Day, ahead));
    if (kind == 4)
        return dayMatch(r, add(ref, TimeGrain::Day, (*wd - today + 7) % 7));
    if (!m_chat && tense() == Tense::Past)
        return dayMatch(r, add(ref, TimeGrain::Day, -back));
    return dayMatch(r, add(ref, TimeGrain::Day, ahead));
}

std::optional<Match> Grammar::parseQuarterHalf(std::size_t p, int year, bool yearExplicit)
{
    const DateTimeValue &ref = m_ctx.reference;
    std::size_t q = p;
    const int half = litAny(q, {U"상반기", U"하반기"});
    if (half >= 0 && wordEnds(q)) {
        if (!yearExplicit && !m_chat && tense() == Tense::Past && ref.month <= 6 * half)
            --year;
        const DateTimeValue from = makeDay(year, half == 0 ? 1 : 7, 1);
        return intervalMatch(q, from, add(from, TimeGrain::Month, 6), TimeGrain::Month);
    }
    q = p;
    if (auto n = numberUnit(q, U"분기", 1, 4, m_chat); n && wordEnds(q)) {
        if (!yearExplicit && !m_chat && tense() == Tense::Past && (*n - 1) * 3 + 1 > ref.month)
            --year;
        Match m;
        m.end = q;
        m.value = makeDay(year, (*n - 1) * 3 + 1, 1);
        m.value.grain = TimeGrain::Quarter;
        return m;
    }
    return std::nullopt;
}

std::optional<Match> Grammar::parseHoliday(std::size_t p)
{
    struct Holiday {
        std::u32string_view name;
        int month, day;
    };
    static constexpr Holiday kHolidays[] = {
        {U"크리스마스이브", 12, 24}, {U"크리스마스 이브", 12, 24}, {U"크리스마스", 12, 25}, {U"성탄절", 12, 25},
        {U"신정", 1, 1},             {U"삼일절", 3, 1},           {U"어린이날", 5, 5},     {U"현충일", 6, 6},
        {U"제헌절", 7, 17},          {U"광복절", 8, 15},          {U"개천절", 10, 3},      {U"한글날", 10, 9},
    };
    for (const Holiday &h : kHolidays) {
        std::size_t q = p;
        if (!lit(q, h.name) || !wordEnds(q))
            continue;
        const DateTimeValue &ref = m_ctx.reference;
        int year = ref.year;
        if (m_chat) {
            if (h.month < ref.month || (h.month == ref.month && h.day < ref.day))
                ++year;
        } else {
            year = inferYear(h.month, h.day);
        }
        return dayMatch(q, makeDay(year, h.month, h.day));
    }
    return std::nullopt;
}

std::optional<Match> Grammar::parseSeason(std::size_t p)
{
    std::size_t q = p;
    const int pre = litAny(q, {U"이번 ", U"이번", U"올 ", U"올"});
    if (pre < 0)
        return std::nullopt;
    // [start month, start day, end month, end day) of spring, summer, autumn, winter.
    static constexpr int kSeasons[4][4] = {{3, 20, 6, 21}, {6, 21, 9, 24}, {9, 24, 12, 21}, {12, 21, 3, 21}};
    const int s = litAny(q, {U"봄", U"여름", U"가을", U"겨울"});
    if (s < 0 || !wordEnds(q))
        return std::nullopt;
    const DateTimeValue ref = dayOf(m_ctx.reference);
    const int *b = kSeasons[s];
    int year = ref.year;
    if (s == 3 && (ref.month < 3 || (ref.month == 3 && ref.day < 21)))
        --year;
    const DateTimeValue from = makeDay(year, b[0], b[1]);
    const DateTimeValue to = makeDay(s == 3 ? year + 1 : year, b[2], b[3]);
    return intervalMatch(q, from, to, TimeGrain::Day);
}

} // namespace sillok::core::dategrammar
