// What an import brought (changes, watched entities) and the review queue (items with evidence,
// verdicts in the ledger that survive re-import and re-extraction), on the seeds and on small
// articles written here.
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "shared_dir.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Library> openLibrary(const std::string &path)
{
    auto lib = Library::open(path);
    EXPECT_TRUE(lib) << lib.error().detail;
    return lib ? std::move(*lib) : nullptr;
}

// Every visible entity as "type|name".
std::set<std::string> visibleEntities(Library &lib)
{
    std::set<std::string> out;
    auto list = lib.entities({});
    EXPECT_TRUE(list);
    for (const EntitySummary &e : *list)
        out.insert(std::string(entityTypeName(e.type)) + "|" + e.name);
    return out;
}

const ReviewItem *findItem(const std::vector<ReviewItem> &items, const std::string &kind, const std::string &name)
{
    for (const ReviewItem &item : items)
        if (item.kind == kind && std::ranges::find(item.entities, name) != item.entities.end())
            return &item;
    return nullptr;
}

// Each entry of `changes` (one import run) against the mentions themselves: the run's articles
// that mention it, and its first mention there as its quote. Returns the entries checked (those
// named by a mention of their own).
int checkCountsAndFirstMentions(Library &lib, const ImportChanges &changes)
{
    Statement mentions(lib.database(),
                       "SELECT COUNT(DISTINCT m.article_id), MIN(m.article_id * 4294967296 + m.start) FROM mention m "
                       "JOIN article a ON a.id = m.article_id WHERE a.written_run = ?1 AND a.copy_of IS NULL "
                       "AND m.entity_id = ?2");
    int checked = 0;
    for (const auto *list : {&changes.created, &changes.seenAgain}) {
        for (const ChangedEntity &e : *list) {
            mentions.reset();
            mentions.bind(1, changes.runs.front()).bind(2, e.id);
            EXPECT_TRUE(mentions.next());
            if (mentions.int32(0) == 0)
                continue; // named by no mention of its own: quoted from a fact
            EXPECT_EQ(e.articles, mentions.int32(0)) << e.name;
            EXPECT_EQ(e.evidence.size(), 1U) << e.name;
            if (e.evidence.empty())
                continue;
            const std::int64_t first = mentions.int64(1);
            EXPECT_EQ(e.evidence.front().articleId, first / 4294967296) << e.name;
            EXPECT_EQ(e.evidence.front().start, static_cast<int>(first % 4294967296)) << e.name;
            ++checked;
        }
    }
    return checked;
}

} // namespace

TEST(ImportChangesTest, SeedFourBringsExactlyTheEntitiesThatDidNotExist)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    for (const auto &entry : fs::directory_iterator(seeds))
        if (!entry.path().filename().string().starts_with("004"))
            fs::copy_file(entry.path(), dir.path() / entry.path().filename());
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({dir.path().string()}, {}).imported, 4);
    const std::set<std::string> before = visibleEntities(*lib);
    const ImportReport r = lib->importPaths({(seeds / "004_3063c6793a6cbf51.txt").string()}, {});
    ASSERT_EQ(r.imported, 1);
    const std::set<std::string> after = visibleEntities(*lib);
    std::set<std::string> expected;
    std::ranges::set_difference(after, before, std::inserter(expected, expected.end()));
    ASSERT_FALSE(expected.empty());

    auto changes = lib->changes();
    ASSERT_TRUE(changes) << changes.error().detail;
    EXPECT_EQ(changes->runs, std::vector<std::int64_t>{r.runId});
    EXPECT_EQ(changes->articles, 1);
    std::set<std::string> created;
    for (const ChangedEntity &e : changes->created) {
        created.insert(std::string(entityTypeName(e.type)) + "|" + e.name);
        ASSERT_FALSE(e.evidence.empty()) << e.name; // a mention, or the fact that names it
        EXPECT_FALSE(e.evidence.front().quote.empty()) << e.name;
        EXPECT_EQ(fs::path(e.evidence.front().articleSource).filename(), "004_3063c6793a6cbf51.txt");
    }
    EXPECT_EQ(created, expected);
    // Seen again: entities that existed before, named by the new article, counted once each.
    ASSERT_FALSE(changes->seenAgain.empty());
    for (const ChangedEntity &e : changes->seenAgain) {
        EXPECT_TRUE(before.contains(std::string(entityTypeName(e.type)) + "|" + e.name)) << e.name;
        EXPECT_EQ(e.articles, 1) << e.name;
        EXPECT_FALSE(e.evidence.empty()) << e.name;
    }
    // New relations, each resting on a sentence of the new article.
    ASSERT_FALSE(changes->relations.empty());
    for (const ChangedRelation &rel : changes->relations) {
        EXPECT_FALSE(rel.subject.empty());
        EXPECT_FALSE(rel.object.empty());
        ASSERT_FALSE(rel.evidence.empty()) << rel.subject << " " << rel.predicate;
        EXPECT_FALSE(rel.evidence.front().quote.empty());
    }

    // Since the first run: everything is new.
    auto all = lib->changes("1");
    ASSERT_TRUE(all);
    EXPECT_EQ(all->runs.size(), 2u);
    EXPECT_EQ(all->articles, 5);
    EXPECT_EQ(all->created.size(), after.size());
    EXPECT_TRUE(all->seenAgain.empty());
    EXPECT_EQ(lib->changes("yesterday").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(lib->changes("99").error().code, ErrorCode::NotFound);
}

