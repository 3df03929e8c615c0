#pragma once
// Private to core/store/library_review*.cpp: the review queue's builder. Each source of items
// (possible merges, low confidence, date conflicts, orphaned annotations) is one member, defined
// in the file of its subject; add() keeps decided and repeated items out.

#include "model/records.h"
#include "store/database.h"
#include "store/library_graph_internal.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sillok::core::review {

struct Root {
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::string type;
    std::string key; // organizationNameKey for organizations, entityNormKey otherwise
    std::string date;
};

// The curated (merge-root, not rejected) entities of one type, in id order; `condition`: more
// SQL over the entity table's columns (a constant of the caller, never user text).
Result<std::vector<Root>> roots(Database &db, const char *type, std::string_view condition = {});

// Evidence to fetch when the item is on the page asked for: the first mention of an entity, or
// one mention (with the date it gives).
struct PendingEvidence {
    std::int64_t entityId = 0;
    std::int64_t mentionId = 0;
    std::string date;
};

class QueueBuilder {
public:
    explicit QueueBuilder(Database &db) : m_db(db), m_evidence(db), m_personOrganizations(db) {}

    Status load();
    Status possibleMerges(); // library_review_merges.cpp
    Status soundMerges();    // library_review_merges.cpp: Korean / English spellings
    Status namesakeMerges(); // library_review_merges.cpp: one name at organizations that are one,
                             // or named without one
    // Namesakes at organizations an organization-less person is paired with, at most.
    static constexpr std::size_t kFewNamesakes = 5;
    Status lowConfidence();
    Status dateConflicts();      // library_review_dates.cpp: meetings stored apart by date
    Status datesWithinMeeting(); // library_review_dates.cpp: one meeting, dated differently
    Status orphanedAnnotations();

    // Adds the item unless it is decided or listed already; `withEvidence`: the first mention of
    // each entity as evidence (fetched by fetchEvidence). `pending`: more evidence to fetch.
    Status add(ReviewItem item, const std::vector<const Root *> &entities, bool withEvidence = true,
               std::vector<PendingEvidence> pending = {});
    // Fetches the evidence of items [offset, offset + limit) — quotes cost an article read each,
    // so a page of the queue reads only its own.
    Status fetchEvidence(std::size_t offset, std::size_t limit);
    bool decided(const std::string &itemId) const { return m_decided.contains(itemId); }
    Database &db() { return m_db; }
    // The organization roots, read once for every source that needs them.
    Result<const std::vector<Root> *> organizations();

    static std::string pairId(const char *kind, const Root &a, const Root &b)
    {
        return std::string(kind) + ":" + std::min(a.uid, b.uid) + "+" + std::max(a.uid, b.uid);
    }

    std::vector<ReviewItem> items;

private:
    Database &m_db;
    graphdb::EvidenceBuilder m_evidence;
    graphdb::PersonOrganizations m_personOrganizations;
    std::set<std::string> m_decided;
    std::set<std::string> m_ids;
    std::vector<std::vector<PendingEvidence>> m_pending; // parallel to items
    std::optional<std::vector<Root>> m_organizations;
    // The organizations listed as possible merges (root ids, smaller first), for namesakeMerges().
    std::set<std::pair<std::int64_t, std::int64_t>> m_organizationPairs;
};

// Two dates of one meeting disagree unless one contains the other ("2024-03" contains
// "2024-03-05"; "2024-03-05" and "2024-03-07" disagree).
bool datesDisagree(const std::string &a, const std::string &b);

// Gives the meeting `entityId` the date (one of PartialDate's forms); its date text, which said
// another date, is cleared. Nothing is written when it has that date already.
Status setMeetingDate(Database &db, std::int64_t entityId, const std::string &date);

} // namespace sillok::core::review
