#include "extract/dates_context.h"

#include "dates/date_resolver.h"
#include "extract/text_scan.h"
#include "text/normalize.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

#include <algorithm>

namespace sillok::core::extract {

namespace {

// An expression that states its own year (2025년, 2024.01.19, 2023-12-19) needs no reference.
bool hasExplicitYear(std::string_view text)
{
    int run = 0;
    for (char c : text) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

// "2월 24일 오후", "3월 12일부터 16일까지", "12월": starts with a month number, so its year is
// the only part missing (unlike 지난해 12월 or 다음 달 5일, which are relative).
bool isMonthExpression(std::u32string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && i < 2 && isDigit(text[i]))
        ++i;
    while (i > 0 && i < text.size() && isSpace(text[i]))
        ++i;
    return i > 0 && i < text.size() && text[i] == U'월';
}

// 2030년까지, 2024년 말까지, 2027년 양산을 목표로, 2027년 목표: a year or month followed by a
// deadline particle, or by 목표 within the next few words of its clause.
bool isTarget(const ArticleText &at, int end, const PartialDate &date)
{
    if (date.precision == DatePrecision::Day)
        return false;
    const auto &text = at.text();
    const auto rest = std::u32string_view(text).substr(static_cast<std::size_t>(std::min<int>(end, static_cast<int>(text.size()))));
    if (rest.starts_with(U"까지") || rest.starts_with(U" 까지") || rest.starts_with(U"말까지") || rest.starts_with(U" 말까지"))
        return true;
    const auto &toks = at.tokens();
    for (std::size_t k = at.tokenAt(end), n = 0; k < toks.size() && n < 4; ++k, ++n) {
        const auto &t = toks[k];
        if (t.punct && t.ch() != U'\'' && t.ch() != U'‘' && t.ch() != U'’')
            break;
        if (t.text.starts_with(U"목표"))
            return true;
        if (t.text.ends_with(U"다"))
            break;
    }
    return false;
}

// `d` moved to `year`; a range that wraps the new year (12월 30일~1월 2일) keeps its order.
void setYear(DateMention &d, int year)
{
    const bool wraps = d.lastDay.isValid() && d.lastDay.month < d.date.month;
    d.date.year = year;
    if (d.lastDay.isValid())
        d.lastDay.year = wraps ? year + 1 : year;
    if (d.date.precision == DatePrecision::Day && d.date.day > daysInMonth(year, d.date.month))
        d.date = PartialDate{}; // 2월 29일 in a common year: not this year after all
}

} // namespace

namespace {

ResolveContext contextFor(const PartialDate &published)
{
    ResolveContext ctx;
    if (published.precision == DatePrecision::Day)
        ctx.reference = DateTimeValue{published.year, published.month, published.day, 9, 0, 0, TimeGrain::Day};
    else
        ctx.reference = DateTimeValue{published.isValid() ? published.year : 2000, published.month > 0 ? published.month : 1, 1, 0, 0, 0, TimeGrain::Day};
    return ctx;
}

// The expressions found against `published` (a day: everything is kept) or, without a day, those
// that need no reference, with month(-day) ones taking a year from the article's own full dates,
// else from `fallbackYear` (0 = none).
std::vector<DateMention> keptDates(const ArticleText &at, const std::vector<TemporalExpression> &found,
                                   const PartialDate &published, int fallbackYear)
{
    std::vector<DateMention> out;
    const bool anchored = published.precision == DatePrecision::Day;
    std::vector<DateMention> yearless; // month(-day) expressions waiting for a year
    for (const auto &e : found) {
        DateMention d;
        d.start = e.start;
        d.end = e.end;
        d.sentence = at.sentenceAt(e.start);
        d.text = e.text;
        d.date = e.date();
        d.lastDay = e.lastDay();
        if (!d.date.isValid())
            continue;
        d.target = isTarget(at, e.end, d.date);
        if (anchored || hasExplicitYear(e.text))
            out.push_back(std::move(d));
        else if (isMonthExpression(u32(e.text)) && d.date.precision >= DatePrecision::Month)
            yearless.push_back(std::move(d));
    }
    if (yearless.empty())
        return out;
    // Year anchors: full dates the article states itself, goals excluded. Kept as values: `out`
    // grows below, which would leave pointers into it dangling.
    struct Anchor {
        int start;
        int year;
    };
    std::vector<Anchor> anchors;
    for (const auto &d : out) {
        if (d.date.precision == DatePrecision::Day && !d.target)
            anchors.push_back({d.start, d.date.year});
    }
    if (anchors.empty() && fallbackYear == 0)
        return out;
    for (auto &d : yearless) {
        int year = fallbackYear;
        if (!anchors.empty()) {
            Anchor anchor = anchors.front();
            for (const Anchor &a : anchors) {
                if (a.start < d.start)
                    anchor = a;
            }
            year = anchor.year;
        }
        setYear(d, year);
        if (d.date.isValid())
            out.push_back(std::move(d));
    }
    std::ranges::stable_sort(out, [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    return out;
}

} // namespace

std::vector<DateMention> findDates(const ArticleText &at, const PartialDate &published, const EventCalendar &calendar)
{
    const std::u32string_view text = at.text();
    auto found = DateResolver(contextFor(published)).find(text);
    if (published.precision == DatePrecision::Day)
        return keptDates(at, found, published, 0);
    // No publication day: the events of the field the article dates relative to itself may give
    // its month (then everything resolves against it) or its year (event_calendar.h).
    std::vector<DateWords> words;
    words.reserve(found.size());
    std::unordered_map<int, std::vector<int>> sentenceEvents; // looked up once per sentence
    for (const auto &e : found) {
        const int sentence = at.sentenceAt(e.start);
        auto [it, fresh] = sentenceEvents.try_emplace(sentence);
        if (fresh && sentence >= 0) {
            const Sentence &s = at.sentences()[static_cast<std::size_t>(sentence)];
            it->second = calendar.mentionedIn(normalizeKey(at.slice(s.start, s.end)));
        }
        words.push_back({e.text, it->second});
    }
    const auto inferred = inferReference(words, calendar);
    if (inferred && inferred->date.precision == DatePrecision::Day) {
        found = DateResolver(contextFor(inferred->date)).find(text);
        return keptDates(at, found, inferred->date, 0);
    }
    if (!inferred)
        return keptDates(at, found, published, 0);
    // Only the year is known: keep what needs no more than the year (지난해 12월, 올해, 내년
    //상반기) — the expressions that resolve alike against its first and its last day — plus
    // month(-day) expressions, which take that year.
    const int year = inferred->date.year;
    std::vector<DateMention> out = keptDates(at, found, published, year);
    const auto early = DateResolver(contextFor(PartialDate::ofDay(year, 1, 1))).find(text);
    const auto late = DateResolver(contextFor(PartialDate::ofDay(year, 12, 31))).find(text);
    std::unordered_set<int> kept;
    for (const DateMention &d : out)
        kept.insert(d.start);
    std::map<std::pair<int, int>, const TemporalExpression *> lateBySpan;
    for (const auto &l : late)
        lateBySpan.emplace(std::pair{l.start, l.end}, &l);
    std::vector<TemporalExpression> yearOnly;
    for (const auto &e : early) {
        const auto same = lateBySpan.find({e.start, e.end});
        if (!kept.contains(e.start) && same != lateBySpan.end() && same->second->date() == e.date()
            && same->second->lastDay() == e.lastDay())
            yearOnly.push_back(e);
    }
    for (DateMention &d : keptDates(at, yearOnly, PartialDate::ofDay(year, 1, 1), 0))
        out.push_back(std::move(d));
    std::ranges::stable_sort(out, [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    return out;
}

} // namespace sillok::core::extract
