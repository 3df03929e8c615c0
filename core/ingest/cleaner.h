#pragma once
// Separates article prose from page furniture. Input: the lines of one page in order; output:
// the same text as blocks, each Body, Title or Noise (with a reason tag), in document order.
// Only general signals are used: line length and sentence shape, widget phrases common to
// Korean news sites, credit and byline shapes, related-news/comment markers and position
// (menus before the headline, related lists and comments after the body), link density.

#include "ingest/article.h"
#include "ingest/dateline.h"
#include "ingest/source_line.h"

#include <optional>
#include <string>
#include <vector>

namespace sillok::core {

struct CleanResult {
    std::vector<TextBlock> blocks;     // offsets left at 0; consecutive noise of one kind merged
    std::string title;                 // "" when none
    std::optional<Dateline> dateline;  // best dateline found in the page's own header/footer
};

// `knownTitles` are headlines from markup, best first (og:title, <h1>, <title>); empty for plain
// text. The first one that a line repeats becomes the Title block; when no line repeats any,
// the headline is guessed from the text as for plain text, and failing that the first known
// title is reported without a block. Linear in the input size.
CleanResult cleanLines(const std::vector<SourceLine> &lines, const std::vector<std::string> &knownTitles = {});

} // namespace sillok::core
