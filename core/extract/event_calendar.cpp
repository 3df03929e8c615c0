#include "extract/event_calendar.h"

#include "common/fields.h"
#include "common/utf.h"
#include "embedded_resources.h"
#include "ingest/sha256.h"
#include "text/normalize.h"

#include <algorithm>
#include <set>

namespace sillok::core {

namespace {

std::vector<std::string> keys(std::string_view list)
{
    std::vector<std::string> out;
    for (const auto form : splitFields(list, '|')) {
        std::string key = normalizeKey(form);
        if (!key.empty())
            out.push_back(std::move(key));
    }
    return out;
}

// The days of an event (its month alone when only the month is known).
std::vector<PartialDate> daysOf(const KnownEvent &e)
{
    std::vector<PartialDate> out;
    if (e.first.precision != DatePrecision::Day)
        return {e.first};
    const long last = daysFromCivil(e.last.year, e.last.month, e.last.day);
    for (long d = daysFromCivil(e.first.year, e.first.month, e.first.day); d <= last && out.size() < 40; ++d)
        out.push_back(civilFromDays(d));
    return out;
}

// What a date expression says, as far as anchoring is concerned.
struct Words {
    enum class Kind { None, Day, LastYearMonth, ThisYearMonth, MonthDay } kind = Kind::None;
    int month = 0;
    int day = 0;
    bool past = false; // "지난 N일"
};

// "<digits><unit>[부터|까지]" → the number, or -1.
int numberWith(std::u32string_view token, char32_t unit)
{
    int n = 0;
    std::size_t i = 0;
    while (i < token.size() && i < 2 && token[i] >= U'0' && token[i] <= U'9')
        n = n * 10 + static_cast<int>(token[i++] - U'0');
    if (i == 0 || i >= token.size() || token[i] != unit)
        return -1;
    const std::u32string_view rest = token.substr(i + 1);
    if (!rest.empty() && rest != U"부터" && rest != U"까지")
        return -1;
    return n;
}

Words parseWords(std::string_view text)
{
    std::vector<std::u32string> tokens;
    std::u32string cur;
    for (char32_t c : toU32(text)) {
        if (c == U' ' || c == U'\t' || c == U'\n' || c == 0xA0) {
            if (!cur.empty())
                tokens.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty())
        tokens.push_back(std::move(cur));
    Words w;
    if (tokens.empty())
        return w;
    std::size_t i = 0;
    enum class Marker { None, Past, Future, LastYear, ThisYear } marker = Marker::None;
    const std::u32string &first = tokens[0];
    if (first == U"지난")
        marker = Marker::Past;
    else if (first == U"오는" || first == U"다음")
        marker = Marker::Future;
    else if (first == U"지난해" || first == U"작년")
        marker = Marker::LastYear;
    else if (first == U"올해" || first == U"올" || first == U"금년")
        marker = Marker::ThisYear;
    if (marker != Marker::None)
        ++i;
    if (i >= tokens.size())
        return w;
    if (const int day = numberWith(tokens[i], U'일'); day >= 1 && day <= 31) {
        if (marker == Marker::None || marker == Marker::Past) {
            w.kind = Words::Kind::Day;
            w.day = day;
            w.past = marker == Marker::Past;
        }
        return w;
    }
    const int month = numberWith(tokens[i], U'월');
    if (month < 1 || month > 12)
        return w;
    w.month = month;
    if (i + 1 < tokens.size()) {
        if (const int day = numberWith(tokens[i + 1], U'일'); day >= 1 && day <= 31)
            w.day = day;
    }
    if (marker == Marker::LastYear)
        w.kind = Words::Kind::LastYearMonth;
    else if (marker == Marker::ThisYear)
        w.kind = Words::Kind::ThisYearMonth;
    else if (marker == Marker::None && w.day > 0)
        w.kind = Words::Kind::MonthDay;
    return w;
}

} // namespace

std::vector<int> EventCalendar::mentionedIn(std::string_view sentenceKey) const
{
    const auto in = [&](const std::string &k) { return sentenceKey.find(k) != std::string_view::npos; };
    std::vector<int> out;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const KnownEvent &e = m_events[i];
        if (std::ranges::any_of(e.forms, in) && (e.cues.empty() || std::ranges::any_of(e.cues, in)))
            out.push_back(static_cast<int>(i));
    }
    return out;
}

Result<EventCalendar> EventCalendar::fromTsv(std::string_view tsv)
{
    EventCalendar calendar;
    calendar.m_fingerprint = sha256Hex(tsv).substr(0, 16);
    int lineNo = 0;
    for (std::string_view line : splitFields(tsv, '\n')) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#' || line.starts_with("date\t"))
            continue;
        const auto cols = splitFields(line, '\t');
        const auto bad = [&](const std::string &why) {
            return fail(ErrorCode::Parse, "events line " + std::to_string(lineNo) + ": " + why);
        };
        if (cols.size() < 2)
            return bad("expected date<TAB>forms<TAB>cues<TAB>note");
        KnownEvent e;
        const auto range = cols[0].find("..");
        const auto first = PartialDate::parse(cols[0].substr(0, range));
        const auto last = range == std::string_view::npos ? first : PartialDate::parse(cols[0].substr(range + 2));
        if (!first || !last || first->precision < DatePrecision::Month || last->precision != first->precision
            || *last < *first)
            return bad("bad date '" + std::string(cols[0]) + "'");
        e.first = *first;
        e.last = *last;
        e.forms = keys(cols[1]);
        if (e.forms.empty())
            return bad("no name");
        e.cues = cols.size() > 2 ? keys(cols[2]) : std::vector<std::string>{};
        e.name = std::string(splitFields(cols[1], '|').front());
        calendar.m_events.push_back(std::move(e));
    }
    return calendar;
}

