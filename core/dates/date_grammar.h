#pragma once
// The hand-written scanner behind DateResolver: recognises one temporal expression at a
// position of a UTF-32 text and resolves it. Internal to core/dates.

#include "dates/date_resolver.h"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace sillok::core::dategrammar {

enum class Tense { Unknown, Past, Future };
enum class Direction { None, Past, Future, This };

// Tense of the predicate that follows position `end` in the same sentence.
Tense detectTense(std::u32string_view text, std::size_t end);

// A time of day being read (date_grammar_clock.cpp) and an amount of time (date_grammar_duration.cpp).
struct ClockTime;
struct DurationAmount;

struct Match {
    std::size_t end = 0;
    DateTimeValue value;
    std::optional<DateTimeValue> intervalEnd;
    TemporalExpression::Kind kind = TemporalExpression::Kind::Value;
    bool isClock = false;   // a time of day (for 이후/전 suffixes and zones)
    bool dayKnown = false;  // names a calendar day (anchor for later anaphora)
};

class Grammar {
public:
    Grammar(std::u32string_view text, const ResolveContext &ctx);
    // The longest expression starting at `pos` (ranges and suffixes included), or nullopt;
    // always nullopt at a space.
    std::optional<Match> parseAt(std::size_t pos);
    // Day used by 이날 / 전날 / bare clock times in news style.
    void setAnchor(const DateTimeValue &day) { m_anchor = day; }
    bool isChat() const { return m_chat; }

private:
    // --- lexical (date_grammar_lexical.cpp)
    // Inline: every position of the text tries dozens of words, most differing in their first letter.
    bool lit(std::size_t &p, std::u32string_view word) const
    {
        if (!word.empty() && p < m_s.size() && m_s[p] != word.front())
            return false;
        if (m_s.substr(p, word.size()) != word)
            return false;
        p += word.size();
        return true;
    }
    // Index of the first matching word (advancing p), or -1. Inline, and always: asked at every
    // candidate position with lists of up to 18 words, each call site's list of literals folds into
    // comparisons of the letter at p with constants.
    [[gnu::always_inline]] int litAny(std::size_t &p, std::initializer_list<std::u32string_view> words) const
    {
        // The letter at p is read once, and a word starting with another letter costs one comparison.
        const char32_t c = p < m_s.size() ? m_s[p] : U'\0';
        const bool end = p >= m_s.size();
        int i = 0;
        for (std::u32string_view w : words) {
            if ((w.empty() || (!end && w.front() == c)) && lit(p, w))
                return i;
            ++i;
        }
        return -1;
    }
    std::size_t skipSpaces(std::size_t p) const;
    bool isSpaceAt(std::size_t p) const;
    char32_t at(std::size_t p) const { return p < m_s.size() ? m_s[p] : U'\0'; }
    bool isDigitAt(std::size_t p) const;
    // ASCII digits only, between minLen and maxLen of them.
    std::optional<int> digits(std::size_t &p, int minLen, int maxLen) const;
    // A number (digits; Hangul numerals when allowed) immediately followed by `unit`,
    // with value in [lo, hi]. Advances p past the unit.
    std::optional<int> numberUnit(std::size_t &p, std::u32string_view unit, long long lo, long long hi,
                                  bool hangul) const;
    // True when the text after p can end an expression (no Hangul, or a particle follows).
    bool wordEnds(std::size_t p) const;
    Tense tense();

    // --- calendar (date_grammar_calendar.cpp)
    std::optional<Match> parseNumericDate(std::size_t p);
    std::optional<Match> parseCalendar(std::size_t p);
    // A step of parseCalendar(): empty when its words are not at `p`, else its answer (which may
    // be no match: the words are there but make no date).
    using CalendarStep = std::optional<std::optional<Match>>;
    CalendarStep relativeYear(std::size_t p);
    CalendarStep explicitYear(std::size_t p);
    CalendarStep relativeQuarterOrMonth(std::size_t p);
    CalendarStep yearWord(std::size_t p);
    CalendarStep monthWithDirection(std::size_t p);
    std::optional<Match> afterYear(std::size_t p, int year, std::size_t yearEnd, bool yearExplicit);
    std::optional<Match> afterMonth(std::size_t p, int year, int month, std::size_t monthEnd, bool fixedYear);
    std::optional<Match> parseDayOnly(std::size_t p);
    int inferYear(int month, int day);
    DateTimeValue inferDay(int day, Direction dir);
    std::optional<int> monthNumber(std::size_t &p) const;

