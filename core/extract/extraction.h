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
    int start = 0;    // code points in ParsedArticle::body
    int end = 0;
    int sentence = -1; // index into Extraction::sentences
    std::string surface; // the text at [start, end)
    std::string field;   // what this mention supports: "name", "alias", "role", "date", "place", "organizer"...
};

struct ExtractedOrganization {
    std::string name;                 // canonical (gazetteer official name, or the surface form)
    std::vector<std::string> aliases; // every surface form seen in the article, canonical included
    std::string english;
    std::string kind;    // government | company | research | university | association | alliance | media | other
    std::string country; // ISO-like: KR, US, VN, TW, JP, CN...
    std::string gazetteerId; // stable id of the gazetteer entry, "" when recognised by shape
    std::vector<Mention> mentions;
};

struct ExtractedPerson {
    std::string name;
    std::string role;
    std::string organization; // canonical organization name, "" when none
    std::vector<Mention> mentions;
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

struct Extraction {
    std::vector<Sentence> sentences;
    std::vector<ExtractedOrganization> organizations;
    std::vector<ExtractedPerson> people;
    std::vector<ExtractedInitiative> initiatives;
    std::vector<ExtractedMeeting> meetings;
};

} // namespace sillok::core
