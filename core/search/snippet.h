#pragma once
// Snippets and highlights computed in C++ (FTS5's highlight()/snippet() garble overlapping
// bigram matches, docs/korean-text-notes.md §1.7).
//
// Matching is done on the folded text (text/normalize.h) with spaces and hyphens ignored, so
// "K클라우드" highlights "K-클라우드", "nvidia" highlights "NVIDIA", "인공지능반도체" highlights
// "인공지능 반도체", and "리벨리온" highlights the 리벨리온 of "리벨리온과". Other punctuation is
// kept as a hard break (R&D matches R&D, not RD). A term edge that is a Latin letter or digit
// must sit on a word boundary ("ai" does not light up "said"). Output always copies the
// original text.

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct MatchSpan {
    int start = 0; // code points in `body`
    int end = 0;
};

// Every occurrence of any term in `body`, overlapping and touching matches merged, sorted.
std::vector<MatchSpan> findHighlights(std::string_view body, const std::vector<std::string> &terms);

// The best window of about `maxChars` code points (most distinct terms, then most matches;
// the earliest on ties), each merged match wrapped in [ ], "…" where the window cuts the text,
// line breaks and tabs shown as spaces. Without any match: the opening of the body.
std::string makeSnippet(std::string_view body, const std::vector<std::string> &terms, int maxChars = 160);

} // namespace sillok::core
