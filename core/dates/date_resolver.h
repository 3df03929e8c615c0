#pragma once
// Korean temporal expressions: finds them in news text and resolves them against the
// publication time. Values are local wall-clock times (no time zone arithmetic unless
// ResolveContext::utcOffsetMinutes is given). Intervals follow Duckling: the end is exclusive.
// Thread-safety: a DateResolver is not shared between threads; make one per article.

#include "common/partial_date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

enum class TimeGrain { Second, Minute, Hour, Day, Week, Month, Quarter, Year };

struct DateTimeValue {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    TimeGrain grain = TimeGrain::Day;
    friend bool operator==(const DateTimeValue &, const DateTimeValue &) = default;
};

// "YYYY-MM-DDThh:mm:ss" (no offset); for logs and tests.
std::string toIsoString(const DateTimeValue &value);
// "second", "minute", ... "year" (Duckling's grain names).
std::string_view grainName(TimeGrain grain);

struct TemporalExpression {
    int start = 0, end = 0;  // code points in the text given to find()
    std::string text;        // the exact words, without particles or "(현지시간)"
    DateTimeValue value;     // the start; for OpenBefore the exclusive bound
    std::optional<DateTimeValue> intervalEnd; // exclusive end (Interval, OpenBefore)
    enum class Kind { Value, Interval, OpenAfter, OpenBefore } kind = Kind::Value;

    // Day/month/year view for the knowledge base: second..week grains give the day of the
    // value, month/quarter (and half-years) the month of the start, year the year. For
    // OpenBefore it is the last unit before the bound (연내 in 2024 → "2024").
    PartialDate date() const;
    // Inclusive last day of a day-or-finer Interval (3월 12일부터 16일까지 → the 16th);
    // a None PartialDate otherwise.
    PartialDate lastDay() const;
};

struct ResolveContext {
    DateTimeValue reference; // publication time (wall clock)
    // News: year-less dates go to the nearest/tense-consistent year, clock times attach to
    // the current day. Chat (Duckling's conventions): future bias for year-less dates and
    // clock times, Hangul numerals everywhere, bare "1954" and "12년" are years.
    enum class Style { News, Chat } style = Style::News;
    // Offset of the reference's zone from UTC; enables "4pm CET" conversions when set.
    std::optional<int> utcOffsetMinutes;
};

class DateResolver {
public:
    explicit DateResolver(ResolveContext ctx);

    // All temporal expressions in `utf8Text`, in order, resolved. Anaphora (이날, 당일,
    // 전날, 다음날, 이튿날, 같은 날) refer to the last resolved day-or-finer date found
    // earlier in the same call, else to the reference. Tense cues later in the same sentence
    // (했다 / 열린다 / 예정) decide year-less and month-less dates.
    std::vector<TemporalExpression> find(std::string_view utf8Text) const;
    // The same over text already decoded (offsets are its indexes).
    std::vector<TemporalExpression> find(std::u32string_view text) const;

    // Resolves a string as one expression: the first expression must start the string
    // (a leading dateline label such as "입력" is skipped) and only particles, a
    // parenthesis or following words (tense cues) may remain. nullopt otherwise.
    std::optional<TemporalExpression> resolve(std::string_view utf8Text) const;

    const ResolveContext &context() const { return m_ctx; }

private:
    ResolveContext m_ctx;
};

// Parses a publication dateline ("입력 2024.01.19 09:00", "기사입력 2024-01-19 오전 9:00:00",
// "2024. 1. 19.", "24.01.19", "2024년01월19일 09:00"). Needs a full year-month-day; the time
// is optional (day grain without it). Labels (입력/수정/승인/등록/발행/송고) are skipped.
std::optional<DateTimeValue> parseDateline(std::string_view utf8Text);

} // namespace sillok::core
