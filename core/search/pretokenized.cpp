#include "search/pretokenized.h"

#include <cstring>

namespace sillok::core {

namespace {

thread_local std::vector<const PretokenizedText *> t_registered;

int collectInto(void *context, int flags, const char *token, int bytes, int begin, int end)
{
    static_cast<TokenList *>(context)->add(token, bytes, begin, end, flags);
    return 0;
}

} // namespace

void TokenList::add(const char *token, int bytes, int begin, int end, int flags)
{
    m_tokens.push_back({static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(bytes), begin, end, flags});
    m_text.append(token, static_cast<std::size_t>(bytes));
}

int TokenList::replay(void *context, TokenSink sink) const
{
    for (const Token &t : m_tokens) {
        if (const int rc = sink(context, t.flags, m_text.data() + t.offset, static_cast<int>(t.bytes), t.begin, t.end))
            return rc;
    }
    return 0;
}

PretokenizedText PretokenizedText::make(std::string text)
{
    // Tokenized into lists kept by the thread (their capacity grows once, not for every text),
    // then copied out: a copy is allocated at the size it copies (a list built token by token
    // grows into up to twice its size, and an article's lists wait in the import's queue), one
    // copy of the tokens instead of the growth's copies and a shrink's.
    thread_local TokenList word;
    thread_local TokenList bigram;
    word.clear();
    bigram.clear();
    PretokenizedText p;
    p.text = std::move(text);
    tokenizeDocument(p.text, &word, &bigram, collectInto);
    p.word = word;
    p.bigram = bigram;
    return p;
}

PretokenizedScope::PretokenizedScope(std::vector<const PretokenizedText *> texts) : m_previous(std::move(t_registered))
{
    t_registered = std::move(texts);
}

PretokenizedScope::~PretokenizedScope()
{
    t_registered = std::move(m_previous);
}

const TokenList *pretokenizedFor(std::string_view text, TokenizerMode mode)
{
    for (const PretokenizedText *p : t_registered) {
        if (p && p->text.size() == text.size() && std::memcmp(p->text.data(), text.data(), text.size()) == 0)
            return mode == TokenizerMode::Word ? &p->word : &p->bigram;
    }
    return nullptr;
}

} // namespace sillok::core
