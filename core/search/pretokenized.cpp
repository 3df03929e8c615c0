#include "search/pretokenized.h"

#include <cstring>
#include <stdexcept>

namespace sillok::core {

namespace {

thread_local std::vector<const PretokenizedText *> t_registered;

struct Collecting {
    std::string_view source;
    TokenList *list;
};

int collectInto(void *context, int flags, const char *token, int bytes, int begin, int end)
{
    auto &c = *static_cast<Collecting *>(context);
    c.list->add(c.source, token, bytes, begin, end, flags);
    return 0;
}

} // namespace

void TokenList::add(std::string_view source, const char *token, int bytes, int begin, int end, int flags)
{
    m_sourceBytes = source.size();
    const auto length = static_cast<std::size_t>(bytes);
    const bool same = begin >= 0 && end - begin == bytes && static_cast<std::size_t>(end) <= source.size()
                      && std::memcmp(source.data() + begin, token, length) == 0;
    std::uint32_t ref = kSame;
    if (!same) {
        ref = static_cast<std::uint32_t>(m_text.size());
        if (ref >= kSame)
            throw std::length_error("pretokenized text too long");
        const auto n = static_cast<std::uint32_t>(bytes);
        m_text.append(reinterpret_cast<const char *>(&n), sizeof n);
        m_text.append(token, length);
    }
    if ((flags & 0x0001) != 0)
        ref |= kColocated;
    m_tokens.push_back({begin, end, ref});
}

int TokenList::replay(std::string_view source, void *context, TokenSink sink) const
{
    if (!m_tokens.empty() && source.size() != m_sourceBytes)
        return 1;
    for (const Token &t : m_tokens) {
        const int flags = (t.ref & kColocated) != 0 ? 0x0001 : 0;
        const std::uint32_t at = t.ref & ~kColocated;
        int rc = 0;
        if (at == kSame) {
            rc = sink(context, flags, source.data() + t.begin, t.end - t.begin, t.begin, t.end);
        } else {
            std::uint32_t n = 0;
            std::memcpy(&n, m_text.data() + at, sizeof n);
            rc = sink(context, flags, m_text.data() + at + sizeof n, static_cast<int>(n), t.begin, t.end);
        }
        if (rc != 0)
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
    Collecting w{p.text, &word};
    Collecting b{p.text, &bigram};
    tokenizeDocument(p.text, &w, &b, collectInto);
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
