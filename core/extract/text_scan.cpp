#include "extract/text_scan.h"

#include "common/utf.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace sillok::core::extract {

bool isWordChar(char32_t c)
{
    return isHangul(c) || isLatin(c) || isDigit(c) || (c >= 0x4E00 && c <= 0x9FFF);
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x3000
        || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0xFEFF;
}

bool isListDot(char32_t c)
{
    return c == 0xB7 || c == 0x318D || c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x2219
        || c == 0x22C5 || c == 0x2022 || c == 0x119E;
}

bool isOpenQuote(char32_t c)
{
    return c == 0x2018 || c == 0x201C || c == U'\'' || c == U'"' || c == 0x300C || c == 0x300E
        || c == 0x300A || c == 0x3008;
}

char32_t closingQuote(char32_t open)
{
    switch (open) {
    case 0x2018: return 0x2019;
    case 0x201C: return 0x201D;
    case 0x300C: return 0x300D;
    case 0x300E: return 0x300F;
    case 0x300A: return 0x300B;
    case 0x3008: return 0x3009;
    default: return open;
    }
}

bool isKeyIgnorableOther(char32_t c)
{
    if (isSpace(c) || isListDot(c))
        return true;
    if (c < 0x80)
        return !(isLatin(c) || isDigit(c));
    if (c >= 0x2010 && c <= 0x2027)
        return true; // dashes, quotes, bullets
    if (c >= 0x3000 && c <= 0x3011)
        return true; // CJK punctuation and brackets
    if (c >= 0xFF01 && c <= 0xFF5E)
        return !isWordChar(c);
    return false;
}

std::u32string normalizeKey32(std::u32string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (!isKeyIgnorable(c))
            out.push_back(foldChar(c));
    }
    return out;
}

// normalizeKey32 on the UTF-8 directly: one string instead of two UTF-32 copies and a conversion.
std::string normalizeKey(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    // forEachCodePoint decodes ASCII and Hangul inline (decodeUtf8 was a call per character).
    forEachCodePoint(utf8, [&out](char32_t c) {
        if (!isKeyIgnorable(c))
            appendUtf8(out, foldChar(c));
    });
    return out;
}

namespace {

// Particles and copula endings that may follow a noun inside one eojeol. Longest first is
// not needed here: the whole remainder must be one of them.
const std::u32string_view kTails[] = {
    U"은", U"는", U"이", U"가", U"을", U"를", U"의", U"에", U"에서", U"에게", U"와", U"과", U"로",
    U"으로", U"도", U"만", U"등", U"측", U"까지", U"부터", U"처럼", U"보다", U"와의", U"과의",
    U"에서도", U"에서는", U"에서의", U"에는", U"에도", U"와도", U"과도", U"와는", U"과는", U"로서",
    U"으로서", U"로부터", U"으로부터", U"이며", U"이고", U"이다", U"이자", U"이라는", U"라는",
    U"이란", U"란", U"이나", U"나", U"이라고", U"라고", U"이었다", U"였다", U"입니다", U"이라며",
    U"라며", U"에게서", U"한테", U"께서", U"이라", U"라", U"마저", U"조차", U"뿐", U"들", U"들이",
    U"들은", U"들의", U"들과", U"에서만", U"로는", U"으로는", U"로도", U"으로도", U"에의",
    U"인", U"이와",
};

// Tails that need a stem ending in a final consonant (이/은/을/과/으로...) or in a vowel.
bool tailAgrees(char32_t last, std::u32string_view tail)
{
    if (!(last >= 0xAC00 && last <= 0xD7A3))
        return true; // Latin or digits: either form is used
    const bool batchim = hasFinalConsonant(last);
    const char32_t t0 = tail.front();
    if (t0 == U'은' || t0 == U'을' || tail.starts_with(U"과") || tail.starts_with(U"으로"))
        return batchim;
    if (t0 == U'는' || t0 == U'를' || t0 == U'와')
        return !batchim;
    if (tail.starts_with(U"로"))
        return !batchim || hasFinalRieul(last);
    if (t0 == U'이' || t0 == U'입')
        return batchim;
    if (t0 == U'가' || t0 == U'나' || t0 == U'라' || t0 == U'란' || t0 == U'였')
        return !batchim;
    return true;
}

} // namespace

bool isParticleTail(std::u32string_view rest)
{
    if (rest.empty())
        return true;
    // Most words are none of them: longer than any, or starting with a letter none starts with.
    struct Shape {
        std::size_t longest = 0;
        std::u32string firsts;
    };
    static const Shape shape = [] {
        Shape s;
        for (const std::u32string_view tail : kTails) {
            s.longest = std::max(s.longest, tail.size());
            if (s.firsts.find(tail.front()) == std::u32string::npos)
                s.firsts.push_back(tail.front());
        }
        return s;
    }();
    if (rest.size() > shape.longest || shape.firsts.find(rest.front()) == std::u32string::npos)
        return false;
    return std::ranges::any_of(
        kTails, [rest](std::u32string_view tail) { return tail.front() == rest.front() && tail == rest; });
}

std::size_t stripParticle(std::u32string_view word, std::size_t minStem)
{
    std::size_t best = word.size();
    if (word.empty())
        return best;
    const char32_t last = word.back();
    // Every word of the text comes here: only the tails whose last letter falls in the word's
    // bucket are looked at (the result is the shortest stem, so their order does not matter).
    static const auto buckets = [] {
        std::array<std::vector<std::u32string_view>, 64> b;
        for (const std::u32string_view tail : kTails)
            b[tail.back() & 63].push_back(tail);
        return b;
    }();
    for (const std::u32string_view tail : buckets[last & 63]) {
        // A different last letter rules a tail out before its length and letters are compared.
        if (tail.back() != last || word.size() < tail.size() + minStem || !word.ends_with(tail))
            continue;
        const std::size_t stem = word.size() - tail.size();
        if (stem < best && tailAgrees(word[stem - 1], tail))
            best = stem;
    }
    return best;
}

std::vector<Word> splitWords(std::u32string_view text)
{
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const std::size_t s = i;
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        if (i > s)
            words.push_back({static_cast<int>(s), static_cast<int>(i), std::u32string(text.substr(s, i - s))});
    }
    return words;
}

std::u32string u32(std::string_view utf8) { return toU32(utf8); }
std::string u8(std::u32string_view text) { return toUtf8(text); }
bool endsWith(std::u32string_view s, std::u32string_view suffix) { return s.ends_with(suffix); }
bool startsWith(std::u32string_view s, std::u32string_view prefix) { return s.starts_with(prefix); }

std::u32string_view trimmed(std::u32string_view s)
{
    auto junk = [](char32_t c) { return isSpace(c) || c == U',' || c == U'.' || isListDot(c); };
    while (!s.empty() && junk(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && junk(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace sillok::core::extract
