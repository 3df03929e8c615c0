#include "dates/date_math.h"

#include "common/partial_date.h"

namespace sillok::core::datemath {

DateTimeValue makeDay(int year, int month, int day)
{
    return DateTimeValue{year, month, day, 0, 0, 0, TimeGrain::Day};
}

DateTimeValue makeTime(int year, int month, int day, int hour, int minute, int second, TimeGrain grain)
{
    return DateTimeValue{year, month, day, hour, minute, second, grain};
}

long dayNumber(const DateTimeValue &v) { return daysFromCivil(v.year, v.month, v.day); }

long long toSeconds(const DateTimeValue &v)
{
    return static_cast<long long>(dayNumber(v)) * 86400 + v.hour * 3600 + v.minute * 60 + v.second;
}

DateTimeValue fromSeconds(long long seconds, TimeGrain grain)
{
    long long days = seconds / 86400;
    long long rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const PartialDate d = civilFromDays(static_cast<long>(days));
    return DateTimeValue{d.year, d.month, d.day, static_cast<int>(rest / 3600),
                         static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60), grain};
}

static DateTimeValue addMonths(const DateTimeValue &v, long long n)
{
    long long total = static_cast<long long>(v.year) * 12 + (v.month - 1) + n;
    DateTimeValue r = v;
    r.year = static_cast<int>(total / 12);
    r.month = static_cast<int>(total % 12) + 1;
    const int dim = daysInMonth(r.year, r.month);
    if (r.day > dim)
        r.day = dim;
    return r;
}

DateTimeValue add(const DateTimeValue &v, TimeGrain unit, long long n)
{
    switch (unit) {
    case TimeGrain::Second: return fromSeconds(toSeconds(v) + n, v.grain);
    case TimeGrain::Minute: return fromSeconds(toSeconds(v) + n * 60, v.grain);
    case TimeGrain::Hour: return fromSeconds(toSeconds(v) + n * 3600, v.grain);
    case TimeGrain::Day: return fromSeconds(toSeconds(v) + n * 86400, v.grain);
    case TimeGrain::Week: return fromSeconds(toSeconds(v) + n * 7 * 86400, v.grain);
    case TimeGrain::Month: return addMonths(v, n);
    case TimeGrain::Quarter: return addMonths(v, 3 * n);
    case TimeGrain::Year: return addMonths(v, 12 * n);
    }
    return v;
}

DateTimeValue truncate(const DateTimeValue &v, TimeGrain grain)
{
    DateTimeValue r = v;
    r.grain = grain;
    switch (grain) {
    case TimeGrain::Second: return r;
    case TimeGrain::Minute: r.second = 0; return r;
    case TimeGrain::Hour: r.second = r.minute = 0; return r;
    default: break;
    }
    r.second = r.minute = r.hour = 0;
    if (grain == TimeGrain::Week) {
        r = add(r, TimeGrain::Day, -weekdayOf(r));
        r.grain = grain;
        return r;
    }
    if (grain == TimeGrain::Month || grain == TimeGrain::Quarter || grain == TimeGrain::Year)
        r.day = 1;
    if (grain == TimeGrain::Quarter)
        r.month = (r.month - 1) / 3 * 3 + 1;
    if (grain == TimeGrain::Year)
        r.month = 1;
    return r;
}

int compare(const DateTimeValue &a, const DateTimeValue &b)
{
    const long long x = toSeconds(a), y = toSeconds(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool isValidDay(int year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int weekdayOf(const DateTimeValue &v) { return weekday(v.year, v.month, v.day); }

TimeGrain finerGrain(TimeGrain unit)
{
    switch (unit) {
    case TimeGrain::Second:
    case TimeGrain::Minute: return TimeGrain::Second;
    case TimeGrain::Hour: return TimeGrain::Minute;
    case TimeGrain::Day: return TimeGrain::Hour;
    case TimeGrain::Week: return TimeGrain::Day;
    case TimeGrain::Month: return TimeGrain::Day;
    case TimeGrain::Quarter:
    case TimeGrain::Year: return TimeGrain::Month;
    }
    return unit;
}

} // namespace sillok::core::datemath
