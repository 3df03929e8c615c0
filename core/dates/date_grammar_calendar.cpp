// Calendar dates: numeric forms, 년/월/일 compositions, relative years and months.
#include "dates/date_grammar.h"

#include "dates/date_math.h"
#include "dates/korean_number.h"

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

namespace {

Match valueMatch(std::size_t end, DateTimeValue v, bool dayKnown = false)
{
    Match m;
    m.end = end;
    m.value = v;
    m.dayKnown = dayKnown;
    return m;
}

int fullYear(int yy, int refYear)
{
    return yy <= refYear % 100 + 10 ? 2000 + yy : 1900 + yy;
}

} // namespace

std::optional<Match> Grammar::parseNumericDate(std::size_t p)
{
    std::size_t q = p;
    const auto a = digits(q, 1, 4);
    if (!a)
        return std::nullopt;
    const std::size_t lenA = q - p;
    const char32_t sep = at(q);
    if (sep != U'.' && sep != U'-' && sep != U'/')
        return std::nullopt;
    std::size_t r = q + 1;
    if (sep == U'.')
        r = skipSpaces(r);
    const auto b = digits(r, 1, 2);
    if (!b)
        return std::nullopt;
    if (at(r) == sep && (lenA == 2 || lenA == 4)) {
        std::size_t s = r + 1;
        if (sep == U'.')
            s = skipSpaces(s);
        if (const auto c = digits(s, 1, 2)) {
            const int year = lenA == 4 ? *a : fullYear(*a, m_ctx.reference.year);
            if (!isValidDay(year, *b, *c) || isDigitAt(s) || (at(s) == sep && isDigitAt(s + 1)))
                return std::nullopt;
            if (sep == U'.' && at(s) == U'.')
                ++s;
            return valueMatch(s, makeDay(year, *b, *c), true);
        }
    }
    // M/D (chat style only: in news "2/15" is as likely a fraction or a score).
    if (m_chat && sep == U'/' && lenA <= 2 && !isDigitAt(r) && at(r) != U'/' && isValidDay(2000, *a, *b)) {
        const int year = inferYear(*a, *b);
        if (isValidDay(year, *a, *b))
            return valueMatch(r, makeDay(year, *a, *b), true);
    }
    return std::nullopt;
}

std::optional<int> Grammar::monthNumber(std::size_t &p) const
{
    std::size_t q = p;
    if (m_chat && litAny(q, {U"시월", U"유월"}) >= 0) {
        const int m = m_s[p] == U'시' ? 10 : 6;
        p = q;
        return m;
    }
    const auto m = numberUnit(q, U"월", 1, 12, m_chat);
    if (!m || at(q) == U'간' || at(q) == U'드')
        return std::nullopt;
    p = q;
    return m;
}

int Grammar::inferYear(int month, int day)
{
    const DateTimeValue &ref = m_ctx.reference;
    if (m_inherit) {
        const int y = m_inherit->year;
        const bool before = month < m_inherit->month || (month == m_inherit->month && day && day < m_inherit->day);
        return before ? y + 1 : y;
    }
    if (m_chat) {
        const bool before = month < ref.month || (month == ref.month && day && day < ref.day);
        return before ? ref.year + 1 : ref.year;
    }
    const int y = ref.year;
    const Tense t = tense();
    if (day) {
        const long diff = daysFromCivil(y, month, std::min(day, daysInMonth(y, month))) - dayNumber(ref);
        if ((t == Tense::Past && diff > 0) || (t == Tense::Unknown && diff > 270))
            return y - 1;
        if ((t == Tense::Future && diff < 0) || (t == Tense::Unknown && diff < -270))
            return y + 1;
        return y;
    }
    const int diff = month - ref.month;
    if ((t == Tense::Past && diff > 0) || (t == Tense::Unknown && diff >= 9))
        return y - 1;
    if ((t == Tense::Future && diff < 0) || (t == Tense::Unknown && diff <= -9))
        return y + 1;
    return y;
}

