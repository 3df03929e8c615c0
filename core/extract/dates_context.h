#pragma once
// Private to core/extract: temporal expressions of the body (via core/dates), filtered so that
// nothing relative is kept when the publication date is unknown (dates are never invented).
//
// Without a day-precise publication date, an expression is kept when it states its own year
// (2025년 2월 11일), or when it is a month(-day) expression (2월 24일, 3월 12일부터 16일까지)
// in an article that states a full date elsewhere: it takes the year of the nearest such
// date before it (else the first one after it). Targets (2030년까지, 2027년 양산을 목표로)
// are flagged: they are goals, never an event's date nor a year anchor.
//
// Without a publication day, the article may still date itself through events of the field it
// dates relative to its own day (event_calendar.h): a month so found stands in for the
// publication day; a year so found is the year of month(-day) expressions when the article
// states no full date of its own.

#include "common/partial_date.h"
#include "extract/article_text.h"
#include "extract/event_calendar.h"

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

std::vector<DateMention> findDates(const ArticleText &at, const PartialDate &published,
                                   const EventCalendar &calendar = EventCalendar::builtin());

} // namespace sillok::core::extract
