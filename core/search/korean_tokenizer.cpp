#include "search/korean_tokenizer.h"

#include "common/utf.h"
#include "text/normalize.h"
#include "text/particles.h"

#include <array>
#include <cstdint>

namespace sillok::core {

namespace {

enum class Cls : std::uint8_t { Hangul, Han, Kana, Word, Mark, Hyphen, Space, Other };
enum class Gap : std::uint8_t { None, Adjacent, Hyphen, Space, Other };

Cls classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z'))
            return Cls::Word;
        if (c == U'-')
            return Cls::Hyphen;
        if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == U'\f' || c == U'\v')
            return Cls::Space;
        return Cls::Other;
    }
    if (isHangulSyllable(c) || isHangulLetter(c))
        return Cls::Hangul;
    if (isHanLetter(c))
        return Cls::Han;
    if (isKanaLetter(c))
        return Cls::Kana;
    if (isSpace(c))
        return Cls::Space;
    if (isCombiningMark(c))
        return Cls::Mark;
    if (isWordLetter(c))
        return Cls::Word;
    return Cls::Other;
}

struct Piece {
    Cls cls;
    Gap gap; // what separates it from the previous piece
    std::uint32_t start;
    std::uint32_t end; // [start, end) in the letter arrays
};

class Emitter {
public:
    Emitter(TokenizerMode mode, bool querySide, void *context, TokenSink sink)
        : m_mode(mode), m_query(querySide), m_context(context), m_sink(sink)
    {
    }

    int run(std::string_view utf8)
    {
        read(utf8);
        return emitAll();
    }

    // Folds and splits `utf8` into pieces; emitAll() then hands out its tokens, once per mode.
    void read(std::string_view utf8)
    {
        foldForMatch(utf8, m_folded);
        scan();
    }

    int emitAll()
    {
        m_chainStart = 0;
        for (std::size_t p = 0; p < m_pieces.size(); ++p) {
            const int rc = emitPiece(p);
            if (rc != 0)
                return rc;
        }
        return 0;
    }

    void setOutput(TokenizerMode mode, void *context, TokenSink sink)
    {
        m_mode = mode;
        m_context = context;
        m_sink = sink;
    }

private:
    void scan()
    {
        const std::u32string &t = m_folded.text;
        m_letters.clear();
        m_utf8.clear();
        m_offsets.assign(1, 0);
        m_begin.clear();
        m_end.clear();
        m_pieces.clear();
        bool open = false; // the previous folded char was a letter of the current piece
        int hyphens = 0;
        bool space = false;
        bool other = false;
        for (std::size_t k = 0; k < t.size(); ++k) {
            const Cls c = classify(t[k]);
            switch (c) {
            case Cls::Hyphen: ++hyphens; open = false; continue;
            case Cls::Space: space = true; open = false; continue;
            case Cls::Other: other = true; open = false; continue;
            case Cls::Mark:
                if (open)
                    addLetter(k);
                else
                    other = true;
                continue;
            default: break;
            }
            const bool adjacent = hyphens == 0 && !space && !other;
            const bool hyphenOnly = hyphens == 1 && !space && !other;
            bool append = false;
            if (!m_pieces.empty() && m_pieces.back().cls == c && m_pieces.back().end == m_letters.size()) {
                append = (adjacent && open) || (hyphenOnly && c != Cls::Word);
            }
            if (!append) {
                Gap gap = Gap::Other;
                if (m_pieces.empty())
                    gap = Gap::None;
                else if (adjacent)
                    gap = Gap::Adjacent;
                else if (hyphenOnly)
                    gap = Gap::Hyphen;
                else if (space && hyphens == 0 && !other)
                    gap = Gap::Space;
                const auto at = static_cast<std::uint32_t>(m_letters.size());
                m_pieces.push_back(Piece{c, gap, at, at});
            }
            addLetter(k);
            open = true;
            hyphens = 0;
            space = false;
            other = false;
        }
    }

    void addLetter(std::size_t k)
    {
        m_letters.push_back(m_folded.text[k]);
        appendUtf8(m_utf8, m_folded.text[k]); // inline (common/utf.h)
        m_offsets.push_back(static_cast<std::uint32_t>(m_utf8.size()));
        m_begin.push_back(m_folded.begin[k]);
        m_end.push_back(m_folded.end[k]);
        m_pieces.back().end = static_cast<std::uint32_t>(m_letters.size());
    }

    // Every token is a run of consecutive letters (a piece starts where the previous one ends, and
    // a chain's hyphens are no letters), so its UTF-8 is a run of m_utf8, encoded once in scan().
    int emit(std::uint32_t from, std::uint32_t to, std::uint32_t spanFrom, bool colocated)
    {
        return emitText(from, to, m_begin[spanFrom], m_end[to - 1], colocated);
    }

    int emitText(std::uint32_t from, std::uint32_t to, std::uint32_t begin, std::uint32_t end, bool colocated)
    {
        return m_sink(m_context, colocated ? 0x0001 : 0, m_utf8.data() + m_offsets[from],
                      static_cast<int>(m_offsets[to] - m_offsets[from]), static_cast<int>(begin),
                      static_cast<int>(end));
    }

    // Two letters side by side (a bigram within a piece, or across the space before it).
    int emitPair(std::uint32_t a, std::uint32_t b, bool colocated)
    {
        return emitText(a, b + 1, m_begin[a], m_end[b], colocated);
    }

    static bool isBigramCls(Cls c) { return c == Cls::Hangul || c == Cls::Han || c == Cls::Kana; }

    bool crossBefore(std::size_t p) const
    {
        return p > 0 && m_pieces[p].gap == Gap::Space && m_pieces[p - 1].cls == m_pieces[p].cls;
    }

