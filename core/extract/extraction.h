#pragma once
// What the extractor finds in one article body. Per-article view: entities are merged across
// articles later by core/graph. Every entity keeps the mentions (spans in the body) it came from.

#include "common/partial_date.h"

#include <string>
#include <vector>

namespace sillok::core {

struct Sentence {
    int start = 0; // code points in ParsedArticle::body
    int end = 0;
};

struct Mention {
    int start = 0;    // code points in the mined text: ParsedArticle::body, then the captions (minedText)
    int end = 0;
    int sentence = -1; // index into Extraction::sentences
    std::string surface; // the text at [start, end)
    std::string field;   // what this mention supports: "name", "alias", "role", "date", "place", "organizer"...
    bool caption = false; // in a photo caption (start >= minedCaptionStart): provenance "from a caption"
};

struct ExtractedOrganization {
    std::string name;                 // canonical (gazetteer official name, or the surface form)
    std::vector<std::string> aliases; // every surface form seen in the article, canonical included
    std::string english;
    std::string kind;    // government | company | research | university | association | alliance | media | other
    std::string country; // ISO-like: KR, US, VN, TW, JP, CN...
    std::string gazetteerId; // stable id of the gazetteer entry, "" when recognised by shape
    std::vector<Mention> mentions;
    // How sure the extractor is that this is an organisation (docs/extraction.md, "Confidence"):
    // 1.0 a gazetteer entry; 0.9 a strong shape (company suffix, 한글(English) pair, unit of a
    // known parent, title chain); 0.8 a class noun or a list closed by a class noun; 0.7 a
    // corporate verb or coordination with a known company; 0.5 one weak cue. Below
    // kReviewConfidence the knowledge base sends it to the review queue.
    double confidence = 1.0;
};

// Names below this confidence are not merged into the graph silently: they wait for review.
inline constexpr double kReviewConfidence = 0.6;

struct ExtractedPerson {
    std::string name;
    std::string role;         // as written, "전 CEO" included
    std::string organization; // canonical organization name, "" when none
    std::vector<Mention> mentions;
    // The role at the organisation is a past one: "전 인텔 CEO", "前 대표", "지난해까지 X 대표".
    // The article's date does not date it as current.
    bool former = false;
    // 1.0 a titled name linked to its organisation; 0.8 a titled name without one.
    double confidence = 1.0;
};

struct ExtractedInitiative {
    std::string name;
    std::vector<std::string> aliases;
    std::string kind; // policy | project | program | alliance | fund | strategy | other
    std::vector<std::string> owners; // canonical organization names
    PartialDate date;
    std::string dateText;
    std::string partOf; // canonical name of the parent initiative, "" when none
    std::vector<Mention> mentions;
};

struct ExtractedMeeting {
    std::string name;
    std::vector<std::string> aliases;
    std::string kind; // meeting | conference | press_conference | demo | exhibition | forum | ceremony | other
    PartialDate date;
    PartialDate endDate; // inclusive last day of a multi-day event, None otherwise
    std::string dateText;
    std::string place;
    std::vector<std::string> organizers;   // canonical organization names
    std::vector<std::string> participants; // canonical organization names
    std::vector<std::string> initiatives;  // canonical initiative names
    std::string partOf;                    // series or body, "" when none
    int ordinal = 0;                       // N of 제N차, 0 when none
    std::string series;                    // the name without 제N차, for cross-article merging
    std::vector<Mention> mentions;
};

// A typed link the body states between two organisations or initiatives (gold-format.md):
// partnership | investment | acquisition | merger | supply | subsidiary_of | participates_in |
// funds, directed subject → object (partnership and merger are symmetric: stored once).
struct ExtractedRelation {
    std::string subject;     // canonical name
    std::string subjectType; // "organization" | "initiative"
    std::string predicate;
    std::string object;
    std::string objectType;
    PartialDate date;        // when the sentence dates it (signing, announcement); None otherwise
    std::string dateText;
    int sentence = -1;       // index into Extraction::sentences: the evidence
    Mention subjectMention;  // the mentions in that sentence the relation rests on
    Mention objectMention;
    Mention trigger;         // the word that states it (협약, 투자, 인수...), field "relation"
    std::string evidence;    // the body text from the first to the last of these three mentions
    double confidence = 0.8; // 0.9 explicit particles on both ends; 0.5 a direction guessed
};

struct Extraction {
    std::vector<Sentence> sentences;
    std::vector<ExtractedOrganization> organizations;
    std::vector<ExtractedPerson> people;
    std::vector<ExtractedInitiative> initiatives;
    std::vector<ExtractedMeeting> meetings;
    std::vector<ExtractedRelation> relations;
};

} // namespace sillok::core
