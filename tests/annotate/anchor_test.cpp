#include "annotate/anchor.h"

#include "common/utf.h"

#include <gtest/gtest.h>

#include <string>

using namespace sillok::core;

namespace {

// A synthetic article body (not taken from any real article).
const std::string kBody =
    "가상부는 오늘 서울에서 첫 번째 협의회를 열었다. 참석자들은 반도체 설계 인력 양성 방안을 논의했다. "
    "협의회는 매 분기 열린다. 다음 회의에서는 데이터센터 전력 문제를 다룬다. "
    "관계자는 \"인력 양성이 가장 시급하다\"고 말했다.";

int cpIndex(const std::string &body, const std::string &needle, std::size_t from = 0)
{
    const std::size_t byte = body.find(needle, from);
    EXPECT_NE(byte, std::string::npos) << needle;
    return static_cast<int>(codePointCount(std::string_view(body).substr(0, byte)));
}

AnnotationRecord anchorOn(const std::string &body, const std::string &quote, std::size_t fromByte = 0)
{
    const int start = cpIndex(body, quote, fromByte);
    return makeAnchor(body, start, start + static_cast<int>(codePointCount(quote)));
}

std::string replaceOnce(std::string text, const std::string &from, const std::string &to)
{
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

} // namespace

TEST(AnchorTest, MakeAnchorFillsQuoteAndContextInCodePoints)
{
    const AnnotationRecord a = anchorOn(kBody, "반도체 설계 인력");
    EXPECT_EQ(a.exact, "반도체 설계 인력");
    EXPECT_EQ(a.end - a.start, 9);
    EXPECT_EQ(codePointCount(a.prefix), static_cast<std::size_t>(kAnchorContext));
    EXPECT_EQ(codePointCount(a.suffix), static_cast<std::size_t>(kAnchorContext));
    EXPECT_TRUE(a.prefix.ends_with("참석자들은 "));
    EXPECT_TRUE(a.suffix.starts_with(" 양성 방안을"));
}

TEST(AnchorTest, MakeAnchorClampsAndKeepsShortContextAtEdges)
{
    const AnnotationRecord a = makeAnchor("가나다라마", -3, 2);
    EXPECT_EQ(a.start, 0);
    EXPECT_EQ(a.exact, "가나");
    EXPECT_EQ(a.prefix, "");
    EXPECT_EQ(a.suffix, "다라마");
    const AnnotationRecord b = makeAnchor("가나다라마", 4, 99);
    EXPECT_EQ(b.exact, "마");
    EXPECT_EQ(b.end, 5);
    EXPECT_EQ(b.suffix, "");
    const AnnotationRecord c = makeAnchor("가나다", 2, 1);
    EXPECT_EQ(c.start, 2);
    EXPECT_EQ(c.end, 2);
    EXPECT_EQ(c.exact, "");
}

TEST(AnchorTest, UnchangedBodyIsExact)
{
    const AnnotationRecord a = anchorOn(kBody, "데이터센터 전력 문제");
    const Reanchor r = reanchor(a, kBody);
    EXPECT_EQ(r.status, Reanchor::Exact);
    EXPECT_EQ(r.start, a.start);
    EXPECT_EQ(r.end, a.end);
}

TEST(AnchorTest, InsertionBeforeMovesTheAnchor)
{
    const AnnotationRecord a = anchorOn(kBody, "데이터센터 전력 문제");
    const std::string inserted = "[속보] 추가된 머리말 문장입니다. ";
    const std::string edited = inserted + kBody;
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Moved);
    EXPECT_EQ(r.start, a.start + static_cast<int>(codePointCount(inserted)));
    EXPECT_EQ(substrCodePoints(edited, r.start, r.end), a.exact);
}

TEST(AnchorTest, InsertionRightBeforeTheQuoteStillMatchesOnTheSuffix)
{
    const AnnotationRecord a = anchorOn(kBody, "데이터센터 전력 문제");
    const std::string edited = replaceOnce(kBody, "다음 회의에서는 ", "다음 회의(3월 예정)에서는 새로 ");
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Moved);
    EXPECT_EQ(substrCodePoints(edited, r.start, r.end), a.exact);
    EXPECT_EQ(r.start, cpIndex(edited, "데이터센터"));
}

TEST(AnchorTest, InsertionAfterKeepsThePosition)
{
    const AnnotationRecord a = anchorOn(kBody, "첫 번째 협의회");
    const Reanchor r = reanchor(a, kBody + " 덧붙인 문장.");
    EXPECT_EQ(r.status, Reanchor::Exact);
    EXPECT_EQ(r.start, a.start);
}

TEST(AnchorTest, WordCorrectedInsideTheQuoteOrphans)
{
    const AnnotationRecord a = anchorOn(kBody, "반도체 설계 인력 양성");
    const std::string edited = replaceOnce(kBody, "반도체 설계 인력", "반도체 설계 전문 인력");
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Orphaned);
    EXPECT_EQ(r.start, a.start); // keeps the old place for display
}

TEST(AnchorTest, CorrectedQuoteDoesNotJumpToAnEarlierLookalike)
{
    // "인력 양성" also appears in the closing quotation, with different surroundings.
    const std::size_t second = kBody.find("인력 양성이");
    const AnnotationRecord a = anchorOn(kBody, "인력 양성이", second);
    const std::string edited = replaceOnce(kBody, "인력 양성이 가장", "인재 양성이 가장");
    // The only "인력 양성" left is the first one, but the quote itself ("인력 양성이") is gone.
    EXPECT_EQ(reanchor(a, edited).status, Reanchor::Orphaned);

    // Same with a shorter quote whose lookalike does exist elsewhere.
    const AnnotationRecord b = anchorOn(kBody, "인력 양성", second);
    const std::string edited2 = replaceOnce(kBody, "\"인력 양성이 가장 시급하다\"고 말했다", "\"인재 확보가 가장 시급하다\"고 말했다");
    const Reanchor r = reanchor(b, edited2);
    EXPECT_EQ(r.status, Reanchor::Orphaned) << r.start;
}

