#pragma once
// Value snapshots that the Library hands to its callers (CLI, GUI models, exporters).
// Plain data: copying them is cheap enough for views; none holds a database handle.

#include "common/partial_date.h"
#include "common/result.h"
#include "ingest/article.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sillok::core {

enum class EntityType { Organization, Person, Initiative, Meeting };
// "organization" | "person" | "initiative" | "meeting" (the stored and JSON form).
const char *entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(std::string_view name);
// A person's role and organization as the lists show them, what tells namesakes apart
// ("대표, 별가테크"); either alone when the other is "", "" when both are.
std::string personContext(std::string_view role, std::string_view organization);

struct ArticleSummary {
    std::int64_t id = 0;
    std::string uid;        // stable across re-imports of the same file
    std::string source;     // path as given at import
    std::string title;
    PartialDate published;
    std::string publishedBasis;
    std::string encoding;
    std::string format;
    int version = 1;        // bumped each time the file's text changed on re-import
    int annotationCount = 0;
    int entityCount = 0;
    std::string importedAt; // ISO 8601 UTC
    std::string updatedAt;
    // One story once (store/library_identity.h): how many other copies of this story the library
    // holds (for a primary copy), the primary it is a copy of (0 for a primary), the page's
    // canonical URL ("" when it states none) and the cleaned body's fingerprint.
    int copies = 0;
    std::int64_t copyOf = 0;
    std::string canonicalUrl;
    std::string fingerprint;
};

struct MentionRecord {
    std::int64_t id = 0;
    std::int64_t entityId = 0; // 0 when the mention is not linked to an entity
    EntityType entityType = EntityType::Organization;
    std::string entityName;
    int start = 0; // code points in the body
    int end = 0;
    int sentence = -1;
    std::string surface;
    std::string field;
    bool caption = false; // in a photo caption (start >= ArticleRecord::captionStart)
};

struct ArticleRecord {
    ArticleSummary summary;
    // What is indexed and mined: the running text, then each photo caption ("\n\n" before each;
    // ingest/article.h minedText). Mention and sentence offsets are code points in it.
    std::string body;
    int captionStart = 0; // code point of body where the first caption starts; body's length when none
    std::string fullText; // all blocks, noise included
    std::string publishedText;
    std::string contentHash;
    std::vector<TextBlock> blocks;
    std::vector<MentionRecord> mentions; // sorted by start
    std::vector<std::pair<int, int>> sentences; // code-point spans in the body
};

struct EvidenceRecord {
    std::int64_t articleId = 0;
    std::string articleTitle;
    std::string articleSource;
    int start = 0; // code points in the article body: the mention
    int end = 0;
    int sentenceStart = 0; // the sentence that contains it
    int sentenceEnd = 0;
    std::string quote;     // the sentence text
    std::string date{};    // what the sentence dates, when that is the point (a review date_conflict)
    PartialDate published{}; // the article's publication date
};

// What an import brought (Library::changes): the entities and relations of the articles some
// import runs wrote, relative to what existed before them.
struct ChangedEntity {
    std::int64_t id = 0; // the curated entity (merge root)
    std::string uid;
    EntityType type = EntityType::Organization;
    std::string name;
    // A person's role and organization (what tells namesakes apart; "" when unknown or not a person).
    std::string role;
    std::string organization;
    int articles = 0;    // articles of those runs that mention it
    bool watched = false;
    std::vector<EvidenceRecord> evidence; // its first mentions in those runs (at most 3)
};

struct ChangedRelation {
    std::int64_t factId = 0;
    std::int64_t subjectId = 0;
    std::string subject;
    std::string predicate;
    std::int64_t objectId = 0; // 0 when the object is a literal value
    std::string object;        // the object's name, or the value
    bool watched = false;      // either end is watched
    std::vector<EvidenceRecord> evidence;
};

struct ImportChanges {
    std::string since;              // what was asked: "" (the last import), a run id or a date
    std::vector<std::int64_t> runs; // the import runs covered, oldest first
    int articles = 0;               // articles those runs added or changed (copies not counted)
    int copies = 0;                 // copies of stories already held that they folded
    // New entities (did not exist before the runs), watched first, then by name.
    std::vector<ChangedEntity> created;
    // Entities that existed before and that the runs' articles mention again, watched first,
    // then by articles (most first).
    std::vector<ChangedEntity> seenAgain;
    std::vector<ChangedRelation> relations; // facts first seen in those runs, watched first
    // The lists' whole lengths, and the new entities' by type: with a limit (Library::changes)
    // each list holds only its first entries.
    std::size_t createdTotal = 0, seenAgainTotal = 0, relationsTotal = 0;
    std::map<EntityType, std::size_t> createdByType;
};

