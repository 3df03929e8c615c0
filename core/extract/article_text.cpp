#include "extract/article_text.h"

#include "extract/sentence_splitter.h"
#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isJoiner(char32_t c) { return c == U'-' || c == U'/' || c == U'&' || c == U'.' || c == U'+'; }

// A joiner glues its neighbours into one token ("K-클라우드", "NQ/TW", "R&D"); a dot only
// between digits or Latin letters ("2023.11.07", "U.S").
bool joins(char32_t before, char32_t c, char32_t after)
{
    if (!isJoiner(c) || !isWordChar(before) || !isWordChar(after))
        return false;
    if (c == U'.')
        return (isDigit(before) && isDigit(after)) || (isLatin(before) && isLatin(after));
    return true;
}

bool endsWithProtected(const Lexicon &lex, std::u32string_view word)
{
    for (const LexiconCategory cat :
         {LexiconCategory("meeting_head"), LexiconCategory("initiative_head"), LexiconCategory("title"),
          LexiconCategory("org_suffix"), LexiconCategory("protect")}) {
        if (!lex.suffixIn(cat, word).empty())
            return true;
    }
    return false;
}

bool hasFinalConsonant(char32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 != 0;
}

// Connective forms of verbs: 맡아, 받아, 만들어, 힘입어 (아/어 after a closed syllable),
// 앞세워, 맞춰, 거쳐, 이뤄, 옮겨, 가져 (contracted 아/어), …하면서, …되어, …해서.
bool isVerbConnective(const Lexicon &lex, std::u32string_view w)
{
    if (w.size() < 2 || !std::ranges::all_of(w, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }))
        return false;
    if (w.ends_with(U"면서") || w.ends_with(U"하여") || w.ends_with(U"되어") || w.ends_with(U"아서") || w.ends_with(U"어서"))
        return true;
    const char32_t last = w.back();
    if ((last == U'아' || last == U'어') && hasFinalConsonant(w[w.size() - 2]))
        return true;
    // 아/어 after an open syllable is mostly part of a word (아시아, 코리아); only the common
    // connectives of `open_connective` (모으다 → 모아, 잇다 → 이어…) and adverbs of sequence are
    // verb forms.
    if (lex.has("open_connective", w))
        return true;
    return lex.has("contracted_connective_end", w.substr(w.size() - 1));
}

} // namespace

ArticleText::ArticleText(std::u32string text, const Lexicon &lexicon)
    : m_text(std::move(text)), m_lexicon(lexicon)
{
    m_sentences = splitSentences(std::u32string_view(m_text));
    const std::u32string_view all(m_text);
    const auto n = m_text.size();
    m_tokens.reserve(n / 3 + 1);
    std::size_t i = 0;
    bool space = true;
    while (i < n) {
        const char32_t c = m_text[i];
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = static_cast<int>(i);
        t.spaceBefore = space;
        space = false;
        if (isWordChar(c)) {
            std::size_t j = i + 1;
            while (j < n && (isWordChar(m_text[j]) || (j + 1 < n && joins(m_text[j - 1], m_text[j], m_text[j + 1]))))
                ++j;
            t.end = static_cast<int>(j);
            t.text = all.substr(i, j - i);
            // Strip a particle unless that would cut into a known head noun or title
            // (분과회의 stays; 학술대회의 → 학술대회; 창립자인 → 창립자).
            std::size_t stem = (m_lexicon.has("protect", t.text) || m_lexicon.has("place_word", t.text))
                                   ? t.text.size() : stripParticle(t.text, 2);
            if (stem < t.text.size() && endsWithProtected(m_lexicon, t.text)
                && !endsWithProtected(m_lexicon, t.text.substr(0, stem)))
                stem = t.text.size();
            // 빈브레인(VinBrain): a word glued to a parenthesis is a name with its apposition,
            // never a stem and a particle.
            if (j < n && m_text[j] == U'(')
                stem = t.text.size();
            t.stem = t.text.substr(0, stem);
            t.tail = t.text.substr(stem);
            t.stemEnd = t.start + static_cast<int>(stem);
            i = j;
            // A particle standing alone ("(NIC)는", "점검회의 에서") is punctuation for the
            // phrase scanners: it ends the phrase before it.
            const bool afterPunct = !m_tokens.empty() && m_tokens.back().punct && !t.spaceBefore;
            if ((afterPunct && isParticleTail(t.text)) || (t.text.size() >= 2 && isParticleTail(t.text)))
                t.punct = true;
        } else {
            t.punct = true;
            t.end = static_cast<int>(i + 1);
            t.text = all.substr(i, 1);
            t.stem = t.text;
            t.stemEnd = t.end;
            ++i;
        }
        m_tokens.push_back(t);
    }
    std::size_t s = 0;
    for (auto &t : m_tokens) {
        while (s < m_sentences.size() && t.start >= m_sentences[s].end)
            ++s;
        t.sentence = (s < m_sentences.size() && t.start >= m_sentences[s].start) ? static_cast<int>(s) : -1;
        if (t.sentence < 0 && s < m_sentences.size())
            t.sentence = static_cast<int>(s);
    }
    m_sentenceFirstToken.assign(m_sentences.size() + 1, m_tokens.size());
    for (std::size_t k = m_tokens.size(); k-- > 0;) {
        const int sIdx = m_tokens[k].sentence;
        if (sIdx >= 0)
            m_sentenceFirstToken[static_cast<std::size_t>(sIdx)] = k;
    }
    for (std::size_t k = m_sentences.size(); k-- > 0;)
        m_sentenceFirstToken[k] = std::min(m_sentenceFirstToken[k], m_sentenceFirstToken[k + 1]);
}

