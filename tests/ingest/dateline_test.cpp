// Datelines and machine dates in the forms Korean news pages print.
#include "ingest/dateline.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {

std::string dateOf(std::string_view line, bool allowBare = true)
{
    const auto d = parseDateline(line, allowBare);
    return d ? d->date.toString() : std::string("none");
}

} // namespace

TEST(Dateline, LabelledForms)
{
    EXPECT_EQ(dateOf("기사입력 : 2024년01월19일 09:00"), "2024-01-19");
    EXPECT_EQ(dateOf("입력 2024.01.19 09:00"), "2024-01-19");
    EXPECT_EQ(dateOf("입력 2024. 1. 19. 오전 9:00"), "2024-01-19");
    EXPECT_EQ(dateOf("등록 2024-01-19 09:00:12"), "2024-01-19");
    EXPECT_EQ(dateOf("승인 2024.01.19 10:00"), "2024-01-19");
    EXPECT_EQ(dateOf("• 기사승인 : 2023년 12월 3일"), "2023-12-03");
    EXPECT_EQ(dateOf("Published 2024-02-29T23:10:00+09:00"), "2024-02-29");
    EXPECT_EQ(dateOf("[입력 2024.01.19 09:00]"), "2024-01-19");
    EXPECT_EQ(dateOf("발행일 2024년 3월"), "2024-03");
}

TEST(Dateline, PrefersPublishedOverModified)
{
    const auto d = parseDateline("수정 2024.01.20 10:00 | 입력 2024.01.19 09:00", false);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date.toString(), "2024-01-19");
    EXPECT_EQ(d->rank, DatelineRank::Published);
    EXPECT_EQ(d->text, "입력 2024.01.19 09:00");
    const auto m = parseDateline("최종수정 : 2024년01월19일 09:37", false);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->rank, DatelineRank::Modified);
    EXPECT_EQ(m->text, "최종수정 : 2024년01월19일 09:37");
}

TEST(Dateline, BareDateLinesOnlyWhenAllowed)
{
    EXPECT_EQ(dateOf("2024.01.19 09:00"), "2024-01-19");
    EXPECT_EQ(dateOf("2024-01-19"), "2024-01-19");
    EXPECT_EQ(dateOf("2024년01월19일 09:00"), "2024-01-19");
    EXPECT_EQ(dateOf("2024.01.19 09:00", false), "none");
}

TEST(Dateline, ProseAndImpossibleDatesAreNotDatelines)
{
    EXPECT_EQ(dateOf("등록 마감은 2024년 3월 5일까지다."), "none");
    EXPECT_EQ(dateOf("정부는 2024년 3월 5일 계획을 발표했다."), "none");
    EXPECT_EQ(dateOf("입력 2023.02.30"), "none");
    EXPECT_EQ(dateOf("입력 1850.01.01"), "none");
    EXPECT_EQ(dateOf("매출 2024억원"), "none");
}

TEST(FindDate, IsoOffsetsAreConvertedToKoreanTime)
{
    EXPECT_EQ(findDate("2024-03-04T22:30:00Z")->date.toString(), "2024-03-05");
    EXPECT_EQ(findDate("2024-03-05T07:30:00+09:00")->date.toString(), "2024-03-05");
    EXPECT_EQ(findDate("2024-03-05T01:00:00+0900")->date.toString(), "2024-03-05");
    EXPECT_EQ(findDate("2024-12-31T20:00:00-05:00")->date.toString(), "2025-01-01");
    EXPECT_EQ(findDate("2024-03-05T10:00:00")->date.toString(), "2024-03-05");
    EXPECT_FALSE(findDate("no date here").has_value());
}

TEST(Dateline, ReporterBeforeTheLabel)
{
    EXPECT_EQ(dateOf("김가상 기자 | 입력 2024.01.19 09:00"), "2024-01-19");
    EXPECT_EQ(dateOf("가상일보 · 승인 2024.01.19"), "2024-01-19");
    EXPECT_EQ(dateOf("회사 측은 입력 2024.01.19 이후 변경"), "none");
}
