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

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class TokenList {
public:
    void add(const char *token, int bytes, int begin, int end, int flags);
    // Hands every token to `sink` in order; stops at (and returns) the first non-zero result.
    int replay(void *context, TokenSink sink) const;
    std::size_t size() const { return m_tokens.size(); }
    // Empties the list and keeps its capacity (a thread's scratch list, reused text after text).
    void clear()
    {
        m_text.clear();
        m_tokens.clear();
    }

private:
    struct Token {
        std::uint32_t offset; // into m_text
        std::uint32_t bytes;
        int begin;
        int end;
        int flags;
    };
    std::string m_text;
    std::vector<Token> m_tokens;
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