const EventCalendar &EventCalendar::builtin()
{
    static const EventCalendar instance = [] {
        auto parsed = fromTsv(sillok::resources::embeddedFile("gazetteer/events.tsv"));
        return parsed ? std::move(*parsed) : EventCalendar();
    }();
    return instance;
}

std::optional<InferredReference> inferReference(const std::vector<DateWords> &dates, const EventCalendar &calendar)
{
    std::set<std::pair<int, int>> months; // (year, month) the article must be in
    std::set<int> years;
    std::string basis;
    const auto explain = [&](const KnownEvent &e, const PartialDate &day, const std::string &words) {
        if (basis.empty())
            basis = e.name + " " + day.toString() + " ↔ '" + words + "'";
    };
    int latestDay = 0; // the latest day of the month the article calls today or past
    for (const DateWords &d : dates) {
        const Words w = parseWords(d.text);
        if (w.kind == Words::Kind::None)
            continue;
        if (w.kind == Words::Kind::Day)
            latestDay = std::max(latestDay, w.past ? w.day + 1 : w.day);
        for (const int index : d.events) {
            if (index < 0 || static_cast<std::size_t>(index) >= calendar.events().size())
                continue;
            const KnownEvent &e = calendar.events()[static_cast<std::size_t>(index)];
            for (const PartialDate &x : daysOf(e)) {
                const bool day = x.precision == DatePrecision::Day;
                switch (w.kind) {
                case Words::Kind::Day:
                    if (day && x.day == w.day) {
                        months.insert({x.year, x.month});
                        explain(e, x, d.text);
                    }
                    break;
                case Words::Kind::LastYearMonth:
                case Words::Kind::ThisYearMonth:
                    if (x.month == w.month && (w.day == 0 || (day && x.day == w.day))) {
                        years.insert(w.kind == Words::Kind::LastYearMonth ? x.year + 1 : x.year);
                        explain(e, x, d.text);
                    }
                    break;
                case Words::Kind::MonthDay:
                    if (day && x.month == w.month && x.day == w.day) {
                        years.insert(x.year);
                        explain(e, x, d.text);
                    }
                    break;
                case Words::Kind::None:
                    break;
                }
            }
        }
    }
    if (months.size() > 1 || years.size() > 1)
        return std::nullopt; // the anchors disagree
    if (!months.empty()) {
        const auto [year, month] = *months.begin();
        if (!years.empty() && *years.begin() != year)
            return std::nullopt;
        const int day = std::clamp(latestDay, 1, daysInMonth(year, month));
        return InferredReference{PartialDate::ofDay(year, month, day), basis};
    }
    if (!years.empty())
        return InferredReference{PartialDate::ofYear(*years.begin()), basis};
    return std::nullopt;
}

} // namespace sillok::core
