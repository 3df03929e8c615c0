#pragma once
// Publication dates as news pages print them: labelled datelines ("기사입력 : 2024년01월19일
// 09:00", "입력 2024.01.19 | 수정 2024.01.20"), bare date lines near the top, and machine
// dates from HTML metadata (ISO 8601).

#include "common/partial_date.h"

#include <optional>
#include <string>
#include <string_view>

namespace sillok::core {

struct DateHit {
    PartialDate date;
    std::size_t begin = 0; // byte span of the date expression in the searched text
    std::size_t end = 0;
};

// The first date expression in `text`: yyyy년 m월 d일, yyyy.mm.dd, yyyy. m. d., yyyy-mm-dd,
// yyyy/mm/dd, ISO 8601 with time and offset (converted to KST, UTC+9), or a year-month form
// (yyyy년 m월, yyyy.mm) when no day follows. Years 1990-2099 only; impossible days are skipped.
std::optional<DateHit> findDate(std::string_view text);

enum class DatelineRank {
    Published = 0, // 입력, 기사입력, 등록, 게재, 발행, 작성, 송고, Published, Posted
    Approved = 1,  // 승인
    Bare = 2,      // a line that is only a date (and a time)
    Modified = 3,  // 수정, 최종수정, 업데이트, Updated
};

struct Dateline {
    PartialDate date;
    DatelineRank rank = DatelineRank::Published;
    std::string text; // the words that gave the date, e.g. "기사입력 : 2024년01월19일 09:00"
};

// Reads a dateline line. Labelled lines must start with the label (after bullets or brackets)
// and be short; when a line carries several labels the best-ranked one is returned.
// `allowBare` accepts a line that is only a date. nullopt for anything else.
std::optional<Dateline> parseDateline(std::string_view line, bool allowBare);

} // namespace sillok::core
