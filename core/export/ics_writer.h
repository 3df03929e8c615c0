#pragma once
// iCalendar (RFC 5545) export of dated meetings as all-day VEVENTs.
//
// Only meetings (EntityType::Meeting) dated to the day or the month are written; undated and
// year-only meetings are skipped (a year-long event would mislead). A day-precision meeting
// spans [date, endDate] inclusive, written with an exclusive DTEND. A month-precision meeting
// spans the whole month and its DESCRIPTION says the day is unknown. UIDs derive from the
// entity uid, so re-exports update rather than duplicate calendar entries. Output uses CRLF,
// escapes TEXT values (\\ \; \, \n) and folds lines at 75 octets on UTF-8 boundaries.

#include "common/clock.h"
#include "model/records.h"

#include <string>
#include <vector>

namespace sillok::core {

struct IcsOptions {
    // DTSTAMP of every event, "YYYYMMDDTHHMMSSZ"; empty = the time of `clock`.
    std::string timestamp;
    std::string calendarName = "Sillok";
    // Where the time comes from when `timestamp` is empty (borrowed; the default is evaluated
    // where the options are made, never inside the writer).
    const Clock *clock = &Clock::system();
};

std::string writeIcs(const std::vector<EntitySummary> &meetings, const IcsOptions &options = {});

// The stable iCalendar UID of an entity uid.
std::string icsUid(std::string_view entityUid);
// Escapes a TEXT property value (RFC 5545 3.3.11).
std::string icsEscapeText(std::string_view text);
// Folds one content line (without CRLF) into CRLF-terminated lines of at most 75 octets,
// never splitting a UTF-8 sequence; continuation lines start with a space.
std::string icsFold(std::string_view line);

} // namespace sillok::core
