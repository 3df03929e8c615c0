#pragma once
// Private to core/extract: what the passes of recognizeMeetings() share. meeting_merge.cpp
// merges the candidates, meeting_dates.cpp attaches each meeting's date and place,
// meeting_organizers.cpp its organizers, participants and initiatives (the passes the parts of
// meeting_recognizer.cpp call one another through: meeting_recognizer_internal.h);
// meeting_holders.cpp holds the rules that read holders and attendees off the
// meeting's name and the sentences around it (organisations that open its name, the parties of a
// signing, a line-up after it, exhibitors after a show). Not thread-safe; one context per article.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"
#include "extract/organization_recognizer.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sillok::core::extract::meeting_rules {

// Dates by sentence, each list in the order of `dates`.
using DatesBySentence = std::unordered_map<int, std::vector<const DateMention *>>;

// What recognizeMeetings() looks things up in: organisation spans (sorted by start) with the
// sentence of each, dates and initiatives by sentence.
struct MeetingContext {
    const ArticleText &at;
    const std::vector<ExtractedOrganization> &orgs;
    const std::vector<ExtractedInitiative> &initiatives;
    std::vector<OrgSpan> spans;
    std::vector<int> spanSentence; // parallel to spans; ascending, so one sentence's spans are a run
    DatesBySentence datesBySentence;
    std::unordered_map<int, std::vector<std::size_t>> initiativesBySentence; // ascending, once each
    const std::vector<ExtractedPerson> &people;
    std::unordered_map<int, std::vector<std::size_t>> peopleBySentence; // ascending, once each
    std::vector<std::size_t> topics;                                    // the article's topic organisations (topic.h)
    // "X와 Y가/는": organisations joined as a subject, by sentence (ascending).
    struct Pair {
        int sentence = 0;
        int first = 0;
        int second = 0;
    };
    std::vector<Pair> subjectPairs;
    // Every name and alias of the organisations (the first organisation holding it).
    std::unordered_map<std::u32string, int> orgByName;
    // Meetings by sentence: (meeting, venue) where venue says the sentence takes place at it.
    std::unordered_map<int, std::vector<std::pair<std::size_t, bool>>> meetingsBySentence;

    MeetingContext(const ArticleText &a, const std::vector<ExtractedOrganization> &o,
                   const std::vector<ExtractedInitiative> &ini, const std::vector<DateMention> &dates,
                   const std::vector<ExtractedPerson> &p, std::vector<std::size_t> t);
};

// Appends s to v unless it is empty or already there.
void addUnique(std::vector<std::string> &v, const std::string &s);
// A token of the sentence opens with a word of `category`.
bool sentenceSays(const ArticleText &at, int sentence, LexiconCategory category);
// Every organisation of the sentence, and the organisation of every person in it.
void addSentenceOrganizations(const MeetingContext &cx, int s, std::vector<std::string> &into);
// "X와 Y가 …": the last pair of organisations joined as a subject in a sentence before
// `sentence`, or nullptr.
const MeetingContext::Pair *pairBefore(const MeetingContext &cx, int sentence);

// meeting_holders.cpp (each rule is described there):
// the organisations whose names open the meeting's name ("다온칩스 임시주주총회") hold it;
void attachNamedHolders(const MeetingContext &cx, ExtractedMeeting &m);
// a signing, or a merger's press conference, is held by the two parties joined as the subject before it;
void attachDealParties(const MeetingContext &cx, ExtractedMeeting &m);
// a sentence opening with a line-up lists who attended the meeting of the sentence before it;
void attachLineups(const MeetingContext &cx, std::vector<ExtractedMeeting> &meetings);
// organisations that exhibit shortly after a show is named take part in it.
void attachExhibitors(const MeetingContext &cx, std::vector<ExtractedMeeting> &meetings);

} // namespace sillok::core::extract::meeting_rules
