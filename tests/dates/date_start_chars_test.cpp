// dategrammar::mayStartExpression: DateResolver::find parses only where it is true, so it must
// hold for every character a parser can begin with. Checked two ways: against the words of the
// grammar's sources, and on real text, where no skipped position may parse.
#include "common/utf.h"
#include "dates/date_grammar.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace sillok::core {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(DateStartChars, EveryCharacterOfTheGrammarsWords)
{
    const fs::path dir = fs::path(SILLOK_TEST_DATA_DIR) / ".." / ".." / "core" / "dates";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    // U"..." and U'.' literals (escapes such as U'\n' are not words).
    const std::regex literal(R"re(U"([^"\\]*)"|U'([^'\\]+)')re");
    std::size_t files = 0, checked = 0;
    for (const auto &entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".cpp")
            continue;
        ++files;
        const std::string source = readFile(entry.path());
        for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
            const std::string word = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
            for (const char32_t c : toU32(word)) {
                if (c == U' ' || c == U'\t')
                    continue;
                ++checked;
                EXPECT_TRUE(dategrammar::mayStartExpression(c))
                    << entry.path().filename() << ": " << word << " has " << toUtf8(std::u32string(1, c));
            }
        }
    }
    EXPECT_GE(files, 7u);
    EXPECT_GT(checked, 1000u);
    for (char32_t d = U'0'; d <= U'9'; ++d)
        EXPECT_TRUE(dategrammar::mayStartExpression(d));
}

TEST(DateStartChars, NoSkippedPositionParsesInTheHoldouts)
{
    ResolveContext news;
    news.reference = DateTimeValue{2024, 5, 9, 9, 0, 0, TimeGrain::Second};
    ResolveContext chat = news;
    chat.style = ResolveContext::Style::Chat;
    std::size_t texts = 0, skipped = 0;
    for (const auto &entry : fs::recursive_directory_iterator(SILLOK_TEST_DATA_DIR)) {
        const std::string name = entry.path().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".txt" || name.find("holdout") == std::string::npos)
            continue;
        ++texts;
        const std::u32string text = toU32(readFile(entry.path()));
        for (const ResolveContext &ctx : {news, chat}) {
            dategrammar::Grammar grammar(text, ctx);
            for (std::size_t p = 0; p < text.size(); ++p) {
                if (dategrammar::mayStartExpression(text[p]))
                    continue;
                ++skipped;
                EXPECT_FALSE(grammar.parseAt(p).has_value())
                    << entry.path().filename() << " at " << p << ": " << toUtf8(text.substr(p, 12));
            }
        }
    }
    EXPECT_GE(texts, 100u);
    EXPECT_GT(skipped, 100000u);
}

// dategrammar::mayStartNewsExpression, the news-style filter: every word of the grammar's sources
// (Hangul numerals included), alone and followed by what a parser reads next, parses from its start
// in news style only when its first two letters pass the filter.
TEST(DateStartChars, NewsStartsCoverEveryWordThatParses)
{
    const fs::path dir = fs::path(SILLOK_TEST_DATA_DIR) / ".." / ".." / "core" / "dates";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    const std::regex literal(R"re(U"([^"\\]*)"|U'([^'\\]+)')re");
    // The words, and each of their letters on its own (the weekdays are read from "월화수목금토일").
    std::set<std::u32string> words;
    for (const auto &entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".cpp")
            continue;
        const std::string source = readFile(entry.path());
        for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
            std::u32string word = toU32((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
            word.erase(0, word.find_first_not_of(U" \t"));
            if (word.empty())
                continue;
            words.insert(word);
            for (const char32_t c : word)
                words.insert(std::u32string(1, c));
        }
    }
    ResolveContext news;
    news.reference = DateTimeValue{2024, 5, 9, 9, 0, 0, TimeGrain::Second};
    const std::u32string tails[] = {U"",      U"에",    U" 3일", U"요일", U"3월", U" 오전 9시", U"시",
                                    U"일",    U"월",    U"년",   U"분기", U"주",  U"주일",      U"시간 전",
                                    U"달 전", U"일 전", U" 주",  U" 달",  U" 해", U"날",        U"개월 후"};
    std::size_t parsed = 0, refused = 0;
    for (const std::u32string &word : words) {
        for (const std::u32string &tail : tails) {
            const std::u32string text = word + tail;
            dategrammar::Grammar grammar(text, news);
            const bool parses = grammar.parseAt(0).has_value();
            parsed += parses ? 1 : 0;
            if (dategrammar::mayStartNewsExpression(text[0], text.size() > 1 ? text[1] : U'\0'))
                continue;
            ++refused;
            EXPECT_FALSE(parses) << toUtf8(text);
        }
    }
    EXPECT_GT(parsed, 500u);
    EXPECT_GT(refused, 5000u);
    for (char32_t d = U'0'; d <= U'9'; ++d)
        EXPECT_TRUE(dategrammar::mayStartNewsExpression(d, U'\0'));
}

TEST(DateStartChars, NoPositionSkippedInNewsStyleParsesInTheHoldouts)
{
    ResolveContext news;
    news.reference = DateTimeValue{2024, 5, 9, 9, 0, 0, TimeGrain::Second};
    std::size_t texts = 0, skipped = 0;
    for (const auto &entry : fs::recursive_directory_iterator(SILLOK_TEST_DATA_DIR)) {
        const std::string name = entry.path().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".txt" || name.find("holdout") == std::string::npos)
            continue;
        ++texts;
        const std::u32string text = toU32(readFile(entry.path()));
        dategrammar::Grammar grammar(text, news);
        for (std::size_t p = 0; p < text.size(); ++p) {
            if (dategrammar::mayStartNewsExpression(text[p], p + 1 < text.size() ? text[p + 1] : U'\0'))
                continue;
            ++skipped;
            EXPECT_FALSE(grammar.parseAt(p).has_value())
                << entry.path().filename() << " at " << p << ": " << toUtf8(text.substr(p, 12));
        }
    }
    EXPECT_GE(texts, 100u);
    EXPECT_GT(skipped, 100000u);
}

} // namespace
} // namespace sillok::core
