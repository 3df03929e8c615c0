// PretokenizedText::make tokenizes the document side of both modes from one folding of the text
// (tokenizeDocument): its tokens must be exactly what two tokenizeKorean calls give, whatever the
// text, and a worker thread's reused buffers must not carry one text into the next.
#include "search/korean_tokenizer.h"
#include "search/pretokenized.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

struct Tok {
    int flags;
    std::string text;
    int begin;
    int end;
    bool operator==(const Tok &) const = default;
};

int collect(void *context, int flags, const char *token, int bytes, int begin, int end)
{
    static_cast<std::vector<Tok> *>(context)->push_back(
        {flags, std::string(token, static_cast<std::size_t>(bytes)), begin, end});
    return 0;
}

std::vector<Tok> replayed(const std::string &source, const TokenList &list)
{
    std::vector<Tok> out;
    EXPECT_EQ(list.replay(source, &out, collect), 0);
    return out;
}

std::vector<Tok> direct(const std::string &text, TokenizerMode mode)
{
    std::vector<Tok> out;
    tokenizeKorean(text, mode, false, &out, collect);
    return out;
}

int stopAtThird(void *context, int, const char *, int, int, int)
{
    return ++*static_cast<int *>(context) == 3 ? 7 : 0;
}

} // namespace

TEST(Pretokenized, BothModesEqualTheTokenizerCalledTwice)
{
    const std::vector<std::string> texts = {
        "인공지능 반도체 기업 한빛전자는 19일 서울에서 K-클라우드 전략을 발표했다.",
        "NQ/TW R&D-센터, 퓨리오사 AI와 ＮＶＩＤＩＡ의 H100 GPU… 과기정통부·산업부 “신제품”을 공개",
        "x",
        "",
        "漢字 かな カタカナ 1㎡ e-mail co-op 삼성 전자 반 도체",
    };
    for (const auto &text : texts) {
        const auto p = PretokenizedText::make(text);
        EXPECT_EQ(p.text, text);
        EXPECT_EQ(replayed(p.text, p.word), direct(text, TokenizerMode::Word)) << text;
        EXPECT_EQ(replayed(p.text, p.bigram), direct(text, TokenizerMode::Bigram)) << text;
    }
    // After a long text, a short one on the same thread gets only its own tokens.
    const auto shortText = PretokenizedText::make("반도체");
    EXPECT_EQ(replayed(shortText.text, shortText.bigram), direct("반도체", TokenizerMode::Bigram));
}

// A token folded by the tokenizer (ＮＶＩＤＩＡ is nvidia, H100 is h100) keeps its own text; one
// that is the document's bytes is handed over from the document. Replayed against a text of
// another length, a list hands nothing over and fails.
TEST(Pretokenized, FoldedTokensKeepTheirTextAndAnotherTextIsRefused)
{
    const auto p = PretokenizedText::make("ＮＶＩＤＩＡ의 H100과 반도체");
    const std::vector<Tok> word = replayed(p.text, p.word);
    ASSERT_EQ(word, direct(p.text, TokenizerMode::Word));
    const auto folded = std::ranges::find(word, std::string("nvidia"), &Tok::text);
    ASSERT_NE(folded, word.end());
    EXPECT_NE(
        p.text.substr(static_cast<std::size_t>(folded->begin), static_cast<std::size_t>(folded->end - folded->begin)),
        "nvidia");
    EXPECT_NE(std::ranges::find(word, std::string("반도체"), &Tok::text), word.end());

    std::vector<Tok> out;
    EXPECT_EQ(p.word.replay(p.text + " ", &out, collect), 1);
    EXPECT_TRUE(out.empty());
}

TEST(Pretokenized, TokenizeDocumentStopsAtTheFirstNonZeroResult)
{
    int calls = 0;
    EXPECT_EQ(tokenizeDocument("인공지능 반도체 기업", &calls, &calls, stopAtThird), 7);
    EXPECT_EQ(calls, 3);
}
