#pragma once
// core/ingest: the import front half. A file (.txt as scraped from the web, .html/.htm saved
// pages) becomes a ParsedArticle: decoded to NFC UTF-8 (decode.h), split into lines (plain
// text or HTML via html_reader.h), separated into body/title/noise blocks (cleaner.h), with
// the headline and publication date (dateline.h) and a SHA-256 of the full text.
// Pure functions of their input (plus the file system for parseArticleFile); thread-safe.

#include "common/partial_date.h"
#include "common/result.h"
#include "ingest/article.h"

#include <string>
#include <string_view>

namespace sillok::core {

struct ParseOptions {
    // Used only when the article states no date (publishedBasis is then "option").
    PartialDate fallbackPublished;
};

// Reads and parses a file. Errors (each with `path` and a one-line reason): Io (unreadable),
// Empty (no bytes or only whitespace/no visible text), Binary, Decode, Unsupported (extension).
Result<ParsedArticle> parseArticleFile(const std::string &path, const ParseOptions &options = {});

// Same on bytes already read. `sourcePath` is recorded and chooses the format by extension
// (.html/.htm → HTML, .txt → text); other extensions are sniffed ('<html' → HTML, else text).
Result<ParsedArticle> parseArticleBytes(std::string_view bytes, const std::string &sourcePath,
                                        const ParseOptions &options = {});

// .txt .html .htm, case-insensitive.
bool isImportableExtension(std::string_view path);

// Document formats a user may expect to import but that are not read (.pdf, .doc, .docx, .hwp,
// .hwpx, .rtf, .odt, .epub), case-insensitive. Folder scans report these as refused files instead
// of skipping them silently as they skip images, scripts and style sheets.
bool isRefusedDocumentExtension(std::string_view path);

} // namespace sillok::core
