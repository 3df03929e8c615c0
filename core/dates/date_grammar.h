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
    bool lit(std::size_t &p, std::u32string_view word) const;
    // Index of the first matching word (advancing p), or -1.
    int litAny(std::size_t &p, std::initializer_list<std::u32string_view> words) const;
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
    std::optional<Match> parseQuarterHalf(std::size_t p, int year, bool yearExplicit);
    std::optional<int> weekdayWord(std::size_t &p) const;

    // --- clock (date_grammar_clock.cpp)
    // A time of day; `day` is the date it belongs to when the words gave one.
    std::optional<Match> parseClock(std::size_t p, const std::optional<DateTimeValue> &day);
    std::optional<Match> parseDayPart(std::size_t p, const DateTimeValue &day);
    DateTimeValue placeClock(const std::optional<DateTimeValue> &day, int hour, int minute, int second,
                             bool ambiguous, TimeGrain grain) const;
    std::optional<Match> withZone(std::size_t p, Match m) const;

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

// Particles and endings that may directly follow an expression ("3월에", "19일부터").
bool startsWithParticle(std::u32string_view rest);

} // namespace sillok::core::dategrammar
