#pragma once
// Library: the one service object the CLI, the GUI and the tests use. It owns one SQLite
// connection (WAL, foreign keys on) and the Korean tokenizer registration for it.
//
// Thread-safety: a Library is used from one thread at a time. Open one per thread (the GUI's
// worker threads each open their own); SQLite WAL lets them read while one writes.
// Errors: every fallible call returns Result/Status; a failed write changes nothing
// (each file import, each curation step is one transaction).

#include "common/clock.h"
#include "common/result.h"
#include "extract/extraction_context.h"
#include "model/records.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

class Database;

// What a Library is given instead of reaching for process-wide state. The defaults are evaluated
// where the options are made (the CLI, the GUI, a test), never inside the store.
struct LibraryOptions {
    // The extractor's dictionaries and their version (borrowed; must outlive the Library).
    const ExtractionContext *context = &ExtractionContext::builtin();
    // Where timestamps come from (borrowed; must outlive the Library).
    const Clock *clock = &Clock::system();
    // Worker threads that read, parse and extract during an import or re-extraction; 0 = one per
    // core (at most 8). The calling thread is the one writer.
    int workers = 0;
    // The writer's page cache during an import or re-extraction, in MB (store/import_writer.h,
    // WriterSettings). The GUI asks for less (gui::kGuiWriterCacheMb): its views hold memory of
    // their own.
    int writerCacheMb = kDefaultWriterCacheMb;
    static constexpr int kDefaultWriterCacheMb = 64;
};

struct ImportOptions {
    PartialDate fallbackPublished; // --published: used only when the article states no date
    bool extract = true;           // run entity extraction and merge into the graph
};

// Called after each file: (index, total, path, failure). `failure` is null when the file was
// imported, updated or unchanged; otherwise it is the entry just added to ImportReport::failed,
// valid during the call.
using ImportProgress = std::function<void(int, int, const std::string &, const ImportFailure *)>;

struct SearchOptions {
    int limit = 20;                 // results on the page; 0 or less = all
    int offset = 0;                 // results skipped before the page (paging)
    bool expandAliases = true;      // a query naming an entity also finds its other names
    PartialDate from;               // optional publication-date range (inclusive; an article with
    PartialDate to;                 // a coarser date matches when its span overlaps)
    std::int64_t entityId = 0;      // only articles that mention this entity
    // Only articles that mention, for each inner list, one of its entities (resolveEntityFilter()).
    // At most 3 lists, or 4 when entityId is 0.
    std::vector<std::vector<std::int64_t>> entityFilters;
    bool facets = false;            // fill SearchPage::facets (counted over every match)
    int facetLimit = 50;            // values kept per facet, best first
};

// One value of a facet: an entity (its curated name and id), a year, or a source outlet.
struct FacetValue {
    std::string value;          // the entity's name, "2024", or the outlet
    int count = 0;              // matching stories; filtering on the value returns exactly these
    std::int64_t entityId = 0;  // one entity of that name (0 for years and outlets)
};

struct SearchFacets {
    std::vector<FacetValue> organization, person, initiative, meeting, year, source;
};

// One page of search results.
struct SearchPage {
    std::vector<SearchHit> hits;
    int total = 0;             // matching stories over all pages
    SearchFacets facets;       // when SearchOptions::facets
    // The entities the query names (a name or alias, in any language), most mentioned first;
    // the articles that mention them rank first.
    std::vector<std::int64_t> namedEntities;
};

// What searchPage() asks the two indexes for a query, once its words are parsed and the names
// in it looked up (search/match_query.h's MatchQuery, and the entities it names). For tests
// that hold the search to a reference, and for anyone who wants to see what a query became.
struct SearchPlan {
    bool hasText = false;         // the query has terms (false: the filters alone select)
    bool searchesNothing = false; // it has terms, but only characters that search nothing
    std::string wordExpr;         // doc_wd MATCH
    std::string bigramExpr;       // doc_bg MATCH; "" = the word index alone
    std::string bigramCheck;      // what a story only doc_bg finds must hold; "" = nothing
    std::vector<std::string> highlightTerms;
    std::vector<std::int64_t> namedEntities; // most mentioned first (SearchPage::namedEntities)
};

