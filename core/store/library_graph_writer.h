#pragma once
// GraphWriter's state inside a transaction and the steps of a merge (private to core/store).
// library_graph_merge.cpp holds the merge, its mentions, facts, tallies and garbage collection;
// library_graph_resolve.cpp finds or creates the stored entity a planned one is.

#include "common/utf.h"
#include "graph/entity_keys.h"
#include "store/fact_span.h"
#include "store/library_graph.h"
#include "store/library_graph_internal.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sillok::core {

struct GraphWriter::Impl {
    explicit Impl(Database &database) : db(database) {}

    // What the writer keeps between articles (rows, aliases, heads, look-ups) is forgotten once
    // it holds more than this many of a kind, checked as each batch begins
    // (GraphWriter::beginWrite); a day's meetings, which one batch may read by the thousand, as
    // they are read (dayMeetingsOf).
    static constexpr std::size_t kKeptRows = 20'000;

    Database &db;
    graphdb::CurationCache curation;

    // The alias norms this writer has stored as extracted aliases, by entity: seen again, they need
    // no write. Hashed by entity (it is asked of every alias of every article; an ordered set of
    // every pair stored cost a dozen string comparisons an ask). Cleared for an entity whose
    // aliases are deleted, and wholly when an article or a batch is rolled back
    // (articleRolledBack(), rolledBack()) or it grows past kKeptRows entities (beginWrite()).
    std::unordered_map<std::int64_t, std::vector<std::string>> storedAliases;

    // A stored meeting's generic head, normalized (entityNormKey), and whether it has one (false:
    // a name of its own), by the name they were computed from: sameDayMeeting reads every meeting
    // of a day, and working out the head of each (ordinal, determiners, lexicon) cost more than
    // the rest of the merge on busy days.
    struct MeetingHead {
        std::string name;
        std::string normHead;
        bool generic = false;
    };
    std::unordered_map<std::int64_t, MeetingHead> meetingHeads;
    const MeetingHead &meetingHeadOf(std::int64_t id, const std::string &name)
    {
        auto [it, fresh] = meetingHeads.try_emplace(id);
        if (fresh || it->second.name != name) {
            const std::string head = genericMeetingHead(name, *lexicon);
            it->second = {name, entityNormKey(head), !head.empty()};
        }
        return it->second;
    }

    // The meetings of a day as sameDayMeeting reads them (id, norm_key, name), by day, kept while
    // the writer caches rows (an import's batches): asked for every new meeting dated to the day,
    // the query read the day's meetings again each time (5,600 times a 10k batch of the 20k
    // check, 0.2-0.3 s). A meeting the writer inserts is added to its day; a rename, a refined
    // meeting and everything that forgets the rows (forgetRows) forget them all.
    struct DayMeeting {
        std::int64_t id = 0;
        std::string normKey, name;
    };
    std::unordered_map<std::string, std::vector<DayMeeting>> dayMeetings;
    std::size_t dayMeetingRows = 0;
    std::vector<DayMeeting> dayMeetingsRead; // what dayMeetingsOf read when not caching
    void forgetDayMeetings()
    {
        dayMeetings.clear();
        dayMeetingRows = 0;
    }

    // What the look-ups by uid and by alias found, kept while the writer caches rows: the uids
    // not stored (a planned entity that is found by an alias keeps a uid of its own, so the same
    // uid was looked up and missed in every article naming it: 33,000 times a 10k batch of the
    // 20k check), and the (entity, type) pairs a visible alias norm names (the look-up that
    // follows every such miss). insertEntity() takes its uid out of absentUids, insertAliases()
    // forgets the norms it writes, takeFullName() (which deletes an alias) forgets them all, and
    // so does everything that forgets the rows (forgetRows: curation, garbage collection,
    // rollbacks, another connection's commit).
    std::unordered_set<std::string> absentUids;
    struct AliasMatch {
        std::int64_t entity = 0;
        std::string type;
        std::string organizationUid; // a person's: the organization its uid carries ("" for others)
    };
    using AliasMatches = std::vector<AliasMatch>;
    std::unordered_map<std::string, AliasMatches> aliasMatches;
    AliasMatches aliasMatchesRead; // what aliasMatchesOf read when not caching
    // Whether a stored person has a former post (hasFormerPost: asked of every namesake at another
    // organization, again in each article naming the name). insertFreshFacts() forgets a subject
    // given a former post.
    std::unordered_map<std::int64_t, bool> formerPosts;
    void forgetLookups()
    {
        absentUids.clear();
        aliasMatches.clear();
        formerPosts.clear();
    }

