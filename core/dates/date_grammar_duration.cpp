// Durations counted from the reference: 3일 전, 한시간반 안에, 5일 후, 2주 이내, 지난 2주.
#include "dates/date_grammar.h"

#include "dates/date_math.h"
#include "dates/korean_number.h"

namespace sillok::core::dategrammar {

using namespace datemath;
using Kind = TemporalExpression::Kind;

struct DurationAmount {
    long long n = 0;
    TimeGrain unit = TimeGrain::Day;
    bool half = false; // "시간반": plus half a unit (hours only)
    std::size_t end = 0;
};

namespace {

using Amount = DurationAmount;

} // namespace

// A number (digits; in chat 몇 or a Hangul numeral) and a unit: 3일, 2주일, 3시간반.
std::optional<DurationAmount> Grammar::readNumberedAmount(std::size_t q) const
{
    struct Unit {
        std::u32string_view word;
        TimeGrain grain;
    };
    static constexpr Unit kUnits[] = {{U"시간", TimeGrain::Hour}, {U"초", TimeGrain::Second}, {U"분", TimeGrain::Minute},
                                      {U"주일", TimeGrain::Week}, {U"주", TimeGrain::Week},   {U"개월", TimeGrain::Month},
                                      {U"달", TimeGrain::Month},  {U"년", TimeGrain::Year},   {U"일", TimeGrain::Day}};
    std::vector<std::size_t> ends;
    std::vector<long long> values;
    std::size_t r = q;
    if (auto d = digits(r, 1, 4)) {
        values.push_back(*d);
        ends.push_back(skipSpaces(r));
    } else if (m_chat && lit(r, U"몇")) {
        values.push_back(3);
        ends.push_back(r);
    } else if (m_chat) {
        for (const auto &pre : hangulNumberPrefixes(m_s, q)) {
            values.push_back(pre.value);
            ends.push_back(pre.end);
        }
    }
    for (std::size_t i = values.size(); i-- > 0;) {
        for (const Unit &u : kUnits) {
            std::size_t e = ends[i];
            if (!lit(e, u.word))
                continue;
            if (u.grain == TimeGrain::Minute && at(e) == U'기')
                break;
            if (u.grain == TimeGrain::Week && at(e) == U'년')
                break;
            Amount a{values[i], u.grain, false, e};
            if (u.grain == TimeGrain::Hour && at(e) == U'반') {
                a.half = true;
                ++a.end;
            }
            return a;
        }
    }
    return std::nullopt;
}

// Amount: number + unit, or a word that holds both (이틀, 일주일).
std::optional<DurationAmount> Grammar::readAmount(std::size_t q) const
{
    std::size_t r = q;
    const int word = litAny(r, {U"하루", U"이틀", U"사흘", U"나흘", U"일주일"});
    if (word >= 0)
        return Amount{word == 4 ? 1 : word + 1, word == 4 ? TimeGrain::Week : TimeGrain::Day, false, r};
    return readNumberedAmount(q);
}

// 지난/다음 N <unit>: the N whole units before or after the current one.
std::optional<Match> Grammar::wholeUnitsAround(const DurationAmount &amount, bool past) const
{
    const TimeGrain unit = amount.unit;
    if (unit == TimeGrain::Day || amount.half || !wordEnds(amount.end))
        return std::nullopt;
    const DateTimeValue cur = truncate(m_ctx.reference, unit);
    Match m;
    m.value = past ? add(cur, unit, -amount.n) : add(cur, unit, 1);
    m.intervalEnd = past ? cur : add(cur, unit, 1 + amount.n);
    m.kind = Kind::Interval;
    m.end = amount.end;
    return m;
}

// N <unit> 이내/안/내 (from now until then), 이전/전 (then), 이후/후/뒤 (then, or open after).
std::optional<Match> Grammar::shiftedByAmount(const DurationAmount &amount) const
{
    const DateTimeValue &ref = m_ctx.reference;
    const TimeGrain unit = amount.unit;
    auto shifted = [&](int sign) {
        DateTimeValue v = add(ref, unit, sign * amount.n);
        if (amount.half)
            v = add(v, TimeGrain::Minute, sign * 30);
        return truncate(v, finerGrain(amount.half ? TimeGrain::Minute : unit));
    };
    std::size_t r = skipSpaces(amount.end);
    const int rel = litAny(r, {U"이내", U"안", U"내", U"이전", U"전", U"이후", U"후", U"뒤"});
    if (rel < 0)
        return std::nullopt;
    if (!m_chat && unit == TimeGrain::Day && (rel == 3 || rel == 5))
        return std::nullopt; // "15일 이후" in news means after the 15th
    if (rel == 1 || rel == 2 || rel == 0)
        lit(r, U"에");
    if (!wordEnds(r))
        return std::nullopt;
    Match m;
    m.end = r;
    if (rel == 0) {
        m.kind = Kind::Interval;
        m.value = ref;
        m.value.grain = TimeGrain::Second;
        m.intervalEnd = shifted(1);
        m.intervalEnd->grain = TimeGrain::Second;
        return m;
    }
    m.value = shifted(rel <= 4 && rel >= 3 ? -1 : 1);
    if (rel >= 5)
        m.kind = Kind::OpenAfter;
    m.dayKnown = unit >= TimeGrain::Day && unit <= TimeGrain::Week;
    return m;
}

std::optional<Match> Grammar::parseDuration(std::size_t p)
{
    std::size_t q = p;
    const int lead = litAny(q, {U"지난 ", U"다음 ", U"지난", U"다음"});
    if (lead < 0) {
        q = p;
        if (lit(q, U"약 ") || lit(q, U"약"))
            q = skipSpaces(q);
    }
    const auto amount = readAmount(q);
    if (!amount || amount->n <= 0 || amount->n > 10000)
        return std::nullopt;
    if (lead >= 0)
        return wholeUnitsAround(*amount, lead % 2 == 0);
    return shiftedByAmount(*amount);
}

} // namespace sillok::core::dategrammar
