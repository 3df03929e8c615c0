// Datelines and machine dates in the forms Korean news pages print.
#include "ingest/dateline.h"
#include "ingest/ingest.h"

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

TEST(Dateline, DateAndTimeFollowedByTheAuthor)
{
    const auto d = parseDateline("2024년 08월 28일 09:15  작성자: 김가상 기자", true);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->date.toString(), "2024-08-28");
    EXPECT_EQ(d->rank, DatelineRank::Bare);
    EXPECT_EQ(d->text, "2024년 08월 28일 09:15");
    EXPECT_EQ(dateOf("2024.08.28 09:15 | 글쓴이 김가상"), "2024-08-28");
    EXPECT_EQ(dateOf("2024-08-28 오후 3:15 기자 김가상"), "2024-08-28");
    EXPECT_EQ(dateOf("2024년 8월 28일 김가상 특파원"), "2024-08-28");
    EXPECT_EQ(dateOf("2024.08.28 09:15 By Kim Gasang"), "2024-08-28");
    // Labelled datelines may carry the author too.
    const auto l = parseDateline("입력 2024.01.19 09:00 작성자 김가상", false);
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->text, "입력 2024.01.19 09:00");
    // Only when bare dates are allowed (near the top), and never for prose after the date.
    EXPECT_EQ(dateOf("2024년 08월 28일 09:15  작성자: 김가상 기자", false), "none");
    EXPECT_EQ(dateOf("2024년 8월 28일 글로벌 반도체 기업들이 모였다"), "none");
    EXPECT_EQ(dateOf("2024년 8월 28일 정부는 기자회견을 열고 계획을 설명했다"), "none");
}

TEST(Dateline, EveryListedForm)
{
    // The forms the foundation issue lists, one line each (labels, dotted, Korean, ISO).
    const std::pair<const char *, const char *> cases[] = {
        {"기사입력 2024.01.19 09:00", "2024-01-19"},
        {"기사입력 : 2024년01월19일 09:00", "2024-01-19"},
        {"입력 : 2024-01-19 09:00", "2024-01-19"},
        {"입력 2024.01.19", "2024-01-19"},
        {"등록 2024.01.19 09:00", "2024-01-19"},
        {"등록일 : 2024년 1월 19일", "2024-01-19"},
        {"승인 2024.01.19 09:00", "2024-01-19"},
        {"수정 2024.01.20 10:00", "2024-01-20"},
        {"2024.01.19", "2024-01-19"},
        {"2024년01월19일 09:00", "2024-01-19"},
        {"2024-01-19T09:00:00+09:00", "2024-01-19"},
        {"Updated 2024-01-19T23:30:00Z", "2024-01-20"},
    };
    for (const auto &[line, expected] : cases)
        EXPECT_EQ(dateOf(line), expected) << line;
    EXPECT_EQ(parseDateline("수정 2024.01.20 10:00", false)->rank, DatelineRank::Modified);
    EXPECT_EQ(parseDateline("승인 2024.01.19 09:00", false)->rank, DatelineRank::Approved);
    EXPECT_EQ(parseDateline("2024.01.19", true)->rank, DatelineRank::Bare);
}

namespace {

// A small article page (written for the test) with `head` in <head> and `dateLine` above the body.
ParsedArticle htmlArticle(const std::string &head, const std::string &dateLine)
{
    const std::string html = "<html><head><meta charset=\"utf-8\">" + head
        + "<title>가상반도체, 새 추론칩 공개</title></head><body><h1>가상반도체, 새 추론칩 공개</h1>" + dateLine
        + "<p>가상반도체가 데이터센터용 추론칩을 공개하고 올해 하반기부터 고객사에 공급할 계획이라고 밝혔다.</p>"
          "<p>회사는 전력 효율을 앞세워 해외 시장에도 진출할 방침이라고 설명했다.</p></body></html>";
    auto a = parseArticleBytes(html, "page.html");
    EXPECT_TRUE(a.has_value());
    return a ? std::move(*a) : ParsedArticle{};
}

} // namespace

TEST(Dateline, HtmlPublishedTimeMeta)
{
    const ParsedArticle a =
        htmlArticle("<meta property=\"article:published_time\" content=\"2024-08-27T23:30:00Z\">", "");
    EXPECT_EQ(a.published.toString(), "2024-08-28"); // 08:30 the next morning in Korea
    EXPECT_EQ(a.publishedBasis, "html-meta");
    EXPECT_EQ(a.publishedText, "article:published_time: 2024-08-27T23:30:00Z");
    // The metadata wins over a printed "modified" line.
    const ParsedArticle b = htmlArticle("<meta property=\"article:published_time\" content=\"2024-08-28T09:15:00+09:00\">",
                                        "<p>수정 2024.08.29 10:00</p>");
    EXPECT_EQ(b.published.toString(), "2024-08-28");
}

TEST(Dateline, HtmlTimeElement)
{
    const ParsedArticle a = htmlArticle("", "<p><time datetime=\"2024-08-28T09:15:00+09:00\">8월 28일</time></p>");
    EXPECT_EQ(a.published.toString(), "2024-08-28");
    EXPECT_EQ(a.publishedBasis, "html-meta");
    // A printed dateline is preferred to a bare <time>.
    const ParsedArticle b = htmlArticle("", "<p>입력 2024.08.27 18:00</p><time datetime=\"2024-08-28\"></time>");
    EXPECT_EQ(b.published.toString(), "2024-08-27");
    EXPECT_EQ(b.publishedBasis, "dateline");
}

TEST(Dateline, TextArticleWithAuthorDateline)
{
    const std::string text = "가상반도체, 새 추론칩 공개\n\n2024년 08월 28일 09:15  작성자: 김가상 기자\n\n"
                             "가상반도체가 데이터센터용 추론칩을 공개하고 올해 하반기부터 고객사에 공급할 계획이라고 밝혔다.\n";
    const auto a = parseArticleBytes(text, "a.txt");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->published.toString(), "2024-08-28");
    EXPECT_EQ(a->publishedBasis, "dateline");
    EXPECT_EQ(a->publishedText, "2024년 08월 28일 09:15");
    EXPECT_EQ(a->body.find("작성자"), std::string::npos) << a->body;
    EXPECT_EQ(a->title, "가상반도체, 새 추론칩 공개");
}
