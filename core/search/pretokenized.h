#pragma once
// Document tokens computed ahead of time, so that FTS5's tokenizer call on the writer thread only
// replays them. An import tokenizes each article on a worker thread (PretokenizedText::make) and
// the writer registers the texts it is about to insert (PretokenizedScope); when FTS5 asks the
// "sillok_ko" tokenizer for a document whose text is byte-for-byte a registered one in the same
// mode, the stored tokens are handed over instead of tokenizing again. Any other text (an old
// version being deleted, a query, a text nobody registered) is tokenized as usual, so the index
// is the same either way.
//
// Thread-safety: a PretokenizedText is immutable once made; a scope is per thread.

#include "search/korean_tokenizer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class TokenList {
public:
    // `source` is the document being tokenized: a token whose bytes are the document's own at
    // [begin, end) keeps only its offsets (TokenList::Token).
    void add(std::string_view source, const char *token, int bytes, int begin, int end, int flags);
    // Hands every token to `sink` in order; stops at (and returns) the first non-zero result.
    // `source` is the document the list was made from, byte for byte (pretokenizedFor checks it);
    // given a text of another length it hands nothing over and returns 1 (SQLITE_ERROR).
    int replay(std::string_view source, void *context, TokenSink sink) const;
    std::size_t size() const { return m_tokens.size(); }
    // Empties the list and keeps its capacity (a thread's scratch list, reused text after text).
    void clear()
    {
        m_text.clear();
        m_tokens.clear();
        m_sourceBytes = 0;
    }

private:
    // 12 bytes a token. Most tokens are the document's bytes at [begin, end) (0.94 of an
    // article's word tokens, 0.71 of its bigrams: the rest are folded, such as ＮＶＩＤＩＡ to
    // nvidia); only the others keep their text, in m_text. An article's tokens in the import's
    // queue went from ~32 KB (20 bytes a token and every token's text) to ~16 KB.
    struct Token {
        std::int32_t begin;
        std::int32_t end;
        std::uint32_t ref; // kColocated | (kSame, or the offset in m_text of a 4-byte length and the bytes)
    };
    static constexpr std::uint32_t kColocated = 0x8000'0000U; // FTS5_TOKEN_COLOCATED, FTS5's one token flag
    static constexpr std::uint32_t kSame = 0x7FFF'FFFFU;
    std::string m_text;
    std::vector<Token> m_tokens;
    std::size_t m_sourceBytes = 0;
};

struct PretokenizedText {
    std::string text;
    TokenList word;   // TokenizerMode::Word, document side
    TokenList bigram; // TokenizerMode::Bigram, document side

    static PretokenizedText make(std::string text);
};

// While alive, FTS5 document tokenization on this thread replays the tokens of these texts.
class PretokenizedScope {
public:
    explicit PretokenizedScope(std::vector<const PretokenizedText *> texts);
    ~PretokenizedScope();
    PretokenizedScope(const PretokenizedScope &) = delete;
    PretokenizedScope &operator=(const PretokenizedScope &) = delete;

private:
    std::vector<const PretokenizedText *> m_previous;
};

// The registered tokens for `text` in `mode` on this thread, or null.
const TokenList *pretokenizedFor(std::string_view text, TokenizerMode mode);

} // namespace sillok::core
