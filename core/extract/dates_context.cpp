#include "extract/dates_context.h"

#include "dates/date_resolver.h"
#include "extract/text_scan.h"

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

} // namespace

std::vector<DateMention> findDates(const ArticleText &at, const PartialDate &published)
{
    std::vector<DateMention> out;
    const bool anchored = published.precision == DatePrecision::Day;
    ResolveContext ctx;
    if (anchored)
        ctx.reference = DateTimeValue{published.year, published.month, published.day, 9, 0, 0, TimeGrain::Day};
    else
        ctx.reference = DateTimeValue{published.isValid() ? published.year : 2000, published.month > 0 ? published.month : 1, 1, 0, 0, 0, TimeGrain::Day};
    DateResolver resolver(ctx);
    for (const auto &e : resolver.find(u8(at.text()))) {
        if (!anchored && !hasExplicitYear(e.text))
            continue;
        DateMention d;
        d.start = e.start;
        d.end = e.end;
        d.sentence = at.sentenceAt(e.start);
        d.text = e.text;
        d.date = e.date();
        d.lastDay = e.lastDay();
        if (d.date.isValid())
            out.push_back(std::move(d));
    }
    return out;
}

} // namespace sillok::core::extract
