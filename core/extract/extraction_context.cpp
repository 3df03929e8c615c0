#include "extract/extraction_context.h"

#include "extract/event_calendar.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "ingest/sha256.h"

namespace sillok::core {

std::string ExtractionContext::version() const
{
    std::string parts;
    parts += gazetteer ? gazetteer->fingerprint() : std::string("-");
    parts += '|';
    parts += lexicon ? lexicon->fingerprint() : std::string("-");
    parts += '|';
    parts += calendar ? calendar->fingerprint() : std::string("-");
    return std::to_string(kExtractorRulesVersion) + "-" + sha256Hex(parts).substr(0, 16);
}

const ExtractionContext &ExtractionContext::builtin()
{
    static const ExtractionContext context{&Gazetteer::builtin(), &Lexicon::builtin(), &EventCalendar::builtin()};
    return context;
}

} // namespace sillok::core
