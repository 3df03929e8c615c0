#pragma once
// How a name sounds: one company written in Hangul in one article and only in Latin letters in
// another ("리벨리온" / "Rebellions", "퓨리오사AI" / "FuriosaAI"), when no dictionary and no
// "한글(English)" apposition joined them, is found by comparing the two spellings in one coarse
// sound alphabet. Pure functions; thread-safe.
//
// ICU's Hangul-Latin transliterator spells Hangul letter by letter (리벨리온 → "libellion") and
// Latin-Hangul guesses English sounds badly (Rebellions → 레벨리온스); neither reproduces how a
// Korean newspaper writes a foreign name (docs/korean-text-notes.md §7). So both scripts map to
// sound classes instead, by the loanword conventions (외래어 표기법) that decide those spellings:
//   p  b p f v ph / ㅂ ㅃ ㅍ         t  d t th / ㄷ ㄸ ㅌ, final ㅅ ㅆ ㅈ ㅊ (인터넷 = internet)
//   k  g k c q ck / ㄱ ㄲ ㅋ         s  s z j ch sh x(k+s) soft c / ㅅ ㅆ ㅈ ㅉ ㅊ
//   l  l r / ㄹ                      m, n (also ng / final ㅇ), h (before a vowel only)
//   a  any run of vowels and glides (w, y, every Hangul vowel but ㅡ)
// ㅡ is dropped (the vowel Korean inserts between consonants: 스트 = "st"), a silent English
// final e after a consonant too, and a doubled class is written once (벨리 = "ll" = l).
// Digits stay themselves; other characters end nothing and are skipped.

#include <string>
#include <string_view>

namespace sillok::core {

// The sound form of a name, e.g. "리벨리온" → "lapalan", "Rebellions" → "lapalans",
// "퓨리오사AI" and "FuriosaAI" → "palasa". "" when the name has no Hangul or Latin letter.
std::string nameSound(std::string_view name);

// The consonant skeleton of a sound form (its vowels removed): "lapalans" → "lplns".
std::string soundSkeleton(std::string_view sound);

// 1 - Levenshtein distance / the longer length, over the sound symbols; 0 for an empty form.
double soundSimilarity(std::string_view a, std::string_view b);

// Whether a Hangul name and a Latin name may be the same one written in two scripts: they
// begin with the same sound, their skeletons have at least 3 consonants each and are equal
// (3 consonants) or differ by one symbol (4 or more), and their sound forms are at least 75 %
// alike. A signal for a person to review, never a merge.
bool soundsAlike(std::string_view hangulName, std::string_view latinName);
// The same test on two sound forms (nameSound) computed already.
bool soundFormsAlike(std::string_view soundA, std::string_view soundB);

} // namespace sillok::core
