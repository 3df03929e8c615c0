#pragma once
// Private to core/extract: temporal expressions of the body (via core/dates), filtered so that
// nothing relative is kept when the publication date is unknown (dates are never invented).

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
};

std::vector<DateMention> findDates(const ArticleText &at, const PartialDate &published);

} // namespace sillok::core::extract
