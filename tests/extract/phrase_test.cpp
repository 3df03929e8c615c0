// Phrase helpers of the recognizers (extract/phrase.h): meeting ordinals.
#include "extract/extractor.h"
#include "extract/phrase.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;
using sillok::core::extract::ordinalOf;

TEST(Ordinals, AsciiAndFullWidthDigits)
{
    EXPECT_EQ(ordinalOf(U"제4차"), 4);
    EXPECT_EQ(ordinalOf(U"12차"), 12);
    EXPECT_EQ(ordinalOf(U"제１２차"), 12); // full-width digits read as their value, not as code points
    EXPECT_EQ(ordinalOf(U"제차"), 0);
    EXPECT_EQ(ordinalOf(U"제4회"), 0);
    EXPECT_EQ(ordinalOf(U"제99999차"), extract::kMaxOrdinal);
}

// Found by tests/fuzz: "제99999999999차" overflowed int while its digits were accumulated
// (UndefinedBehaviorSanitizer: signed integer overflow in ordinalOf). A digit run past
// extract::kMaxOrdinal is no ordinal, however long.
TEST(Ordinals, DigitRunsTooLongForAnOrdinalAreNone)
{
    EXPECT_EQ(ordinalOf(U"제100000차"), 0);
    EXPECT_EQ(ordinalOf(U"제99999999999차"), 0);
    EXPECT_EQ(ordinalOf(U"123456789012345678901234567890차"), 0);
}

TEST(Ordinals, AnOverlongOrdinalDoesNotNumberTheMeeting)
{
    const auto x = extractFromText("정부는 2024년 3월 5일 제99999999999차 반도체 전략회의를 열었다. 제３차 반도체 전략회의도 열렸다.",
                                   PartialDate{});
    for (const auto &m : x.meetings)
        EXPECT_TRUE(m.ordinal == 0 || m.ordinal == 3) << m.name << " ordinal " << m.ordinal;
    const bool third = std::ranges::any_of(x.meetings, [](const auto &m) { return m.ordinal == 3; });
    EXPECT_TRUE(third) << "제３차 (full-width) is the third meeting";
}
