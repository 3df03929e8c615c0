#pragma once
// Private helpers of core/extract: character classes, key folding, particle stripping and
// whitespace words over UTF-32 text. Offsets are code points (see common/utf.h).

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract {

bool isHangul(char32_t c);      // syllables and jamo
bool isLatin(char32_t c);       // ASCII and full-width letters, Latin-1/Extended letters
bool isDigit(char32_t c);       // ASCII and full-width digits
bool isWordChar(char32_t c);    // Hangul, Latin, digit, CJK ideograph
bool isSpace(char32_t c);
bool isListDot(char32_t c);     // · ㆍ ・ ･ ‧ ∙ ⋅ •
bool isOpenQuote(char32_t c);   // ‘ “ ' " 「 『 《 〈
char32_t closingQuote(char32_t open);

// Lower-cases ASCII/full-width letters and maps full-width forms to ASCII; other code points
// unchanged. Cheap per-character folding used by the gazetteer matcher.
char32_t foldChar(char32_t c);
// True for characters a normalised key drops (spaces, punctuation, list dots, quotes...).
bool isKeyIgnorable(char32_t c);
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