// A view reads a page of each list: the first entries of the whole sorted list, with their
// evidence, and the whole lengths.
TEST(ImportChangesTest, ALimitKeepsTheFirstEntriesOfEachListWithTheirEvidenceAndTotals)
{
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_GT(lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).imported, 10);
    // A second run, so that entities are seen again as well as new.
    ASSERT_GT(lib->importPaths({std::string(SILLOK_TEST_DATA_DIR) + "/holdout7"}, {}).imported, 5);
    auto all = lib->changes();
    ASSERT_TRUE(all) << all.error().detail;
    static constexpr std::size_t kLimit = 3;
    ASSERT_GT(all->created.size(), kLimit);
    ASSERT_GT(all->seenAgain.size(), kLimit);
    ASSERT_GT(all->relations.size(), kLimit);
    EXPECT_EQ(all->createdTotal, all->created.size());
    EXPECT_EQ(all->relationsTotal, all->relations.size());
    auto page = lib->changes({}, kLimit);
    ASSERT_TRUE(page) << page.error().detail;
    EXPECT_EQ(page->articles, all->articles);
    EXPECT_EQ(page->createdTotal, all->created.size());
    EXPECT_EQ(page->seenAgainTotal, all->seenAgain.size());
    EXPECT_EQ(page->relationsTotal, all->relations.size());
    EXPECT_EQ(page->createdByType, all->createdByType);
    std::size_t byType = 0;
    for (const auto &[type, n] : page->createdByType) {
        EXPECT_EQ(n, static_cast<std::size_t>(std::ranges::count(all->created, type, &ChangedEntity::type)));
        byType += n;
    }
    EXPECT_EQ(byType, all->created.size());
    const auto sameEntities = [](const std::vector<ChangedEntity> &kept, const std::vector<ChangedEntity> &whole) {
        ASSERT_EQ(kept.size(), std::min(kLimit, whole.size()));
        for (std::size_t i = 0; i < kept.size(); ++i) {
            EXPECT_EQ(kept[i].id, whole[i].id);
            EXPECT_EQ(kept[i].articles, whole[i].articles);
            ASSERT_EQ(kept[i].evidence.size(), whole[i].evidence.size()) << kept[i].name;
            ASSERT_FALSE(kept[i].evidence.empty()) << kept[i].name;
            EXPECT_EQ(kept[i].evidence.front().quote, whole[i].evidence.front().quote);
        }
    };
    sameEntities(page->created, all->created);
    sameEntities(page->seenAgain, all->seenAgain);
    ASSERT_EQ(page->relations.size(), kLimit);
    for (std::size_t i = 0; i < kLimit; ++i) {
        EXPECT_EQ(page->relations[i].factId, all->relations[i].factId);
        ASSERT_FALSE(page->relations[i].evidence.empty());
        EXPECT_EQ(page->relations[i].evidence.size(), all->relations[i].evidence.size());
        EXPECT_EQ(page->relations[i].evidence.front().quote, all->relations[i].evidence.front().quote);
    }
}

