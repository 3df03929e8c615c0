#include "export/ics_writer.h"

#include "ingest/sha256.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>

namespace sillok::core {

namespace {

std::string basicDate(const PartialDate &d)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", d.year, d.month, d.day);
    return buffer;
}

PartialDate dayAfter(const PartialDate &d)
{
    return civilFromDays(daysFromCivil(d.year, d.month, d.day) + 1);
}

PartialDate firstOfNextMonth(int year, int month)
{
    return month == 12 ? PartialDate::ofDay(year + 1, 1, 1) : PartialDate::ofDay(year, month + 1, 1);
}

std::string stampOf(const Clock &clock)
{
    const std::time_t now = std::chrono::system_clock::to_time_t(clock.now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
    return buffer;
}

struct Span {
    PartialDate start;
    PartialDate endExclusive;
    bool monthOnly = false;
};

// nullopt when the meeting has no usable date.
std::optional<Span> spanOf(const EntitySummary &m)
{
    if (m.date.precision == DatePrecision::Day) {
        PartialDate last = m.date;
        if (m.endDate.precision == DatePrecision::Day && m.endDate > m.date)
            last = m.endDate;
        return Span{m.date, dayAfter(last), false};
    }
    if (m.date.precision == DatePrecision::Month) {
        int endYear = m.date.year;
        int endMonth = m.date.month;
        if (m.endDate.precision >= DatePrecision::Month && m.endDate > m.date) {
            endYear = m.endDate.year;
            endMonth = m.endDate.month;
        }
        return Span{PartialDate::ofDay(m.date.year, m.date.month, 1), firstOfNextMonth(endYear, endMonth), true};
    }
    return std::nullopt;
}

void property(std::string &out, std::string_view nameAndParams, std::string_view value)
{
    std::string line(nameAndParams);
    line.push_back(':');
    line.append(value);
    out += icsFold(line);
}

} // namespace

std::string icsEscapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r':
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                out += "\\n";
            break;
        default:
            // Other controls are not allowed in TEXT (except HTAB).
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out.push_back(c);
        }
    }
    return out;
}

std::string icsFold(std::string_view line)
{
    std::string out;
    std::size_t limit = 75; // the first line; continuations have a leading space in their 75
    std::size_t used = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 1;
        const auto b = static_cast<unsigned char>(line[i]);
        if (b >= 0xF0) len = 4;
        else if (b >= 0xE0) len = 3;
        else if (b >= 0xC0) len = 2;
        len = std::min(len, line.size() - i);
        if (used + len > limit) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, len));
        used += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

std::string icsUid(std::string_view entityUid)
{
    return sha256Hex(entityUid).substr(0, 32) + "@sillok";
}

std::string writeIcs(const std::vector<EntitySummary> &meetings, const IcsOptions &options)
{
    const std::string stamp = options.timestamp.empty() ? stampOf(*options.clock) : options.timestamp;
    std::string out;
    out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sillok//Sillok knowledge base//KO\r\n"
           "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    property(out, "X-WR-CALNAME", icsEscapeText(options.calendarName));
    for (const EntitySummary &m : meetings) {
        if (m.type != EntityType::Meeting || m.rejected)
            continue;
        const auto span = spanOf(m);
        if (!span)
            continue;
        std::string description;
        if (span->monthOnly)
            description = "Date known to the month only (" + m.date.toString()
                + "); the event spans the whole month. 날짜는 월까지만 알려짐.";
        // Appended piece by piece: GCC 12 at -O3 misreads `"..." + std::string` as an overlapping copy.
        const auto addLine = [&description](std::string_view label, const std::string &value) {
            if (!description.empty())
                description += '\n';
            description += label;
            description += value;
        };
        if (!m.dateText.empty())
            addLine("Date as reported: ", m.dateText);
        if (!m.kind.empty())
            addLine("Kind: ", m.kind);
        out += "BEGIN:VEVENT\r\n";
        property(out, "UID", icsUid(m.uid.empty() ? "meeting:" + std::to_string(m.id) : m.uid));
        property(out, "DTSTAMP", stamp);
        property(out, "DTSTART;VALUE=DATE", basicDate(span->start));
        property(out, "DTEND;VALUE=DATE", basicDate(span->endExclusive));
        property(out, "SUMMARY", icsEscapeText(m.name));
        if (!m.place.empty())
            property(out, "LOCATION", icsEscapeText(m.place));
        if (!description.empty())
            property(out, "DESCRIPTION", icsEscapeText(description));
        if (!m.kind.empty())
            property(out, "CATEGORIES", icsEscapeText(m.kind));
        property(out, "TRANSP", "TRANSPARENT");
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace sillok::core
