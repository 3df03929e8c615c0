#pragma once
// What ingest produces from one file: decoded NFC text split into body and noise blocks,
// plus the headline and publication date. Offsets are code points (see common/utf.h).

#include "common/partial_date.h"

#include <string>
#include <vector>

namespace sillok::core {

enum class BlockKind {
    Body,    // article text: indexed and mined
    Title,   // the headline (kept apart from the body)
    Noise,   // navigation, ads, widgets, bylines, photo credits, comments, related-news...
    Caption, // a photo caption of the article, its credit removed (into a Noise block "credit"):
             // content (mined after the body, see minedText), but not running text
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
    std::string body;         // Body blocks only, joined with "\n\n": the running text
    PartialDate published;    // publication date, None when unknown
    std::string publishedBasis; // where `published` came from: "dateline", "meta", "cli", "" ...
    std::string publishedText;  // the words that gave it, e.g. "기사입력 : 2024년01월19일 09:00"
    std::vector<TextBlock> blocks;
    // The page's own address as it states it: <link rel=canonical>, og:url, or a scraped text's
    // source line (ingest/identity.h); "" when it states none. Part of the article's identity.
    std::string canonicalUrl;
};

// The texts of the article's Caption blocks, in document order.
std::vector<std::string> captionTexts(const ParsedArticle &article);

// What extraction mines: the body, then each caption, joined with "\n\n". Offsets into it below
// minedCaptionStart() are body offsets; a mention at or after it is in a caption.
std::string minedText(const ParsedArticle &article);
// Code points of the body plus the "\n\n" after it when the article has captions (so the first
// caption starts there); the body's length when it has none.
int minedCaptionStart(const ParsedArticle &article);

} // namespace sillok::core