// Each entry counts the run's articles that mention it, quotes its first mention in them (the
// lowest article, then the lowest offset), and a relation quotes sentences that name it: what the
// one pass over the run's mentions and the fact's first evidence give, checked against the rows.
TEST(ImportChangesTest, EachEntryCountsTheRunsArticlesAndQuotesItsFirstMention)
{
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_GT(lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).imported, 10);
    const ImportReport second = lib->importPaths({std::string(SILLOK_TEST_DATA_DIR) + "/holdout7"}, {});
    ASSERT_GT(second.imported, 5);
    auto changes = lib->changes();
    ASSERT_TRUE(changes) << changes.error().detail;
    ASSERT_FALSE(changes->seenAgain.empty());
    const int checked = checkCountsAndFirstMentions(*lib, *changes);
    EXPECT_GT(checked, 20);
    ASSERT_FALSE(changes->relations.empty());
    for (const ChangedRelation &r : changes->relations) {
        ASSERT_FALSE(r.evidence.empty()) << r.subject << " " << r.predicate;
        EXPECT_LE(r.evidence.size(), 3U);
        for (const EvidenceRecord &ev : r.evidence)
            EXPECT_FALSE(ev.quote.empty()) << r.subject << " " << r.predicate;
    }
}

// A library's first import brought everything it holds: the entries are counted from the
// entities' kept tallies and the relations read with every entity at once (ChangesReader::
// nothingBefore, readAllEnds), and say what reading the mentions and each end would.
TEST(ImportChangesTest, AFirstImportCountsItsEntriesAsTheMentionsDo)
{
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_GT(lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).imported, 10);
    Database &db = lib->database();
    // Facts enough for the one pass over the entities (at least one for every four).
    ASSERT_GE(*db.scalar("SELECT COUNT(*) FROM fact") * 4, *db.scalar("SELECT MAX(id) FROM entity"));
    auto changes = lib->changes();
    ASSERT_TRUE(changes) << changes.error().detail;
    EXPECT_TRUE(changes->seenAgain.empty());
    EXPECT_EQ(static_cast<std::int64_t>(changes->createdTotal),
              *db.scalar("SELECT COUNT(*) FROM entity WHERE merged_into IS NULL AND rejected = 0"));
    EXPECT_GT(checkCountsAndFirstMentions(*lib, *changes), 20);
    // No curation: every fact is a relation of its own, listed in the order it was stored.
    EXPECT_EQ(static_cast<std::int64_t>(changes->relationsTotal), *db.scalar("SELECT COUNT(*) FROM fact"));
    std::int64_t last = 0;
    for (const ChangedRelation &r : changes->relations) {
        EXPECT_GT(r.factId, last);
        last = r.factId;
        EXPECT_FALSE(r.subject.empty()) << r.factId;
        EXPECT_FALSE(r.object.empty()) << r.factId;
    }
    auto facts = lib->facts();
    ASSERT_TRUE(facts);
    EXPECT_EQ(changes->relationsTotal, facts->size());
    // Two organizations merged: their equal relations are one, as the graph shows them.
    Statement pair(db, "SELECT a.subject_id, b.subject_id FROM fact a JOIN fact b ON b.predicate = a.predicate "
                       "AND b.object_id = a.object_id AND b.subject_id > a.subject_id JOIN entity x ON x.id = "
                       "a.subject_id AND x.type = 'organization' JOIN entity y ON y.id = b.subject_id AND y.type = "
                       "'organization' LIMIT 1");
    ASSERT_TRUE(pair.next());
    ASSERT_TRUE(lib->mergeEntities(pair.int64(0), pair.int64(1)));
    auto merged = lib->changes();
    ASSERT_TRUE(merged) << merged.error().detail;
    facts = lib->facts();
    ASSERT_TRUE(facts);
    EXPECT_EQ(merged->relationsTotal, facts->size());
    EXPECT_LT(merged->relationsTotal, changes->relationsTotal);
    // Watched: the entity comes first, and so do the relations it is an end of.
    const ChangedRelation &some = merged->relations.back(); // its ends are curated entities
    ASSERT_TRUE(lib->setWatched(some.subjectId, true));
    auto watched = lib->changes();
    ASSERT_TRUE(watched) << watched.error().detail;
    EXPECT_EQ(watched->created.front().id, some.subjectId);
    ASSERT_FALSE(watched->relations.empty());
    EXPECT_TRUE(watched->relations.front().watched);
    EXPECT_TRUE(watched->relations.front().subjectId == some.subjectId
                || watched->relations.front().objectId == some.subjectId);
}

