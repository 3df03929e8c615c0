#include "search/snippet.h"

#include "text/normalize.h"

#include <algorithm>
#include <cstdint>

namespace sillok::core {

namespace {

constexpr char32_t kBreak = 0xFFFF; // a hard separator in the match stream

bool isLetterish(char32_t c)
{
    return isHangulLetter(c) || isHanLetter(c) || isKanaLetter(c) || isWordLetter(c) || isCombiningMark(c);
}

// Folded letters with spaces/hyphens dropped and runs of other separators collapsed to kBreak;
// `index` maps each stream char back to its folded position.
void buildStream(const FoldedText &f, std::u32string &stream, std::vector<std::uint32_t> &index)
{
    stream.clear();
    index.clear();
    for (std::size_t k = 0; k < f.text.size(); ++k) {
        const char32_t c = f.text[k];
        if (isLetterish(c)) {
            stream.push_back(c);
        } else if (c == U'-' || isSpace(c)) {
            continue;
        } else if (stream.empty() || stream.back() != kBreak) {
            stream.push_back(kBreak);
        } else {
            continue;
        }
        index.push_back(static_cast<std::uint32_t>(k));
    }
}

std::u32string termKey(std::string_view term)
{
    FoldedText f;
    foldForMatch(term, f);
    std::u32string stream;
    std::vector<std::uint32_t> index;
    buildStream(f, stream, index);
    const std::size_t a = stream.find_first_not_of(kBreak);
    if (a == std::u32string::npos)
        return {};
    const std::size_t b = stream.find_last_not_of(kBreak);
    return stream.substr(a, b - a + 1);
}

struct ByteMatch {
    std::uint32_t begin;
    std::uint32_t end;
    int term;
};

std::vector<ByteMatch> findByteMatches(std::string_view body, const std::vector<std::string> &terms)
{
    FoldedText f;
    foldForMatch(body, f);
    std::u32string stream;
    std::vector<std::uint32_t> index;
    buildStream(f, stream, index);
    std::vector<ByteMatch> out;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        const std::u32string key = termKey(terms[t]);
        if (key.empty())
            continue;
        for (std::size_t pos = stream.find(key); pos != std::u32string::npos; pos = stream.find(key, pos + 1)) {
            const std::uint32_t first = index[pos];
            const std::uint32_t last = index[pos + key.size() - 1];
            if (isWordLetter(key.front()) && first > 0 && isWordLetter(f.text[first - 1]))
                continue;
            if (isWordLetter(key.back()) && last + 1 < f.text.size() && isWordLetter(f.text[last + 1]))
                continue;
            out.push_back(ByteMatch{f.begin[first], f.end[last], static_cast<int>(t)});
        }
    }
    std::sort(out.begin(), out.end(), [](const ByteMatch &a, const ByteMatch &b) { return a.begin < b.begin; });
    return out;
}

std::vector<ByteMatch> mergeMatches(const std::vector<ByteMatch> &sorted)
{
    std::vector<ByteMatch> merged;
    for (const ByteMatch &m : sorted) {
        if (!merged.empty() && m.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, m.end);
        else
            merged.push_back(m);
    }
    return merged;
}

// Byte offset of every code point start, plus the size at the end.
std::vector<std::uint32_t> codePointStarts(std::string_view s)
{
    std::vector<std::uint32_t> starts;
    starts.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            starts.push_back(static_cast<std::uint32_t>(i));
    }
    starts.push_back(static_cast<std::uint32_t>(s.size()));
    return starts;
}

int cpIndex(const std::vector<std::uint32_t> &starts, std::uint32_t byte)
{
    return static_cast<int>(std::lower_bound(starts.begin(), starts.end(), byte) - starts.begin());
}

void appendShown(std::string &out, std::string_view text)
{
    for (char ch : text)
        out += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
}

} // namespace

std::vector<MatchSpan> findHighlights(std::string_view body, const std::vector<std::string> &terms)
{
    const auto starts = codePointStarts(body);
    std::vector<MatchSpan> out;
    for (const ByteMatch &m : mergeMatches(findByteMatches(body, terms)))
        out.push_back(MatchSpan{cpIndex(starts, m.begin), cpIndex(starts, m.end)});
    return out;
}

namespace {

// Window start: a little context before some match; best = most distinct terms, then most matches.
// Candidate windows move forward only, so the matches inside are kept by a sliding window
// (each match enters once, in order of its end, and leaves once, in order of its start):
// linear in the number of matches, where comparing every window with every match took
// minutes on a long body with thousands of hits.
class WindowChooser {
public:
    WindowChooser(const std::vector<std::uint32_t> &starts, const std::vector<ByteMatch> &raw, std::size_t termCount)
        : m_raw(raw), m_ms(raw.size()), m_me(raw.size()), m_byEnd(raw.size()), m_perTerm(termCount, 0),
          m_inside(raw.size(), false)
    {
        for (std::size_t i = 0; i < raw.size(); ++i) {
            m_ms[i] = cpIndex(starts, raw[i].begin);
            m_me[i] = cpIndex(starts, raw[i].end);
            m_byEnd[i] = i; // raw is sorted by start already
        }
        std::ranges::stable_sort(m_byEnd, [&](std::size_t a, std::size_t b) { return m_me[a] < m_me[b]; });
    }

