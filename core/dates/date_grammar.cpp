// Composition: a date with its weekday and clock time, ranges (X부터 Y까지, X~Y) and
// open suffixes (이후, 이전, 까지).
#include "dates/date_grammar.h"

#include "dates/date_math.h"

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

Grammar::Grammar(std::u32string_view text, const ResolveContext &ctx)
    : m_s(text), m_ctx(ctx), m_anchor(makeDay(ctx.reference.year, ctx.reference.month, ctx.reference.day)),
      m_chat(ctx.style == ResolveContext::Style::Chat)
{
}

std::optional<Match> Grammar::parseSimple(std::size_t p)
{
    std::optional<Match> best;
    auto consider = [&best](std::optional<Match> m) {
        if (m && (!best || m->end > best->end))
            best = m;
    };
    const DateTimeValue &ref = m_ctx.reference;
    consider(parseNumericDate(p));
    consider(parseCalendar(p));
    consider(parseDayWord(p));
    consider(parseWeek(p));
    consider(parseHoliday(p));
    consider(parseSeason(p));
    consider(parseDuration(p));
    consider(parseQuarterHalf(p, ref.year, false));
    consider(parseClock(p, std::nullopt));
    if (m_chat) {
        std::size_t q = p;
        if (litAny(q, {U"지금", U"방금"}) >= 0 && wordEnds(q)) {
            Match m;
            m.end = q;
            m.value = ref;
            m.value.grain = TimeGrain::Second;
            consider(m);
        }
        q = p;
        if (auto y = digits(q, 4, 4); y && *y >= 1000 && *y <= 2999 && wordEnds(q) && at(q) != U'.' && at(q) != U':') {
            Match m;
            m.end = q;
            m.value = makeDay(*y, 1, 1);
            m.value.grain = TimeGrain::Year;
            consider(m);
        }
        q = p;
        lit(q, U"이번");
        consider(parseDayPart(q, makeDay(ref.year, ref.month, ref.day)));
    }
    if (best && best->kind == Kind::Value && best->value.grain == TimeGrain::Day && best->dayKnown)
        return withDayTail(*best);
    return best;
}

std::optional<Match> Grammar::withDayTail(Match base)
{
    std::size_t q = base.end;
    {
        // A weekday that restates the date: "18일 월요일", "19일(금)".
        std::size_t s = skipSpaces(q);
        if (weekdayWord(s)) {
            q = s;
        } else if (s = q; at(s) == U'(' && at(s + 2) == U')'
                   && std::u32string_view(U"월화수목금토일").find(at(s + 1)) != std::u32string_view::npos) {
            q = s + 3;
        }
    }
    {
        // A relative day restated as a day of the month: "내일 19일".
        std::size_t s = skipSpaces(q);
        if (auto d = numberUnit(s, U"일", 1, 31, false); d && *d == base.value.day && s > q && wordEnds(s))
            q = s;
    }
    const std::size_t s = skipSpaces(q);
    if (auto clock = parseClock(s, base.value)) {
        clock->dayKnown = true;
        return clock;
    }
    if (auto part = parseDayPart(s, base.value)) {
        part->dayKnown = true;
        return part;
    }
    base.end = q;
    return base;
}

std::optional<Match> Grammar::withRange(Match x)
{
    std::size_t s = skipSpaces(x.end);
    const int conn = litAny(s, {U"부터", U"~", U"∼", U"-", U"–", U"〜", U"～"});
    if (conn < 0)
        return std::nullopt;
    s = skipSpaces(s);
    m_inherit = x.value;
    std::optional<Match> y = parseSimple(s);
    m_inherit.reset();
    if (!y || compare(y->value, x.value) < 0)
        return std::nullopt;
    DateTimeValue end = y->intervalEnd && y->kind == Kind::Interval
                            ? *y->intervalEnd
                            : add(truncate(y->value, y->value.grain), y->value.grain, 1);
    end.grain = x.value.grain;
    Match m = x;
    m.end = y->end;
    m.kind = Kind::Interval;
    m.intervalEnd = end;
    return m;
}

Match Grammar::withSuffix(Match m)
{
    std::size_t s = skipSpaces(m.end);
    const int suffix = litAny(s, {U"이후", U"후", U"이전", U"전", U"까지"});
    if (suffix < 0 || !wordEnds(s) || m.kind == Kind::OpenAfter || m.kind == Kind::OpenBefore)
        return m;
    if (suffix <= 1) {
        m.kind = Kind::OpenAfter;
        m.intervalEnd.reset();
    } else if (suffix <= 3) {
        m.kind = Kind::OpenBefore;
        m.intervalEnd = m.value;
    } else if (m_chat && m.isClock) {
        m.intervalEnd = m.value;
        m.intervalEnd->grain = TimeGrain::Second;
        m.value = m_ctx.reference;
        m.value.grain = TimeGrain::Second;
        m.kind = Kind::Interval;
    } else {
        return m;
    }
    m.end = s;
    return m;
}

std::optional<Match> Grammar::parseAt(std::size_t pos)
{
    auto full = [this](std::size_t p) -> std::optional<Match> {
        std::optional<Match> x = parseSimple(p);
        if (!x)
            return std::nullopt;
        if (x->kind == Kind::Value) {
            if (auto r = withRange(*x))
                return r;
        }
        return withSuffix(*x);
    };
    // No expression starts with a space. Parsing from inside a run of spaces would skip the rest
    // of the run at every position of it (quadratic: 20,000 spaces took seconds).
    if (isSpaceAt(pos))
        return std::nullopt;
    m_tense = Tense::Unknown;
    m_tenseUsed = false;
    std::optional<Match> m = full(pos);
    if (m && m_tenseUsed) {
        m_tense = detectTense(m_s, m->end);
        if (m_tense != Tense::Unknown) {
            if (auto again = full(pos))
                m = again;
        }
    }
    return m;
}

} // namespace sillok::core::dategrammar
