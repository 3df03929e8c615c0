#include "extract/extractor.h"

#include "common/utf.h"
#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/event_calendar.h"
#include "extract/initiative_recognizer.h"
#include "extract/meeting_recognizer.h"
#include "extract/organization_recognizer.h"
#include "extract/person_recognizer.h"
#include "extract/relation_recognizer.h"
#include "extract/text_scan.h"
#include "extract/topic.h"
#include "extract/window_merge.h"

#include <algorithm>

namespace sillok::core {

using namespace extract;

namespace {

// An initiative or meeting named exactly like an organisation is that organisation. The aliases'
// keys are worked out once for all the items (before: again for every item).
template <class T>
void dropOrganizationNames(std::vector<T> &items, const std::vector<ExtractedOrganization> &orgs)
{
    if (items.empty())
        return;
    std::vector<std::string> aliasKeys;
    for (const ExtractedOrganization &o : orgs) {
        for (const std::string &a : o.aliases)
            aliasKeys.push_back(normalizeKey(a));
    }
    std::erase_if(
        items, [&](const T &item) { return std::ranges::find(aliasKeys, normalizeKey(item.name)) != aliasKeys.end(); });
}

} // namespace

namespace {

// No catch here: a bug in a recognizer (or an allocation failure) must be loud, not a partial
// extraction; the caller reports it as an internal error naming the file.
// `text`, when given, receives toU32(body): the ArticleText's own, once the recognizers are done.
Extraction extractWithCalendar(std::string_view body, const PartialDate &published, const Gazetteer &gazetteer,
                               const Lexicon &lexicon, const EventCalendar &calendar, std::u32string *text = nullptr)
{
    Extraction x;
    ArticleText at(u32(body), lexicon);
    x.sentences = at.sentences();
    x.organizations = recognizeOrganizations(at, gazetteer);
    x.people = recognizePeople(at, x.organizations);
    const auto dates = findDates(at, published, calendar);
    auto topics = topicOrganizations(at, x.organizations);
    x.initiatives = recognizeInitiatives(at, x.organizations, dates, topics);
    if (moveMemberAlliances(at, x.initiatives, x.organizations))
        topics = topicOrganizations(at, x.organizations);
    dropOrganizationNames(x.initiatives, x.organizations);
    x.meetings = recognizeMeetings(at, x.organizations, x.initiatives, dates, x.people, topics);
    dropOrganizationNames(x.meetings, x.organizations);
    x.relations = recognizeRelations(at, x.organizations, x.initiatives, dates);
    if (text != nullptr)
        *text = std::move(at).takeText();
    return x;
}

Extraction extractWindows(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon,
                          const EventCalendar &calendar, std::u32string *text = nullptr)
{
    if (article.body.size() <= kMinedWindowBytes)
        return extractWithCalendar(article.body, article.published, gazetteer, lexicon, calendar, text);
    WindowMerger merger;
    std::size_t pos = 0;
    int cpOffset = 0;
    for (const std::size_t len : windowLengths(article.body, kMinedWindowBytes)) {
        const auto window = std::string_view(article.body).substr(pos, len);
        merger.append(extractWithCalendar(window, article.published, gazetteer, lexicon, calendar), cpOffset);
        cpOffset += static_cast<int>(u32Length(window));
        pos += len;
    }
    if (text != nullptr)
        *text = u32(article.body); // one window's text each above
    return merger.take();
}

// The body and then the captions (see extractArticle).
// `text`, when given, receives toU32(minedText(article)).
Extraction extractMined(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon,
                        const EventCalendar &calendar, std::u32string *text = nullptr)
{
    const int captionStart = minedCaptionStart(article);
    if (captionStart == static_cast<int>(u32Length(article.body))) {
        Extraction x = extractWindows(article, gazetteer, lexicon, calendar, text);
        if (text != nullptr && !captionTexts(article).empty())
            *text = u32(minedText(article)); // malformed bytes made the counts meet: the body alone was mined
        return x;
    }
    ParsedArticle mined = article;
    mined.body = minedText(article);
    Extraction x = extractWindows(mined, gazetteer, lexicon, calendar, text);
    const auto mark = [&](std::vector<Mention> &mentions) {
        for (auto &m : mentions)
            m.caption = m.start >= captionStart;
    };
    for (auto &e : x.organizations)
        mark(e.mentions);
    for (auto &e : x.people)
        mark(e.mentions);
    for (auto &e : x.initiatives)
        mark(e.mentions);
    for (auto &e : x.meetings)
        mark(e.mentions);
    for (auto &r : x.relations) {
        r.subjectMention.caption = r.subjectMention.start >= captionStart;
        r.objectMention.caption = r.objectMention.start >= captionStart;
        r.trigger.caption = r.trigger.start >= captionStart;
    }
    return x;
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

Extraction extractArticle(const ParsedArticle &article, const ExtractionContext &context)
{
    return extractMined(article, *context.gazetteer, *context.lexicon, *context.calendar);
}

Extraction extractArticle(const ParsedArticle &article, const ExtractionContext &context, std::u32string &minedU32)
{
    return extractMined(article, *context.gazetteer, *context.lexicon, *context.calendar, &minedU32);
}

Extraction extractArticle(const ParsedArticle &article, const Gazetteer &gazetteer, const Lexicon &lexicon)
{
    return extractMined(article, gazetteer, lexicon, EventCalendar::builtin());
}

} // namespace sillok::core
