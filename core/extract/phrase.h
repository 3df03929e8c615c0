#pragma once
// Private to core/extract: noun-phrase and quotation helpers shared by the initiative and
// meeting recognizers.

#include "extract/article_text.h"

#include <optional>
#include <string>
#include <vector>

namespace sillok::core::extract {

struct Quote {
    std::size_t open = 0;  // token index of the opening quote
    std::size_t close = 0; // token index of the closing quote
    int start = 0;         // code points of the content
    int end = 0;
    std::u32string content;
};
// Quotations ‘…’ “…” '…' "…" 「…」 within one sentence, at most 16 tokens long.
std::vector<Quote> findQuotes(const ArticleText &at);
const Quote *quoteClosingAt(const std::vector<Quote> &quotes, std::size_t closeToken);

// First token of the noun phrase that ends with token `head`: preceding bare nouns (no
// particle, no verb ending, no time word, not a title), at most `maxWords` of them.
std::size_t phraseStart(const ArticleText &at, std::size_t head, std::size_t maxWords);

// Meeting ordinals above this are not read as ordinals (a serial or a stray digit run).
inline constexpr int kMaxOrdinal = 99999;

// Ordinal of "제4차" / "4차" / "제４차" (ASCII or full-width digits); 0 when the word is not
// one or its number exceeds kMaxOrdinal.
int ordinalOf(std::u32string_view word);

// Text of tokens [first, last] with single spaces where the source had whitespace, the last
// token reduced to its stem.
std::u32string phraseText(const ArticleText &at, std::size_t first, std::size_t last);

// The sentence of token `tok` holds it as an event: it takes 에서/에는, or the sentence says
// something is held or opens (개최, 열린, 열렸다, 연다, 열고, 개막…). Decides whether a 포럼 is
// an event or a standing channel.
bool heldAsEvent(const ArticleText &at, std::size_t tok);

// Content words of a phrase that are not generic modifiers (for "is this a proper name?").
int contentWords(const ArticleText &at, std::size_t first, std::size_t last);

} // namespace sillok::core::extract
