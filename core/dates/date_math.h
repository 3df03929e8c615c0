#pragma once
// Calendar arithmetic on DateTimeValue (proleptic Gregorian, no time zones). Internal to
// core/dates.

#include "dates/date_resolver.h"

namespace sillok::core::datemath {

DateTimeValue makeDay(int year, int month, int day);
DateTimeValue makeTime(int year, int month, int day, int hour, int minute, int second, TimeGrain grain);
long long toSeconds(const DateTimeValue &v);
// Keeps `grain`.
DateTimeValue fromSeconds(long long seconds, TimeGrain grain);
long dayNumber(const DateTimeValue &v);
// Adds n units of `unit` (Week = 7 days, Quarter = 3 months; months clamp the day).
DateTimeValue add(const DateTimeValue &v, TimeGrain unit, long long n);
// Truncates to the start of the grain's unit (weeks start on Monday) and sets the grain.
DateTimeValue truncate(const DateTimeValue &v, TimeGrain grain);
// Compares instants, ignoring grains.
int compare(const DateTimeValue &a, const DateTimeValue &b);
bool isValidDay(int year, int month, int day);
// Monday = 0.
int weekdayOf(const DateTimeValue &v);
// The grain Duckling uses for "in/ago <duration>" whose smallest unit is `unit`.
TimeGrain finerGrain(TimeGrain unit);

} // namespace sillok::core::datemath