// Where a source is from, for the source facet: the host of a URL ("www." removed), else the
// folder the file lay in (people keep each outlet's pages together), else the source itself.
std::string sourceOutlet(std::string_view source);

// What Library::entityPage() loads at once; the rest is paged with entityMentions/entityArticles.
struct EntityPageOptions {
    int mentions = 100;      // first page of mentions (newest articles first)
    int articles = 100;      // first page of articles (newest first)
    int evidencePerFact = 3; // sentences kept per fact (FactRecord::evidenceCount has them all)
    // > 0: of each predicate, only the facts stated in the most articles (EntityDetail::factTotal
    // says how many there are); 0: every fact.
    int factsPerPredicate = 0;
    // A fact stated in up to this many sentences reads all its evidence rows; one stated in more
    // walks the articles newest first and stops at the first hits when that asks fewer articles
    // than it has rows (the same result, see library_entity_evidence.cpp; 0: every fact walks, as the
    // test comparing the two asks).
    int readEvidenceUpTo = 256;
    // A fact stated in two articles or more takes its dates and its newest sentences
    // from its span, kept by the writer (fact_span), when its newest article holds them (false:
    // the rows or the walk above, as the test comparing them asks).
    bool spans = true;
};

// A page of an entity's mentions or articles: `after` is the keyset cursor returned by the
// previous page (0 for the first), `limit` rows at most.
struct EntityPageCursor {
    std::int64_t after = 0;
    int limit = 100;
};

// One name or alias a curated entity is known by, for completion (Library::entityNamesMatching).
struct EntityNameMatch {
    std::int64_t id = 0; // the curated entity
    std::string uid;
    EntityType type = EntityType::Organization;
    std::string name; // its name
    std::string form; // the name or the visible alias that matched
};

// Sort keys of Library::articlePage().
enum class ArticleOrder {
    NewestFirst,
    OldestFirst,
    TitleAscending,
    TitleDescending
};

struct EntityFilter {
    std::optional<EntityType> type;
    std::string text; // matched against names and aliases (normalized, substring)
    bool includeRejected = false;
};

// Sort keys of Library::entityWindow(): the columns of the Entities list.
enum class EntityOrder {
    Articles, // the articles that name it (entity.article_count)
    Mentions, // its mentions (entity.mention_count)
    Name,
    Type,
    Kind,
    Date,
};

// A window of the Entities list: the curated entities `filter` selects, in `order` (`descending`
// or not; ties by name, then id, ascending), rows [offset, offset + limit).
struct EntityWindow {
    EntityFilter filter;
    EntityOrder order = EntityOrder::Articles;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

class Library {
public:
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens (creating if needed) the database at `path` and migrates it to the current schema.
    static Result<std::unique_ptr<Library>> open(const std::string &path, const LibraryOptions &options = {});
    // The default database path: $SILLOK_DB, else $XDG_DATA_HOME/sillok/sillok.sqlite,
    // else ~/.local/share/sillok/sillok.sqlite. (The GUI passes its own QStandardPaths location.)
    static std::string defaultPath();
    // Whether opening the library at `path` will upgrade it (an older schema, or search indexes of
    // another tokenizer version): seconds at 100,000 articles, which a caller says before it
    // opens. False for a missing file, a new one and one that is not a library (open() says why).
    static bool upgradePending(const std::string &path);

