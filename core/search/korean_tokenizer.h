#pragma once
// The "sillok_ko" FTS5 tokenizer (docs/korean-text-notes.md §0, §1.4, §1.7).
//
// Text is folded first (text/normalize.h: NFKC casefold, middle dots/hyphens/quotes mapped),
// then cut into pieces at every script change (AI│반도체, 퓨리오사│ai│는) and at separators.
// A hyphen between two Hangul (or two Han/Kana) letters is invisible: 온-디바이스 = 온디바이스.
// A hyphen between pieces of different scripts is just a cut: K-클라우드 = K클라우드 = k│클라우드.
// Between two Latin/digit pieces (GPT-4) the document gets the parts plus the joined word as a
// colocated token (gpt, 4, gpt4) and a query gets only the joined word (gpt4), so "GPT-4"
// finds GPT-4 and GPT4, and "GPT 4" finds GPT-4 and GPT 4.
//
// mode bigram (the recall index doc_bg):
//   * a Hangul (Han, Kana) piece → overlapping syllable bigrams; a 1-syllable piece → unigram;
//   * a cross-space bigram joins the last syllable of a piece to the first of the next piece
//     of the same script when only whitespace separates them (인공지능 반도체 ⊃ 인공지능반도체);
//     a 1-syllable piece with a cross-space neighbour puts its unigram on the document side
//     only, colocated with the cross bigram (so positions stay consistent for phrases);
//   * Latin/digit pieces → one lowercase word token each.
// mode word (the precision index doc_wd):
//   * a Hangul piece → one token (the eojeol piece) plus, on the document side only, its
//     particle/verb-ending stems as colocated tokens (text/particles.h, verb endings on);
//   * a Hangul piece that is exactly a particle and directly follows a non-Hangul piece
//     (HBM은, 퓨리오사AI는) is dropped on both sides;
//   * Han/Kana pieces → one token; Latin/digit pieces as above.
// Offsets given to FTS5 are byte offsets into the ORIGINAL input. FTS5_TOKENIZE_AUX is handled
// like a document. Bump kKoreanTokenizerVersion on any output change (the store must then
// run the 'rebuild' commands of search_schema.h).

#include "common/result.h"

#include <string>
#include <string_view>
#include <vector>

struct fts5_api;

namespace sillok::core {

inline constexpr const char *kKoreanTokenizerName = "sillok_ko";
inline constexpr int kKoreanTokenizerVersion = 1;

enum class TokenizerMode { Word, Bigram };

// Registers "sillok_ko" with a connection's FTS5 (v1 tokenizer struct). `api` is the pointer
// FTS5 hands out for `SELECT fts5(?1)`; the store asks for it (Database::fts5Api) on every
// connection before any FTS table using the tokenizer is touched. Arguments accepted in
// tokenize='…': `sillok_ko mode word`, `sillok_ko mode bigram` (FTS5's directive parser
// rejects a bare `mode=word`; a quoted "mode=word" argument is accepted too); the default
// is bigram. Fails with ErrorCode::Database when `api` is null or too old (FTS5 missing).
Status registerKoreanTokenizer(fts5_api *api);

struct SearchToken {
    std::string text;
    int begin = 0; // byte offsets into the input
    int end = 0;
    bool colocated = false; // FTS5_TOKEN_COLOCATED: same position as the previous token
};

// The tokens FTS5 receives for `utf8`, for tests, benchmarks and the query builder.
// querySide = true gives the FTS5_TOKENIZE_QUERY output.
std::vector<SearchToken> tokenizeForSearch(std::string_view utf8, TokenizerMode mode, bool querySide);

// Low-level entry with FTS5's xToken signature; returns the first non-zero callback result.
using TokenSink = int (*)(void *context, int flags, const char *token, int tokenBytes, int begin, int end);
int tokenizeKorean(std::string_view utf8, TokenizerMode mode, bool querySide, void *context, TokenSink sink);
// The document side of both modes at once: the Word tokens to `sink(wordContext, …)`, then the
// Bigram tokens to `sink(bigramContext, …)`, the same as two tokenizeKorean calls but folding
// and splitting the text once. Stops at the first non-zero callback result and returns it.
int tokenizeDocument(std::string_view utf8, void *wordContext, void *bigramContext, TokenSink sink);

} // namespace sillok::core
