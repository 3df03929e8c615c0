// DateResolver::find on whole sentences: spans, several expressions, anaphora, ranges.
#include "dates/date_resolver.h"

#include <gtest/gtest.h>

namespace sillok::core {
namespace {

DateResolver newsResolver(int y, int m, int d, int h = 9)
{
    ResolveContext ctx;
    ctx.reference = DateTimeValue{y, m, d, h, 0, 0, TimeGrain::Second};
    return DateResolver(ctx);
}

TEST(DateResolverFind, RangeWithInheritedMonth)
{
    const auto found = newsResolver(2025, 2, 24).find("행사는 3월 12일부터 16일까지 열린다.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "3월 12일부터 16일"); // 까지 is a particle
    EXPECT_EQ(found[0].kind, TemporalExpression::Kind::Interval);
    EXPECT_EQ(found[0].date().toString(), "2025-03-12");
    EXPECT_EQ(found[0].lastDay().toString(), "2025-03-16");
    EXPECT_EQ(found[0].start, 4);
}

} // namespace
} // namespace sillok::core
