// Line-level noise signals, on shapes common to Korean news pages (text written for the test).
#include "ingest/noise_rules.h"
#include "ingest/noise_util.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

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
    EXPECT_TRUE(noise::isCaption("가상전자 로고 / 로이터=연합뉴스"));
    EXPECT_TRUE(noise::isCaption("행사장 모습 / AP 연합뉴스"));
    EXPECT_TRUE(noise::isCaption("신형 가속기 시제품 / 가상전자 제공"));
    EXPECT_FALSE(noise::isCaption("HBM / APU"));
    EXPECT_FALSE(noise::isCaption("매출 / 영업이익"));
    EXPECT_FALSE(noise::isCaption("정부는 1/4 분기 실적을 발표했다. 이는 시장 예상을 웃돈 수준이다."));
    EXPECT_FALSE(noise::isCaption("회사는 2024.01.19 공시를 통해 투자 계획을 밝혔다는 점을 강조했다"));
}

TEST(NoiseRules, CopyrightLines)
{
    EXPECT_TRUE(noise::isCopyrightOrDisclaimer("본 기사는 가상일보의 저작물로 무단 복제·배포를 금합니다."));
    EXPECT_TRUE(noise::isCopyrightOrDisclaimer("Copyright © 가상일보 | 무단전재 및 재배포 금지"));
    EXPECT_FALSE(noise::isCopyrightOrDisclaimer("정부는 반도체 설계 자산의 복제를 막는 법안을 내놓았다."));
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
    // A menu of sections between bars is not a headline; a headline with one bar is.
    EXPECT_FALSE(noise::isHeadlineLike("전체 | 산업 | 반도체 | 장비 | 오피니언 | 행사"));
    EXPECT_TRUE(noise::isHeadlineLike("가상전자, 차세대 AI 가속기 공개 | 가상일보"));
}

TEST(NoiseRules, ReactionWidgets)
{
    for (const char *line : {"+1 0", "+1  0", "[ 0 ] 좋아요", "[ 0 ] 좋아요     [ 0 ] 싫어요", "좋아요 0", "좋아요 +1",
                             "추천 3 비추천 0", "공감 12", "이 기사를 추천합니다 +1 0", "좋아요(3) 싫어요(0)", "추천0 반대0",
                             "👍 3 😢 0", "♥ 12", "훈훈해요 0 슬퍼요 0 화나요 1 후속기사 원해요 0", "Like 4", "조회수 1,024"})
        EXPECT_TRUE(noise::isReactionWidget(line)) << line;
    // Body sentences with numbers and reaction words, headlines and data are not widgets.
    for (const char *line : {"이 영상은 공개 사흘 만에 좋아요 3만 개를 넘었다.", "이용자 1000명이 좋아요를 눌렀다.",
                             "좋아요 수가 12만을 넘었다", "공감 12개 항목을 정리했다", "추천 종목 3선",
                             "2024 2025", "1 2 3", "좋아요", "추천", "3나노 2세대", "반대 의견 3건"})
        EXPECT_FALSE(noise::isReactionWidget(line)) << line;
    EXPECT_TRUE(noise::isArticleActionPrompt("이 기사를 공유합니다"));
    EXPECT_TRUE(noise::isArticleActionPrompt("이 기사를 추천하시겠습니까?"));
    EXPECT_FALSE(noise::isArticleActionPrompt("이 기사를 쓴 기자는 현장을 여러 번 찾았다."));
    EXPECT_FALSE(noise::isArticleActionPrompt("기사를 공유한 이용자들이 늘었다는 분석이 나왔다"));
}

TEST(NoiseRules, ToolbarRows)
{
    for (const char *line : {"공유  페이스북  트위터  URL복사  +1 0", "[페이스북] [X] [링크 복사]  |  가  가  가",
                             "이 기사를 공유합니다  |  +1 0  |  스크랩  |  인쇄", "공유 +1 0   페이스북   트위터   카카오",
                             "공유하기 페이스북 카카오스토리 밴드", "인쇄 | 스크랩 | 공유", "로그인 | 회원가입 | 기사검색"})
        EXPECT_TRUE(noise::isToolbarRow(line)) << line;
    // One button word alone, and sentences that name the platforms, are not toolbars.
    for (const char *line : {"공유", "페이스북", "카카오와 네이버가 공유 플랫폼을 열었다", "페이스북 트위터 이용자 3천만 명",
                             "링크 복사 기능을 새로 넣었다", "카카오 네이버 실적 발표", "검색 로그인 기록 유출"})
        EXPECT_FALSE(noise::isToolbarRow(line)) << line;
}

TEST(NoiseRules, ListedHeadlines)
{
    EXPECT_TRUE(noise::isListedHeadline("가상전자, 2분기 영업이익 10조 돌파…반도체 회복세 뚜렷"));
    EXPECT_TRUE(noise::isListedHeadline("☞ 반도체 장비 수출 석 달째 증가 09:12"));
    EXPECT_FALSE(noise::isListedHeadline("회사는 올해 안에 샘플 공급을 시작할 계획이다."));
    EXPECT_FALSE(noise::isListedHeadline("일시: 2024년 6월 20일 오후 2시"));
    EXPECT_FALSE(noise::isListedHeadline("신제품의 주요 사양은 다음과 같다:"));
    EXPECT_FALSE(noise::isListedHeadline("짧은 줄"));
    EXPECT_TRUE(noise::hasHeadlineEvidence("가상전자, 2분기 영업이익 10조 돌파"));
    EXPECT_TRUE(noise::hasHeadlineEvidence("반도체 장비 수출 석 달째 증가 2024.06.10"));
    EXPECT_TRUE(noise::hasHeadlineEvidence("[단독] 정부, 실증 예산 증액 추진"));
    EXPECT_TRUE(noise::hasHeadlineEvidence("새 AI칩 시험 공급 - 가상경제"));
    EXPECT_TRUE(noise::hasHeadlineEvidence("국산 AI칩 실증 사업 2차 공모 시작 1시간 전"));
    EXPECT_FALSE(noise::hasHeadlineEvidence("고대역폭메모리 HBM3 탑재"));
    EXPECT_EQ(noise::listEnumerator("▲ 4나노 공정 기반"), "▲");
    EXPECT_EQ(noise::listEnumerator("2) 전력 효율"), "number");
    EXPECT_EQ(noise::listEnumerator("2024년 계획"), "");
}

