#include "common/partial_date.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(PartialDate, FormatsEachPrecision)
{
    EXPECT_EQ(PartialDate::ofYear(2024).toString(), "2024");
    EXPECT_EQ(PartialDate::ofMonth(2024, 4).toString(), "2024-04");
    EXPECT_EQ(PartialDate::ofDay(2024, 4, 9).toString(), "2024-04-09");
    EXPECT_EQ(PartialDate{}.toString(), "");
}

TEST(PartialDate, ParsesAndRejects)
{
    EXPECT_EQ(PartialDate::parse("2024-02-29"), PartialDate::ofDay(2024, 2, 29));
    EXPECT_FALSE(PartialDate::parse("2023-02-29"));
    EXPECT_FALSE(PartialDate::parse("2024-13"));
    EXPECT_FALSE(PartialDate::parse("24-01-01"));
    EXPECT_EQ(PartialDate::parse("2024-12"), PartialDate::ofMonth(2024, 12));
    EXPECT_EQ(PartialDate::parse("1999"), PartialDate::ofYear(1999));
}

TEST(PartialDate, CalendarArithmetic)
{
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(civilFromDays(daysFromCivil(2024, 2, 28) + 1), PartialDate::ofDay(2024, 2, 29));
    EXPECT_EQ(civilFromDays(daysFromCivil(2023, 12, 31) + 1), PartialDate::ofDay(2024, 1, 1));
    EXPECT_EQ(weekday(2013, 2, 12), 1); // Duckling's reference day is a Tuesday
    EXPECT_EQ(weekday(2024, 1, 19), 4); // a Friday
    EXPECT_EQ(daysInMonth(2024, 2), 29);
    EXPECT_EQ(daysInMonth(2100, 2), 28);
}

TEST(PartialDate, OrdersByStartThenPrecision)
{
    EXPECT_LT(PartialDate::ofMonth(2024, 4), PartialDate::ofDay(2024, 4, 1));
    EXPECT_LT(PartialDate::ofDay(2023, 12, 31), PartialDate::ofYear(2024));
}
