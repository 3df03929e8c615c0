#include "date_case_table.h"

#include <fstream>
#include <sstream>

namespace sillok::test {

using core::DateTimeValue;
using core::TemporalExpression;

std::vector<DateCase> readDateCases(const std::string &path)
{
    std::vector<DateCase> out;
    std::ifstream in(path);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (n == 1 || line.empty() || line[0] == '#')
            continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t'))
            f.push_back(cell);
        f.resize(6);
        out.push_back({f[0], f[1], f[2], f[3], f[4], f[5], n});
    }
    return out;
}

std::optional<DateTimeValue> parseWallClock(const std::string &t)
{
    DateTimeValue v;
    if (t.size() < 19 || std::sscanf(t.c_str(), "%d-%d-%dT%d:%d:%d", &v.year, &v.month, &v.day, &v.hour, &v.minute,
                                     &v.second) != 6)
        return std::nullopt;
    return v;
}

static std::optional<int> offsetMinutes(const std::string &t)
{
    if (t.size() < 29)
        return std::nullopt;
    const int sign = t[23] == '-' ? -1 : 1;
    return sign * (std::stoi(t.substr(24, 2)) * 60 + std::stoi(t.substr(27, 2)));
}

static bool sameInstant(const DateTimeValue &a, const DateTimeValue &b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour && a.minute == b.minute
        && a.second == b.second;
}

static std::string describe(const TemporalExpression &e)
{
    std::string s = core::toIsoString(e.value);
    if (e.intervalEnd)
        s += "/" + core::toIsoString(*e.intervalEnd);
    const char *kinds[] = {"value", "interval", "open_after", "open_before"};
    return s + " " + std::string(core::grainName(e.value.grain)) + " " + kinds[static_cast<int>(e.kind)] + " '"
        + e.text + "'";
}

std::string checkDateCase(const DateCase &c, core::ResolveContext::Style style, std::optional<int> utcOffset)
{
    const auto ref = parseWallClock(c.reference);
    if (!ref)
        return "bad reference";
    core::ResolveContext ctx;
    ctx.reference = *ref;
    ctx.reference.grain = core::TimeGrain::Second;
    ctx.style = style;
    ctx.utcOffsetMinutes = utcOffset ? utcOffset : offsetMinutes(c.reference);
    const auto got = core::DateResolver(ctx).resolve(c.input);
    if (c.type == "none")
        return got ? "expected nothing, got " + describe(*got) : "";
    if (!got)
        return "nothing resolved";
    const std::string have = describe(*got);
    if (std::string(core::grainName(got->value.grain)) != c.grain)
        return "grain: got " + have;
    const auto slash = c.expected.find('/');
    const std::string a = c.expected.substr(0, slash);
    const std::string b = slash == std::string::npos ? "" : c.expected.substr(slash + 1);
    using K = TemporalExpression::Kind;
    const K want = c.type == "value" ? K::Value
        : c.type == "interval"       ? K::Interval
        : c.type == "open_after"     ? K::OpenAfter
                                     : K::OpenBefore;
    if (got->kind != want)
        return "type: got " + have;
    if (want != K::OpenBefore && (!parseWallClock(a) || !sameInstant(got->value, *parseWallClock(a))))
        return "value: got " + have;
    if ((want == K::Interval || want == K::OpenBefore)
        && (!got->intervalEnd || !parseWallClock(b) || !sameInstant(*got->intervalEnd, *parseWallClock(b))))
        return "end: got " + have;
    return "";
}

} // namespace sillok::test