// A decision waiting for a person (Library::reviewQueue).
struct ReviewItem {
    std::string id;   // stable across re-imports: kind + the uids it concerns
    std::string kind; // possible_merge | low_confidence | date_conflict | orphaned_annotation
    std::vector<std::int64_t> entityIds;
    std::vector<std::string> entities; // their names
    // Parallel to entities: a person's organization, what tells namesakes apart ("" for others).
    std::vector<std::string> entityOrganizations;
    std::string reason;                // one English sentence (the GUI words it by kind)
    std::vector<EvidenceRecord> evidence;
    std::string annotationUid; // orphaned_annotation: the annotation
    // date_conflict: the dates the articles give (YYYY[-MM[-DD]], earliest first); accepting with
    // one of them makes it the meeting's date. Each evidence record names the date it gives.
    std::vector<std::string> dates;
};

// One page of the review queue (Library::reviewPage).
struct ReviewPage {
    std::size_t total = 0;         // items waiting in the whole queue
    std::vector<ReviewItem> items; // the page asked for, with their evidence
};

struct AliasRecord {
    std::string form;
    std::string kind;   // official | abbreviation | english | surface | user
    std::string source; // gazetteer | extract | user
};

struct EntitySummary {
    std::int64_t id = 0;
    std::string uid; // stable key, e.g. "organization:gaz:msit", "meeting:ai반도체분과회의#1"
    EntityType type = EntityType::Organization;
    std::string name;
    std::string kind;
    std::string country;
    std::string english;
    PartialDate date;    // initiatives and meetings
    PartialDate endDate; // multi-day meetings (inclusive)
    std::string dateText;
    std::string place;
    // A person's organization, the curated name of the one its uid carries (people of one name
    // at different organizations are different entities). Filled by the entity lists and
    // Library::entity(); "" otherwise. A person's role is its kind.
    std::string organization;
    int articleCount = 0;
    int mentionCount = 0;
    bool rejected = false;
};

struct FactRecord {
    std::int64_t id = 0;
    std::string predicate; // organizer | participant | owner | role | part_of | discussed | member_of
    std::int64_t subjectId = 0;
    std::string subjectName;
    EntityType subjectType = EntityType::Organization;
    std::int64_t objectId = 0; // 0 when the object is a literal value
    std::string objectName;
    EntityType objectType = EntityType::Organization;
    std::string value; // literal (e.g. a role "장관")
    std::vector<EvidenceRecord> evidence;
    std::string firstSeen; // import run timestamps
    std::string lastSeen;
    // Filled by Library::entityPage() (evidence there holds the first few sentences only):
    int evidenceCount = 0;    // sentences stating the fact
    int articleCount = 0;     // articles stating it
    PartialDate firstArticle; // earliest and latest publication date of those articles
    PartialDate lastArticle;
    std::string date;     // the latest date the articles give the fact itself ("" when none)
    std::string dateText; // as written ("지난 3월")
    // The fact rows folded into this one (its own first), for Library::factSources.
    std::vector<std::int64_t> foldedIds;
    double confidence = 1.0;
};

struct EntityDetail {
    EntitySummary summary;
    std::vector<AliasRecord> aliases;
    std::vector<FactRecord> facts; // where the entity is subject or object
    int factTotal = 0;             // the facts there are (more than facts.size() when some are left out)
    std::vector<ArticleSummary> articles;
    std::vector<EvidenceRecord> mentions; // every mention with its sentence
};

struct TimelineItem {
    std::int64_t entityId = 0;
    EntityType type = EntityType::Meeting;
    std::string name;
    std::string kind;
    PartialDate start;
    PartialDate end; // inclusive; == start for a one-day item
    std::string dateText;
    std::vector<std::string> initiatives;   // lane keys when grouped by initiative
    std::vector<std::string> organizations; // lane keys when grouped by organization
};

struct GraphNode {
    std::int64_t id = 0;
    EntityType type = EntityType::Organization;
    std::string name;
    int weight = 0; // mention count
};

struct GraphEdge {
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::string predicate;
    std::int64_t factId = 0;
};

