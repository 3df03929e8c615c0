#pragma once
// Private helpers shared by noise_rules.cpp and credit_rules.cpp (not part of the ingest API).

#include "common/utf.h"
#include "ingest/source_line.h"

#include <string.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sillok::core::noise::detail {

// hay.find(needle, pos), by glibc's memmem. std::string_view::find looks for the needle's first
// byte with memchr and compares from each one: a Korean needle starts with a lead byte (0xEA-0xED)
// that about every other letter of Korean text shares, so it made one memchr call and a compare
// a letter (the cleaner's rules look for their marks in every line: 1.1 M memchr calls for 300
// articles).
inline std::size_t findBytes(std::string_view hay, std::string_view needle, std::size_t pos = 0)
{
    if (pos > hay.size())
        return std::string_view::npos;
    if (needle.empty())
        return pos;
    const void *at = memmem(hay.data() + pos, hay.size() - pos, needle.data(), needle.size());
    return at == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char *>(at) - hay.data());
}

inline constexpr std::u32string_view kEdgeChars =
    U" \t•·ㆍ-–—*※▶►▷■□▲△▼◆◇○●◎☞[](){}<>【】〔〕「」|:;.,!?~#/";

inline std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

inline bool containsAny(std::string_view hay, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return findBytes(hay, n) != std::string_view::npos; });
}

inline bool isLetter(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || isHangulSyllable(c)
        || (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x4E00 && c <= 0x9FFF);
}

inline std::size_t letterCount(std::string_view s)
{
    std::size_t n = 0;
    forEachCodePoint(s, [&n](char32_t c) { n += isLetter(c); });
    return n;
}

inline bool isDigitStr(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// "2023.11.07" / "2024-01-19"
inline bool isDateToken(std::string_view t, bool allowDash)
{
    if (t.size() < 8 || t.size() > 10 || !isDigitStr(t.substr(0, 4)))
        return false;
    const char sep = t[4];
    if (sep != '.' && !(allowDash && sep == '-'))
        return false;
    const std::size_t second = t.find(sep, 5);
    if (second == std::string_view::npos)
        return false;
    std::string_view day = t.substr(second + 1);
    if (!day.empty() && day.back() == '.')
        day.remove_suffix(1);
    return isDigitStr(t.substr(5, second - 5)) && isDigitStr(day) && day.size() <= 2;
}

inline bool isEmailToken(std::string_view t)
{
    const std::size_t at = t.find('@');
    if (at == std::string_view::npos || at == 0)
        return false;
    const std::size_t dot = t.find('.', at + 2);
    return dot != std::string_view::npos && dot + 1 < t.size();
}

inline std::string_view lastToken(std::string_view s, std::string_view *before = nullptr)
{
    s = trimSpaces(s);
    const std::size_t sp = s.find_last_of(' ');
    if (before)
        *before = sp == std::string_view::npos ? std::string_view{} : trimSpaces(s.substr(0, sp));
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

inline std::size_t countOf(std::string_view hay, std::string_view needle)
{
    std::size_t n = 0;
    for (std::size_t p = findBytes(hay, needle); p != std::string_view::npos; p = findBytes(hay, needle, p + needle.size()))
        ++n;
    return n;
}

// s.rfind(mark), comparing only where mark's first byte is: std::string_view::rfind compares the
// whole mark at every position from the end (a memcmp a byte), and the cleaner looks for marks from
// the end of every line.
inline std::size_t rfindBytes(std::string_view s, std::string_view mark)
{
    if (mark.empty())
        return s.size();
    if (mark.size() > s.size())
        return std::string_view::npos;
    for (std::size_t p = s.size() - mark.size() + 1; p-- > 0;) {
        if (s[p] == mark[0] && s.substr(p, mark.size()) == mark)
            return p;
    }
    return std::string_view::npos;
}

// Code points after the last occurrence of `mark`, or npos when absent.
inline std::size_t tailAfter(std::string_view s, std::string_view mark)
{
    const std::size_t p = rfindBytes(s, mark);
    if (p == std::string_view::npos)
        return std::string_view::npos;
    return codePointCount(trimSpaces(s.substr(p + mark.size())));
}

inline std::string_view stripTrailingBars(std::string_view s)
{
    s = trimSpaces(s);
    while (!s.empty() && (s.back() == '|' || s.back() == ' '))
        s = trimSpaces(s.substr(0, s.size() - 1));
    return s;
}

inline bool isOpenBracket(char32_t c) { return c == U'[' || c == U'(' || c == U'【' || c == U'〔' || c == U'<'; }
inline bool isCloseBracket(char32_t c) { return c == U']' || c == U')' || c == U'】' || c == U'〕' || c == U'>'; }

inline bool endsWithReporter(std::string_view s)
{
    s = trimSpaces(s);
    for (const std::string_view w : {"기자", "특파원", "기자단", "통신원", "에디터", "리포터", "전문기자", "객원기자", "위원"})
        if (s.ends_with(w))
            return true;
    return false;
}


} // namespace sillok::core::noise::detail
