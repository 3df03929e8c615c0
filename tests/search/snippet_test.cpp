#include "search/snippet.h"

#include <gtest/gtest.h>

using namespace sillok::core;

TEST(Snippet, WrapsMatchesAfterNormalization)
{
    EXPECT_EQ(makeSnippet("정부는 K-클라우드 사업을 편다.", {"K클라우드"}), "정부는 [K-클라우드] 사업을 편다.");
    EXPECT_EQ(makeSnippet("NVIDIA와 Nvidia", {"nvidia"}), "[NVIDIA]와 [Nvidia]");
    EXPECT_EQ(makeSnippet("리벨리온과 협력", {"리벨리온"}), "[리벨리온]과 협력");
    EXPECT_EQ(makeSnippet("인공지능 반도체 육성", {"인공지능반도체"}), "[인공지능 반도체] 육성");
    EXPECT_EQ(makeSnippet("ＡＩ칩", {"ai"}), "[ＡＩ]칩");
    EXPECT_EQ(makeSnippet("온-디바이스 AI", {"온디바이스"}), "[온-디바이스] AI");
}

TEST(Snippet, MergesOverlappingAndAdjacentMatches)
{
    EXPECT_EQ(makeSnippet("과학자의 반론", {"과학", "학자"}), "[과학자]의 반론");
    EXPECT_EQ(makeSnippet("AI반도체", {"AI", "반도체"}), "[AI반도체]");
    EXPECT_EQ(makeSnippet("반도체 반도체", {"반도체"}), "[반도체] [반도체]");
}

TEST(Snippet, RespectsLatinWordBoundariesAndHardBreaks)
{
    EXPECT_EQ(makeSnippet("he said AI", {"ai"}), "he said [AI]");
    EXPECT_EQ(makeSnippet("R&D와 RD", {"R&D"}), "[R&D]와 RD");
    EXPECT_EQ(makeSnippet("과학. 기술", {"과학기술"}), "과학. 기술");
}

TEST(Snippet, PicksTheWindowWithMostTerms)
{
    std::string body;
    for (int i = 0; i < 30; ++i)
        body += "관련 없는 문장이 길게 이어진다. ";
    body += "리벨리온이 삼성과 손잡았다. ";
    for (int i = 0; i < 30; ++i)
        body += "또 다른 문장. ";
    const std::string s = makeSnippet(body, {"리벨리온", "삼성"}, 60);
    EXPECT_NE(s.find("[리벨리온]이 [삼성]과"), std::string::npos) << s;
    EXPECT_TRUE(s.starts_with("…"));
    EXPECT_TRUE(s.ends_with("…"));
}

TEST(Snippet, NoMatchShowsTheOpening)
{
    EXPECT_EQ(makeSnippet("가나다라마바사", {"없음"}, 3), "가나다…");
    EXPECT_EQ(makeSnippet("줄\n바꿈", {}), "줄 바꿈");
    EXPECT_EQ(makeSnippet("", {"x"}), "");
}

TEST(Snippet, HighlightSpansInCodePoints)
{
    const auto spans = findHighlights("한국 K-클라우드", {"k클라우드"});
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].start, 3);
    EXPECT_EQ(spans[0].end, 9);
}

// Found by tests/fuzz: choosing the window compared every candidate window with every match, so a
// body with thousands of hits (12,000 repeats of a dated phrase, 84 KB) spent 53 s in one search
// in the Debug build. The window now slides; this body (20,000 hits) must still pick the one
// window holding both terms, far down the text, and run in linear time.
TEST(Snippet, ManyMatchesStillPickTheWindowWithMostTerms)
{
    std::string body;
    for (int k = 0; k < 20000; ++k)
        body += k == 15000 ? "회의 반도체 " : "회의 ";
    const std::string snippet = makeSnippet(body, {"회의", "반도체"}, 60);
    EXPECT_NE(snippet.find("[반도체]"), std::string::npos) << snippet;
    EXPECT_TRUE(snippet.starts_with("…")) << snippet;
    EXPECT_NE(snippet.find("[회의]"), std::string::npos) << snippet;
}
