#pragma once
// The common shape both readers (plain text, HTML) produce for the cleaner: one visual line
// of NFC text per entry, in document order, with what the markup said about it.

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

enum class LineRole {
    Text,    // ordinary text
    Heading, // <h1>-<h6>
    ListItem // <li>
};

struct SourceLine {
    std::string text;          // trimmed, never empty
    bool blankBefore = false;  // a paragraph break (blank line or block boundary) precedes it
    LineRole role = LineRole::Text;
    double linkDensity = 0.0;  // share of the line's code points inside <a> (HTML only)
    std::string noiseHint;     // from HTML tags/classes ("nav", "comments", "caption"...), else ""
};

// Splits decoded text ("\n" line endings) into trimmed, non-empty lines. Linear time.
std::vector<SourceLine> splitTextLines(std::string_view text);

// Trims ASCII and Unicode spaces (NBSP, ideographic space, zero-width, BOM) on both ends.
std::string_view trimSpaces(std::string_view s);

// Every run of ASCII white space (space, tab, CR, LF) as one space; none at either end.
std::string collapseWhitespace(std::string_view s);

} // namespace sillok::core
