#include "extract/phrase.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

std::vector<Quote> findQuotes(const ArticleText &at)
{
    std::vector<Quote> out;
    const auto &toks = at.tokens();
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (!toks[i].punct || !isOpenQuote(toks[i].ch()))
            continue;
        const char32_t close = closingQuote(toks[i].ch());
        for (std::size_t j = i + 1; j < toks.size() && j <= i + 17; ++j) {
            if (toks[j].sentence != toks[i].sentence && toks[j].start > at.sentences()[static_cast<std::size_t>(toks[i].sentence)].end)
                break;
            if (toks[j].punct && toks[j].ch() == close) {
                if (j > i + 1) {
                    Quote q{i, j, toks[i + 1].start, toks[j - 1].end, {}};
                    q.content = at.text().substr(static_cast<std::size_t>(q.start), static_cast<std::size_t>(q.end - q.start));
                    out.push_back(std::move(q));
                    i = j;
                }
                break;
            }
        }
    }
    return out;
}

const Quote *quoteClosingAt(const std::vector<Quote> &quotes, std::size_t closeToken)
{
    for (const auto &q : quotes) {
        if (q.close == closeToken)
            return &q;
    }
    return nullptr;
}

std::size_t phraseStart(const ArticleText &at, std::size_t head, std::size_t maxWords)
{
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    std::size_t first = head;
    for (std::size_t n = 0; first > 0 && n < maxWords; ++n) {
        const auto &p = toks[first - 1];
        // 일·대만 반도체 협력 포럼: a glued list dot after a one- or two-syllable word.
        if (p.punct && isListDot(p.ch()) && !p.spaceBefore && !toks[first].spaceBefore && first >= 2
            && at.isBareNoun(toks[first - 2]) && toks[first - 2].text.size() <= 2 && toks[first - 2].sentence == toks[head].sentence) {
            first -= 2;
            continue;
        }
        if (!at.isBareNoun(p) || lex.has("title", p.stem) || p.sentence != toks[head].sentence
            || lex.has("event_trigger", p.text))
            break;
        first -= 1;
    }
    return first;
}

int ordinalOf(std::u32string_view w)
{
    if (w.starts_with(U"제"))
        w.remove_prefix(1);
    if (w.size() < 2 || w.back() != U'차' || !std::ranges::all_of(w.substr(0, w.size() - 1), [](char32_t c) { return isDigit(c); }))
        return 0;
    int n = 0;
    for (char32_t c : w.substr(0, w.size() - 1)) {
        n = n * 10 + static_cast<int>(c >= 0xFF10 ? c - 0xFF10 : c - U'0'); // ASCII or full-width
        if (n > kMaxOrdinal)
            return 0; // 제99999999999차 numbers no meeting (and would overflow)
    }
    return n;
}

std::u32string phraseText(const ArticleText &at, std::size_t first, std::size_t last)
{
    const auto &toks = at.tokens();
    std::u32string out;
    for (std::size_t k = first; k <= last; ++k) {
        if (k > first && toks[k].spaceBefore)
            out += U' ';
        out += k == last ? toks[k].stem : toks[k].text;
    }
    return out;
}

bool heldAsEvent(const ArticleText &at, std::size_t tok)
{
    const auto &toks = at.tokens();
    if (toks[tok].tail == U"에서" || toks[tok].tail == U"에는")
        return true;
    // "‘PIM 포럼’에서": the particle after the quote that closes right after it.
    if (tok + 2 < toks.size() && toks[tok + 1].punct
        && std::u32string_view(U"’”'\"」』").find(toks[tok + 1].ch()) != std::u32string_view::npos
        && (toks[tok + 2].text == U"에서" || toks[tok + 2].text == U"에서는" || toks[tok + 2].text == U"에는"))
        return true;
    // "‘PIM 포럼’을 열 계획이다": the object of 열다 right after that quote.
    if (tok + 3 < toks.size() && toks[tok + 1].punct && (toks[tok + 2].text == U"을" || toks[tok + 2].text == U"를")
        && (toks[tok + 3].text == U"열" || toks[tok + 3].text.starts_with(U"열기")
            || toks[tok + 3].text.starts_with(U"개최")))
        return true;
    const auto [first, last] = at.sentenceTokens(toks[tok].sentence);
    for (std::size_t k = first; k < last; ++k) {
        const auto &s = toks[k].text;
        // "협회가 지난 22일 연 ‘X 포럼’에서": the adnominal of 열다 right before a quote.
        if (s == U"연" && k + 1 < last && toks[k + 1].punct && isOpenQuote(toks[k + 1].ch()))
            return true;
        for (const std::u32string &cue : at.lexicon().forms("event_held_cue")) {
            if (s.starts_with(cue))
                return true;
        }
    }
    return false;
}

int contentWords(const ArticleText &at, std::size_t first, std::size_t last)
{
    int n = 0;
    for (std::size_t k = first; k <= last; ++k) {
        const auto &t = at.tokens()[k];
        if (!t.punct && !at.isGeneric(t.stem) && ordinalOf(t.stem) == 0)
            ++n;
    }
    return n;
}

} // namespace sillok::core::extract