    // --- relative words (date_grammar_relative.cpp)
    std::optional<Match> parseDayWord(std::size_t p);
    std::optional<Match> parseWeek(std::size_t p);
    std::optional<Match> parseHoliday(std::size_t p);
    std::optional<Match> parseSeason(std::size_t p);
    std::optional<Match> parseDuration(std::size_t p);
    // The steps of parseDuration(): the amount (이틀, 3시간반, 2주), then 지난/다음 N units or
    // N units 전/후/이내.
    std::optional<DurationAmount> readAmount(std::size_t q) const;
    std::optional<DurationAmount> readNumberedAmount(std::size_t q) const;
    std::optional<Match> wholeUnitsAround(const DurationAmount &amount, bool past) const;
    std::optional<Match> shiftedByAmount(const DurationAmount &amount) const;
    std::optional<Match> parseQuarterHalf(std::size_t p, int year, bool yearExplicit);
    std::optional<int> weekdayWord(std::size_t &p) const;

    // --- clock (date_grammar_clock.cpp)
    // A time of day; `day` is the date it belongs to when the words gave one.
    std::optional<Match> parseClock(std::size_t p, const std::optional<DateTimeValue> &day);
    std::optional<Match> parseDayPart(std::size_t p, const DateTimeValue &day);
    DateTimeValue placeClock(const std::optional<DateTimeValue> &day, int hour, int minute, int second,
                             bool ambiguous, TimeGrain grain) const;
    std::optional<Match> withZone(std::size_t p, Match m) const;
    // The steps of parseClock(): 정오/자정; the hour (and minutes, seconds) as 15:20(:30), as
    // 3시 20분 (반, 초, 십오분전), or as bare digits; am/pm after the digits; the value.
    std::optional<Match> parseNoonOrMidnight(std::size_t p, const std::optional<DateTimeValue> &day);
    bool readClockNumbers(std::size_t &q, bool lenient, ClockTime &t) const;
    std::optional<bool> readColonClock(std::size_t &q, ClockTime &t) const;
    bool readHourUnit(std::size_t &q, bool lenient, ClockTime &t) const;
    void readMinutesAfterHour(std::size_t &q, bool lenient, ClockTime &t) const;
    void readAmPm(std::size_t &q, ClockTime &t) const;
    std::optional<Match> clockMatch(std::size_t q, ClockTime t, const std::optional<DateTimeValue> &day) const;

    // --- composition (date_grammar.cpp)
    std::optional<Match> parseSimple(std::size_t p);
    std::optional<Match> parseSingle(std::size_t p);
    std::optional<Match> withDayTail(Match base);
    std::optional<Match> withRange(Match x);
    Match withSuffix(Match m);

    std::u32string_view m_s;
    ResolveContext m_ctx;
    DateTimeValue m_anchor;
    std::optional<DateTimeValue> m_inherit; // start of the range whose end is being read
    Tense m_tense = Tense::Unknown;
    bool m_tenseUsed = false;
    bool m_chat = false;
};

// False when no expression can begin with `c`: true for the ASCII digits and for every character
// of every word the grammar reads (the U"" and U'' literals of date_grammar*.cpp and
// korean_number.cpp), a superset of the first letters its parsers accept. DateResolver::find
// skips the other positions without parsing them. A word added to a parser must have its
// characters here: tests/dates/date_start_chars_test.cpp checks the sources.
bool mayStartExpression(char32_t c);

// The tighter test DateResolver::find uses in news style (ResolveContext::Style::News), where
// Hangul numerals start nothing: false when no expression can begin with `c` followed by `next`
// (U'\0' at the end). True for the ASCII digits and for the first two letters of the words each
// parser reads first; tests/dates/date_start_chars_test.cpp checks that no other start parses.
bool mayStartNewsExpression(char32_t c, char32_t next);

// Particles and endings that may directly follow an expression ("3월에", "19일부터").
bool startsWithParticle(std::u32string_view rest);

} // namespace sillok::core::dategrammar