    int emitPiece(std::size_t p)
    {
        const Piece &pc = m_pieces[p];
        if (pc.cls == Cls::Word)
            return emitWord(p);
        if (m_mode == TokenizerMode::Bigram)
            return emitBigrams(p);
        if (pc.cls == Cls::Hangul && (pc.gap == Gap::Adjacent || pc.gap == Gap::Hyphen) &&
            m_pieces[p - 1].cls != Cls::Hangul &&
            isParticle(std::u32string_view(m_letters).substr(pc.start, pc.end - pc.start)))
            return 0;
        if (const int rc = emit(pc.start, pc.end, pc.start, false); rc != 0)
            return rc;
        if (m_query || pc.cls != Cls::Hangul)
            return 0;
        std::array<std::size_t, 6> lens{};
        const std::u32string_view eojeol = std::u32string_view(m_letters).substr(pc.start, pc.end - pc.start);
        const int n = stemPrefixLengths(eojeol, m_stemOptions, lens.data(), static_cast<int>(lens.size()));
        for (int k = 0; k < n; ++k) {
            const auto to = pc.start + static_cast<std::uint32_t>(lens[static_cast<std::size_t>(k)]);
            if (const int rc = emit(pc.start, to, pc.start, true); rc != 0)
                return rc;
        }
        return 0;
    }

    int emitBigrams(std::size_t p)
    {
        const Piece &pc = m_pieces[p];
        const bool prev = crossBefore(p);
        const bool next = p + 1 < m_pieces.size() && crossBefore(p + 1);
        if (prev) {
            if (const int rc = emitPair(m_pieces[p - 1].end - 1, pc.start, false); rc != 0)
                return rc;
            // A 1-syllable previous piece that waited for this cross bigram.
            const Piece &pp = m_pieces[p - 1];
            if (!m_query && pp.end - pp.start == 1 && !crossBefore(p - 1)) {
                if (const int rc = emit(pp.start, pp.end, pp.start, true); rc != 0)
                    return rc;
            }
        }
        if (pc.end - pc.start == 1) {
            if (m_query)
                return (prev || next) ? 0 : emit(pc.start, pc.end, pc.start, false);
            if (prev)
                return emit(pc.start, pc.end, pc.start, true);
            return next ? 0 : emit(pc.start, pc.end, pc.start, false);
        }
        for (std::uint32_t i = pc.start; i + 1 < pc.end; ++i) {
            if (const int rc = emitPair(i, i + 1, false); rc != 0)
                return rc;
        }
        return 0;
    }

    int emitWord(std::size_t p)
    {
        const Piece &pc = m_pieces[p];
        const bool joinedPrev = pc.gap == Gap::Hyphen && m_pieces[p - 1].cls == Cls::Word;
        if (!joinedPrev)
            m_chainStart = p;
        const bool joinedNext = p + 1 < m_pieces.size() && m_pieces[p + 1].gap == Gap::Hyphen &&
                                m_pieces[p + 1].cls == Cls::Word;
        if (m_query) {
            if (joinedNext)
                return 0;
            return emitChain(m_chainStart, p, false);
        }
        if (const int rc = emit(pc.start, pc.end, pc.start, false); rc != 0)
            return rc;
        return joinedPrev ? emitChain(m_chainStart, p, true) : 0;
    }

    // The Word pieces first..last joined without their hyphens, as one token.
    int emitChain(std::size_t first, std::size_t last, bool colocated)
    {
        const std::uint32_t from = m_pieces[first].start, to = m_pieces[last].end;
        return emitText(from, to, m_begin[from], m_end[to - 1], colocated);
    }

    TokenizerMode m_mode;
    bool m_query;
    void *m_context;
    TokenSink m_sink;
    ParticleOptions m_stemOptions{.verbEndings = true, .protectNames = true, .isProtected = {}};
    FoldedText m_folded;
    std::u32string m_letters;
    std::string m_utf8;                   // the letters in UTF-8
    std::vector<std::uint32_t> m_offsets; // letter i is m_utf8[m_offsets[i], m_offsets[i + 1])
    std::vector<std::uint32_t> m_begin;
    std::vector<std::uint32_t> m_end;
    std::vector<Piece> m_pieces;
    std::size_t m_chainStart = 0;
};

int collect(void *context, int flags, const char *token, int bytes, int begin, int end)
{
    auto *out = static_cast<std::vector<SearchToken> *>(context);
    out->push_back(SearchToken{std::string(token, static_cast<std::size_t>(bytes)), begin, end, (flags & 1) != 0});
    return 0;
}

} // namespace

int tokenizeKorean(std::string_view utf8, TokenizerMode mode, bool querySide, void *context, TokenSink sink)
{
    Emitter emitter(mode, querySide, context, sink);
    return emitter.run(utf8);
}

int tokenizeDocument(std::string_view utf8, void *wordContext, void *bigramContext, TokenSink sink)
{
    // Per thread, so that an import's worker reuses the buffers from one article to the next.
    thread_local Emitter emitter(TokenizerMode::Word, false, nullptr, nullptr);
    emitter.setOutput(TokenizerMode::Word, wordContext, sink);
    emitter.read(utf8);
    if (const int rc = emitter.emitAll(); rc != 0)
        return rc;
    emitter.setOutput(TokenizerMode::Bigram, bigramContext, sink);
    return emitter.emitAll();
}

std::vector<SearchToken> tokenizeForSearch(std::string_view utf8, TokenizerMode mode, bool querySide)
{
    std::vector<SearchToken> out;
    tokenizeKorean(utf8, mode, querySide, &out, collect);
    return out;
}

} // namespace sillok::core
