// Headlines of other stories listed without a "related news" marker (see noise_rules.h).
#include "ingest/noise_rules.h"

#include "ingest/dateline.h"
#include "ingest/noise_util.h"

namespace sillok::core::noise {

using namespace detail;

namespace {

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// "09:32", "10-22", "10.22" as the last token.
bool isShortTimeOrDay(std::string_view t)
{
    if (t.size() != 5 || !isAsciiDigit(t[0]) || !isAsciiDigit(t[1]) || !isAsciiDigit(t[3]) || !isAsciiDigit(t[4]))
        return false;
    return t[2] == ':' || t[2] == '-' || t[2] == '.';
}

// A short bracketed or dashed source at the edge: "[단독]", "(가상일보)", "- 가상일보", "| 가상뉴스".
bool hasSourceTag(std::string_view t)
{
    const std::u32string u = toU32(t);
    if (u.size() < 4)
        return false;
    if (isOpenBracket(u.front())) {
        const std::size_t close = u.find_first_of(U"])】〕>", 1);
        if (close != std::u32string::npos && close >= 2 && close <= 12)
            return true;
    }
    if (isCloseBracket(u.back())) {
        const std::size_t open = u.find_last_of(U"[(【〔<");
        if (open != std::u32string::npos && open > 0 && u.size() - open <= 14
            && u.substr(open, u.size() - open).find(U' ') == std::u32string::npos)
            return true;
    }
    for (const std::u32string_view sep : {U" - ", U" | ", U" ㅣ "}) {
        const std::size_t at = u.rfind(sep);
        if (at != std::u32string::npos && at > 0 && u.size() - at - sep.size() <= 12)
            return true;
    }
    return false;
}

} // namespace

bool isListedHeadline(std::string_view line)
{
    const std::string_view t = core(line);
    const std::size_t len = length(t);
    if (len < 10 || len > 90 || !isHeadlineLike(t) || isSentenceLike(trimSpaces(line)) || letterCount(t) < 6)
        return false;
    // "일시 : 2024년 5월 2일", "장소: 코엑스": a fact box of the article, not a headline.
    const std::size_t colon = t.find(':');
    if (colon != std::string_view::npos && codePointCount(t.substr(0, colon)) <= 8)
        return false;
    return !trimSpaces(line).ends_with(":");
}

bool hasHeadlineEvidence(std::string_view line)
{
    const std::string_view t = trimSpaces(line);
    if (isTeaserLike(t) || hasSourceTag(t))
        return true;
    if (const auto d = findDate(t); d && d->date.precision == DatePrecision::Day)
        return true;
    const std::string_view last = lastToken(t);
    if (isShortTimeOrDay(last) || last == "전" || containsAny(t, {"분 전", "시간 전", "일 전"}))
        return true;
    // Headline punctuation: an ellipsis joining two clauses, quoted words, "X, Y" leads.
    if (containsAny(t, {"…", "...", "‥", "‘", "’", "“", "”", "\"", "'"}))
        return true;
    const std::size_t comma = t.find(", ");
    return comma != std::string_view::npos && codePointCount(t.substr(0, comma)) <= 12;
}

std::string_view listEnumerator(std::string_view line)
{
    const std::string_view t = trimSpaces(line);
    for (const std::string_view mark : {"▲", "■", "□", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "첫째", "둘째",
                                        "셋째", "넷째", "1단계", "2단계", "3단계", "4단계"})
        if (t.starts_with(mark))
            return mark;
    std::size_t i = 0;
    while (i < t.size() && i < 3 && isAsciiDigit(t[i]))
        ++i;
    if (i > 0 && i < t.size() && (t[i] == '.' || t[i] == ')'))
        return "number";
    return {};
}

} // namespace sillok::core::noise
