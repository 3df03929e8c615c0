// The review queue's date conflicts inside one merged meeting: articles that fold into one
// meeting but date it differently (different days; a month that contains the day is no
// conflict) make one date_conflict item with each date's evidence; accepting with a date makes
// it the meeting's date for good (re-import, re-extraction), rejecting keeps it as it is. The
// articles are written here, about an invented forum.
#include "store/library.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>

using namespace sillok::core;

namespace {

constexpr const char *kForumAhead =
    "누리칩 포럼, 다음 주 서울서 개최\n\n2024년 5월 2일\n\n"
    "과학기술정보통신부는 오는 8일 서울 코엑스에서 '제3차 누리칩 발전 포럼'을 개최한다고 밝혔다. "
    "이번 포럼에는 팹리스 기업 20여 곳이 참여해 국산 NPU의 실증 계획을 발표한다.\n";
constexpr const char *kForumHeld =
    "국산 NPU 실증 성과 공유… 누리칩 포럼 열려\n\n2024년 5월 10일\n\n"
    "과학기술정보통신부는 지난 9일 서울 코엑스에서 '제3차 누리칩 발전 포럼'을 열었다고 밝혔다. "
    "포럼에서는 데이터센터에 들어간 국산 NPU의 전력 효율과 남은 과제가 논의됐다.\n";
constexpr const char *kForumMonth =
    "정부, 국산 NPU 실증 확대 검토\n\n2024년 4월 20일\n\n"
    "과학기술정보통신부는 5월 '제3차 누리칩 발전 포럼'을 열고 공공 클라우드에 국산 NPU를 더 넣는 방안을 "
    "검토한다. 업계는 예산 확대를 요구하고 있다.\n";

std::unique_ptr<Library> openLibrary(const std::string &path)
{
    auto lib = Library::open(path);
    EXPECT_TRUE(lib) << lib.error().detail;
    return lib ? std::move(*lib) : nullptr;
}

std::vector<EntitySummary> forums(Library &lib)
{
    // The third forum (the series it is part of is a meeting of its own).
    auto list = lib.entities({EntityType::Meeting, "제3차 누리칩 발전 포럼", false});
    EXPECT_TRUE(list) << list.error().detail;
    std::vector<EntitySummary> out;
    for (const EntitySummary &e : list ? *list : std::vector<EntitySummary>{})
        if (e.name == "제3차 누리칩 발전 포럼")
            out.push_back(e);
    return out;
}

const ReviewItem *dateItem(const std::vector<ReviewItem> &items, std::int64_t entityId)
{
    for (const ReviewItem &item : items)
        if (item.kind == "date_conflict" && item.entityIds == std::vector<std::int64_t>{entityId})
            return &item;
    return nullptr;
}

// The id of the open date conflict of `entityId` in the review queue ("" when there is none).
std::string dateItemId(Library &lib, std::int64_t entityId)
{
    auto queue = lib.reviewQueue();
    EXPECT_TRUE(queue) << queue.error().detail;
    const ReviewItem *item = queue ? dateItem(*queue, entityId) : nullptr;
    return item != nullptr ? item->id : std::string();
}

// Every article in `names` stops naming the forum, so the meeting goes (nothing mentions it),
// then the one that dates it the 8th comes back: the forum's date then ("" when it is not one
// meeting again).
std::string dateWhenInsertedAgain(Library &lib, const sillok::test::TempDir &dir,
                                  std::initializer_list<const char *> names)
{
    for (const char *name : names)
        dir.write(name,
                  "정부, 국산 NPU 예산 검토\n\n2024년 4월 20일\n\n과학기술정보통신부는 국산 NPU 예산을 검토한다.\n");
    lib.importPaths({dir.file("in")}, {});
    EXPECT_TRUE(forums(lib).empty());
    dir.write("in/ahead.txt", kForumAhead);
    lib.importPaths({dir.file("in/ahead.txt")}, {});
    auto back = forums(lib);
    return back.size() == 1 ? back.front().date.toString() : std::string();
}

// Imports the three articles; the forum is one meeting.
std::unique_ptr<Library> importForum(const sillok::test::TempDir &dir)
{
    dir.write("in/ahead.txt", kForumAhead);
    dir.write("in/held.txt", kForumHeld);
    dir.write("in/month.txt", kForumMonth);
    auto lib = openLibrary(dir.file("kb.sqlite"));
    if (!lib)
        return nullptr;
    EXPECT_EQ(lib->importPaths({dir.file("in")}, {}).imported, 3);
    return lib;
}

} // namespace

TEST(ReviewDatesTest, OneMeetingDatedDifferentlyByItsArticlesIsADateConflict)
{
    sillok::test::TempDir dir;
    auto lib = importForum(dir);
    ASSERT_TRUE(lib);
    const auto found = forums(*lib);
    ASSERT_EQ(found.size(), 1u) << "the merger should fold the three articles' forum into one meeting";
    EXPECT_EQ(found.front().articleCount, 3);
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue) << queue.error().detail;
    const ReviewItem *item = dateItem(*queue, found.front().id);
    ASSERT_NE(item, nullptr) << "no date_conflict for the forum";
    // The two days; the month ("5월", the third article) contains both and is left out.
    EXPECT_EQ(item->dates, (std::vector<std::string>{"2024-05-08", "2024-05-09"}));
    ASSERT_EQ(item->evidence.size(), 2u);
    for (const EvidenceRecord &e : item->evidence) {
        EXPECT_NE(e.quote.find("누리칩 발전 포럼"), std::string::npos) << e.quote;
        EXPECT_NE(std::ranges::find(item->dates, e.date), item->dates.end()) << e.date;
    }
    EXPECT_NE(item->evidence[0].date, item->evidence[1].date);
    EXPECT_NE(item->evidence[0].articleId, item->evidence[1].articleId);
    // The same item on a page of its own, and the page's total.
    const auto index = static_cast<std::size_t>(item - queue->data());
    auto page = lib->reviewPage(index, 1);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, queue->size());
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items.front().id, item->id);
    EXPECT_EQ(page->items.front().evidence.size(), 2u);
}

