#pragma once
// Text normalization for matching and storage (ICU 72).
//
// Three forms, each with one job:
//  * NFC (normalizeNfc): the storage form. Offsets in the core API count code points in it.
//  * Folded (foldForMatch / normalizeForMatch): NFKC + case folding, with every middle dot
//    mapped to U+00B7, every hyphen/dash variant to '-', and quotes/brackets to ' '. The search
//    tokenizer and the snippet builder work on this form, keeping a map back to the bytes of
//    the original input.
//  * Key (normalizeKey): the folded form with everything but letters, digits and combining
//    marks removed. It is the identity used to compare names and aliases across the app.
//
// All functions are thread-safe, never throw and accept invalid UTF-8 (bad bytes become
// U+FFFD, which folds to a separator).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

// Bumped whenever normalizeKey() changes its output for any input: stored keys and indexes
// built from them must then be recomputed.
inline constexpr int kNormalizeKeyVersion = 1;

// The single separator every middle-dot variant maps to (U+00B7 MIDDLE DOT).
inline constexpr char32_t kMiddleDot = 0x00B7;

// Maps one code point before and after NFKC casefolding:
//  · ‧ ∙ ⋅ ・ ･ • ㆍ(U+318D) → U+00B7; ‐ ‑ ‒ – — ― − － ﹣ → '-';
//  ‘ ’ ‚ ‛ “ ” „ ‟ 「 」 『 』 《 》 〈 〉 ' " → ' '. Any other code point is returned as is.
char32_t foldPunctuation(char32_t c);

// Folded text with, for every folded code point, the byte range [begin, end) of the original
// UTF-8 it came from. One original cluster that expands (㎡ → "m2") gives several folded code
// points sharing the same range.
struct FoldedText {
    std::u32string text;
    std::vector<std::uint32_t> begin;
    std::vector<std::uint32_t> end;

    void clear()
    {
        text.clear();
        begin.clear();
        end.clear();
    }
};

// Folds `utf8` into `out` (cleared first; its buffers are reused). ASCII and precomposed Hangul
// take a fast path that never calls ICU; other clusters go through NFKC_Casefold one
// normalization segment at a time.
void foldForMatch(std::string_view utf8, FoldedText &out);

// The folded form as UTF-8 (no offsets).
std::string normalizeForMatch(std::string_view utf8);

// NFC, for storing text. Invalid UTF-8 is repaired with U+FFFD.
std::string normalizeNfc(std::string_view utf8);

// The comparison key for names: normalizeForMatch() keeping only letters, digits and marks
// (spaces, punctuation, hyphens, dots, symbols removed). Examples:
//   "K-클라우드" → "k클라우드", "퓨리오사 AI" → "퓨리오사ai", "ＮＶＩＤＩＡ" → "nvidia",
//   "R&D" → "rd", "과기정통부·산업부" → "과기정통부산업부", "(주)리벨리온" → "주리벨리온".
// Corporate designators are not stripped here (that is the extractor's job).
std::string normalizeKey(std::string_view utf8);

// Character classes of folded code points, shared by the tokenizer and the snippet builder.
bool isHangulLetter(char32_t c); // syllables and all jamo blocks
bool isHanLetter(char32_t c);    // CJK ideographs (unified, extensions, compatibility)
bool isKanaLetter(char32_t c);   // hiragana, katakana
// Letters/digits of any other script (Latin, digits, Cyrillic, …): the "word" class.
bool isWordLetter(char32_t c);
bool isCombiningMark(char32_t c);
bool isSpace(char32_t c);

} // namespace sillok::core
