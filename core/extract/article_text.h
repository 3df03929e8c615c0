#pragma once
// Private to core/extract: one article body prepared for the recognizers: UTF-32 text,
// sentences, and tokens (words split off punctuation, each with its particle-stripped stem).

#include "extract/extraction.h"
#include "extract/lexicon.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract {

struct Token {
    int start = 0; // code points in the body
    int end = 0;
    int stemEnd = 0;       // end of the stem (particles and copula endings stripped)
    // Views into ArticleText::text() (valid while the ArticleText lives): the raw token, its stem
    // and what was stripped ("" for none).
    std::u32string_view text;
    std::u32string_view stem;
    std::u32string_view tail;
    bool punct = false;    // a single punctuation character (quote, bracket, comma, dot...)
    bool spaceBefore = false;
    int sentence = -1;
    char32_t ch() const { return punct ? text[0] : U'\0'; }
};

class ArticleText {
public:
    ArticleText(std::u32string text, const Lexicon &lexicon);
    // Tokens view the text: an ArticleText stays where it was made.
    ArticleText(const ArticleText &) = delete;
    ArticleText &operator=(const ArticleText &) = delete;

    const std::u32string &text() const { return m_text; }
    // Gives the text up when the ArticleText is done with (its tokens view it).
    std::u32string takeText() && { return std::move(m_text); }
    const std::vector<Sentence> &sentences() const { return m_sentences; }
    const std::vector<Token> &tokens() const { return m_tokens; }
    const Lexicon &lexicon() const { return m_lexicon; }

    int sentenceAt(int cp) const;
    std::string slice(int start, int end) const; // UTF-8 of [start, end)
    // The first token starting at or after `cp` (tokens().size() when none).
    std::size_t tokenAt(int cp) const;
    // [first, last) token range of a sentence.
    std::pair<std::size_t, std::size_t> sentenceTokens(int sentence) const;

    // A bare noun-like token: a word without particle tail and not ending like a verb or
    // adnominal form (한/된/할/던/며/고/다...), not a time word or conjunction.
    bool isBareNoun(const Token &t) const;
    // A token that carries a date (19일, 6월, 2024년, 지난, 오는, 이날...).
    bool isTimeWord(const Token &t) const;
    bool isGeneric(std::u32string_view word) const;

private:
    std::u32string m_text;
    const Lexicon &m_lexicon;
    std::vector<Sentence> m_sentences;
    std::vector<Token> m_tokens;
    std::vector<std::size_t> m_sentenceFirstToken;
};

Mention makeMention(const ArticleText &at, int start, int end, std::string field);

} // namespace sillok::core::extract
