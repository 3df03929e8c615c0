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

// `knownTitle` is a headline from markup (og:title, <h1>, <title>), "" for plain text; lines
// repeating it become the Title block instead of a guessed headline. Linear in the input size.
CleanResult cleanLines(const std::vector<SourceLine> &lines, const std::string &knownTitle = {});

} // namespace sillok::core