int ArticleText::sentenceAt(int cp) const
{
    auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), cp,
                               [](int v, const Sentence &s) { return v < s.end; });
    if (it == m_sentences.end())
        return m_sentences.empty() ? -1 : static_cast<int>(m_sentences.size()) - 1;
    return static_cast<int>(it - m_sentences.begin());
}

std::string ArticleText::slice(int start, int end) const
{
    start = std::clamp(start, 0, static_cast<int>(m_text.size()));
    end = std::clamp(end, start, static_cast<int>(m_text.size()));
    return u8(std::u32string_view(m_text).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
}

std::size_t ArticleText::tokenAt(int cp) const
{
    auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), cp, [](const Token &t, int v) { return t.start < v; });
    return static_cast<std::size_t>(it - m_tokens.begin());
}

std::pair<std::size_t, std::size_t> ArticleText::sentenceTokens(int sentence) const
{
    if (sentence < 0 || static_cast<std::size_t>(sentence) >= m_sentences.size())
        return {0, 0};
    return {m_sentenceFirstToken[static_cast<std::size_t>(sentence)],
            m_sentenceFirstToken[static_cast<std::size_t>(sentence) + 1]};
}

bool ArticleText::isGeneric(std::u32string_view word) const { return m_lexicon.has("generic", word); }

bool ArticleText::isTimeWord(const Token &t) const
{
    if (t.punct)
        return false;
    if (m_lexicon.has("time_word", t.stem))
        return true;
    const auto &s = t.stem;
    if (s.size() >= 2 && isDigit(s.front())) {
        const char32_t last = s.back();
        return last == U'일' || last == U'월' || last == U'년' || last == U'시' || last == U'분';
    }
    return false;
}

bool ArticleText::isBareNoun(const Token &t) const
{
    if (t.punct || !t.tail.empty() || isTimeWord(t) || m_lexicon.has("np_stop", t.text))
        return false;
    const std::u32string_view last = t.text.substr(t.text.size() - 1);
    if ((m_lexicon.has("verbal_ending", last) || isVerbConnective(m_lexicon, t.text)) && t.text.size() >= 2
        && !m_lexicon.has("protect", t.text) && !endsWithProtected(m_lexicon, t.text))
        return false;
    return true;
}

Mention makeMention(const ArticleText &at, int start, int end, std::string field)
{
    Mention m;
    m.start = start;
    m.end = end;
    m.sentence = at.sentenceAt(start);
    m.surface = at.slice(start, end);
    m.field = std::move(field);
    return m;
}

} // namespace sillok::core::extract
