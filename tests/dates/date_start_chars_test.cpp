// dategrammar::mayStartExpression: DateResolver::find parses only where it is true, so it must
// hold for every character a parser can begin with. Checked two ways: against the words of the
// grammar's sources, and on real text, where no skipped position may parse.
#include "common/utf.h"
#include "dates/date_grammar.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
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

} // namespace
} // namespace sillok::core