TEST(AnchorTest, LoneLookalikeWithUnrelatedContextIsNotTaken)
{
    const AnnotationRecord a = anchorOn(kBody, "전력 문제");
    // The original sentence is gone; an unrelated sentence elsewhere uses the same words.
    std::string edited = replaceOnce(kBody, "다음 회의에서는 데이터센터 전력 문제를 다룬다. ", "");
    edited += " 한편 해외 공장들은 여름마다 전력 문제로 가동을 멈추기도 한다.";
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Orphaned);
}

TEST(AnchorTest, DuplicateQuotesPickTheOneWithMatchingContext)
{
    const std::size_t second = kBody.find("인력 양성");
    const std::size_t third = kBody.find("인력 양성", second + 1);
    const AnnotationRecord a = anchorOn(kBody, "인력 양성", third);
    ASSERT_NE(a.start, cpIndex(kBody, "인력 양성"));
    const std::string edited = "머리말. " + kBody;
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Moved);
    EXPECT_EQ(r.start, a.start + 5);

    // The first occurrence is still found as itself.
    const AnnotationRecord first = anchorOn(kBody, "인력 양성");
    const Reanchor r1 = reanchor(first, edited);
    EXPECT_EQ(r1.status, Reanchor::Moved);
    EXPECT_EQ(r1.start, first.start + 5);
}

TEST(AnchorTest, OldPositionHoldingALookalikeIsNotExact)
{
    // Two copies of a quote; delete text so the second copy's old position now holds the first.
    const std::string body = "가상 기업이 새 칩을 공개했다. 업계는 반응이 뜨겁다고 전했다. 한편 다른 곳에서는 반응이 미지근했다.";
    const std::size_t at = body.find("반응이", body.find("반응이") + 1);
    const AnnotationRecord a = anchorOn(body, "반응이", at);
    const std::string edited = "업계는 반응이 뜨겁다고 전했다. 한편 다른 곳에서는 반응이 미지근했다.";
    const Reanchor r = reanchor(a, edited);
    EXPECT_EQ(r.status, Reanchor::Moved);
    EXPECT_EQ(r.start, cpIndex(edited, "반응이 미지근"));
}

TEST(AnchorTest, IdenticalCopiesPreferTheNearestToTheOldPlace)
{
    const std::string para = "동일한 문단이 두 번 실렸다. 중요한 문장이다. 끝.";
    const std::string body = para + " " + para;
    const std::size_t at = body.find("중요한", body.find("중요한") + 1);
    const AnnotationRecord a = anchorOn(body, "중요한 문장", at);
    const Reanchor r = reanchor(a, body);
    EXPECT_EQ(r.status, Reanchor::Exact);
    EXPECT_EQ(r.start, a.start);
}

TEST(AnchorTest, DeletedQuoteOrphans)
{
    const AnnotationRecord a = anchorOn(kBody, "협의회는 매 분기 열린다.");
    const std::string edited = replaceOnce(kBody, "협의회는 매 분기 열린다. ", "");
    EXPECT_EQ(reanchor(a, edited).status, Reanchor::Orphaned);
    EXPECT_EQ(reanchor(a, "").status, Reanchor::Orphaned);
}

TEST(AnchorTest, QuoteAtTheStartOfTheBody)
{
    const AnnotationRecord a = makeAnchor(kBody, 0, 3);
    EXPECT_EQ(a.prefix, "");
    EXPECT_EQ(reanchor(a, kBody).status, Reanchor::Exact);
    const Reanchor moved = reanchor(a, "새 제목. " + kBody);
    EXPECT_EQ(moved.status, Reanchor::Moved);
    EXPECT_EQ(moved.start, 6);
}

TEST(AnchorTest, EmptyQuoteAndWholeBodyQuote)
{
    AnnotationRecord empty = makeAnchor(kBody, 5, 5);
    EXPECT_EQ(reanchor(empty, kBody).status, Reanchor::Orphaned);

    const std::string small = "짧은 글";
    const AnnotationRecord whole = makeAnchor(small, 0, 4);
    EXPECT_EQ(reanchor(whole, small).status, Reanchor::Exact);
    EXPECT_EQ(reanchor(whole, "앞. 짧은 글").status, Reanchor::Moved);
    EXPECT_EQ(reanchor(whole, "짧은 글 그리고 짧은 글").status, Reanchor::Orphaned);
}

TEST(AnchorTest, ContextScoreIsLowForUnrelatedSurroundings)
{
    const AnnotationRecord a = anchorOn(kBody, "인력");
    const std::u32string body = toU32(kBody);
    EXPECT_DOUBLE_EQ(anchorContextScore(a, body, a.start, a.end), 1.0);
    const int other = cpIndex(kBody, "인력", kBody.find("인력") + 1);
    EXPECT_LT(anchorContextScore(a, body, other, other + 2), 0.6);
    EXPECT_EQ(anchorContextScore(a, body, -1, 2), 0.0);
}

TEST(AnchorTest, InvalidUtf8DoesNotCrash)
{
    const std::string bad = std::string("가나\xff\xfe다라") + "마";
    const AnnotationRecord a = makeAnchor(bad, 1, 4);
    EXPECT_FALSE(a.exact.empty());
    EXPECT_EQ(reanchor(a, bad).status, Reanchor::Exact);
}
