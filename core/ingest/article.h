#pragma once
// What ingest produces from one file: decoded NFC text split into body and noise blocks,
// plus the headline and publication date. Offsets are code points (see common/utf.h).

#include "common/partial_date.h"

#include <string>
#include <vector>

namespace sillok::core {

enum class BlockKind {
    Body,  // article text: indexed and mined
    Title, // the headline (kept apart from the body)
    Noise, // navigation, ads, widgets, bylines, captions, comments, related-news...
};

struct TextBlock {
    BlockKind kind = BlockKind::Body;
    std::string text;   // NFC, as shown to the reader
    std::string reason; // for noise: a short machine tag, e.g. "nav", "related", "caption", "comments"
    int start = 0;      // code-point span in ParsedArticle::fullText
    int end = 0;
};

struct ParsedArticle {
    std::string sourcePath;   // the path as given by the caller
    std::string format;       // "txt" or "html"
    std::string encoding;     // detected source encoding, e.g. "UTF-8", "UTF-16LE", "EUC-KR"
    std::string contentHash;  // hex SHA-256 of fullText (identity of this version of the text)
    std::string fullText;     // every block joined with "\n\n" in document order (NFC)
    std::string title;        // headline, "" when none was found
    std::string body;         // Body blocks only, joined with "\n\n"; what search and extraction see
    PartialDate published;    // publication date, None when unknown
    std::string publishedBasis; // where `published` came from: "dateline", "meta", "cli", "" ...
    std::string publishedText;  // the words that gave it, e.g. "기사입력 : 2024년01월19일 09:00"
    std::vector<TextBlock> blocks;
};

} // namespace sillok::core
