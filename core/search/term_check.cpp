#include "search/term_check.h"

#include "common/utf.h"
#include "text/normalize.h"

#include <algorithm>
#include <cstring>

namespace sillok::core {

namespace {

constexpr char kTermSeparator = '\x1f';
constexpr char kAlternativeSeparator = '\x1e';
constexpr char kPieceSeparator = '\x1d';
constexpr std::size_t kCheckedSyllables = 4; // a term is checked when a name of it has a run this long

// The code point at byte `p` of `s`, moving `p` past it (a bad byte is U+FFFD, one byte long).
char32_t decodeAt(std::string_view s, std::size_t &p)
{
    const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
    const char32_t lead = b(p);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || p + length > s.size()) {
        ++p;
        return 0xFFFD;
    }
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i)
        c = (c << 6) | (b(p + i) & 0x3F);
    p += length;
    return c;
}

// What the tokenizer joins across or drops between two Hangul pieces: white space, hyphens and
// dashes, middle dots.
bool isSkippable(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x3000 || c == '-'
           || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFF0D || c == kMiddleDot || c == 0x2027
           || c == 0x30FB || c == 0xFF65 || c == 0x318D || c == 0x2022 || c == 0x2219;
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    for (;;) {
        const std::size_t at = s.find(sep, from);
        parts.push_back(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos)
            return parts;
        from = at + 1;
    }
}

// The first occurrence of `needle` (one UTF-8 character) in `text` at or after `from`. Found by its
// last byte: string_view::find looks for the first, and a Hangul syllable's first byte is one of
// four that begin every syllable of the text, so it compared the rest at nearly every character.
std::size_t findCharacter(std::string_view text, std::string_view needle, std::size_t from)
{
    const std::size_t n = needle.size();
    for (std::size_t end = from + n - 1; end < text.size(); ++end) {
        const void *hit = std::memchr(text.data() + end, needle.back(), text.size() - end);
        if (hit == nullptr)
            return std::string_view::npos;
        end = static_cast<std::size_t>(static_cast<const char *>(hit) - text.data());
        if (std::memcmp(text.data() + end + 1 - n, needle.data(), n - 1) == 0)
            return end + 1 - n;
    }
    return std::string_view::npos;
}

// `syllables` (UTF-8, Hangul syllables only) in sequence in `text`, separators allowed between.
bool holdsInSequence(std::string_view text, std::string_view syllables)
{
    const std::u32string want = toU32(syllables);
    if (want.empty())
        return true;
    const std::string first = toUtf8(std::u32string(1, want.front()));
    for (std::size_t at = findCharacter(text, first, 0); at != std::string_view::npos;
         at = findCharacter(text, first, at + 1)) {
        std::size_t p = at + first.size();
        std::size_t k = 1;
        while (k < want.size() && p < text.size()) {
            std::size_t next = p;
            const char32_t c = decodeAt(text, next);
            if (c == want[k]) {
                ++k;
                p = next;
            } else if (isSkippable(c)) {
                p = next;
            } else {
                break;
            }
        }
        if (k == want.size())
            return true;
    }
    return false;
}

// `piece` (lower-case ASCII letters and digits) in `text`, its letters in either case. Looked for
// where its first character is, in either case (memchr: Latin is rare in Korean news), rather than
// in a lower-cased copy of the whole text.
bool holdsLatin(std::string_view text, std::string_view piece)
{
    const char lower = piece.front();
    const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
    const auto same = [](char c, char want) {
        return c == want || (want >= 'a' && want <= 'z' && c == static_cast<char>(want - 'a' + 'A'));
    };
    const auto next = [&](char c, std::size_t from) {
        const void *hit = from < text.size() ? std::memchr(text.data() + from, c, text.size() - from) : nullptr;
        return hit == nullptr ? text.size() : static_cast<std::size_t>(static_cast<const char *>(hit) - text.data());
    };
    std::size_t nextLower = next(lower, 0), nextUpper = upper == lower ? text.size() : next(upper, 0);
    while (std::min(nextLower, nextUpper) + piece.size() <= text.size()) {
        const std::size_t at = std::min(nextLower, nextUpper);
        if (std::ranges::equal(text.substr(at + 1, piece.size() - 1), piece.substr(1), same))
            return true;
        if (at == nextLower)
            nextLower = next(lower, at + 1);
        else
            nextUpper = next(upper, at + 1);
    }
    return false;
}

} // namespace

std::string termCheckPieces(std::string_view text)
{
    // Pieces: runs of Hangul syllables, and Latin letters or digits lower-cased (as the
    // tokenizer cuts at every script change); other scripts are left to the index.
    std::string pieces;
    std::u32string run;
    enum class Kind {
        None,
        Hangul,
        Latin
    } kind = Kind::None;
    const auto flush = [&] {
        if (!run.empty()) {
            if (!pieces.empty())
                pieces += kPieceSeparator;
            pieces += toUtf8(run);
        }
        run.clear();
        kind = Kind::None;
    };
    for (const char32_t c : toU32(normalizeForMatch(text))) {
        const bool latin = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (isHangulSyllable(c)) {
            if (kind == Kind::Latin)
                flush();
            kind = Kind::Hangul;
            run.push_back(c);
        } else if (latin) {
            if (kind == Kind::Hangul)
                flush();
            kind = Kind::Latin;
            run.push_back(c);
        } else if (!isSkippable(c) || kind == Kind::Latin) {
            flush(); // a Hangul run goes on across white space, hyphens and middle dots
        }
    }
    flush();
    return pieces;
}

std::string makeTermCheck(const std::vector<std::vector<std::string>> &terms)
{
    // A run of three syllables is two overlapping bigrams: an article holding both apart but
    // never the word is rare enough that the check, which reads the text, is kept for longer
    // names, where the pieces are many (산업통상자원부: six).
    const auto long_ = [](const std::string &alternative) {
        return std::ranges::any_of(split(alternative, kPieceSeparator), [](std::string_view piece) {
            return !piece.empty() && static_cast<unsigned char>(piece.front()) >= 0x80
                   && codePointCount(piece) >= kCheckedSyllables;
        });
    };
    std::string check;
    for (const auto &alternatives : terms) {
        if (alternatives.empty() || std::ranges::any_of(alternatives, [](const std::string &a) { return a.empty(); })
            || std::ranges::none_of(alternatives, long_))
            continue;
        if (!check.empty())
            check += kTermSeparator;
        for (std::size_t i = 0; i < alternatives.size(); ++i) {
            if (i)
                check += kAlternativeSeparator;
            check += alternatives[i];
        }
    }
    return check;
}

bool holdsEveryTerm(std::string_view text, std::string_view check)
{
    return holdsEveryTerm({}, text, check);
}

bool holdsEveryTerm(std::string_view title, std::string_view text, std::string_view check)
{
    if (check.empty())
        return true;
    const auto holds = [&](std::string_view piece) {
        const unsigned char lead = static_cast<unsigned char>(piece.front());
        if (lead >= 0x80)
            return holdsInSequence(title, piece) || holdsInSequence(text, piece);
        return holdsLatin(title, piece) || holdsLatin(text, piece);
    };
    for (const std::string_view term : split(check, kTermSeparator)) {
        const auto alternatives = split(term, kAlternativeSeparator);
        const bool held = std::ranges::any_of(alternatives, [&](std::string_view alternative) {
            const auto pieces = split(alternative, kPieceSeparator);
            return std::ranges::all_of(pieces, [&](std::string_view piece) { return piece.empty() || holds(piece); });
        });
        if (!held)
            return false;
    }
    return true;
}

} // namespace sillok::core