TEST(ReviewDatesTest, AcceptingWithADateSetsItForGood)
{
    sillok::test::TempDir dir;
    auto lib = importForum(dir);
    ASSERT_TRUE(lib);
    const std::int64_t forum = forums(*lib).front().id;
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const ReviewItem *item = dateItem(*queue, forum);
    ASSERT_NE(item, nullptr);
    const std::string id = item->id;
    // Only a date the articles give, and only when accepting.
    EXPECT_EQ(lib->decideReview(id, true, "2024-05-10").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(lib->decideReview(id, false, "2024-05-09").error().code, ErrorCode::InvalidArgument);
    // The held-on day, from the report after the forum (the stored date is the first article's).
    ASSERT_TRUE(lib->decideReview(id, true, "2024-05-09"));
    EXPECT_EQ(forums(*lib).front().date.toString(), "2024-05-09");
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(dateItem(*queue, forum), nullptr);
    // A changed file re-imported, then the whole library re-extracted: the date and the verdict hold.
    dir.write("in/ahead.txt", std::string(kForumAhead) + "참가 신청은 과학기술정보통신부 누리집에서 받는다.\n");
    EXPECT_EQ(lib->importPaths({dir.file("in")}, {}).updated, 1);
    ASSERT_TRUE(lib->reextractAll());
    auto after = forums(*lib);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after.front().date.toString(), "2024-05-09");
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, id, &ReviewItem::id), queue->end());
    EXPECT_EQ(dateItem(*queue, after.front().id), nullptr);
}

TEST(ReviewDatesTest, TheChosenDateReturnsWhenTheMeetingIsInsertedAgain)
{
    sillok::test::TempDir dir;
    auto lib = importForum(dir);
    ASSERT_TRUE(lib);
    const std::int64_t forum = forums(*lib).front().id;
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const ReviewItem *item = dateItem(*queue, forum);
    ASSERT_NE(item, nullptr);
    ASSERT_TRUE(lib->decideReview(item->id, true, "2024-05-09"));
    // The meeting goes and comes back, first from the article that dates it the 8th: the choice
    // holds.
    EXPECT_EQ(dateWhenInsertedAgain(*lib, dir, {"in/ahead.txt", "in/held.txt", "in/month.txt"}), "2024-05-09");
}

// A conflict decided, then a new one for the same meeting (an article dating it otherwise
// again), decided with another date: the later choice is the one that holds when the meeting
// is inserted again.
TEST(ReviewDatesTest, TheLaterOfTwoChosenDatesHolds)
{
    sillok::test::TempDir dir;
    auto lib = importForum(dir);
    ASSERT_TRUE(lib);
    const std::int64_t forum = forums(*lib).front().id;
    const std::string firstId = dateItemId(*lib, forum);
    ASSERT_FALSE(firstId.empty());
    ASSERT_TRUE(lib->decideReview(firstId, true, "2024-05-09"));
    dir.write("in/late.txt", "누리칩 포럼 결과 발표\n\n2024년 5월 14일\n\n"
                             "과학기술정보통신부는 지난 12일 서울 코엑스에서 '제3차 누리칩 발전 포럼'을 열었다고 "
                             "밝혔다. 포럼에서는 국산 NPU의 실증 결과가 공유됐다.\n");
    lib->importPaths({dir.file("in/late.txt")}, {});
    const std::string secondId = dateItemId(*lib, forum);
    ASSERT_FALSE(secondId.empty()) << "a fourth date makes a new conflict";
    ASSERT_NE(secondId, firstId);
    ASSERT_TRUE(lib->decideReview(secondId, true, "2024-05-12"));
    EXPECT_EQ(forums(*lib).front().date.toString(), "2024-05-12");
    EXPECT_EQ(dateWhenInsertedAgain(*lib, dir, {"in/ahead.txt", "in/held.txt", "in/month.txt", "in/late.txt"}),
              "2024-05-12");
}

TEST(ReviewDatesTest, RejectingKeepsTheStoredDateAndTheItemStaysDecided)
{
    sillok::test::TempDir dir;
    auto lib = importForum(dir);
    ASSERT_TRUE(lib);
    const EntitySummary before = forums(*lib).front();
    auto queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    const ReviewItem *item = dateItem(*queue, before.id);
    ASSERT_NE(item, nullptr);
    const std::string id = item->id;
    ASSERT_TRUE(lib->decideReview(id, false));
    EXPECT_EQ(forums(*lib).front().date.toString(), before.date.toString());
    ASSERT_TRUE(lib->reextractAll());
    queue = lib->reviewQueue();
    ASSERT_TRUE(queue);
    EXPECT_EQ(std::ranges::find(*queue, id, &ReviewItem::id), queue->end());
    EXPECT_EQ(forums(*lib).front().date.toString(), before.date.toString());
}
