// HTML → lines: hidden content dropped, block elements become lines, metadata read, no fetches.
#include "ingest/html_reader.h"
#include "ingest_test_util.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(HtmlReader, DropsScriptsAndHiddenElements)
{
    const auto page = readHtml(sillok::test::readAll(sillok::test::ingestData("page.html")), "page.html");
    ASSERT_TRUE(page.has_value());
    std::string all;
    for (const SourceLine &l : page->lines)
        all += l.text + "\n";
    for (const char *hidden : {"SCRIPT_TEXT_MUST_NOT_APPEAR", "또 다른 스크립트", "IFRAME_TEXT", "NOSCRIPT_TEXT",
                               "TEMPLATE_TEXT", "SVG_TEXT", "FORM_TEXT", "font-family", "trackingSecret"})
        EXPECT_EQ(all.find(hidden), std::string::npos) << hidden;
    EXPECT_EQ(page->ogTitle, "한빛반도체, 서버용 NPU 양산 착수");
    EXPECT_EQ(page->h1, "한빛반도체, 서버용 NPU 양산 착수");
    EXPECT_EQ(page->title, "한빛반도체, 서버용 NPU 양산 착수 - 가상일보");
    EXPECT_EQ(page->published, "2024-03-04T22:30:00Z");
    EXPECT_EQ(page->publishedLabel, "article:published_time");
}

TEST(HtmlReader, BlocksAndBreaksMakeLines)
{
    const std::string html = "<html><body><div>첫 줄<p>둘째 <b>줄</b></p>셋째<br>넷째</div>"
                             "<ul><li><a href='#'>링크</a></li></ul><nav>메뉴</nav></body></html>";
    const auto page = readHtml(html, "t.html");
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->lines.size(), 6u);
    EXPECT_EQ(page->lines[0].text, "첫 줄");
    EXPECT_EQ(page->lines[1].text, "둘째 줄");
    EXPECT_EQ(page->lines[2].text, "셋째");
    EXPECT_EQ(page->lines[3].text, "넷째");
    EXPECT_FALSE(page->lines[3].blankBefore);
    EXPECT_EQ(page->lines[4].role, LineRole::ListItem);
    EXPECT_DOUBLE_EQ(page->lines[4].linkDensity, 1.0);
    EXPECT_EQ(page->lines[5].noiseHint, "nav");
}

TEST(HtmlReader, TimeAndItempropDates)
{
    const auto a = readHtml("<html><body><span itemprop='datePublished' content='2023-05-06'>x</span>"
                            "<time datetime='2020-01-01'>old</time></body></html>", "a.html");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->published, "2023-05-06");
    const auto b = readHtml("<html><body><time datetime='2022-07-08T10:00+09:00'>x</time></body></html>", "b.html");
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->publishedLabel, "time");
}

TEST(HtmlReader, CharsetSniffing)
{
    EXPECT_EQ(declaredHtmlCharset("<meta charset=\"EUC-KR\">"), "euc-kr");
    EXPECT_EQ(declaredHtmlCharset("<meta http-equiv='Content-Type' content='text/html; charset=ks_c_5601-1987'>"),
              "ks_c_5601-1987");
    EXPECT_EQ(declaredHtmlCharset("<p>none</p>"), "");
    EXPECT_TRUE(looksLikeHtml("\n<!DOCTYPE html><html>"));
    EXPECT_FALSE(looksLikeHtml("그냥 텍스트"));
}
