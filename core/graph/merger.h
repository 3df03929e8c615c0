#pragma once
// Turns one article's Extraction into a MergePlan: the entities it speaks of (with stable
// uids and typed aliases), its mentions linked to those entities, and the facts between them
// with their evidence mentions. No database here: core/store applies the plan
// (library_graph_merge.cpp), resolving uids to rows, so the same plan always merges the same way.
//
// Facts (subject → object):
//   meeting    organizer / participant → organization
//   meeting    discussed               → initiative
//   meeting    part_of                 → meeting series (or the body named as part_of)
//   initiative owner                   → organization
//   initiative part_of                 → initiative
//   person     role                    → organization, value = the role ("장관")
//   person     member_of               → organization (a person with an organization, no role)
//   person     former_role             → organization, value = the past role without "전" ("CEO")
//   person     former_member_of        → organization (a past post with no role)
//   org/init.  partnership | investment | acquisition | merger | supply | subsidiary_of |
//              participates_in | funds → org/init. (gold-format.md; the typed relations of
//              Extraction::relations, with the relation's date and confidence, and the
//              subject's and object's mentions in the stating sentence as evidence)
//
// A past post is a fact of its own (former_role / former_member_of), never a "role" fact: the
// article's date dates the current posts only.

#include "extract/extraction.h"
#include "model/records.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Gazetteer;
class Lexicon;

struct PlannedAlias {
    std::string form;
    std::string kind;   // official | abbreviation | english | surface
    std::string source; // gazetteer | extract
    std::string norm{}; // entityNormKey(form), made by the planner on its worker ("": not made)
};

struct PlannedEntity {
    std::string uid;
    EntityType type = EntityType::Organization;
    std::string name;
    std::string kind;
    std::string country;
    std::string english;
    std::string gazetteerId;
    PartialDate date;
    PartialDate endDate;
    std::string dateText;
    std::string place;
    std::string series;
    int ordinal = 0;
    std::vector<PlannedAlias> aliases; // canonical name first
    // When the uid is not stored yet, the store may attach this entity to an existing one of the
    // same type that has exactly one match among these alias forms (cross-script names, names
    // only referenced as owners/organizers). Forms come from aliases minus short abbreviations.
    std::vector<std::string> matchForms;
    // Only named by another entity (an owner, organizer...): never overwrites stored attributes.
    bool referenceOnly = false;
    // A meeting named only by its kind noun ("시연회"): its uid is scoped to the article, and the
    // store attaches it to the one named meeting with that head noun on the same day, if any.
    bool genericName = false;
    // A person the article gives a former post ("전 사피온 대표"): its uid carries the organization
    // it left, and it may be the one person of its name stored at another organization.
    bool formerPost = false;
    // ExtractedOrganization/ExtractedPerson::confidence (1.0 for other types). Below
    // kReviewConfidence the store should queue the entity for review (a "low_confidence" item)
    // instead of showing it as settled.
    double confidence = 1.0;
};

struct PlannedMention {
    int entity = -1; // index into MergePlan::entities
    Mention mention;
};

struct PlannedFact {
    int subject = -1; // index into MergePlan::entities
    std::string predicate;
    int object = -1;  // index into MergePlan::entities, -1 for a literal
    std::string value;
    double confidence = 1.0;
    std::vector<int> evidence; // indexes into MergePlan::mentions; never empty when mentions exist
    PartialDate date{};        // when the article dates the fact (a typed relation's signing); None otherwise
    std::string dateText{};
};

struct MergePlan {
    std::vector<PlannedEntity> entities;
    std::vector<PlannedMention> mentions;
    std::vector<PlannedFact> facts;
    // The lexicon the plan was made with (borrowed from the extraction context): the store tells
    // a stored generic meeting name ("기자회견") with it when it merges the plan.
    const Lexicon *lexicon = nullptr;
};

// `body` is the article body the mention offsets refer to (for "한글(English)" aliases);
// may be empty. `gazetteer` adds official/English/abbreviation aliases of known organizations;
// may be null. `lexicon` (the extraction context's) tells generic meeting names; it must outlive
// the plan. `articleScope` (the article's uid) keeps meetings with a generic name
// (isGenericMeetingName) to their article; empty means no scoping.
MergePlan planMerge(const Extraction &extraction, std::u32string_view body, const Gazetteer *gazetteer,
                    const Lexicon &lexicon, std::string_view articleScope = {});

} // namespace sillok::core
