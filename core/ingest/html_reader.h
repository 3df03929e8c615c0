#pragma once
// HTML page → lines of visible text plus the metadata a news page carries. Uses libxml2's
// forgiving HTML parser with HTML_PARSE_NONET: nothing is ever fetched (no images, frames,
// DTDs or stylesheets). script/style/noscript/iframe/template/svg and form controls are dropped.
// Block-level elements end lines; <br> breaks a line inside a paragraph.

#include "common/result.h"
#include "ingest/source_line.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct HtmlPage {
    std::vector<SourceLine> lines;
    std::string title;          // <title>
    std::string ogTitle;        // <meta property="og:title">
    std::string h1;             // text of the first <h1>
    std::string published;      // raw machine date, e.g. "2024-01-19T09:00:00+09:00"
    std::string publishedLabel; // where it came from: "article:published_time", "datePublished", "time"
    std::string canonicalUrl;   // <link rel="canonical" href>, else <meta property="og:url">; "" when none
};

// `utf8` must already be decoded (NFC UTF-8); the page's own charset declaration is ignored.
Result<HtmlPage> readHtml(std::string_view utf8, const std::string &path);

// The charset a page declares in its first 4 KiB (<meta charset> or http-equiv content), "" if none.
std::string declaredHtmlCharset(std::string_view bytes);

// True when the bytes start (after a BOM and spaces/comments) like an HTML document.
bool looksLikeHtml(std::string_view bytes);

} // namespace sillok::core