TEST(ImportChangesTest, WatchedEntitiesComeFirstAndStayWatched)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({(seeds / "003_d3f59ae5350d52d0.txt").string()}, {}).imported, 1);
    ASSERT_EQ(lib->importPaths({(seeds / "004_3063c6793a6cbf51.txt").string()}, {}).imported, 1);
    auto plain = lib->changes();
    ASSERT_TRUE(plain);
    ASSERT_GE(plain->seenAgain.size(), 2u);
    const ChangedEntity last = plain->seenAgain.back();
    ASSERT_FALSE(last.watched);
    ASSERT_TRUE(lib->setWatched(last.id, true));
    auto watched = lib->changes();
    ASSERT_TRUE(watched);
    EXPECT_EQ(watched->seenAgain.front().uid, last.uid);
    EXPECT_TRUE(watched->seenAgain.front().watched);
    // A relation touching it comes before the others.
    const auto touches = [&](const ChangedRelation &r) { return r.subjectId == last.id || r.objectId == last.id; };
    if (std::ranges::any_of(watched->relations, touches)) {
        EXPECT_TRUE(touches(watched->relations.front()));
        EXPECT_TRUE(watched->relations.front().watched);
    }
    // Kept by uid: re-extraction does not lose it.
    ASSERT_TRUE(lib->reextractAll());
    auto ids = lib->watchedEntities();
    ASSERT_TRUE(ids);
    ASSERT_EQ(ids->size(), 1u);
    auto again = lib->changes();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->seenAgain.front().uid, last.uid);
    ASSERT_TRUE(lib->setWatched(ids->front(), false));
    EXPECT_TRUE(lib->watchedEntities()->empty());
}

namespace {

constexpr const char *kHanbit = "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n"
                                "팹리스 스타트업 한빛세미콘이 엣지 기기용 신경망처리장치(NPU)를 공개했다. "
                                "한빛세미콘은 올해 하반기 양산에 들어간다고 밝혔다.\n";
constexpr const char *kHanbitTypo = "팹리스 한빛세미컨, 투자 유치\n\n2024년 6월 3일\n\n"
                                    "팹리스 스타트업 한빛세미컨이 시리즈A 투자를 유치했다. "
                                    "한빛세미컨은 투자금으로 엣지 NPU 양산을 앞당긴다고 밝혔다.\n";

} // namespace

TEST(ReviewQueueTest, NearIdenticalNamesMergeWhenAcceptedAndTheVerdictSurvives)
{
    sillok::test::TempDir dir;
    dir.write("in/a.txt", kHanbit);
    dir.write("in/b.txt", kHanbitTypo);
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({dir.file("in")}, {}).imported, 2);
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue) << queue.error().detail;
    const ReviewItem *item = findItem(*queue, "possible_merge", "한빛세미콘");
    ASSERT_NE(item, nullptr);
    EXPECT_NE(std::ranges::find(item->entities, "한빛세미컨"), item->entities.end());
    ASSERT_EQ(item->evidence.size(), 2u);
    for (const EvidenceRecord &e : item->evidence)
        EXPECT_NE(e.quote.find("한빛세미"), std::string::npos) << e.quote;
    const std::string id = item->id;
    ASSERT_TRUE(lib->decideReview(id, true));
    auto merged = lib->entities({EntityType::Organization, "한빛세미", false});
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->size(), 1u);
    EXPECT_EQ(merged->front().articleCount, 2);
    // Re-import of changed files and re-extraction keep the merge, and the item stays decided.
    dir.write("in/b.txt", std::string(kHanbitTypo) + "회사는 내년 상장을 추진한다.\n");
    EXPECT_EQ(lib->importPaths({dir.file("in")}, {}).updated, 1);
    ASSERT_TRUE(lib->reextractAll());
    EXPECT_EQ(lib->entities({EntityType::Organization, "한빛세미", false})->size(), 1u);
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, id, &ReviewItem::id), queue->end());
    EXPECT_EQ(lib->decideReview(id, true).error().code, ErrorCode::NotFound);
}

