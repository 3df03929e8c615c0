// Line-level noise signals, on shapes common to Korean news pages (text written for the test).
#include "ingest/noise_rules.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(NoiseRules, Widgets)
{
    EXPECT_EQ(noise::widgetReason("  • 더 작게"), "widget");
    EXPECT_EQ(noise::widgetReason("※ 본문 글자 크기 조정"), "widget");
    EXPECT_EQ(noise::widgetReason("※ 번역할 언어 선택"), "widget");
    EXPECT_EQ(noise::widgetReason("Top으로 이동"), "widget");
    EXPECT_EQ(noise::widgetReason("top"), "widget");
    EXPECT_EQ(noise::widgetReason("URL 복사"), "share");
    EXPECT_EQ(noise::widgetReason("사진"), "label");
    EXPECT_EQ(noise::widgetReason("정부는 반도체 지원을 늘린다고 밝혔다."), "");
    EXPECT_TRUE(noise::isCounter("+1"));
    EXPECT_TRUE(noise::isCounter("0"));
    EXPECT_TRUE(noise::isCounter("1,024"));
    EXPECT_FALSE(noise::isCounter("3나노"));
}

TEST(NoiseRules, CommentsRelatedShopping)
{
    EXPECT_TRUE(noise::isCommentMarker("댓글 (0)"));
    EXPECT_TRUE(noise::isCommentMarker("댓글을 남겨주세요."));
    EXPECT_TRUE(noise::isCommentMarker("Please enter your name here"));
    EXPECT_FALSE(noise::isCommentMarker("Comments from the ministry were positive and detailed."));
    EXPECT_TRUE(noise::isRelatedMarker("[가상일보 베스트 기사]"));
    EXPECT_TRUE(noise::isRelatedMarker("관련기사"));
    EXPECT_TRUE(noise::isRelatedMarker("많이 본 뉴스"));
    EXPECT_FALSE(noise::isRelatedMarker("관련 기업들은 투자를 늘리기로 하고 구체적인 일정을 협의하고 있다."));
    EXPECT_TRUE(noise::isShoppingMarker("종목 추적기"));
}

TEST(NoiseRules, Captions)
{
    EXPECT_TRUE(noise::isCaption("장관이 회의에서 발언하고 있다. ⓒ가상통신"));
    EXPECT_TRUE(noise::isCaption("행사 전경. (출처: ABC) |"));
    EXPECT_TRUE(noise::isCaption("장관(오른쪽)이 질문에 답변하고 있다./가상부"));
    EXPECT_TRUE(noise::isCaption("[서울=가상뉴스] 김기자 기자 = 장관이 발언하고 있다. 2023.11.07 someone@site.example"));
    EXPECT_TRUE(noise::isCaption("회사 로고 [사진=가상전자]"));
    EXPECT_TRUE(noise::isCaption("Tiêu đề - ảnh 1 chú thích"));
    EXPECT_FALSE(noise::isCaption("정부는 1/4 분기 실적을 발표했다. 이는 시장 예상을 웃돈 수준이다."));
    EXPECT_FALSE(noise::isCaption("회사는 2024.01.19 공시를 통해 투자 계획을 밝혔다는 점을 강조했다"));
}

TEST(NoiseRules, Bylines)
{
    EXPECT_TRUE(noise::isBylineLine("reporter@newsite.example"));
    EXPECT_TRUE(noise::isBylineLine("김가상 기자 kim@newsite.example"));
    EXPECT_TRUE(noise::isBylineLine("김가상 기자"));
    EXPECT_FALSE(noise::isBylineLine("문의는 help@site.example 로 보내면 담당 부서가 확인 후 답변한다고 밝혔다."));
    const std::string a = "[세종=가상뉴스] 이가상 기자 = 정부가 계획을 밝혔다.";
    EXPECT_EQ(a.substr(noise::bylinePrefixLength(a)), "정부가 계획을 밝혔다.");
    const std::string b = "(서울=가상통신) 박예시 특파원 = 회사가 계획을 밝혔다.";
    EXPECT_EQ(b.substr(noise::bylinePrefixLength(b)), "회사가 계획을 밝혔다.");
    const std::string c = "[가상데일리 김예제 기자] 회사가 계획을 밝혔다.";
    EXPECT_EQ(c.substr(noise::bylinePrefixLength(c)), "회사가 계획을 밝혔다.");
    EXPECT_EQ(noise::bylinePrefixLength("[단독] 회사가 계획을 밝혔다."), 0u);
    EXPECT_EQ(noise::bylinePrefixLength("회사는 A=B 조건을 제시했다."), 0u);
}

TEST(NoiseRules, Prose)
{
    EXPECT_TRUE(noise::isStrongBody("정부는 올해 하반기 AI반도체 실증 사업의 규모를 확대하고 참여 기업을 추가로 모집할 예정이다."));
    EXPECT_FALSE(noise::isStrongBody("우크라이나 안보 지원 강화 기대감으로 방산 수요 증가 직접적. 매출 안정성 강화 예상됨."));
    EXPECT_TRUE(noise::isTeaserLike("다른 소식 제목 [서울=가상뉴스] 김기자 기자 = 본문이 이어진다. 2025-10-22 09:32"));
    EXPECT_TRUE(noise::isHeadlineLike("가상전자, 차세대 AI 가속기 시제품 공개"));
    EXPECT_FALSE(noise::isHeadlineLike("가상전자가 시제품을 공개했다."));
}
