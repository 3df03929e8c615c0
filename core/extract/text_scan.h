#pragma once
// Private helpers of core/extract: character classes, key folding, particle stripping and
// whitespace words over UTF-32 text. Offsets are code points (see common/utf.h).

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract {

// Inline: asked of nearly every letter by the gazetteer's matcher, the tokenizer and the rules.
// syllables and jamo
inline bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318C);
}
// ASCII and full-width letters, Latin-1/Extended letters
inline bool isLatin(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xFF21 && c <= 0xFF3A)
           || (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
           || (c >= 0x1E00 && c <= 0x1EFF);
}
// ASCII and full-width digits
inline bool isDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}
bool isWordChar(char32_t c);    // Hangul, Latin, digit, CJK ideograph
bool isSpace(char32_t c);
bool isListDot(char32_t c);     // · ㆍ ・ ･ ‧ ∙ ⋅ •
bool isOpenQuote(char32_t c);   // ‘ “ ' " 「 『 《 〈
char32_t closingQuote(char32_t open);

// Lower-cases ASCII/full-width letters and maps full-width forms to ASCII; other code points
// unchanged. Cheap per-character folding used by the gazetteer matcher.
inline char32_t foldChar(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    return c;
}
// True for characters a normalised key drops (spaces, punctuation, list dots, quotes...).
bool isKeyIgnorableOther(char32_t c); // isKeyIgnorable past its Hangul test
inline bool isKeyIgnorable(char32_t c)
{
    // Hangul syllables, most of the text, are none of the classes ignored: answered inline (the
    // gazetteer's scan and the keys ask this of every letter).
    return !(c >= 0xAC00 && c <= 0xD7A3) && isKeyIgnorableOther(c);
}
// NFKC-casefold-like key: folded, with spaces and punctuation removed (UTF-8 in and out).
std::string normalizeKey(std::string_view utf8);
std::u32string normalizeKey32(std::u32string_view text);

// True when `rest` (the remainder of an eojeol after a name) is empty or a particle / copula
// ending that may follow a noun: 은 는 이 가 을 를 의 에 에서 와 과 로 으로 도 만 등 측 ...
bool isParticleTail(std::u32string_view rest);
// Longest particle tail of `word`, leaving a stem of at least `minStem` code points;
// returns the stem length (word.size() when nothing is stripped). Checks 받침 agreement.
std::size_t stripParticle(std::u32string_view word, std::size_t minStem = 2);

struct Word {
    int start = 0; // code points
    int end = 0;
    std::u32string text;
};
// Maximal runs of non-space characters.
std::vector<Word> splitWords(std::u32string_view text);

std::u32string u32(std::string_view utf8);
std::string u8(std::u32string_view text);
bool endsWith(std::u32string_view s, std::u32string_view suffix);
bool startsWith(std::u32string_view s, std::u32string_view prefix);
// Trims spaces and the given punctuation from both ends.
std::u32string_view trimmed(std::u32string_view s);

} // namespace sillok::core::extract
