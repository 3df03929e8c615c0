// Photo captions are content: a Caption block with the credit removed into a Noise block
// "credit"; the body stays the running text; minedText() is the body followed by the captions.
#include "common/utf.h"
#include "ingest/ingest.h"
#include "ingest/noise_rules.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

const char *kArticle =
    "가상전자, 차세대 칩 공개\n\n"
    "가상전자는 19일 서울에서 차세대 AI 칩을 공개했다고 밝혔다. 회사는 내년부터 양산을 시작한다.\n\n"
    "홍길동 가상전자 대표가 19일 서울 코엑스에서 신제품을 소개하고 있다./가상전자\n\n"
    "가상전자는 이 칩이 데이터센터 시장을 바꿀 것이라고 설명했다. 업계도 주목하고 있다.\n\n"
    "관련기사\n\n"
    "다른 회사 광고 모델이 제품을 들고 웃고 있다. ⓒ광고뉴스\n";

std::vector<const TextBlock *> blocksOf(const ParsedArticle &a, BlockKind kind)
{
    std::vector<const TextBlock *> out;
    for (const auto &b : a.blocks)
        if (b.kind == kind)
            out.push_back(&b);
    return out;
}

} // namespace

TEST(Captions, ArticleCaptionIsContentAndItsCreditIsNoise)
{
    const auto a = parseArticleBytes(kArticle, "a.txt");
    ASSERT_TRUE(a.has_value());
    const auto captions = captionTexts(*a);
    ASSERT_EQ(captions.size(), 1u);
    EXPECT_EQ(captions[0], "홍길동 가상전자 대표가 19일 서울 코엑스에서 신제품을 소개하고 있다.");
    EXPECT_EQ(a->body.find("소개하고 있다"), std::string::npos); // the body stays the running text
    const auto noise = blocksOf(*a, BlockKind::Noise);
    EXPECT_TRUE(std::ranges::any_of(noise, [](const TextBlock *b) { return b->reason == "credit" && b->text == "/가상전자"; }));
    // The caption of an ad inside a related-news region stays noise.
    EXPECT_TRUE(std::ranges::none_of(captions, [](const std::string &c) { return c.find("광고") != std::string::npos; }));
    // Spans still point into fullText.
    for (const auto &b : a->blocks)
        EXPECT_EQ(substrCodePoints(a->fullText, static_cast<std::size_t>(b.start), static_cast<std::size_t>(b.end)), b.text);
}

TEST(Captions, MinedTextIsTheBodyThenTheCaptions)
{
    const auto a = parseArticleBytes(kArticle, "a.txt");
    ASSERT_TRUE(a.has_value());
    const std::string mined = minedText(*a);
    EXPECT_TRUE(mined.starts_with(a->body + "\n\n"));
    EXPECT_EQ(minedCaptionStart(*a), static_cast<int>(codePointCount(a->body)) + 2);
    EXPECT_EQ(substrCodePoints(mined, static_cast<std::size_t>(minedCaptionStart(*a)), std::string::npos), captionTexts(*a).front());
}

TEST(Captions, CreditsAreCutOff)
{
    const auto a = noise::splitCaption("윤석열 대통령이 9일 회의에서 발언하고 있다. ⓒ연합뉴스 윤석열 대통령이 9일 회의에서 발언하고 있다. ⓒ연합뉴스");
    EXPECT_EQ(a.text, "윤석열 대통령이 9일 회의에서 발언하고 있다."); // the repeated caption once
    EXPECT_EQ(a.credit, "ⓒ연합뉴스 ⓒ연합뉴스");
    EXPECT_EQ(noise::splitCaption("이시바 시게루 일본 총리. ⓒ재팬포커스 자료사진").text, "이시바 시게루 일본 총리.");
    EXPECT_EQ(noise::splitCaption("조 바이든 대통령이 연설하고 있다. [사진=백악관]").text, "조 바이든 대통령이 연설하고 있다.");
    EXPECT_EQ(noise::splitCaption("5일 하노이에서 열린 협약식. 사진=베트남 정부 포털").text, "5일 하노이에서 열린 협약식.");
    EXPECT_EQ(noise::splitCaption("▲ 3일 퍼듀대학교에서 열린 협약식.").text, "3일 퍼듀대학교에서 열린 협약식.");
    EXPECT_EQ(noise::splitCaption("[서울=뉴스핌] 홍길동 기자 = 장관이 회의에서 발언하고 있다. 2024.01.18").text, "장관이 회의에서 발언하고 있다.");
}
