#include "fuzz/fuzz_checks.h"

#include "common/utf.h"
#include "ingest/sha256.h"
#include "text/normalize.h"

#include <sstream>

namespace sillok::fuzz {

using namespace sillok::core;

namespace {

template <class... Parts>
std::string cat(const Parts &...parts)
{
    std::ostringstream out;
    (out << ... << parts);
    return out.str();
}

// Byte offset of every code point of valid UTF-8 (plus the end), so that spans are cut in
// constant time: checking thousands of mentions stays linear.
class CodePoints {
public:
    explicit CodePoints(std::string_view utf8) : m_text(utf8)
    {
        for (std::size_t i = 0; i < utf8.size(); ++i)
            if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80)
                m_offsets.push_back(i);
        m_offsets.push_back(utf8.size());
    }
    int size() const { return static_cast<int>(m_offsets.size()) - 1; }
    // [start, end) in code points, 0 <= start <= end <= size().
    std::string_view slice(int start, int end) const
    {
        const std::size_t b = m_offsets[static_cast<std::size_t>(start)];
        return m_text.substr(b, m_offsets[static_cast<std::size_t>(end)] - b);
    }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_offsets;
};

void require(bool ok, Failures &failures, std::string what)
{
    if (!ok)
        failures.push_back(std::move(what));
}

void checkNfc(std::string_view field, const std::string &text, Failures &failures)
{
    if (!isValidUtf8(text)) {
        failures.push_back(cat(field, " is not valid UTF-8"));
        return;
    }
    require(normalizeNfc(text) == text, failures, cat(field, " is not NFC"));
}

template <class Entity>
void checkMentions(std::string_view kind, const Entity &entity, const CodePoints &body, int sentenceCount,
                   Failures &failures)
{
    const int bodyLength = body.size();
    require(isValidUtf8(entity.name), failures, cat(kind, " name is not valid UTF-8"));
    require(!entity.name.empty(), failures, cat(kind, " with an empty name"));
    for (const Mention &m : entity.mentions) {
        const std::string where = cat(kind, " '", entity.name, "' mention [", m.start, ", ", m.end, ") sentence ", m.sentence);
        if (m.start < 0 || m.start >= m.end || m.end > bodyLength) {
            failures.push_back(where + cat(" outside the body of ", bodyLength, " code points"));
            continue;
        }
        require(m.sentence >= 0 && m.sentence < sentenceCount, failures,
                where + cat(" has no valid sentence (of ", sentenceCount, ")"));
        require(m.surface == body.slice(m.start, m.end), failures, where + cat(" surface '", m.surface, "' is not the text of its span"));
    }
}

bool isRealTime(const DateTimeValue &v)
{
    return v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= daysInMonth(v.year, v.month) && v.hour >= 0
           && v.hour <= 23 && v.minute >= 0 && v.minute <= 59 && v.second >= 0 && v.second <= 59;
}

} // namespace

bool isRealDate(const PartialDate &date)
{
    switch (date.precision) {
    case DatePrecision::None:
        return true;
    case DatePrecision::Year:
        return true;
    case DatePrecision::Month:
        return date.month >= 1 && date.month <= 12;
    case DatePrecision::Day:
        return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
    }
    return false;
}

void checkArticle(const ParsedArticle &a, Failures &failures)
{
    checkNfc("fullText", a.fullText, failures);
    checkNfc("body", a.body, failures);
    checkNfc("title", a.title, failures);
    require(isValidUtf8(a.publishedText), failures, "publishedText is not valid UTF-8");
    require(a.contentHash == sha256Hex(a.fullText), failures, "contentHash is not the SHA-256 of fullText");
    require(isRealDate(a.published), failures, cat("published ", a.published.toString(), " is not a real date"));
    if (!isValidUtf8(a.fullText))
        return;
    const CodePoints full(a.fullText);
    const int total = full.size();
    std::string body;
    int previousEnd = 0;
    for (const TextBlock &b : a.blocks) {
        const std::string where = cat("block [", b.start, ", ", b.end, ")");
        if (b.start < previousEnd || b.start > b.end || b.end > total) {
            failures.push_back(where + cat(" out of order or outside fullText (", total, " code points)"));
            continue;
        }
        previousEnd = b.end;
        require(full.slice(b.start, b.end) == b.text, failures, where + " text differs from its span");
        if (b.kind == BlockKind::Body) {
            if (!body.empty())
                body += "\n\n";
            body += b.text;
        }
    }
    require(body == a.body, failures, "body is not the Body blocks joined");
}

void checkExtraction(const ParsedArticle &a, const Extraction &x, Failures &failures)
{
    const CodePoints body(a.body);
    const int length = body.size();
    const int sentences = static_cast<int>(x.sentences.size());
    int previousEnd = 0;
    for (const Sentence &s : x.sentences) {
        require(s.start >= previousEnd && s.start < s.end && s.end <= length, failures,
                cat("sentence [", s.start, ", ", s.end, ") out of order, empty or outside the body of ", length, " code points"));
        previousEnd = s.end;
    }
    for (const auto &e : x.organizations)
        checkMentions("organization", e, body, sentences, failures);
    for (const auto &e : x.people)
        checkMentions("person", e, body, sentences, failures);
    for (const auto &e : x.initiatives) {
        checkMentions("initiative", e, body, sentences, failures);
        require(isRealDate(e.date), failures, cat("initiative '", e.name, "' date ", e.date.toString(), " is not real"));
    }
    for (const auto &e : x.meetings) {
        checkMentions("meeting", e, body, sentences, failures);
        require(isRealDate(e.date) && isRealDate(e.endDate), failures,
                cat("meeting '", e.name, "' dates ", e.date.toString(), " / ", e.endDate.toString(), " are not real"));
        require(e.ordinal >= 0, failures, cat("meeting '", e.name, "' has ordinal ", e.ordinal));
    }
}

void checkTemporal(std::string_view text, const std::vector<TemporalExpression> &found, Failures &failures)
{
    const CodePoints cps(text);
    const int length = cps.size();
    int previousStart = 0;
    for (const TemporalExpression &e : found) {
        const std::string where = cat("temporal '", e.text, "' [", e.start, ", ", e.end, ")");
        if (e.start < previousStart || e.start >= e.end || e.end > length) {
            failures.push_back(where + cat(" out of order, empty or outside the text of ", length, " code points"));
            continue;
        }
        previousStart = e.start;
        require(e.text == cps.slice(e.start, e.end), failures, where + " words differ from the span");
        require(isRealTime(e.value), failures, where + " value " + toIsoString(e.value) + " is not a real time");
        if (e.intervalEnd)
            require(isRealTime(*e.intervalEnd), failures, where + " interval end " + toIsoString(*e.intervalEnd) + " is not real");
        require(isRealDate(e.date()) && isRealDate(e.lastDay()), failures, where + " date() or lastDay() is not real");
    }
}

void checkTokens(std::string_view input, const std::vector<SearchToken> &tokens, std::string_view what, Failures &failures)
{
    for (const SearchToken &t : tokens) {
        if (t.text.empty() || !isValidUtf8(t.text) || t.begin < 0 || t.begin > t.end
            || static_cast<std::size_t>(t.end) > input.size()) {
            failures.push_back(cat(what, " token '", t.text, "' [", t.begin, ", ", t.end, ") empty, invalid or outside ", input.size(), " bytes"));
            return;
        }
    }
}

} // namespace sillok::fuzz