    // What the article being written touched, for curation and garbage collection.
    std::set<std::string> touchedUids;      // entities inserted, renamed or given aliases
    std::set<std::int64_t> droppedEntities; // origin entities of the mentions dropped
    std::set<std::int64_t> droppedFacts;    // facts that lost evidence

    // What one article says of one fact: its distinct sentences (a sentence index, or -1 - start
    // for a statement outside any sentence, as Library::entityPage counts them) and the latest
    // date it gives the fact, with its wording.
    struct FactTally {
        std::set<int> sentences;
        std::string date, dateText; // an article gives a fact one date in one wording (its evidence rows)
        void add(int sentence, int start, const std::string &d, const std::string &text)
        {
            sentences.insert(sentence >= 0 ? sentence : -1 - start);
            if (!d.empty() && d > date) {
                date = d;
                dateText = text;
            }
        }
    };

    // The tallies' changes (migrations 12–13) not yet written. `article`: what the article being
    // merged changes; `batch`: what the kept articles of the open batch changed. Written by
    // writeTallies(), one UPDATE per touched row: at the batch's commit in an import
    // (GraphWriter::flushTallies), at the end of merge() otherwise.
    struct EntityDelta {
        std::int64_t articles = 0, mentions = 0;
    };
    struct FactDelta {
        std::int64_t articles = 0, sentences = 0;
        std::string date, dateText; // the latest date stated (the first wording of it), "" for none
        // A stored fact stated again: its run (0: none) and the best confidence now given it,
        // written with the tallies, so fact_subject/fact_object (which hold last_run and
        // articles) move once a batch, not once for each.
        bool touched = false;
        std::int64_t run = 0;
        double confidence = 0;
        // The articles that came to state it (their span) and those that no longer do, for its
        // span (fact_span.h); `recount`: one that came is gone again, the span is read anew.
        store::FactSpan added;
        std::vector<std::int64_t> dropped;
        bool recount = false;
        std::int64_t base = -1; // its articles in its row before these changes (-1: not read)
        void raise(const std::string &d, const std::string &text)
        {
            if (!d.empty() && d > date) {
                date = d;
                dateText = text;
            }
        }
        void touch(std::int64_t runId, double c)
        {
            confidence = touched ? std::max(confidence, c) : c;
            touched = true;
            run = runId;
        }
        void touch(const FactDelta &later)
        {
            if (later.touched)
                touch(later.run, later.confidence);
        }
    };
    struct Deltas {
        std::map<std::int64_t, EntityDelta> entities; // by id: written in the tables' order
        std::map<std::int64_t, FactDelta> facts;
        std::set<std::int64_t> restate;                 // facts that lost a dated statement: `stated` read again
        std::set<std::int64_t> goneFacts, goneEntities; // deleted since: their deltas are void
        bool empty() const { return entities.empty() && facts.empty() && restate.empty(); }
        void clear() { *this = {}; }
        void dropFact(std::int64_t id)
        {
            facts.erase(id);
            restate.erase(id);
            goneFacts.insert(id);
        }
        void dropEntity(std::int64_t id)
        {
            entities.erase(id);
            goneEntities.insert(id);
        }
        // Adds what came after (`later`, whose rows were deleted at its end, if at all).
        void fold(Deltas &&later)
        {
            for (std::int64_t id : later.goneFacts) {
                facts.erase(id);
                restate.erase(id);
            }
            for (std::int64_t id : later.goneEntities)
                entities.erase(id);
            for (const auto &[id, d] : later.entities) {
                EntityDelta &e = entities[id];
                e.articles += d.articles;
                e.mentions += d.mentions;
            }
            for (auto &[id, d] : later.facts) {
                FactDelta &f = facts[id];
                f.articles += d.articles;
                f.sentences += d.sentences;
                f.raise(d.date, d.dateText);
                f.touch(d);
                for (std::int64_t gone : d.dropped)
                    f.recount = f.recount || gone == f.added.first.id || gone == f.added.last.id;
                f.recount = f.recount || d.recount;
                f.dropped.insert(f.dropped.end(), d.dropped.begin(), d.dropped.end());
                f.added.widen(d.added);
                if (f.base < 0)
                    f.base = d.base;
            }
            restate.merge(later.restate);
            later.clear();
        }
    };
    Deltas article, batch;
    // The batch's deltas as they were before writeTallies() wrote them inside the open article's
    // savepoint (a curation decision recounts entities): put back if that savepoint rolls back.
    std::optional<Deltas> batchWritten;
    bool deferTallies = false; // keep the batch's deltas until flushTallies()
    bool sameDate = false;     // the article merged keeps the date it was merged with (merge())

