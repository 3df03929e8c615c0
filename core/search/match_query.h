#pragma once
// Turns free user text into FTS5 MATCH expressions for doc_wd (word mode) and doc_bg
// (bigram mode). No user input can produce an FTS5 syntax error: every term is emitted as a
// double-quoted string (inner quotes doubled, control characters removed) and all operators
// (AND, OR, *, parentheses) come from this builder only.
//
// Grammar of the user text: terms are separated by whitespace; "…" (ASCII or “ ”) makes one
// phrase term; an unbalanced quote runs to the end of the text. Every term is required (AND).
// Words such as AND/OR/NEAR/NOT are ordinary terms. A term that yields no tokens (*, ^, -, &,
// a lone quote) is dropped. A 1-syllable Hangul term X matches "X" OR the prefix X*.
// A Hangul term with a particle (반도체를) also matches its stem in doc_wd.
// doc_bg keeps no positions (detail=none), so on its side a term is every one of its bigrams
// (반도체 → 반도 AND 도체) and there is no NEAR: phrases and words side by side are doc_wd's.
// A text of two Latin or digit words (SK Telecom) has no bigram expression, as their AND would
// be the words anywhere; a query with such a term is the word index's alone (bigramExpr "").

#include "common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct MatchQuery {
    std::string wordExpr;   // for `doc_wd MATCH ?`
    std::string bigramExpr; // for `doc_bg MATCH ?`; "" when only the word index can answer
    // What a story found by doc_bg alone must hold to be a hit (search/term_check.h); "" = none.
    std::string bigramCheck;
    // Texts to highlight with makeSnippet()/findHighlights(): the terms, their stems and the
    // aliases they were expanded to.
    std::vector<std::string> highlightTerms;

    // True when the user text had no searchable term: run no query, show no hits.
    bool isEmpty() const { return wordExpr.empty(); }
};

// aliasGroups: each inner vector lists the names of one entity (e.g. {"리벨리온", "Rebellions"}).
// A run of consecutive user terms whose normalizeKey() equals the key of any name in a group
// is replaced by ("name1" OR "name2" …) over the whole group (longest run first); a run of
// several terms also matches its terms side by side (NEAR, a few tokens apart), never its terms
// anywhere ("SK Telecom" is not "SK" … "Telecom"). A Hangul name of one or two syllables that
// was not the only name of its group matches whole words only (word index): 산은 is not 생산은.
// Never fails for any UTF-8 input (invalid bytes are treated as U+FFFD); the Result is kept
// for future limits.
Result<MatchQuery> buildMatchQuery(std::string_view userText,
                                   const std::vector<std::vector<std::string>> &aliasGroups = {});

// One user term split out of the text (exposed for tests and the GUI's query echo).
struct QueryTerm {
    std::string text;
    bool phrase = false;
};
std::vector<QueryTerm> splitQueryTerms(std::string_view userText);

// `text` as an FTS5 string literal: "…" with inner quotes doubled and control chars removed.
std::string quoteFts5(std::string_view text);

} // namespace sillok::core