DateTimeValue Grammar::inferDay(int day, Direction dir)
{
    const DateTimeValue &ref = m_ctx.reference;
    // Steps month by month from (year, month) in `step` direction until `day` exists.
    auto walk = [day](int year, int month, int step) {
        for (int i = 0; i < 24; ++i) {
            if (isValidDay(year, month, day))
                return makeDay(year, month, day);
            const DateTimeValue next = add(makeDay(year, month, 1), TimeGrain::Month, step);
            year = next.year;
            month = next.month;
        }
        return makeDay(year, month, 1);
    };
    auto shifted = [&ref](int n) { return add(makeDay(ref.year, ref.month, 1), TimeGrain::Month, n); };
    if (m_inherit) {
        const DateTimeValue base = day < m_inherit->day ? add(makeDay(m_inherit->year, m_inherit->month, 1), TimeGrain::Month, 1)
                                                        : makeDay(m_inherit->year, m_inherit->month, 1);
        return walk(base.year, base.month, 1);
    }
    if (dir == Direction::Past) {
        const DateTimeValue b = shifted(day < ref.day ? 0 : -1);
        return walk(b.year, b.month, -1);
    }
    if (dir == Direction::Future || m_chat) {
        const bool sameMonth = dir == Direction::Future ? day > ref.day : day >= ref.day;
        const DateTimeValue b = shifted(sameMonth ? 0 : 1);
        return walk(b.year, b.month, 1);
    }
    if (day <= ref.day)
        return walk(ref.year, ref.month, -1);
    const Tense t = tense();
    const DateTimeValue prev = walk(shifted(-1).year, shifted(-1).month, -1);
    const DateTimeValue same = walk(ref.year, ref.month, 1);
    if (t == Tense::Past)
        return prev;
    if (t == Tense::Future)
        return same;
    return dayNumber(same) - dayNumber(ref) <= dayNumber(ref) - dayNumber(prev) ? same : prev;
}

// 재작년, 지난해, 올해, 내년, 이듬해, 그해 …, and 올 with a month or more after it.
Grammar::CalendarStep Grammar::relativeYear(std::size_t p)
{
    const DateTimeValue &ref = m_ctx.reference;
    std::size_t q = p;
    const int rel = litAny(q, {U"재작년", U"지난해", U"지난 해", U"작년", U"올해", U"금년", U"내년", U"다음해",
                                U"다음 해", U"내후년", U"이듬해", U"같은 해", U"그해"});
    if (rel >= 0) {
        static constexpr int kOffsets[] = {-2, -1, -1, -1, 0, 0, 1, 1, 1, 2};
        const int year = rel < 10 ? ref.year + kOffsets[rel] : m_anchor.year + (rel == 10 ? 1 : 0);
        return afterYear(q, year, q, true);
    }
    q = p;
    if (lit(q, U"올 ")) {
        auto m = afterYear(q, ref.year, q, true);
        if (m && m->end > q)
            return m;
        return std::optional<Match>();
    }
    return std::nullopt;
}

// Explicit years (2024년, 24년, in chat 이천이십사년), optionally after 지난/오는.
Grammar::CalendarStep Grammar::explicitYear(std::size_t p)
{
    std::size_t q = p;
    litAny(q, {U"지난 ", U"오는 ", U"지난", U"오는"});
    std::size_t r = q;
    std::optional<int> year;
    if (auto y = digits(r, 4, 4); y && *y >= 1000 && *y <= 2999 && lit(r, U"년"))
        year = *y;
    else if (r = q, y = digits(r, 2, 2); y && lit(r, U"년"))
        year = fullYear(*y, m_ctx.reference.year);
    else if (r = q; m_chat) {
        if (auto h = numberUnit(r, U"년", 1000, 2999, true))
            year = *h;
    }
    if (!year)
        return std::nullopt;
    lit(r, U"도");
    if (at(r) == U'간' || at(r) == U'대' || at(r) == U'째')
        return std::optional<Match>();
    auto m = afterYear(r, *year, r, true);
    // Two-digit years only with a month or more, except in chat ("12년").
    if (!m_chat && r - q <= 3 && m && m->end == r)
        return std::optional<Match>();
    return m;
}

// 지난 분기, 이번 분기, 다음 분기; 지난달, 이달, 다음 달, 같은 달, 월초, 월말, 전월 ….
Grammar::CalendarStep Grammar::relativeQuarterOrMonth(std::size_t p)
{
    const DateTimeValue &ref = m_ctx.reference;
    std::size_t q = p;
    const int relQ = litAny(q, {U"지난 분기", U"지난분기", U"전분기", U"이번 분기", U"이번분기", U"다음 분기", U"다음분기"});
    if (relQ >= 0 && wordEnds(q)) {
        static constexpr int kQ[] = {-1, -1, -1, 0, 0, 1, 1};
        return valueMatch(q, add(truncate(ref, TimeGrain::Quarter), TimeGrain::Quarter, kQ[relQ]));
    }
    q = p;
    const int relM = litAny(q, {U"지난달", U"지난 달", U"저번달", U"저번 달", U"이달", U"이번 달", U"이번달",
                                U"다음 달", U"다음달", U"내달", U"오는 달", U"익월", U"같은 달", U"그달", U"월초",
                                U"월말", U"전월", U"금월"});
    if (relM < 0 || (relM >= 16 && !m_chat))
        return std::nullopt;
    static constexpr int kM[] = {-1, -1, -1, -1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, -1, 0};
    const DateTimeValue base = relM == 12 || relM == 13 ? m_anchor : ref;
    const DateTimeValue mv = add(makeDay(base.year, base.month, 1), TimeGrain::Month, kM[relM]);
    if (relM == 14 || relM == 15)
        return wordEnds(q) ? std::optional(valueMatch(q, truncate(mv, TimeGrain::Month))) : std::nullopt;
    return afterMonth(q, mv.year, mv.month, q, true);
}