TEST(ReviewQueueTest, RejectedMergeStaysApartAfterReextraction)
{
    sillok::test::TempDir dir;
    dir.write("in/a.txt", kHanbit);
    dir.write("in/b.txt", kHanbitTypo);
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({dir.file("in")}, {}).imported, 2);
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const ReviewItem *item = findItem(*queue, "possible_merge", "한빛세미콘");
    ASSERT_NE(item, nullptr);
    const std::string id = item->id;
    ASSERT_TRUE(lib->decideReview(id, false));
    ASSERT_TRUE(lib->reextractAll());
    EXPECT_EQ(lib->entities({EntityType::Organization, "한빛세미", false})->size(), 2u);
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, id, &ReviewItem::id), queue->end());
}

// An unknown company written two ways gives each spelling its own 박서연 (one name at two
// organizations is two people): the two are paired with the organizations, again once the
// organizations are merged, and accepting makes them one person.
TEST(ReviewQueueTest, NamesakesAtOrganizationsThatMayBeOneArePaired)
{
    sillok::test::TempDir dir;
    dir.write("in/a.txt",
              "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n팹리스 스타트업 한빛세미콘이 엣지 기기용 "
              "신경망처리장치(NPU)를 공개했다. 한빛세미콘 박서연 대표는 올해 하반기 양산에 들어간다고 밝혔다.\n");
    dir.write("in/b.txt",
              "팹리스 한빛세미컨, 투자 유치\n\n2024년 6월 3일\n\n팹리스 스타트업 한빛세미컨이 시리즈A 투자를 "
              "유치했다. 한빛세미컨 박서연 대표는 투자금으로 엣지 NPU 양산을 앞당긴다고 밝혔다.\n");
    dir.write("in/c.txt", "반도체 장비사 누리테크, 신규 공장 착공\n\n2024년 7월 1일\n\n반도체 장비 기업 누리테크가 "
                          "신규 공장을 착공했다. 누리테크 박서연 대표는 내년 가동을 목표로 한다고 말했다.\n");
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({dir.file("in")}, {}).imported, 3);
    auto people = lib->entities({EntityType::Person, "박서연", false});
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 3u);
    const auto personPairs = [&lib] {
        std::vector<ReviewItem> pairs;
        auto queue = lib->reviewQueue();
        EXPECT_TRUE(queue) << queue.error().detail;
        for (ReviewItem &item : *queue)
            if (item.kind == "possible_merge" && item.id.find("person:") != std::string::npos)
                pairs.push_back(std::move(item));
        return pairs;
    };
    auto pairs = personPairs();
    ASSERT_EQ(pairs.size(), 1u); // not the one at 누리테크
    EXPECT_EQ(pairs[0].entities, (std::vector<std::string>{"박서연", "박서연"}));
    std::vector<std::string> organizations = pairs[0].entityOrganizations; // what tells the two apart
    std::ranges::sort(organizations);
    EXPECT_EQ(organizations, (std::vector<std::string>{"한빛세미컨", "한빛세미콘"}));
    EXPECT_NE(pairs[0].reason.find("한빛세미콘"), std::string::npos) << pairs[0].reason;
    EXPECT_NE(pairs[0].reason.find("한빛세미컨"), std::string::npos) << pairs[0].reason;
    ASSERT_EQ(pairs[0].evidence.size(), 2u);
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const ReviewItem *orgs = findItem(*queue, "possible_merge", "한빛세미콘");
    ASSERT_NE(orgs, nullptr);
    ASSERT_NE(orgs->id.find("organization:"), std::string::npos) << orgs->id;
    ASSERT_TRUE(lib->decideReview(orgs->id, true));
    pairs = personPairs();
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_NE(pairs[0].reason.find("work at"), std::string::npos) << pairs[0].reason;
    ASSERT_TRUE(lib->decideReview(pairs[0].id, true));
    people = lib->entities({EntityType::Person, "박서연", false});
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2u);
    std::vector<int> counts;
    for (const EntitySummary &p : *people)
        counts.push_back(p.articleCount);
    std::ranges::sort(counts);
    EXPECT_EQ(counts, (std::vector<int>{1, 2}));
    EXPECT_TRUE(personPairs().empty());
}