    void keepArticle()
    {
        batch.fold(std::move(article));
        batchWritten.reset();
    }
    Status writeTallies(Deltas &d);
    Status addStatements(std::int64_t articleId, const std::map<std::int64_t, FactTally> &stated);
    Status writeSpans(const Deltas &d, const std::vector<std::pair<std::int64_t, std::int64_t>> &spanned);
    // Writes the batch's and the open article's deltas now (what the article's savepoint holds).
    Status writeTalliesInArticle()
    {
        Deltas all = batch;
        all.fold(std::move(article));
        if (!batchWritten)
            batchWritten = std::move(batch);
        batch.clear();
        return writeTallies(all);
    }

    // A stored entity's row as refineKnown() reads it, and its merge root. Read with the uid
    // look-up (one seek instead of two); the roots of the article's entities serve writeMentions().
    struct StoredEntity {
        std::int64_t id = 0, root = 0, lastRun = 0;
        std::string kind, country, english, gazetteerId, place, date, endDate, dateText;
        double confidence = 0;
    };
    static constexpr const char *kStoredColumns =
        "id, COALESCE(merged_into, id), kind, country, english, gazetteer_id, "
        "place, date, end_date, date_text, COALESCE(last_run, 0), confidence";
    static StoredEntity storedFrom(const Statement &q)
    {
        return {q.int64(0), q.int64(1), q.int64(10), q.text(2), q.text(3), q.text(4),
                q.text(5),  q.text(6),  q.text(7),   q.text(8), q.text(9), q.real(11)};
    }
    std::optional<StoredEntity> byUid;                    // the row the last uid look-up found

    // The entity and fact rows read in an import's batches (deferred tallies only), so a name or
    // a fact in many of its articles is looked up once. They hold what the rows say: a
    // refinement's run and confidence are written into the cached row, a full refinement drops
    // it, curation or a chosen date, garbage collection and a rollback drop the lot,
    // writeTallies() the facts (their run and confidence), and a new transaction the lot when
    // another connection committed in between (dataVersion, PRAGMA data_version). During an
    // import only this writer changes entity and fact rows on its connection.
    struct StoredFact {
        std::int64_t id = 0, lastRun = 0;
        double confidence = 0;
        std::int64_t articles = 0; // its tally as the row was read (the batch's changes not in it)
    };
    // subject, predicate, object (0: none), value
    using FactKey = std::tuple<std::int64_t, std::string, std::int64_t, std::string>;
    std::unordered_map<std::string, std::int64_t> entityIds;   // uid → id
    std::unordered_map<std::int64_t, StoredEntity> entityRows; // by id
    std::map<FactKey, StoredFact> factRows;
    std::int64_t dataVersion = -1; // PRAGMA data_version at the last beginWrite()
    bool caching() const { return deferTallies; }
    void forgetRows()
    {
        entityIds.clear();
        entityRows.clear();
        factRows.clear();
        forgetDayMeetings();
        forgetLookups();
    }
    void forgetEntity(std::int64_t id) { entityRows.erase(id); }
    const StoredEntity *cachedEntity(const std::string &uid) const
    {
        const auto id = entityIds.find(uid);
        if (id == entityIds.end())
            return nullptr;
        const auto row = entityRows.find(id->second);
        return row == entityRows.end() ? nullptr : &row->second;
    }
    std::unordered_map<std::int64_t, std::int64_t> roots; // raw entity → merge root, for the article being merged

