#include "common/partial_date.h"

#include "common/result.h"

#include <charconv>
#include <cstdio>
#include <tuple>

namespace sillok::core {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return "io";
    case ErrorCode::Empty: return "empty";
    case ErrorCode::Binary: return "binary";
    case ErrorCode::Decode: return "decode";
    case ErrorCode::Parse: return "parse";
    case ErrorCode::Database: return "database";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::Query: return "query";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil algorithm.
long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

PartialDate civilFromDays(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return PartialDate::ofDay(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

int weekday(int year, int month, int day)
{
    const long days = daysFromCivil(year, month, day);
    // 1970-01-01 was a Thursday (Monday = 0 → Thursday = 3).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string PartialDate::toString() const
{
    char buf[16];
    switch (precision) {
    case DatePrecision::None: return {};
    case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    }
    return buf;
}

std::optional<PartialDate> PartialDate::parse(std::string_view text)
{
    auto number = [](std::string_view s, int &out) {
        if (s.empty())
            return false;
        for (char c : s)
            if (c < '0' || c > '9')
                return false;
        return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
    };
    int y = 0, m = 0, d = 0;
    if (text.size() == 4 && number(text, y))
        return ofYear(y);
    if (text.size() == 7 && text[4] == '-' && number(text.substr(0, 4), y) && number(text.substr(5, 2), m)
        && m >= 1 && m <= 12)
        return ofMonth(y, m);
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && number(text.substr(0, 4), y)
        && number(text.substr(5, 2), m) && number(text.substr(8, 2), d) && m >= 1 && m <= 12 && d >= 1
        && d <= daysInMonth(y, m))
        return ofDay(y, m, d);
    return std::nullopt;
}

std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
{
    auto key = [](const PartialDate &p) {
        return std::tuple(p.year, p.month, p.day, static_cast<int>(p.precision));
    };
    return key(a) <=> key(b);
}

} // namespace sillok::core
