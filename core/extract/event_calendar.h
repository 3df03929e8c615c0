#pragma once
// Dated events of the field (resources/gazetteer/events.tsv) and what they tell about an article
// that states no publication date.
//
// An analyst dates such an article by the events it dates relative to itself: "분과회의는 지난 4일
// 출범한 AI 전략 최고위협의회의 후속 조치다" can only have been written in the month the council
// was launched (4 April 2024). inferReference() does the same, and only that: an event anchors the
// article when its name (and, when listed, a cue word such as 출범) is in a sentence together with
// a date expression whose own day or month agrees with the event:
//   "지난 N일" / "N일" and an event on day N          → the article's month is the event's
//   "지난해 M월" and an event in month M               → the article's year is the event's + 1
//   "올해 M월" / "M월 N일" and an event on that date   → the article's year is the event's
// Anchors that disagree cancel the inference (nothing is better than a guess). The reference day
// inside an anchored month is the latest day the article itself calls today or past (N for "N일",
// N + 1 for "지난 N일"), so those words resolve to the days they name.

#include "common/partial_date.h"
#include "common/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct KnownEvent {
    PartialDate first;              // day, or month when only the month is certain
    PartialDate last;               // last day of a multi-day event (== first otherwise)
    std::vector<std::string> forms; // normalizeKey() of each name
    std::vector<std::string> cues;  // normalizeKey() of each cue word; empty = none needed
    std::string name;               // the first form as written, for the basis text
};

class EventCalendar {
public:
    // Parses `date<TAB>forms<TAB>cues<TAB>note` lines ('#' comments and a "date" header skipped).
    static Result<EventCalendar> fromTsv(std::string_view tsv);
    // The embedded calendar; loaded once, thread-safe. Empty when the resource is missing.
    static const EventCalendar &builtin();

    const std::vector<KnownEvent> &events() const { return m_events; }
    // The first 16 hex digits of the SHA-256 of the TSV it was parsed from.
    const std::string &fingerprint() const { return m_fingerprint; }
    // Indexes of the events a sentence names (with a cue word when the event lists cues), given
    // the sentence's normalizeKey().
    std::vector<int> mentionedIn(std::string_view sentenceKey) const;

private:
    std::vector<KnownEvent> m_events;
    std::string m_fingerprint;
};

// One date expression of the article as written (the resolver's words) and the events its
// sentence names (EventCalendar::mentionedIn, computed once per sentence by the caller).
struct DateWords {
    std::string text;
    std::vector<int> events;
};

struct InferredReference {
    PartialDate date;  // Day precision (month anchored; the day as explained above) or Year
    std::string basis; // e.g. "AI 전략 최고위협의회 2024-04-04 ↔ '지난 4일'"
};

// `dates`: the article's date expressions, in order.
std::optional<InferredReference> inferReference(const std::vector<DateWords> &dates, const EventCalendar &calendar);

} // namespace sillok::core
