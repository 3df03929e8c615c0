#include "search/korean_tokenizer.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {

// Token texts; a colocated token is written "+text".
std::vector<std::string> toks(std::string_view text, TokenizerMode mode, bool query = false)
{
    std::vector<std::string> out;
    for (const SearchToken &t : tokenizeForSearch(text, mode, query))
        out.push_back((t.colocated ? "+" : "") + t.text);
    return out;
}
using V = std::vector<std::string>;
constexpr auto Bg = TokenizerMode::Bigram;
constexpr auto Wd = TokenizerMode::Word;

} // namespace

TEST(KoreanTokenizer, BigramsWithUnigramsAndCrossSpace)
{
    EXPECT_EQ(toks("반도체", Bg), (V{"반도", "도체"}));
    EXPECT_EQ(toks("AI반도체", Bg), (V{"ai", "반도", "도체"}));
    EXPECT_EQ(toks("인공지능 반도체", Bg), (V{"인공", "공지", "지능", "능반", "반도", "도체"}));
    EXPECT_EQ(toks("인공지능반도체", Bg), toks("인공지능 반도체", Bg));
    EXPECT_EQ(toks("삼성, 반도체", Bg), (V{"삼성", "반도", "도체"})); // punctuation: no cross bigram
    // A 1-syllable piece: unigram, colocated with the cross bigram on the document side only.
    EXPECT_EQ(toks("반도체 및 인공지능", Bg), (V{"반도", "도체", "체및", "+및", "및인", "인공", "공지", "지능"}));
    EXPECT_EQ(toks("반도체 및 인공지능", Bg, true), (V{"반도", "도체", "체및", "및인", "인공", "공지", "지능"}));
    EXPECT_EQ(toks("AI 및 반도체", Bg), (V{"ai", "및반", "+및", "반도", "도체"}));
    EXPECT_EQ(toks("및", Bg, true), (V{"및"}));
    EXPECT_EQ(toks("퓨리오사AI는", Bg), (V{"퓨리", "리오", "오사", "ai", "는"}));
}

TEST(KoreanTokenizer, HyphensAndMiddleDots)
{
    EXPECT_EQ(toks("K-클라우드", Bg), toks("K클라우드", Bg));
    EXPECT_EQ(toks("K–클라우드", Wd), toks("K클라우드", Wd));
    EXPECT_EQ(toks("K-클라우드", Wd), (V{"k", "클라우드"}));
    EXPECT_EQ(toks("온-디바이스", Bg), toks("온디바이스", Bg));
    EXPECT_EQ(toks("온‐디바이스", Wd), (V{"온디바이스"}));
    EXPECT_EQ(toks("한ㆍ미", Bg), (V{"한", "미"}));
    EXPECT_EQ(toks("한·미", Bg), toks("한ㆍ미", Bg));
    EXPECT_EQ(toks("한‧미", Wd), toks("한ㆍ미", Wd));
    // Latin-Latin: parts plus the joined word on the document side, the joined word in a query.
    EXPECT_EQ(toks("GPT-4", Bg), (V{"gpt", "4", "+gpt4"}));
    EXPECT_EQ(toks("GPT-4", Bg, true), (V{"gpt4"}));
    EXPECT_EQ(toks("2024-01-19", Wd, true), (V{"20240119"}));
}

TEST(KoreanTokenizer, WordModeStemsAndDroppedParticles)
{
    EXPECT_EQ(toks("과학기술정보통신부는 분과회의에", Wd),
              (V{"과학기술정보통신부는", "+과학기술정보통신부", "분과회의에", "+분과회의"}));
    EXPECT_EQ(toks("과학기술정보통신부는", Wd, true), (V{"과학기술정보통신부는"})); // no stems in queries
    EXPECT_EQ(toks("리벨리온과 HBM은", Wd), (V{"리벨리온과", "+리벨리온", "hbm"}));
    EXPECT_EQ(toks("퓨리오사AI는", Wd), (V{"퓨리오사", "ai"}));
    EXPECT_EQ(toks("SK하이닉스가 발표했다", Wd), (V{"sk", "하이닉스가", "+하이닉스", "발표했다", "+발표"}));
    EXPECT_EQ(toks("과학 장관 회의 의원 정의선 한반도 마이크로", Wd),
              (V{"과학", "장관", "회의", "의원", "정의선", "한반도", "마이크로"}));
}

TEST(KoreanTokenizer, FoldsCaseWidthAndNfd)
{
    EXPECT_EQ(toks("NVIDIA Nvidia nvidia", Bg), (V{"nvidia", "nvidia", "nvidia"}));
    EXPECT_EQ(toks("ＡＩ반도체", Bg), toks("AI반도체", Bg));
    EXPECT_EQ(toks("\u1112\u1161\u11AB\u1100\u116E\u11A8", Bg), (V{"한국"}));
}

TEST(KoreanTokenizer, OffsetsPointIntoTheOriginalBytes)
{
    const std::string text = "ＡＩ 인공지능 반도체";
    const auto t = tokenizeForSearch(text, Bg, false);
    ASSERT_EQ(t.front().text, "ai");
    EXPECT_EQ(t.front().begin, 0);
    EXPECT_EQ(t.front().end, 6);
    for (const SearchToken &tok : t) { // every span is a valid UTF-8 slice of the input
        ASSERT_LE(0, tok.begin);
        ASSERT_LE(tok.end, static_cast<int>(text.size()));
        ASSERT_LT(tok.begin, tok.end);
    }
    // The cross bigram 능반 spans "능 반".
    const auto cross = std::find_if(t.begin(), t.end(), [](const SearchToken &x) { return x.text == "능반"; });
    ASSERT_NE(cross, t.end());
    EXPECT_EQ(text.substr(static_cast<std::size_t>(cross->begin), static_cast<std::size_t>(cross->end - cross->begin)), "능 반");
}

TEST(KoreanTokenizer, HostileInputNeverCrashes)
{
    for (const char *s : {"", " ", "-", "---", "·", "\xff\xfe", "가-", "-가", "a-", "\"", "((", "가 -나"}) {
        (void)tokenizeForSearch(s, Bg, false);
        (void)tokenizeForSearch(s, Wd, true);
    }
    SUCCEED();
}