// Every entity the extractor was not sure of is in the queue with its evidence; rejecting one
// rejects the entity for good.
TEST(ReviewQueueTest, LowConfidenceEntitiesWaitAndARejectionHolds)
{
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const ImportReport r = lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR, std::string(SILLOK_TEST_DATA_DIR) + "/holdout2"}, {});
    ASSERT_TRUE(r.failed.empty());
    std::set<std::string> unsure;
    {
        Statement st(lib->database(), "SELECT uid FROM entity WHERE confidence < 0.6 AND merged_into IS NULL AND rejected = 0");
        while (st.next())
            unsure.insert("confidence:" + st.text(0));
    }
    ASSERT_FALSE(unsure.empty()) << "the corpus has no name the extractor is unsure of: nothing to review";
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    std::set<std::string> ids;
    std::set<std::string> listed;
    for (const ReviewItem &item : *queue) {
        EXPECT_TRUE(ids.insert(item.id).second) << "duplicate id " << item.id;
        EXPECT_FALSE(item.reason.empty());
        ASSERT_FALSE(item.evidence.empty()) << item.id;
        EXPECT_FALSE(item.evidence.front().quote.empty()) << item.id;
        if (item.kind == "low_confidence")
            listed.insert(item.id);
    }
    EXPECT_EQ(listed, unsure);
    const std::string id = *unsure.begin();
    ASSERT_TRUE(lib->decideReview(id, false));
    ASSERT_TRUE(lib->reextractAll());
    // The decision keeps the entity (a decision names it) and it stays rejected.
    Statement rejected(lib->database(), "SELECT rejected FROM entity WHERE uid = ?1");
    rejected.bind(1, id.substr(std::string("confidence:").size()));
    ASSERT_TRUE(rejected.next());
    EXPECT_EQ(rejected.int64(0), 1);
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, id, &ReviewItem::id), queue->end());
}

TEST(ReviewQueueTest, OrphanedAnnotationIsReviewedAndDeletedOnReject)
{
    sillok::test::TempDir dir;
    const std::string file = dir.write("in/a.txt", kHanbit);
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({file}, {}).imported, 1);
    AnnotationRecord note;
    note.articleId = lib->articles()->front().id;
    note.exact = "올해 하반기 양산에 들어간다";
    note.note = "일정 확인";
    auto added = lib->addAnnotation(note);
    ASSERT_TRUE(added);
    dir.write("in/a.txt", "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n"
                          "팹리스 스타트업 한빛세미콘이 엣지 기기용 신경망처리장치(NPU)를 공개했다. "
                          "양산 일정은 밝히지 않았다.\n");
    ASSERT_EQ(lib->importPaths({file}, {}).updated, 1);
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const auto it = std::ranges::find(*queue, "annotation:" + added->uid, &ReviewItem::id);
    ASSERT_NE(it, queue->end());
    EXPECT_EQ(it->kind, "orphaned_annotation");
    ASSERT_EQ(it->evidence.size(), 1u);
    EXPECT_EQ(it->evidence.front().quote, note.exact);
    EXPECT_EQ(it->evidence.front().articleSource, file);
    ASSERT_TRUE(lib->decideReview(it->id, false));
    EXPECT_TRUE(lib->annotations(0)->empty());
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, "annotation:" + added->uid, &ReviewItem::id), queue->end());
}
