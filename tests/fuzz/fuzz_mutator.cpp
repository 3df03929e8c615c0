#include "fuzz/fuzz_mutator.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace sillok::fuzz {

std::uint64_t FuzzRng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::size_t FuzzRng::below(std::size_t n)
{
    return n == 0 ? 0 : static_cast<std::size_t>(next() % n);
}

namespace {

template <std::size_t N>
std::string_view pick(FuzzRng &rng, const std::array<std::string_view, N> &items)
{
    return items[rng.below(N)];
}

std::string repeat(std::string_view unit, std::size_t times)
{
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += unit;
    return out;
}

// `pos` moved back to the start of the UTF-8 sequence it falls in.
std::size_t boundary(const std::string &data, std::size_t pos)
{
    pos = std::min(pos, data.size());
    for (int back = 0; back < 3 && pos > 0 && pos < data.size() && (static_cast<unsigned char>(data[pos]) & 0xC0) == 0x80; ++back)
        --pos;
    return pos;
}

// A byte position at a character boundary; with `midCharacter`, preferably one that falls
// inside a multi-byte sequence.
std::size_t position(FuzzRng &rng, const std::string &data, bool midCharacter = false)
{
    if (data.empty())
        return 0;
    const std::size_t pos = boundary(data, rng.below(data.size() + 1));
    if (midCharacter) {
        for (std::size_t tries = 0; tries < 64; ++tries) {
            const std::size_t p = rng.below(data.size());
            if ((static_cast<unsigned char>(data[p]) & 0xC0) == 0x80)
                return p;
        }
    }
    return pos;
}

constexpr std::array<std::string_view, 24> kBadBytes = {
    std::string_view("\x00", 1), "\xFF", "\xC0", "\xC1", "\xED", "\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xB0\x80",
    "\xC0\xAF", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\x80", "\xBF", "\xFE", "\xEF\xBF\xBE",
    "\xEF\xBF\xBF", "\xF0\x9F", "\xEA\xB0", "\xE2\x80\xA8", "\x1B", "\x7F", "\xC2\xA0", "\xF4\x8F\xBF\xBF",
};

constexpr std::array<std::string_view, 10> kBoms = {
    "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", std::string_view("\x00\x00\xFE\xFF", 4), std::string_view("\xFF\xFE\x00\x00", 4),
    "\xEF\xBB\xBF\xEF\xBB\xBF", "\xEF\xBB", "\x2B\x2F\x76\x38", "\xF7\x64\x4C", "\x0E\xFE\xFF",
};

constexpr std::array<std::string_view, 40> kHtml = {
    "<script>", "<script>var s = '<p>기사</p>';", "<!--", "<!-- -- -->", "<![CDATA[", "]]>", "<", "</", "<p", "<p>",
    "<div class=\"", "<style>", "<style>p{}</style", "<title>", "</title>", "<html>", "<body>", "</body></html>",
    "<meta charset=\"euc-kr\">", "<meta charset=\"utf-16\">", "<meta charset=\"utf-7\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-kr\">", "<meta charset=\"x-unknown-\xFF\">",
    "<meta charset=\"\">", "<?xml version=\"1.0\" encoding=\"ucs-4\"?>", "<!DOCTYPE html>", "<noscript>", "<iframe>",
    "<textarea>", "<plaintext>", "&#0;", "&#xD800;", "&#1114112;", "&#99999999999999999999;", "&amp", "&#x;",
    "<table><tr><td>", "<br/><br/>", "<h1>", "<article><p>",
};

constexpr std::array<std::string_view, 44> kDates = {
    "2024.13.45", "2024-02-30", "9999년 99월 99일", "0000.00.00", "제99999999999차", "제0차", "제-1차", "1차",
    "123456789012345678901234567890일", "123456789012345678901234567890월", "123456789012345678901234567890년",
    "123456789012345678901234567890차", "999999999999999999999999999999분기", "오전 25:61", "지난해 13월",
    "2024년 2월 29일부터 3월 1일까지", "12월 30일~1월 2일", "내년 상반기", "3일 전", "99999999999일 후",
    "2147483647년", "-2147483648일", "2024. 1. 19.", "24.01.19", "기사입력 2024-01-19 오전 9:00:00",
    "입력 2024.01.19 09:00", "이날", "전날", "다음날", "1954", "12년", "4pm CET", "백억년", "구십구만구천구백구십구일",
    "1조년", "0월 0일", "31월", "2월 31일", "오후 12시 60분", "99999시간 뒤", "연내", "지난 9999999999주",
    "2024.01.19 25:99:99", "제９９９차",
};

constexpr std::array<std::string_view, 40> kKorean = {
    "주식회사 ", "(주)", "㈜", "협의회", "포럼", "제3차 회의", "장관은", "대표는", "‘", "’", "「", "」", "·", "ㆍ",
    "은", "는", "이", "가", "을", "를", "의", "에서", "ㄱ", "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", "e\xCC\x81",
    "\xE2\x80\x8D", "\xEF\xBB\xBF", "\xEF\xBF\xBE", "\xF4\x8F\xBF\xBF", "\xF0\x9F\x91\x8D\xEF\xB8\x8F",
    "\xE2\x80\x8F", "ＡＩ반도체", "㎡", "一二三", "반도체", "얼라이언스", "K-클라우드", "GPT-4", "NPU·PIM", "\xEA\xB0\x80\xCC\x81",
};

constexpr std::array<std::string_view, 12> kRunUnits = {
    "가", "a", "7", ".", "·", "-", "\xE2\x80\x8B", "ㄱ", "AI", "반도체", "\xCC\x81", "&",
};

constexpr std::array<std::string_view, 9> kWhitespace = {
    "\n", "\r", "\t", " ", "\r\n", "\xC2\xA0", "\xE3\x80\x80", "\n\n", "\x0C",
};

void insertAt(std::string &data, std::size_t pos, std::string_view text)
{
    data.insert(std::min(pos, data.size()), text);
}

// Converts UTF-8 (invalid bytes become U+FFFD) to `charset` through ICU; the input is left as is
// when ICU fails.
std::string convertTo(const std::string &data, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    const int32_t needed = ucnv_convert(charset, "UTF-8", nullptr, 0, data.data(), static_cast<int32_t>(data.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return data;
    std::string out(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    ucnv_convert(charset, "UTF-8", out.data(), needed, data.data(), static_cast<int32_t>(data.size()), &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
        return data;
    return out;
}

} // namespace

Mutator::Mutator(std::vector<std::string> seeds, std::size_t maxBytes) : m_seeds(std::move(seeds)), m_maxBytes(maxBytes)
{
    if (m_seeds.empty())
        m_seeds.emplace_back("2024년 1월 19일 과학기술정보통신부는 AI 반도체 회의를 열었다.\n");
}

void Mutator::mutate(FuzzRng &rng, std::string &data, std::string &recipe, bool textOnly) const
{
    // Operations 0, 1, 7, 8, 9, 15 and 16 break the encoding (most such inputs are refused by
    // the decoder); text-only inputs draw from the others so that extraction sees them.
    static constexpr std::array<std::size_t, 11> kTextOps = {2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 17};
    const std::size_t op = textOnly ? kTextOps[rng.below(kTextOps.size())] : rng.below(18);
    switch (op) {
    case 0: { // bit flips
        for (std::size_t n = 1 + rng.below(8); n > 0 && !data.empty(); --n)
            data[rng.below(data.size())] ^= static_cast<char>(1u << rng.below(8));
        recipe += "flip ";
        break;
    }
    case 1: { // bad UTF-8 bytes, lone surrogates, overlongs
        for (std::size_t n = 1 + rng.below(6); n > 0; --n)
            insertAt(data, position(rng, data, rng.oneIn(2)), pick(rng, kBadBytes));
        recipe += "badbytes ";
        break;
    }
    case 2: // truncation, often mid-character
        data.resize(position(rng, data, rng.oneIn(2)));
        recipe += "truncate ";
        break;
    case 3: { // splice with another seed
        const std::string &other = m_seeds[rng.below(m_seeds.size())];
        const std::size_t cut = position(rng, data, rng.oneIn(3));
        const std::size_t from = other.empty() ? 0 : rng.below(other.size());
        data = data.substr(0, cut) + other.substr(from);
        recipe += "splice ";
        break;
    }
    case 4: { // duplicate a block many times
        if (data.empty())
            break;
        const std::size_t a = boundary(data, rng.below(data.size()));
        const std::size_t b = boundary(data, a + 1 + rng.below(std::min<std::size_t>(4096, data.size() - a)));
        const std::string block = data.substr(a, std::max<std::size_t>(b - a, 1));
        insertAt(data, position(rng, data), repeat(block, 1 + rng.below(rng.oneIn(8) ? 200 : 20)));
        recipe += "dup ";
        break;
    }
    case 5: { // HTML fragments
        for (std::size_t n = 1 + rng.below(5); n > 0; --n)
            insertAt(data, position(rng, data), pick(rng, kHtml));
        recipe += "html ";
        break;
    }
    case 6: { // deep nesting or a huge attribute
        std::string frag;
        if (rng.oneIn(2)) {
            const std::size_t depth = rng.oneIn(2) ? 5000 : 1 + rng.below(5000);
            const std::string_view open = rng.oneIn(2) ? "<div>" : "<b><i><span>";
            frag = repeat(open, depth) + "2024년 3월 5일 포럼";
            if (rng.oneIn(2))
                frag += repeat(rng.oneIn(2) ? "</div>" : "</span></i></b>", depth);
            recipe += "nest ";
        } else {
            frag = "<p title=\"" + repeat(rng.oneIn(2) ? "a" : "가", 1000 + rng.below(200000)) + (rng.oneIn(2) ? "\">" : "");
            recipe += "hugeattr ";
        }
        insertAt(data, position(rng, data), frag);
        break;
    }
    case 7: { // BOMs in the wrong places
        for (std::size_t n = 1 + rng.below(3); n > 0; --n)
            insertAt(data, rng.oneIn(3) ? 0 : position(rng, data), pick(rng, kBoms));
        recipe += "bom ";
        break;
    }
    case 8: { // UTF-16 / UTF-32, often with an odd length
        static constexpr std::array<const char *, 5> kWide = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"};
        data = convertTo(data, kWide[rng.below(kWide.size())]);
        if (rng.oneIn(2) && !data.empty())
            data.resize(data.size() - 1 - 2 * rng.below(std::min<std::size_t>(data.size() / 2, 8)));
        recipe += "utf16 ";
        break;
    }
    case 9: { // EUC-KR / CP949 with invalid pairs
        data = convertTo(data, rng.oneIn(2) ? "EUC-KR" : "windows-949");
        static constexpr std::array<std::string_view, 8> kPairs = {"\xB0\x20", "\xC9\xA1", "\xA1\xFF", "\xB0",
                                                                   "\xFE\xFE", "\x81\x41", "\xC8\x0A", "\xA4\xD4"};
        for (std::size_t n = 1 + rng.below(6); n > 0; --n)
            insertAt(data, position(rng, data), pick(rng, kPairs));
        recipe += "euckr ";
        break;
    }
    case 10: { // a very long line without spaces
        insertAt(data, position(rng, data), repeat(pick(rng, kRunUnits), 1000 + rng.below(60000)));
        recipe += "longline ";
        break;
    }
    case 11: { // date-like and ordinal strings
        std::string frag;
        for (std::size_t n = 1 + rng.below(rng.oneIn(4) ? 400 : 20); n > 0; --n) {
            frag += pick(rng, kDates);
            frag += rng.oneIn(3) ? "\n" : (rng.oneIn(2) ? " " : "");
        }
        insertAt(data, position(rng, data), frag);
        recipe += "dates ";
        break;
    }
    case 12: { // Korean name material, jamo, marks, noncharacters
        std::string frag;
        for (std::size_t n = 1 + rng.below(40); n > 0; --n)
            frag += pick(rng, kKorean);
        insertAt(data, position(rng, data), frag);
        recipe += "korean ";
        break;
    }
    case 13: { // runs of whitespace and line breaks
        insertAt(data, position(rng, data), repeat(pick(rng, kWhitespace), 1 + rng.below(rng.oneIn(4) ? 20000 : 50)));
        recipe += "space ";
        break;
    }
    case 14: { // delete a range
        if (data.empty())
            break;
        const std::size_t a = boundary(data, rng.below(data.size()));
        const std::size_t b = boundary(data, a + 1 + rng.below(data.size() - a));
        data.erase(a, std::max<std::size_t>(b - a, 1));
        recipe += "delete ";
        break;
    }
    case 15: { // random bytes
        std::string frag(1 + rng.below(64), '\0');
        for (char &c : frag)
            c = static_cast<char>(rng.below(256));
        insertAt(data, position(rng, data), frag);
        recipe += "random ";
        break;
    }
    case 16: { // C0 control characters (binary detection)
        for (std::size_t n = 1 + rng.below(rng.oneIn(4) ? 2000 : 10); n > 0; --n)
            insertAt(data, position(rng, data), std::string(1, static_cast<char>(1 + rng.below(31))));
        recipe += "control ";
        break;
    }
    default: { // move a range elsewhere (reorders lines, moves datelines and headlines)
        if (data.size() < 4)
            break;
        const std::size_t a = boundary(data, rng.below(data.size()));
        const std::size_t b = boundary(data, a + 1 + rng.below(std::min<std::size_t>(2048, data.size() - a)));
        if (b <= a)
            break;
        const std::string block = data.substr(a, b - a);
        data.erase(a, b - a);
        insertAt(data, position(rng, data), block);
        recipe += "move ";
        break;
    }
    }
    if (data.size() > m_maxBytes)
        data.resize(boundary(data, m_maxBytes));
}

FuzzInput Mutator::make(std::uint64_t campaignSeed, std::uint64_t iteration) const
{
    FuzzRng rng(campaignSeed * 0x100000001B3ull ^ (iteration + 1) * 0x9E3779B97F4A7C15ull);
    FuzzInput input;
    input.bytes = m_seeds[rng.below(m_seeds.size())];
    const bool textOnly = !rng.oneIn(3);
    for (std::size_t n = 1 + rng.below(8); n > 0; --n)
        mutate(rng, input.bytes, input.recipe, textOnly);
    static constexpr std::array<std::string_view, 9> kNames = {"fuzz.txt", "fuzz.txt", "fuzz.txt", "fuzz.html",
                                                               "fuzz.html", "fuzz.htm", "FUZZ.TXT", "fuzz", "fuzz.Html"};
    input.fileName = std::string(kNames[rng.below(kNames.size())]);
    return input;
}

} // namespace sillok::fuzz
