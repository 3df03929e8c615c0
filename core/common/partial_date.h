#pragma once
// A calendar date that keeps its precision: a year, a month of a year, or a day.
// "2024" / "2024-04" / "2024-04-16". A default-constructed PartialDate is "no date".

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sillok::core {

enum class DatePrecision { None = 0, Year = 1, Month = 2, Day = 3 };

struct PartialDate {
    int year = 0;
    int month = 0; // 1-12 when precision >= Month
    int day = 0;   // 1-31 when precision == Day
    DatePrecision precision = DatePrecision::None;

    static PartialDate ofYear(int y) { return {y, 0, 0, DatePrecision::Year}; }
    static PartialDate ofMonth(int y, int m) { return {y, m, 0, DatePrecision::Month}; }
    static PartialDate ofDay(int y, int m, int d) { return {y, m, d, DatePrecision::Day}; }

    bool isValid() const { return precision != DatePrecision::None; }
    // "YYYY", "YYYY-MM", "YYYY-MM-DD", or "" for no date.
    std::string toString() const;
    // Parses the three forms above; nullopt for anything else (including impossible days).
    static std::optional<PartialDate> parse(std::string_view text);
    // Orders by the first day the date covers, then by precision (coarser first).
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b);
    friend bool operator==(const PartialDate &a, const PartialDate &b) = default;
};

// Calendar helpers (proleptic Gregorian).
bool isLeapYear(int year);
int daysInMonth(int year, int month);
// Days since 1970-01-01 for a valid day; used for date arithmetic.
long daysFromCivil(int year, int month, int day);
PartialDate civilFromDays(long days);
// Monday = 0 ... Sunday = 6.
int weekday(int year, int month, int day);

} // namespace sillok::core
