#include "extract/extractor.h"

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/event_calendar.h"
#include "extract/initiative_recognizer.h"
#include "extract/meeting_recognizer.h"
#include "extract/organization_recognizer.h"
#include "extract/person_recognizer.h"
#include "extract/text_scan.h"
#include "extract/window_merge.h"

#include <algorithm>

namespace sillok::core {

using namespace extract;

namespace {

// An initiative or meeting named exactly like an organisation is that organisation.
template <class T>
void dropOrganizationNames(std::vector<T> &items, const std::vector<ExtractedOrganization> &orgs)
{
    std::erase_if(items, [&](const T &item) {
        const auto key = normalizeKey(item.name);
        return std::ranges::any_of(orgs, [&](const ExtractedOrganization &o) {
            return std::ranges::any_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == key; });
        });
    });
}

} // namespace

namespace {

Extraction extractWithCalendar(std::string_view body, const PartialDate &published, const Gazetteer &gazetteer,
                               const Lexicon &lexicon, const EventCalendar &calendar)
{
    Extraction x;
    try {
        ArticleText at(u32(body), lexicon);
        x.sentences = at.sentences();
        x.organizations = recognizeOrganizations(at, gazetteer);
        x.people = recognizePeople(at, x.organizations);
        const auto dates = findDates(at, published, calendar);
        x.initiatives = recognizeInitiatives(at, x.organizations, dates);
        dropOrganizationNames(x.initiatives, x.organizations);
        x.meetings = recognizeMeetings(at, x.organizations, x.initiatives, dates);
        dropOrganizationNames(x.meetings, x.organizations);
    } catch (const std::exception &) {
        // Allocation failure or a bug in a recognizer: return what was found so far.
    }
    return x;
}

Extraction extractWindows(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon,
                          const EventCalendar &calendar)
{
    if (article.body.size() <= kMinedWindowBytes)
        return extractWithCalendar(article.body, article.published, gazetteer, lexicon, calendar);
    WindowMerger merger;
    std::size_t pos = 0;
    int cpOffset = 0;
    for (const std::size_t len : windowLengths(article.body, kMinedWindowBytes)) {
        const auto window = std::string_view(article.body).substr(pos, len);
        merger.append(extractWithCalendar(window, article.published, gazetteer, lexicon, calendar), cpOffset);
        cpOffset += static_cast<int>(u32(window).size());
        pos += len;
    }
    return merger.take();
}

} // namespace

Extraction extractFromText(std::string_view body, const PartialDate &published, const Gazetteer &gazetteer,
                           const Lexicon &lexicon)
{
    return extractWithCalendar(body, published, gazetteer, lexicon, EventCalendar::builtin());
}

Extraction extractEntities(const ParsedArticle &article, const ExtractionContext &context)
{
    return extractWindows(article, *context.gazetteer, *context.lexicon, *context.calendar);
}

Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon)
{
    return extractWindows(article, gazetteer, lexicon, EventCalendar::builtin());
}

Extraction extractEntities(const ParsedArticle &article, const Gazetteer &gazetteer)
{
    return extractEntities(article, gazetteer, Lexicon::builtin());
}

} // namespace sillok::core