    // ---- import ---------------------------------------------------------------------------
    // Expands folders recursively to importable files (.txt, .html, .htm), sorted, plus document
    // files that will be refused with a reason (.pdf, .docx, .hwp...; see isRefusedDocumentExtension).
    static std::vector<std::string> collectFiles(const std::vector<std::string> &paths,
                                                 std::vector<ImportFailure> *missing = nullptr);
    // Imports files and folders: worker threads read, parse and extract, this thread writes,
    // committing every few hundred articles or about a second (a bad file rolls back alone: the
    // batch is written again without it). `progress` is called on this thread after each file; `cancel` is
    // polled between files (what was written is committed). Importing the same paths again
    // completes an interrupted run. A failure of the library itself stops the run at once
    // (ImportReport::libraryError); bad files are listed in `failed` and the others go on.
    ImportReport importPaths(const std::vector<std::string> &paths, const ImportOptions &options,
                             const ImportProgress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    // Re-runs this build's extractor over every stored article (after an upgrade), with the
    // import's pipeline and batches; curation decisions and annotations are kept (decisions are
    // keyed by entity uids and replayed). Articles are counted as `updated`. Records the
    // extractor version when every article was re-extracted. Fails when the library cannot be
    // written (nothing of the open batch is kept; a new run starts over).
    Result<ImportReport> reextractAll(const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // The version of this build's extractor (ExtractionContext::version()).
    std::string extractorVersion() const;
    // The extractor version that last extracted the whole library ("" when none was recorded).
    Result<std::string> storedExtractorVersion();
    // True when the stored graph was made by another extractor version than this build's (or by
    // a build that did not record one) and the library has articles.
    Result<bool> needsReextraction();

    // ---- articles -------------------------------------------------------------------------
    // Every story once: the primary copies (ArticleSummary::copies says how many other copies each has).
    Result<std::vector<ArticleSummary>> articles();
    // The copies of the story article `id` tells, its primary first (the reader opens each).
    Result<std::vector<ArticleSummary>> articleCopies(std::int64_t id);
    Result<ArticleRecord> article(std::int64_t id);
    // One window of the article list in `order` (indexed; nothing else is read), and the total.
    Result<std::vector<ArticleSummary>> articlePage(ArticleOrder order, int offset, int limit);
    Result<int> articleCount();
    // The summaries of the given articles, in the given order (missing ids are left out).
    Result<std::vector<ArticleSummary>> articlesById(const std::vector<std::int64_t> &ids);
    // The article `step` (+1/-1) places after `id` in `order`, 0 at either end; the first article
    // of `order` when `id` is 0 or unknown. One indexed lookup.
    Result<std::int64_t> adjacentArticle(std::int64_t id, ArticleOrder order, int step);
    // Titles of the given articles (missing ids are left out).
    Result<std::vector<std::pair<std::int64_t, std::string>>> articleTitles(const std::vector<std::int64_t> &ids);

    // ---- search ---------------------------------------------------------------------------
    // Ranked full-text search over titles and bodies. Any user text is accepted: it is
    // quoted before it reaches FTS5. An empty query returns no hits.
    Result<std::vector<SearchHit>> search(std::string_view query, const SearchOptions &options = {});
    // The same with the total, the facets and the entities the query names. With an empty query,
    // the filters alone select, in import order (nothing without filters).
    Result<SearchPage> searchPage(std::string_view query, const SearchOptions &options = {});
    // What searchPage() would ask the indexes (options: only expandAliases is read).
    Result<SearchPlan> searchPlan(std::string_view query, const SearchOptions &options = {});
    // The entities a filter NAME selects (any name or alias, case and spacing ignored; `type`
    // narrows): the curated entities whose name it is, else those with it as an alias. Empty
    // when none (a filter that selects nothing).
    Result<std::vector<std::int64_t>> resolveEntityFilter(std::string_view name, std::optional<EntityType> type);
    // The entities the whole query names, as searchPage() finds them, most mentioned first.
    Result<std::vector<EntitySummary>> entitiesNamedBy(std::string_view query);
    // The curated entities linked to entity `id` by a relation (either side; merged members
    // included), of `type` when given, most mentioned first: "the meetings 리벨리온 attended".
    Result<std::vector<EntitySummary>> relatedEntities(std::int64_t id, std::optional<EntityType> type);
    // Stops the statement running on this library's connection as soon as possible, and every
    // statement after it until clearInterrupt(): they fail with SQLITE_INTERRUPT (a search with
    // ErrorCode::Cancelled). The one call that is safe from another thread (the GUI cancels a
    // stale search-as-you-type query with it, then clears it on the worker before the next).
    void interrupt();
    void clearInterrupt();

    // ---- knowledge graph ------------------------------------------------------------------
    // Every curated entity the filter selects, most mentioned first (then by name).
    Result<std::vector<EntitySummary>> entities(const EntityFilter &filter = {});
    // One window of that list in the order asked, for a list that fetches as it scrolls. Without
    // filter text one statement reads the window from `entity` alone (the kept tallies; cost: one
    // pass over the entity rows, no mention read); with text, entities(filter) sorted and cut.
    Result<std::vector<EntitySummary>> entityWindow(const EntityWindow &window);
    Result<EntityDetail> entity(std::int64_t id);
    // The entity page: like entity() but bounded — only this entity's facts (through the fact
    // indexes), each with its evidence counts, article dates, stated date and its first few
    // sentences, and the first page of mentions and articles. Cost follows the entity's facts,
    // not the library.
    Result<EntityDetail> entityPage(std::int64_t id, const EntityPageOptions &options = {});
    // Later pages: mentions newest article first (cursor: opaque, 0 = from the start), articles newest first
    // (cursor: the offset reached so far).
    Result<std::vector<EvidenceRecord>> entityMentions(std::int64_t id, const EntityPageCursor &cursor,
                                                       std::int64_t *next = nullptr);
    Result<std::vector<ArticleSummary>> entityArticles(std::int64_t id, const EntityPageCursor &cursor,
                                                       std::int64_t *next = nullptr);
    // Every sentence that states a fact of the entity page (`factIds`: its FactRecord::foldedIds),
    // one record a sentence, newest article first, a page at a time: the articles after the
    // cursor (0: from the newest), whole, until `cursor.limit` sentences; `next` gets the cursor
    // of the page after (0: none). A fact stated in thousands of articles walks them newest first
    // from the cursor (a page costs about its own articles); one stated in fewer reads its rows.
    // `readEvidenceUpTo` as EntityPageOptions's (0: always walk, as a test compares).
    Result<std::vector<EvidenceRecord>> factSources(const std::vector<std::int64_t> &factIds,
                                                    const EntityPageCursor &cursor, std::int64_t *next = nullptr,
                                                    int readEvidenceUpTo = 256);
    // The initiatives and meetings linked to an entity by a fact (and itself when dated), as
    // timeline items laned by that entity's name.
    Result<std::vector<TimelineItem>> entityTimeline(std::int64_t id);
    // The names and visible aliases of curated, not rejected entities whose normalized form
    // (entityNormKey) contains `text`'s: an exact match first, then the forms that start with
    // it, then the entities named in most articles; one row per entity and form, at most `limit`.
    // One pass over the alias rows (a substring: no index serves it; ~50 ms at 100,000
    // articles), nothing kept: completion without holding every name, which cost the GUI
    // ~90 MB at 100,000 articles.
    Result<std::vector<EntityNameMatch>> entityNamesMatching(std::string_view text, int limit);
    // The curated entity's name for each uid given (a merged-away uid gives its survivor's),
    // as (uid, name); unknown uids are left out.
    Result<std::vector<std::pair<std::string, std::string>>> entityNamesOf(const std::vector<std::string> &uids);
    Result<std::vector<TimelineItem>> timeline();
    // The neighbourhood of one entity, `hops` (1 or 2) steps out; id 0 = the whole graph.
    // With `maxNodes` > 0 an ego network keeps the centre and at most that many others, the most
    // strongly linked first (Graph::totalNodes says how many there were). Every lookup of an ego
    // network is indexed (library_graph_ego.cpp); the whole graph reads every fact.
    Result<Graph> graph(std::int64_t centerId = 0, int hops = 1, int maxNodes = 0);

    // ---- views at any size (library_graph_ego.cpp, library_timeline.cpp) --------------------
    // The `limit` curated entities with the most relations (fact rows to other entities), and
    // the relations among them; Graph::totalNodes = how many entities have a relation at all.
    Result<Graph> topGraph(int limit);
    // The entities named in the same sentence as `centerId` (its curated entity), strongest
    // first (sentences naming both, then articles), at most `limit`: Graph::nodes holds the
    // centre and them, Graph::coMentions the weighted pairs (from = the centre).
    Result<Graph> coMentions(std::int64_t centerId, int limit);
    struct TimelineQuery {
        bool byOrganization = false; // lanes by organization, else by initiative
        std::string organization;    // only items of this organization ("" = all)
        PartialDate from, to;        // items starting in [from, to] (invalid = open end)
    };
    // Dated initiatives and meetings (in [query.from, query.to]) per lane, month, type and kind,
    // ordered by month then lane. An item in two lanes counts in both; an item naming no lane
    // counts in lane "".
    Result<std::vector<TimelineCount>> timelineCounts(const TimelineQuery &query);
    // What the timeline panel opens on, from one read of the items and their lanes.
    struct TimelineOverview {
        std::vector<TimelineCount> counts;      // timelineCounts(query)
        std::vector<std::string> organizations; // every organization lane, sorted (filter ignored)
        int laneTotal = 0;                      // the sum of the counts without the organization filter
    };
    Result<TimelineOverview> timelineOverview(const TimelineQuery &query);
    // The timeline items that start within [query.from, query.to], and those dated only to a
    // year the window touches (lanes and filter ignored: the items carry their lanes), ordered
    // as timeline().
    Result<std::vector<TimelineItem>> timeline(const TimelineQuery &query);
    // The first article (lowest id) that mentions the entity or one merged into it; 0 when none.
    Result<std::int64_t> firstArticleOf(std::int64_t entityId);
    Result<std::vector<FactRecord>> facts();

    // ---- curation (stored as decisions, replayed after every re-extraction) ----------------
    // Each returns the id of the decision, which undoDecision() reverses.
    Result<std::int64_t> renameEntity(std::int64_t id, const std::string &newName);
    Result<std::int64_t> addAlias(std::int64_t id, const std::string &alias);
    Result<std::int64_t> removeAlias(std::int64_t id, const std::string &alias);
    Result<std::int64_t> mergeEntities(std::int64_t keepId, std::int64_t mergedId);
    Result<std::int64_t> splitEntity(std::int64_t id, std::int64_t mergeDecisionId);
    Result<std::int64_t> rejectEntity(std::int64_t id);
    Status undoDecision(std::int64_t decisionId);

    // ---- what an import brought (store/library_changes.cpp) -------------------------------
    // The entities and relations of the articles written by import runs, relative to what existed
    // before them. `since`: "" = the last import run; a run id ("12"); a date ("2026-12-01") =
    // every import run started that day or later. Each entry has its evidence; watched entities
    // come first. Cost: the runs' articles and mentions (indexed), never the whole library.
    // `limit` > 0 keeps the first `limit` entries of each list (their totals and the new
    // entities' counts by type stay whole): a 10k import brings some 55,000 entries, which a view
    // shows a page at a time; only the kept entries' evidence is read (an entity's first mention in
    // the runs' articles; a relation's first three sentences as the library recorded them).
    Result<ImportChanges> changes(const std::string &since = {}, std::size_t limit = 0);
    // Watching is curation keyed by the entity's uid (table watch): it survives re-import,
    // re-extraction and merges (a merged entity's watch moves to what it is merged into).
    Status setWatched(std::int64_t entityId, bool watched);
    Result<std::vector<std::int64_t>> watchedEntities();

    // ---- review queue (store/library_review*.cpp) ------------------------------------------
    // Decisions waiting for a person, each with its evidence: possible merges (one organization
    // found apart in Korean and in English — by an English alias, or by how the two spellings
    // sound plus a shared context —, near-identical names of one type), entities the extractor
    // was not sure of (confidence < 0.6), a meeting given conflicting dates (one merged meeting
    // whose articles give different days, or meetings of one name stored apart by date),
    // orphaned annotations. An item decided (accept or reject) leaves the queue for good: the
    // verdict is kept by item id in the ledger (table review_decision) and an accepted merge or
    // rejected entity is an ordinary curation decision, replayed after re-import and
    // re-extraction. Cost: see docs/architecture.md §9 "The review queue".
    Result<std::vector<ReviewItem>> reviewQueue();
    // Items [offset, offset + limit) of the same queue, in the same order, and how many wait in
    // all; only the page's evidence is read (a quote costs an article read).
    Result<ReviewPage> reviewPage(std::size_t offset, std::size_t limit);
    // accept: possible_merge → the entities are merged (into the first); low_confidence → kept;
    // date_conflict → meetings stored apart are merged into the first, and with `date` (one of
    // the item's `dates`) the meeting takes that date, for good (it is given back whenever an
    // import inserts the meeting again); without it the stored date stands;
    // orphaned_annotation → the annotation is kept as it is. reject: possible_merge → they stay
    // apart; low_confidence → the entity is rejected; date_conflict → recorded, nothing changes;
    // orphaned_annotation → the annotation is deleted.
    // NotFound when no item has that id; InvalidArgument for a `date` the item does not offer or
    // a `date` with another verdict or kind.
    Status decideReview(const std::string &itemId, bool accept, const std::string &date = {});

    // ---- annotations ----------------------------------------------------------------------
    // add: assigns uid/id/timestamps when empty and returns the stored record.
    Result<AnnotationRecord> addAnnotation(const AnnotationRecord &annotation);
    Status updateAnnotation(const AnnotationRecord &annotation); // by uid
    Status deleteAnnotation(const std::string &uid);
    Result<std::vector<AnnotationRecord>> annotations(std::int64_t articleId = 0);
    // Full-text search over annotation quotes, notes and tags.
    Result<std::vector<AnnotationRecord>> searchAnnotations(std::string_view query);
    // Imports annotations made elsewhere (a W3C Web Annotation file, another database). Each is
    // attached to the story it names — the primary copy with its canonical URL (articleUrl), else
    // its body fingerprint (articleFingerprint), from whatever folder it was imported — else to the
    // article its articleUid names (an article uid, a source path as imported or a file:// URL of
    // it), else to the one article whose text holds its quote; and placed on that article's current text by its quote
    // and position: a quote whose prefix + exact + suffix occur literally once in the body is
    // placed there; otherwise it is kept, re-anchored on its context, or stored as orphaned when
    // the quote is gone. Idempotent by uid: one
    // already present is left alone, or updated when its note, colour, tags or entity link
    // differ; a deleted one is restored. An annotation without uid counts as present when its
    // article has one with the same quote, context and note. Each annotation is its own
    // transaction; one that cannot be imported (no article, no quote...) is reported in
    // `errors` and the others still import. Fails only when the database cannot be read.
    Result<AnnotationImportReport> importAnnotations(const std::vector<AnnotationRecord> &annotations);
    // Live annotations linked as evidence (entityUid) to entity `entityId` or to an entity
    // merged into it, ordered like annotations().
    Result<std::vector<AnnotationRecord>> entityAnnotations(std::int64_t entityId);

    Database &database();

private:
    struct Private;
    explicit Library(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sillok::core
