#include "ingest/source_line.h"

namespace sillok::core {

namespace {

// Byte length of a space character starting at s[i], 0 when s[i] starts something else.
std::size_t spaceLength(std::string_view s, std::size_t i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
        return 1;
    // Every wide space below starts with one of these bytes; a Hangul syllable (0xEA-0xED) or any
    // other letter is answered here, not by eight comparisons (the cleaner trims every line and
    // part of one it looks at).
    if (b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF)
        return 0;
    const std::string_view rest = s.substr(i);
    for (const std::string_view sp : {std::string_view("\xC2\xA0"), std::string_view("\xE3\x80\x80"),
                                      std::string_view("\xE2\x80\x8B"), std::string_view("\xEF\xBB\xBF"),
                                      std::string_view("\xE2\x80\x83"), std::string_view("\xE2\x80\x82"),
                                      std::string_view("\xE2\x80\x89"), std::string_view("\xE2\x80\xAF")}) {
        if (rest.starts_with(sp))
            return sp.size();
    }
    return 0;
}

} // namespace

std::string collapseWhitespace(std::string_view s)
{
    std::string out;
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string_view trimSpaces(std::string_view s)
{
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t n = spaceLength(s, begin);
        if (n == 0)
            break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        // Step back to the start of the last code point.
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (spaceLength(s.substr(0, end), start) != end - start)
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::vector<SourceLine> splitTextLines(std::string_view text)
{
    std::vector<SourceLine> lines;
    bool blank = true;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = trimSpaces(text.substr(pos, nl - pos));
        if (line.empty()) {
            blank = true;
        } else {
            SourceLine sl;
            sl.text = std::string(line);
            sl.blankBefore = blank;
            lines.push_back(std::move(sl));
            blank = false;
        }
        pos = nl + 1;
    }
    return lines;
}

} // namespace sillok::core
