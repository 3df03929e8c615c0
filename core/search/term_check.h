#pragma once
// Checking a hit of the bigram index (search_schema.h). doc_bg keeps no positions, so it answers
// "every bigram of the term is in the article", and a long Korean name can be there in pieces:
// 산업통상자원부 is 산업 … 통상 … 자원 … 원부 in an article that never names the ministry. A
// story that the word index did not find as well is kept only when its text holds each term's
// syllables in sequence, as the tokenizer would have joined them: across white space and hyphens
// (인공지능 반도체 ⊃ 인공지능반도체, 온-디바이스 = 온디바이스) and middle dots.
//
// The check is a string made by buildMatchQuery (MatchQuery::bigramCheck): every term, with its
// alternatives (an alias group's names), each a list of pieces (termCheckPieces).

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

// What a story must hold to have a text (a term or one name of an alias group): its runs of
// Hangul syllables, each in sequence, and its Latin words, each as letters in any case. Other
// scripts are left to the index (an empty result: the story holds it).
std::string termCheckPieces(std::string_view text);

// A check of every term: `terms[i]` lists term i's alternatives (termCheckPieces of each
// name). A term is left out when an alternative is empty (nothing to check) or none has a run of
// four or more syllables (two overlapping bigrams apart, never the word, is rare; the check
// reads the text, so it is kept for longer names). "" = nothing to check.
std::string makeTermCheck(const std::vector<std::vector<std::string>> &terms);

// True when a story's title or text (NFC, as stored) holds, for every term of `check`, one of
// its alternatives in sequence. Always true for an empty check.
bool holdsEveryTerm(std::string_view title, std::string_view text, std::string_view check);

} // namespace sillok::core