// Year-level words of the reference year: 연내 (before the year ends), 연초, 연말, 연중.
Grammar::CalendarStep Grammar::yearWord(std::size_t p)
{
    const DateTimeValue &ref = m_ctx.reference;
    std::size_t q = p;
    const int yw = litAny(q, {U"연내", U"연초", U"연말", U"연중", U"올해 안", U"연 내"});
    if (yw < 0 || !wordEnds(q))
        return std::nullopt;
    if (yw == 0 || yw >= 4) {
        Match m = valueMatch(q, makeDay(ref.year + 1, 1, 1));
        m.value.grain = TimeGrain::Year;
        m.kind = Kind::OpenBefore;
        m.intervalEnd = m.value;
        return m;
    }
    return valueMatch(q, truncate(ref, TimeGrain::Year));
}

// Months with a direction (지난 3월, 다음 3월) or bare (3월).
Grammar::CalendarStep Grammar::monthWithDirection(std::size_t p)
{
    const DateTimeValue &ref = m_ctx.reference;
    std::size_t q = p;
    const int dir = litAny(q, {U"지난 ", U"오는 ", U"다음 ", U"이번 ", U"지난", U"다음", U"오는", U"이번"});
    auto month = monthNumber(q);
    if (!month)
        return std::nullopt;
    if (dir < 0)
        return afterMonth(q, 0, *month, q, false);
    const int d = dir % 4;
    int year = ref.year;
    if (d == 0 && *month >= ref.month)
        --year;
    if ((d == 1 || d == 2) && *month <= ref.month)
        ++year;
    // The reference's own month with a day: "지난 3월 4일" written on 12 March is this 4 March,
    // "오는 3월 20일" this 20 March — the day decides, not the month alone.
    if (*month == ref.month && d != 3) {
        std::size_t t = skipSpaces(q);
        if (auto day = numberUnit(t, U"일", 1, 31, m_chat); day && wordEnds(t)) {
            if ((d == 0 && *day < ref.day) || ((d == 1 || d == 2) && *day > ref.day))
                year = ref.year;
        }
    }
    return afterMonth(q, year, *month, q, true);
}

std::optional<Match> Grammar::parseCalendar(std::size_t p)
{
    for (const auto step : {&Grammar::relativeYear, &Grammar::explicitYear, &Grammar::relativeQuarterOrMonth,
                            &Grammar::yearWord, &Grammar::monthWithDirection}) {
        if (CalendarStep m = (this->*step)(p))
            return *m;
    }
    return parseDayOnly(p);
}

std::optional<Match> Grammar::afterYear(std::size_t p, int year, std::size_t yearEnd, bool yearExplicit)
{
    std::size_t r = skipSpaces(p);
    if (auto m = parseQuarterHalf(r, year, yearExplicit))
        return m;
    std::size_t q = r;
    if (auto month = monthNumber(q))
        return afterMonth(q, year, *month, q, true);
    q = r;
    if (r == p)
        q = p;
    if (litAny(q, {U"초", U"말", U"중반", U"후반", U"전반", U"중"}) >= 0 && wordEnds(q)) {
        DateTimeValue v = makeDay(year, 1, 1);
        v.grain = TimeGrain::Year;
        return valueMatch(q, v);
    }
    if (!wordEnds(yearEnd))
        return std::nullopt;
    DateTimeValue v = makeDay(year, 1, 1);
    v.grain = TimeGrain::Year;
    return valueMatch(yearEnd, v);
}

