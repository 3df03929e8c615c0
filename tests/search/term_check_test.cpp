#include "search/match_query.h"
#include "search/term_check.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {
bool holds(std::string_view text, std::string_view query, const std::vector<std::vector<std::string>> &groups = {})
{
    return holdsEveryTerm({}, text, buildMatchQuery(query, groups)->bigramCheck);
}
} // namespace

// Every bigram of a long name in an article, but never the name: not a hit of the name.
TEST(TermCheck, ANameInPiecesIsNotTheName)
{
    const std::string pieces = "산업 현장의 업통 문제와 통상 협상, 상자 포장, 자원 개발, 원부자재 가격이 올랐다.";
    EXPECT_FALSE(holds(pieces, "산업통상자원부"));
    EXPECT_TRUE(holds("산업통상자원부는 5일 발표했다.", "산업통상자원부"));
}

// The tokenizer joins Hangul across white space and hyphens: so does the check.
TEST(TermCheck, SequenceAcrossSpacesHyphensAndDots)
{
    EXPECT_TRUE(holds("정부는 인공지능 반도체 육성에 나선다", "인공지능반도체"));
    EXPECT_TRUE(holds("정부는 인공지능반도체 육성에 나선다", "\"인공지능 반도체\""));
    EXPECT_TRUE(holds("온-디바이스 AI 칩", "온디바이스"));
    EXPECT_TRUE(holds("시스템반도체 설계", "반도체"));
    EXPECT_FALSE(holds("인공 지능형 반도체", "인공지능반도체"));
    // A word of three syllables is two bigrams: not checked (the index's answer stands).
    EXPECT_TRUE(holds("한반도의 전도체", "반도체"));
}

// Latin words are found in any case; an alias group holds when one of its names does.
TEST(TermCheck, LatinWordsAndAliasGroups)
{
    const std::vector<std::vector<std::string>> groups{{"한빛세미콘", "Hanbit Semicon", "HBS"}};
    EXPECT_TRUE(holds("the HBS team", "한빛세미콘", groups));
    EXPECT_TRUE(holds("한빛세미콘이 투자를 받았다", "hbs", groups));
    EXPECT_FALSE(holds("한빛 세상의 미콘 이야기", "한빛세미콘 투자", groups));
    EXPECT_TRUE(holds("K-클라우드 사업", "K-클라우드"));
    EXPECT_TRUE(holdsEveryTerm({}, "아무 글", "")); // nothing to check
}

// The name's first syllable found where it is not followed by the rest, before where it is; a
// Latin word in mixed case after false starts in either case, at the very end, and in the title.
TEST(TermCheck, FalseStartsBeforeTheNameAndTheTextsEdges)
{
    const std::vector<std::vector<std::string>> groups{{"한빛세미콘", "HanbitSemi"}};
    EXPECT_TRUE(holds("한빛나는 한빛 세상, 한빛세미콘", "한빛세미콘", groups));
    EXPECT_FALSE(holds("한빛나는 한빛 세상, 한빛세미", "한빛세미콘"));
    EXPECT_TRUE(holds("hand HAND Han hAnbitSEMI", "한빛세미콘", groups));
    EXPECT_TRUE(holds("hanbitsemi", "한빛세미콘", groups));
    EXPECT_FALSE(holds("hand HAND Han hAnbitSEM", "한빛세미콘", groups));
    EXPECT_FALSE(holds("hanbit semi", "한빛세미콘", groups));
    const std::string check = buildMatchQuery("한빛세미콘", groups)->bigramCheck;
    EXPECT_TRUE(holdsEveryTerm("HANBITSEMI 상장", "본문에는 없다", check));
    EXPECT_TRUE(holdsEveryTerm("제목에는 없다", "본문 끝의 한빛세미콘", check));
    EXPECT_FALSE(holdsEveryTerm("제목 한빛", "세미콘 본문", check)); // not across title and text
}
