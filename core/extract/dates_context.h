#pragma once
// Private to core/extract: temporal expressions of the body (via core/dates), filtered so that
// nothing relative is kept when the publication date is unknown (dates are never invented).
//
// Without a day-precise publication date, an expression is kept when it states its own year
// (2025년 2월 11일), or when it is a month(-day) expression (2월 24일, 3월 12일부터 16일까지)
// in an article that states a full date elsewhere: it takes the year of the nearest such
// date before it (else the first one after it). Targets (2030년까지, 2027년 양산을 목표로)
// are flagged: they are goals, never an event's date nor a year anchor.

#include "common/partial_date.h"
#include "extract/article_text.h"

#include <string>
#include <vector>

namespace sillok::core::extract {

struct DateMention {
    int start = 0;
    int end = 0;
    int sentence = -1;
    std::string text;
    PartialDate date;
    PartialDate lastDay; // inclusive end of a day range, None otherwise
    bool target = false; // a deadline or goal year/month (2030년까지, 2027년 … 목표)
};

std::vector<DateMention> findDates(const ArticleText &at, const PartialDate &published);

} // namespace sillok::core::extract
