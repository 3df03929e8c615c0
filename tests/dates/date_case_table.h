#pragma once
// Reads the temporal-expression TSV tables (shared/corpus/dates/*.tsv and
// tests/data/dates/news_cases.tsv) and checks one row against DateResolver::resolve.

#include "dates/date_resolver.h"

#include <optional>
#include <string>
#include <vector>

namespace sillok::test {

struct DateCase {
    std::string input, reference, expected, grain, type, note;
    int line = 0;
};

// Rows of a TSV with a header line; empty when the file cannot be read.
std::vector<DateCase> readDateCases(const std::string &path);
// "2013-02-12T04:30:00.000-02:00" → wall clock (offset dropped); nullopt when malformed.
std::optional<core::DateTimeValue> parseWallClock(const std::string &text);
// Resolves the row; "" when it matches, otherwise what differed.
std::string checkDateCase(const DateCase &c, core::ResolveContext::Style style, std::optional<int> utcOffset = {});

} // namespace sillok::test