// Two entities named in the same sentences: a co-occurrence, not a stated relation.
struct CoMention {
    std::int64_t from = 0;
    std::int64_t to = 0;
    int sentences = 0; // distinct sentences naming both (the strength)
    int articles = 0;  // distinct articles with such a sentence
};

struct Graph {
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<CoMention> coMentions; // only from Library::coMentions()
    // When the graph was cut to a limit: how many entities qualified in all (else nodes.size()).
    int totalNodes = 0;
};

// Dated initiatives and meetings counted per timeline lane and month (Library::timelineCounts).
struct TimelineCount {
    std::string lane;  // initiative or organization name; "" = items naming none
    PartialDate month; // month precision, or year precision for items dated to a year only
    EntityType type = EntityType::Meeting;
    std::string kind;
    int count = 0;
};

struct SearchHit {
    std::int64_t articleId = 0;
    std::string source;
    std::string title;
    PartialDate published;
    double score = 0; // higher is better
    std::string snippet; // matches wrapped in [ ]
    std::string uid;     // the article's stable id
    int duplicates = 0;  // other copies of the same story folded into this one
};

struct AnnotationRecord {
    std::int64_t id = 0;
    std::string uid;        // stable UUID (W3C id)
    std::string articleUid; // survives re-import
    // The story the article tells (store/library_identity.h), which any library holding it shares:
    // its page's canonical URL ("" when it states none) and its cleaned body's fingerprint. Read
    // with the annotation; W3C export names the story by them, import looks them up first.
    std::string articleUrl;
    std::string articleFingerprint;
    std::int64_t articleId = 0;
    int start = 0; // code points in the body (TextPositionSelector)
    int end = 0;
    std::string exact; // TextQuoteSelector
    std::string prefix;
    std::string suffix;
    std::string textHash; // content hash of the body version it was made on
    std::string note;
    std::string color; // "yellow" | "green" | "blue" | "pink" | "purple" | "#rrggbb"
    std::vector<std::string> tags;
    std::string entityUid; // evidence link, "" when none
    bool orphaned = false; // its quote is no longer in the article
    std::string createdAt;
    std::string modifiedAt;
};

// What Library::importAnnotations() did, per annotation.
struct AnnotationImportReport {
    int added = 0;     // new, or a deleted one restored under its uid
    int updated = 0;   // already present (same uid): note, colour, tags or evidence changed
    int unchanged = 0; // already present and identical
    int orphaned = 0;  // of added + updated: the quote is not in the article's current text
    std::vector<std::string> errors; // one per annotation not imported: "<which>: <reason>"
};

struct ImportFailure {
    std::string path;
    std::string error; // one line: the reason (technical, English; the GUI shows a message for `code`)
    ErrorCode code = ErrorCode::Io;
};

// What an import (or re-extraction) did. Counts are of committed articles only.
// A file whose story the library already held: stored as a copy of it (article.copy_of), listed
// and counted once under the primary copy, its mentions not counted again.
struct ImportDuplicate {
    std::string path; // the file, as given
    std::string of;   // the source of the primary copy it was folded into
};

struct ImportReport {
    int imported = 0; // new articles, copies included
    int updated = 0;
    int unchanged = 0;
    std::vector<ImportFailure> failed; // files that could not be imported; the others went on
    std::vector<ImportDuplicate> duplicates; // the copies this run folded (committed ones)
    bool cancelled = false;
    // The library itself could not be written (disk full, read-only, I/O error…): the run stopped
    // at once. Everything counted above is committed and the library is intact; running the same
    // import again imports the rest.
    std::optional<Error> libraryError;
    int notImported = 0;  // files left for the next run (cancelled or stopped)
    std::int64_t runId = 0; // the import_run row of this run (0 when none could be written)
    // Where the time went: CPU seconds preparing (read, parse, extract, plan; summed over the
    // worker threads) and writing (the one writer, commits included), and the run's wall time.
    double prepareSeconds = 0;
    double writeSeconds = 0;
    double wallSeconds = 0;
    // Where the pipeline stood still (wall seconds): the workers waiting for the writer to take
    // what they prepared (summed over them: a core may stand idle) and the writer waiting for the
    // next article in order.
    double workersWaitSeconds = 0;
    double writerWaitSeconds = 0;
    // The writer's longest step between two articles (a batch's commit, its search indexing
    // included), wall seconds: what the workers' window must outlast.
    double longestPauseSeconds = 0;
};

} // namespace sillok::core