    // Moves the window to [s, e) and gives its score.
    long scoreOf(int s, int e)
    {
        const std::size_t n = m_raw.size();
        for (; m_nextOut < n && m_ms[m_nextOut] < s; ++m_nextOut) { // leaves: starts before the window
            if (!m_inside[m_nextOut])
                continue;
            m_inside[m_nextOut] = false;
            --m_count;
            if (--m_perTerm[static_cast<std::size_t>(m_raw[m_nextOut].term)] == 0)
                --m_distinct;
        }
        for (; m_nextIn < n && m_me[m_byEnd[m_nextIn]] <= e; ++m_nextIn) { // enters: ends inside the window
            const std::size_t i = m_byEnd[m_nextIn];
            if (m_ms[i] < s)
                continue; // already behind the window, and windows only move forward
            m_inside[i] = true;
            ++m_count;
            if (m_perTerm[static_cast<std::size_t>(m_raw[i].term)]++ == 0)
                ++m_distinct;
        }
        return m_distinct * 100000 + m_count;
    }

private:
    const std::vector<ByteMatch> &m_raw;
    std::vector<int> m_ms, m_me;
    std::vector<std::size_t> m_byEnd;
    std::vector<long> m_perTerm;
    std::vector<bool> m_inside;
    std::size_t m_nextIn = 0, m_nextOut = 0;
    long m_distinct = 0, m_count = 0;
};

int bestWindowStart(const std::vector<std::uint32_t> &starts, const std::vector<ByteMatch> &raw,
                    const std::vector<ByteMatch> &merged, std::size_t termCount, int maxChars)
{
    int bestStart = 0;
    if (raw.empty())
        return bestStart;
    const int context = std::min(maxChars / 4, 30);
    WindowChooser chooser(starts, raw, termCount);
    long bestScore = -1;
    for (const ByteMatch &cand : merged) {
        const int s = std::max(0, cpIndex(starts, cand.begin) - context);
        const long score = chooser.scoreOf(s, s + maxChars);
        if (score > bestScore) {
            bestScore = score;
            bestStart = s;
        }
    }
    return bestStart;
}

// The window [s, e) widened so that it never cuts through a match, then started after a space
// when one is close by before the first match.
void settleWindow(std::string_view body, const std::vector<std::uint32_t> &starts, const std::vector<ByteMatch> &merged,
                  int maxChars, int &s, int &e)
{
    for (const ByteMatch &m : merged) {
        const int ms = cpIndex(starts, m.begin);
        const int me = cpIndex(starts, m.end);
        if (ms < s && me > s)
            s = ms;
        if (ms < e && me > e)
            e = me;
    }
    if (s <= 0 || e - s < maxChars)
        return;
    int firstMatch = e;
    for (const ByteMatch &m : merged) {
        if (cpIndex(starts, m.begin) >= s) {
            firstMatch = cpIndex(starts, m.begin);
            break;
        }
    }
    for (int k = s; k < std::min(s + 12, firstMatch); ++k) {
        if (body[starts[static_cast<std::size_t>(k)]] == ' ') {
            s = k + 1;
            break;
        }
    }
}

// The bytes [at, stop) of `body`, each merged match in [ ].
void appendMarked(std::string &out, std::string_view body, const std::vector<ByteMatch> &merged, std::uint32_t at,
                  std::uint32_t stop)
{
    for (const ByteMatch &m : merged) {
        if (m.end <= at || m.begin >= stop)
            continue;
        const std::uint32_t mb = std::max(m.begin, at);
        appendShown(out, body.substr(at, mb - at));
        out += '[';
        const std::uint32_t me = std::min(m.end, stop);
        appendShown(out, body.substr(mb, me - mb));
        out += ']';
        at = me;
    }
    appendShown(out, body.substr(at, stop - at));
}

} // namespace

std::string makeSnippet(std::string_view body, const std::vector<std::string> &terms, int maxChars)
{
    const auto starts = codePointStarts(body);
    const int total = static_cast<int>(starts.size()) - 1;
    maxChars = std::max(maxChars, 1);
    const std::vector<ByteMatch> raw = findByteMatches(body, terms);
    const std::vector<ByteMatch> merged = mergeMatches(raw);

    int s = bestWindowStart(starts, raw, merged, terms.size(), maxChars);
    int e = std::min(total, s + maxChars);
    settleWindow(body, starts, merged, maxChars, s, e);

    std::string out;
    if (s > 0)
        out += "…";
    appendMarked(out, body, merged, starts[static_cast<std::size_t>(s)], starts[static_cast<std::size_t>(e)]);
    if (e < total)
        out += "…";
    return out;
}

} // namespace sillok::core