std::optional<Match> Grammar::afterMonth(std::size_t p, int year, int month, std::size_t monthEnd, bool fixedYear)
{
    const std::size_t r = skipSpaces(p);
    std::size_t q = r;
    if (auto day = numberUnit(q, U"일", 1, 31, m_chat); day && at(q) != U'요' && wordEnds(q)) {
        const int y = fixedYear ? year : inferYear(month, *day);
        if (!isValidDay(y, month, *day))
            return std::nullopt;
        return valueMatch(q, makeDay(y, month, *day), true);
    }
    // Day range inside one month: 3월 12~16일.
    q = r;
    if (auto d1 = digits(q, 1, 2)) {
        std::size_t s = skipSpaces(q);
        if (litAny(s, {U"~", U"∼", U"-", U"–", U"〜", U"～"}) >= 0) {
            s = skipSpaces(s);
            if (auto d2 = numberUnit(s, U"일", 1, 31, false); d2 && *d2 > *d1 && wordEnds(s)) {
                const int y = fixedYear ? year : inferYear(month, *d1);
                if (isValidDay(y, month, *d1) && isValidDay(y, month, *d2)) {
                    Match m = valueMatch(s, makeDay(y, month, *d1), true);
                    m.kind = Kind::Interval;
                    m.intervalEnd = add(makeDay(y, month, *d2), TimeGrain::Day, 1);
                    return m;
                }
            }
        }
    }
    const int y = fixedYear ? year : inferYear(month, 0);
    q = r;
    if (lit(q, U"말일") && wordEnds(q))
        return valueMatch(q, makeDay(y, month, daysInMonth(y, month)), true);
    // Ordinal weekdays, weeks and days: 첫째 화요일, 마지막 주, 마지막날.
    q = r;
    const int ord = litAny(q, {U"첫번째", U"첫 번째", U"첫째", U"첫", U"두번째", U"두 번째", U"둘째", U"세번째",
                               U"세 번째", U"셋째", U"네번째", U"네 번째", U"넷째", U"다섯번째", U"다섯째", U"마지막"});
    if (ord >= 0) {
        static constexpr int kN[] = {1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, -1};
        const int n = kN[ord];
        q = skipSpaces(q);
        const DateTimeValue first = makeDay(y, month, 1);
        const DateTimeValue last = makeDay(y, month, daysInMonth(y, month));
        if (auto wd = weekdayWord(q)) {
            DateTimeValue d;
            if (n > 0) {
                d = add(first, TimeGrain::Day, (*wd - weekdayOf(first) + 7) % 7 + 7 * (n - 1));
            } else {
                d = add(last, TimeGrain::Day, -((weekdayOf(last) - *wd + 7) % 7));
            }
            if (d.month == month)
                return valueMatch(q, d, true);
            return std::nullopt;
        }
        std::size_t w = q;
        if (lit(w, U"주") && at(w) != U'년' && wordEnds(w)) {
            // Weeks (Monday to Sunday) that lie wholly inside the month.
            const DateTimeValue firstMonday = add(first, TimeGrain::Day, (7 - weekdayOf(first)) % 7);
            const DateTimeValue lastMonday = add(last, TimeGrain::Day, -((weekdayOf(last) + 1) % 7) - 6);
            DateTimeValue d = n > 0 ? add(firstMonday, TimeGrain::Day, 7 * (n - 1)) : lastMonday;
            d.grain = TimeGrain::Week;
            return valueMatch(w, d);
        }
        w = q;
        if (lit(w, U"날") && wordEnds(w))
            return valueMatch(w, n > 0 ? add(first, TimeGrain::Day, n - 1) : last, true);
    }
    q = r;
    DateTimeValue mv = makeDay(y, month, 1);
    mv.grain = TimeGrain::Month;
    if (litAny(q, {U"초순", U"상순", U"중순", U"하순", U"말경", U"초", U"말", U"중"}) >= 0 && wordEnds(q))
        return valueMatch(q, mv);
    if (!wordEnds(monthEnd))
        return std::nullopt;
    return valueMatch(monthEnd, mv);
}

std::optional<Match> Grammar::parseDayOnly(std::size_t p)
{
    std::size_t q = p;
    const int dir = litAny(q, {U"지난 ", U"오는 ", U"지난", U"오는"});
    const Direction d = dir < 0 ? Direction::None : (dir % 2 == 0 ? Direction::Past : Direction::Future);
    const std::size_t numStart = q;
    if (auto day = numberUnit(q, U"일", 1, 31, m_chat); day && at(q) != U'요' && wordEnds(q)) {
        if (m_inherit || d != Direction::None || isDigitAt(numStart) || m_chat)
            return valueMatch(q, inferDay(*day, d), true);
    }
    q = numStart;
    if (auto d1 = digits(q, 1, 2)) {
        std::size_t s = skipSpaces(q);
        if (litAny(s, {U"~", U"∼", U"-", U"–", U"〜", U"～"}) >= 0) {
            s = skipSpaces(s);
            if (auto d2 = numberUnit(s, U"일", 1, 31, false); d2 && *d2 > *d1 && *d1 >= 1 && wordEnds(s)) {
                Match m = valueMatch(s, inferDay(*d1, d), true);
                m.kind = Kind::Interval;
                const DateTimeValue &st = m.value;
                if (!isValidDay(st.year, st.month, *d2))
                    return std::nullopt;
                m.intervalEnd = add(makeDay(st.year, st.month, *d2), TimeGrain::Day, 1);
                return m;
            }
        }
    }
    return std::nullopt;
}

} // namespace sillok::core::dategrammar