// core() trims bullets, brackets and punctuation from both ends: on well-formed UTF-8 directly,
// on malformed lines through their code points (U+FFFD is no edge).
TEST(NoiseRules, CoreTrimsEdges)
{
    EXPECT_EQ(noise::core("▶ 관련기사 ▶"), "관련기사");
    EXPECT_EQ(noise::core("  [사진]  "), "사진");
    EXPECT_EQ(noise::core("※ 본문 글자 크기 조정."), "본문 글자 크기 조정");
    EXPECT_EQ(noise::core("·ㆍ•"), "");
    EXPECT_EQ(noise::core(""), "");
    EXPECT_EQ(noise::core("반도체"), "반도체");
    // Malformed: trimmed by code points, then mapped back to bytes by lead bytes; the cut
    // sequence counts as two code points but one lead byte, so the end stays where it was.
    EXPECT_EQ(noise::core(std::string("\xED\x95 [a]", 6)), std::string("\xED\x95 [a]", 6));
}

// rfindBytes is std::string_view::rfind with the default position, found by first byte: the same
// answer for marks absent, at either end, repeated, overlapping, longer than the text or empty.
TEST(NoiseRules, RfindBytesAnswersAsRfind)
{
    const std::string_view texts[] = {"", "a", "사진ⓒ연합뉴스", "ⓒⓒ", "…있다. ⓒ연합뉴스 ⓒ", "aaa", "abab", "ⓒ"};
    const std::string_view marks[] = {"", "a", "ab", "aa", "ⓒ", "©", "\xe2", "연합뉴스", "ⓒⓒⓒ", "있다. ⓒ"};
    for (const std::string_view t : texts) {
        for (const std::string_view m : marks)
            EXPECT_EQ(noise::detail::rfindBytes(t, m), t.rfind(m)) << std::string(t) << " / " << std::string(m);
    }
}

// ValidLineScope vouches for the very bytes it was made for, only while it lives, and only when
// they are well-formed; core() answers inside a scope as it does outside one.
TEST(NoiseRules, ValidLineScopeVouchesOnlyForItsOwnLine)
{
    const std::string line = "• 더 작게 ▶";
    const std::string copy = line;
    const std::string broken = "• 더 \xed\x95 작게 ▶"; // a truncated syllable
    EXPECT_FALSE(noise::ValidLineScope::vouches(line));
    {
        const noise::ValidLineScope scope(line);
        EXPECT_TRUE(noise::ValidLineScope::vouches(line));
        EXPECT_FALSE(noise::ValidLineScope::vouches(copy));                                // other bytes
        EXPECT_FALSE(noise::ValidLineScope::vouches(std::string_view(line).substr(0, 4))); // a part
        EXPECT_FALSE(noise::ValidLineScope::vouches(std::string_view(line).substr(1)));
        EXPECT_EQ(noise::core(line), "더 작게");
        {
            const noise::ValidLineScope inner(broken);
            EXPECT_FALSE(noise::ValidLineScope::vouches(broken));
            EXPECT_FALSE(noise::ValidLineScope::vouches(line));
        }
        EXPECT_TRUE(noise::ValidLineScope::vouches(line)); // the outer scope again
        {
            const noise::ValidLineScope told(copy, false); // the caller's word, not checked again
            EXPECT_FALSE(noise::ValidLineScope::vouches(copy));
            EXPECT_EQ(noise::core(copy), "더 작게"); // read as ill-formed: the same edges here
        }
        EXPECT_TRUE(noise::ValidLineScope::vouches(line));
    }
    EXPECT_FALSE(noise::ValidLineScope::vouches(line));
    std::string outside(noise::core(broken));
    const noise::ValidLineScope scope(broken);
    EXPECT_EQ(std::string(noise::core(broken)), outside);
}

// trimSpaces takes every space a scraped page pads a line with (ASCII, no-break, ideographic,
// zero-width, the BOM, em/en/thin/narrow no-break) off both ends, and only those: characters
// whose first byte is a wide space's (… and 、 and ¡) stay, and so does a Hangul edge.
TEST(NoiseRules, TrimSpacesTakesWideSpacesAndOnlyThem)
{
    using sillok::core::trimSpaces;
    const std::string spaces =
        " \t\xC2\xA0\xE3\x80\x80\xE2\x80\x8B\xEF\xBB\xBF\xE2\x80\x83\xE2\x80\x82\xE2\x80\x89\xE2\x80\xAF";
    EXPECT_EQ(trimSpaces(spaces + "반도체 협력" + spaces), "반도체 협력");
    EXPECT_EQ(trimSpaces(spaces), "");
    EXPECT_EQ(trimSpaces("\xE2\x80\xA6 기사 \xE3\x80\x81"), "\xE2\x80\xA6 기사 \xE3\x80\x81"); // … and 、
    EXPECT_EQ(trimSpaces("\xC2\xA1Hola\xEF\xBC\x81"), "\xC2\xA1Hola\xEF\xBC\x81");             // ¡ and ！
    EXPECT_EQ(trimSpaces("\xC2\xA0\xC2\xA0한\xE3\x80\x80"), "한");
}