    struct Resolved {
        std::int64_t id = 0;  // the raw entity id
        bool sameDay = false; // a bare kind noun found as the named meeting of its day
    };

    // The lexicon of the plan being merged (MergePlan::lexicon): tells stored generic meeting names.
    const Lexicon *lexicon = nullptr;

    Status dropMentions(std::int64_t articleId);
    Result<std::int64_t> sameDayMeeting(const PlannedEntity &e);
    Result<const std::vector<DayMeeting> *> dayMeetingsOf(const std::string &day);
    Result<Resolved> resolveEntity(const PlannedEntity &e, std::int64_t runId);
    // The steps of resolveEntity().
    Result<std::int64_t> storedByUidOrAlias(const PlannedEntity &e);
    Result<std::int64_t> storedByAlias(const PlannedEntity &e);
    Result<const AliasMatches *> aliasMatchesOf(const std::string &norm);
    Result<bool> hasFormerPost(std::int64_t id);
    Result<bool> postedElsewhere(std::int64_t id, std::string_view organizationUid);
    Status takeFullName(std::int64_t id, const PlannedEntity &e);
    Status insertEntity(const PlannedEntity &e, std::int64_t runId);
    Status refineKnown(std::int64_t id, const PlannedEntity &e, std::int64_t runId);
    Status insertAliases(std::int64_t entityId, const PlannedEntity &e);
    void forgetAliases(std::int64_t entityId);
    Result<std::vector<std::int64_t>> curatedOf(const MergePlan &plan, const std::vector<std::int64_t> &ids);
    Result<std::vector<std::int64_t>> writeMentions(std::int64_t articleId, const MergePlan &plan,
                                                    const std::vector<std::int64_t> &ids);
    static std::optional<FactKey> factKeyOf(const PlannedFact &f, const std::vector<std::int64_t> &ids);
    static std::string mentionDate(const MergePlan &plan, const PlannedMention &pm);
    // Re-extraction: whether the article states what its rows hold (library_graph_restate.cpp); when it does,
    // the facts it states are stamped with the run as a merge would, and nothing else is written.
    Result<bool> restatedAsStored(std::int64_t articleId, const MergePlan &plan, const std::vector<std::int64_t> &ids,
                                  std::int64_t runId);
    Result<StoredFact> findFact(const FactKey &key);
    void stampStated(const StoredFact &fact, std::int64_t runId, double confidence);
    // A fact new to the library that the article being merged states (writeMentionsAndFacts).
    struct FreshFact {
        FactKey key;
        double confidence = 0;
    };
    Result<std::vector<std::int64_t>> insertFreshFacts(std::vector<FreshFact> &fresh,
                                                       const std::map<std::int64_t, FactTally> &stated,
                                                       std::int64_t runId);
    Status writeMentionsAndFacts(std::int64_t articleId, const MergePlan &plan, const std::vector<std::int64_t> &ids,
                                 std::int64_t runId);
    Result<bool> isNeeded(std::int64_t entityId);
    Status collectGarbage();
    Status finish();
};

} // namespace sillok::core
