#include "dates/date_resolver.h"

#include "common/utf.h"
#include "dates/date_grammar.h"
#include "dates/date_math.h"

#include <cstdio>

namespace sillok::core {

using namespace datemath;
using dategrammar::Grammar;
using dategrammar::Match;

std::string toIsoString(const DateTimeValue &v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", v.year, v.month, v.day, v.hour, v.minute, v.second);
    return buf;
}

std::string_view grainName(TimeGrain grain)
{
    static constexpr std::string_view kNames[] = {"second", "minute", "hour", "day", "week", "month", "quarter", "year"};
    return kNames[static_cast<int>(grain)];
}

PartialDate TemporalExpression::date() const
{
    DateTimeValue v = value;
    if (kind == Kind::OpenBefore)
        v = add(value, value.grain, -1);
    switch (value.grain) {
    case TimeGrain::Year: return PartialDate::ofYear(v.year);
    case TimeGrain::Month:
    case TimeGrain::Quarter: return PartialDate::ofMonth(v.year, v.month);
    default: return PartialDate::ofDay(v.year, v.month, v.day);
    }
}

PartialDate TemporalExpression::lastDay() const
{
    if (kind != Kind::Interval || !intervalEnd || value.grain > TimeGrain::Day)
        return {};
    const DateTimeValue last = add(*intervalEnd, TimeGrain::Second, -1);
    return PartialDate::ofDay(last.year, last.month, last.day);
}

namespace {

bool blocksStart(char32_t c)
{
    return isHangulSyllable(c) || (c < 128 && (std::isalnum(static_cast<unsigned char>(c)) != 0)) || c == U'.';
}

TemporalExpression toExpression(std::u32string_view text, std::size_t start, const Match &m)
{
    TemporalExpression e;
    e.start = static_cast<int>(start);
    e.end = static_cast<int>(m.end);
    e.text = toUtf8(text.substr(start, m.end - start));
    e.value = m.value;
    e.intervalEnd = m.intervalEnd;
    e.kind = m.kind;
    return e;
}

// Skips a dateline label ("입력 ", "기사입력: ") when a digit follows it.
std::size_t skipDatelineLabel(std::u32string_view s, std::size_t p)
{
    for (std::u32string_view label : {U"기사입력", U"최종수정", U"입력", U"수정", U"승인", U"등록", U"발행", U"송고"}) {
        if (s.substr(p, label.size()) != label)
            continue;
        std::size_t q = p + label.size();
        while (q < s.size() && (s[q] == U' ' || s[q] == U':' || s[q] == U'\t'))
            ++q;
        if (q < s.size() && s[q] >= U'0' && s[q] <= U'9')
            return q;
    }
    return p;
}

std::size_t skipBlank(std::u32string_view s, std::size_t p)
{
    while (p < s.size() && (s[p] == U' ' || s[p] == U'\t' || s[p] == U'\n' || s[p] == U'\r'))
        ++p;
    return p;
}

} // namespace

DateResolver::DateResolver(ResolveContext ctx) : m_ctx(ctx) {}

std::vector<TemporalExpression> DateResolver::find(std::string_view utf8Text) const
{
    return find(std::u32string_view(toU32(utf8Text)));
}

std::vector<TemporalExpression> DateResolver::find(std::u32string_view text) const
{
    Grammar grammar(text, m_ctx);
    std::vector<TemporalExpression> out;
    const bool chat = grammar.isChat();
    const auto mayStart = [&text, chat](std::size_t p) {
        return chat ? dategrammar::mayStartExpression(text[p])
                    : dategrammar::mayStartNewsExpression(text[p], p + 1 < text.size() ? text[p + 1] : U'\0');
    };
    std::size_t p = 0;
    while (p < text.size()) {
        if ((p > 0 && blocksStart(text[p - 1])) || !mayStart(p)) {
            ++p;
            continue;
        }
        std::optional<Match> m = grammar.parseAt(p);
        if (!m || m->end <= p) {
            ++p;
            continue;
        }
        out.push_back(toExpression(text, p, *m));
        if (m->dayKnown && m->value.grain <= TimeGrain::Day)
            grammar.setAnchor(makeDay(m->value.year, m->value.month, m->value.day));
        p = m->end;
    }
    return out;
}

std::optional<TemporalExpression> DateResolver::resolve(std::string_view utf8Text) const
{
    const std::u32string text = toU32(utf8Text);
    const std::size_t start = skipDatelineLabel(text, skipBlank(text, 0));
    Grammar grammar(text, m_ctx);
    const std::optional<Match> m = grammar.parseAt(start);
    if (!m)
        return std::nullopt;
    return toExpression(text, start, *m);
}

std::optional<DateTimeValue> parseDateline(std::string_view utf8Text)
{
    const std::u32string text = toU32(utf8Text);
    const std::size_t start = skipDatelineLabel(text, skipBlank(text, 0));
    std::size_t digitsEnd = start;
    while (digitsEnd < text.size() && text[digitsEnd] >= U'0' && text[digitsEnd] <= U'9')
        ++digitsEnd;
    const std::size_t n = digitsEnd - start;
    const char32_t sep = digitsEnd < text.size() ? text[digitsEnd] : U'\0';
    if (!(n == 4 || (n == 2 && (sep == U'.' || sep == U'-' || sep == U'/'))))
        return std::nullopt;
    ResolveContext ctx;
    ctx.reference = makeDay(2050, 1, 1); // two-digit years read as 1961-2060
    Grammar grammar(text, ctx);
    const std::optional<Match> m = grammar.parseAt(start);
    if (!m || m->kind != TemporalExpression::Kind::Value || m->value.grain > TimeGrain::Day)
        return std::nullopt;
    return m->value;
}

} // namespace sillok::core
