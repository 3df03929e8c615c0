// Library annotations against a real database: add/update/delete/undo, listing, search, and
// re-anchoring when an article's text changes on re-import.

#include "annotate/anchor.h"
#include "common/utf.h"
#include "store/annotation_store.h"
#include "store/database.h"
#include "store/library.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <unistd.h>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

// Synthetic article text (no real article's sentences).
const std::string kTitle = "가상부, 반도체 설계 인력 양성 협의회 출범\n\n";
const std::string kParagraphs =
    "가상부는 16일 서울에서 반도체 설계 인력 양성 협의회를 처음 열었다고 밝혔다.\n\n"
    "협의회에는 가상전자와 가상대학교 등 12개 기관이 참여했다. 참석자들은 설계 인력 부족 문제를 논의했다.\n\n"
    "가상부 관계자는 \"인력 양성이 가장 시급한 과제\"라고 말했다.\n";

class LibraryAnnotationsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("sillok-annotate-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-"
               + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        auto lib = Library::open((m_dir / "db.sqlite").string());
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        importText(kTitle + kParagraphs);
        auto list = m_lib->articles();
        ASSERT_TRUE(list && list->size() == 1u);
        m_articleId = list->front().id;
    }
    void TearDown() override
    {
        m_lib.reset();
        fs::remove_all(m_dir);
    }

    void importText(const std::string &text)
    {
        std::ofstream(m_dir / "article.txt", std::ios::binary) << text;
        ImportOptions options;
        options.fallbackPublished = PartialDate::ofDay(2024, 4, 16);
        const ImportReport r = m_lib->importPaths({(m_dir / "article.txt").string()}, options);
        ASSERT_TRUE(r.failed.empty()) << r.failed.front().error;
    }

    ArticleRecord article()
    {
        auto a = m_lib->article(m_articleId);
        EXPECT_TRUE(a) << a.error().detail;
        return a ? *a : ArticleRecord{};
    }

    // An annotation over the nth occurrence of `quote` in the current body, given by position.
    AnnotationRecord selection(const std::string &quote, int nth = 0)
    {
        const std::string body = article().body;
        std::size_t at = body.find(quote);
        for (int i = 0; i < nth && at != std::string::npos; ++i)
            at = body.find(quote, at + 1);
        EXPECT_NE(at, std::string::npos) << quote;
        AnnotationRecord a;
        a.articleId = m_articleId;
        a.start = static_cast<int>(codePointCount(std::string_view(body).substr(0, at)));
        a.end = a.start + static_cast<int>(codePointCount(quote));
        return a;
    }

    fs::path m_dir;
    std::unique_ptr<Library> m_lib;
    std::int64_t m_articleId = 0;
};

} // namespace

TEST_F(LibraryAnnotationsTest, AddFillsUidQuoteContextHashAndTimestamps)
{
    AnnotationRecord sel = selection("설계 인력 부족 문제");
    sel.note = "핵심";
    sel.color = "yellow";
    sel.tags = {"인력", " 정책 ", "인력", ""};
    auto added = m_lib->addAnnotation(sel);
    ASSERT_TRUE(added) << added.error().detail;
    EXPECT_TRUE(std::regex_match(added->uid, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")))
        << added->uid;
    EXPECT_GT(added->id, 0);
    EXPECT_EQ(added->exact, "설계 인력 부족 문제");
    EXPECT_FALSE(added->prefix.empty());
    EXPECT_FALSE(added->suffix.empty());
    EXPECT_EQ(added->articleId, m_articleId);
    EXPECT_EQ(added->articleUid, article().summary.uid);
    EXPECT_EQ(added->textHash, article().contentHash);
    EXPECT_EQ(added->tags, (std::vector<std::string>{"인력", "정책"}));
    EXPECT_FALSE(added->createdAt.empty());
    EXPECT_EQ(added->createdAt, added->modifiedAt);
    EXPECT_FALSE(added->orphaned);
    EXPECT_EQ(article().summary.annotationCount, 1);

    auto second = m_lib->addAnnotation(selection("가상대학교"));
    ASSERT_TRUE(second);
    EXPECT_NE(second->uid, added->uid);
}

TEST_F(LibraryAnnotationsTest, AddRejectsBadInput)
{
    AnnotationRecord none;
    EXPECT_EQ(m_lib->addAnnotation(none).error().code, ErrorCode::InvalidArgument);
    AnnotationRecord empty = selection("협의회");
    empty.end = empty.start;
    EXPECT_EQ(m_lib->addAnnotation(empty).error().code, ErrorCode::InvalidArgument);
    AnnotationRecord missing = selection("협의회");
    missing.articleId = 999;
    EXPECT_EQ(m_lib->addAnnotation(missing).error().code, ErrorCode::NotFound);
    auto a = m_lib->addAnnotation(selection("협의회"));
    ASSERT_TRUE(a);
    EXPECT_EQ(m_lib->addAnnotation(*a).error().code, ErrorCode::InvalidArgument); // live uid
}

TEST_F(LibraryAnnotationsTest, UpdateDeleteAndUndoByReAdding)
{
    auto a = m_lib->addAnnotation(selection("12개 기관"));
    ASSERT_TRUE(a);
    AnnotationRecord edit = *a;
    edit.note = "참여 기관 수";
    edit.color = "#00ff00";
    edit.entityUid = "organization:gaz:example";
    ASSERT_TRUE(m_lib->updateAnnotation(edit));
    auto list = m_lib->annotations(m_articleId);
    ASSERT_TRUE(list && list->size() == 1u);
    EXPECT_EQ(list->front().note, "참여 기관 수");
    EXPECT_EQ(list->front().color, "#00ff00");
    EXPECT_EQ(list->front().entityUid, "organization:gaz:example");
    EXPECT_EQ(list->front().exact, "12개 기관");

    // A new selection on the same annotation takes its quote from the text.
    AnnotationRecord widen = list->front();
    widen.end += 4;
    ASSERT_TRUE(m_lib->updateAnnotation(widen));
    EXPECT_EQ(m_lib->annotations(m_articleId)->front().exact, "12개 기관이 참여");

    const AnnotationRecord before = m_lib->annotations(m_articleId)->front();
    ASSERT_TRUE(m_lib->deleteAnnotation(before.uid));
    EXPECT_TRUE(m_lib->annotations(m_articleId)->empty());
    EXPECT_TRUE(m_lib->annotations(0)->empty());
    EXPECT_EQ(m_lib->deleteAnnotation(before.uid).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_lib->updateAnnotation(before).error().code, ErrorCode::NotFound);
    EXPECT_EQ(article().summary.annotationCount, 0);

    // Undo: the GUI re-adds the record it kept, same uid.
    auto restored = m_lib->addAnnotation(before);
    ASSERT_TRUE(restored) << restored.error().detail;
    EXPECT_EQ(restored->uid, before.uid);
    EXPECT_EQ(restored->id, before.id);
    EXPECT_EQ(restored->note, before.note);
    EXPECT_EQ(restored->exact, before.exact);
    EXPECT_EQ(restored->createdAt, before.createdAt);
    EXPECT_EQ(m_lib->annotations(0)->size(), 1u);
    EXPECT_EQ(m_lib->deleteAnnotation("no-such-uid").error().code, ErrorCode::NotFound);
}

TEST_F(LibraryAnnotationsTest, SearchOverQuoteNoteAndTagsNormalized)
{
    AnnotationRecord a = selection("반도체 설계 인력 양성 협의회");
    a.note = "첫 회의 DATE 확인";
    ASSERT_TRUE(m_lib->addAnnotation(a));
    AnnotationRecord b = selection("가상전자");
    b.tags = {"기업 참여"};
    ASSERT_TRUE(m_lib->addAnnotation(b));
    auto deleted = m_lib->addAnnotation(selection("가상대학교"));
    ASSERT_TRUE(deleted);
    ASSERT_TRUE(m_lib->deleteAnnotation(deleted->uid));

    auto byQuote = m_lib->searchAnnotations("설계");
    ASSERT_TRUE(byQuote);
    ASSERT_EQ(byQuote->size(), 1u);
    EXPECT_EQ(byQuote->front().exact, "반도체 설계 인력 양성 협의회");
    EXPECT_EQ(m_lib->searchAnnotations("date")->size(), 1u);         // case-folded
    EXPECT_EQ(m_lib->searchAnnotations("ＤＡＴＥ 회의")->size(), 1u); // NFKC width, all terms
    EXPECT_EQ(m_lib->searchAnnotations("기업")->size(), 1u);          // tag
    EXPECT_EQ(m_lib->searchAnnotations("가상")->size(), 1u);          // deleted one is not found
    EXPECT_EQ(m_lib->searchAnnotations("협의회에서")->size(), 1u);    // particle typed
    EXPECT_EQ(m_lib->searchAnnotations("설계를 양성했다")->size(), 1u); // particle and ending
    EXPECT_TRUE(m_lib->searchAnnotations("설계자")->empty());          // longer word: no match
    EXPECT_TRUE(m_lib->searchAnnotations("회의 없는말")->empty());
    EXPECT_TRUE(m_lib->searchAnnotations("   ")->empty());
}

TEST_F(LibraryAnnotationsTest, ReimportReanchorsMovesAndOrphans)
{
    auto kept = m_lib->addAnnotation(selection("참석자들은 설계 인력 부족 문제를 논의했다."));
    auto edited = m_lib->addAnnotation(selection("12개 기관이 참여했다"));
    auto quote = m_lib->addAnnotation(selection("인력 양성이 가장 시급한 과제"));
    ASSERT_TRUE(kept && edited && quote);
    const std::string oldHash = article().contentHash;

    // New version: a sentence inserted before, a number corrected inside one quote.
    std::string text = kTitle + "(업데이트) 추가된 첫 문단이다.\n\n" + kParagraphs;
    text.replace(text.find("12개"), std::string("12개").size(), "13개");
    importText(text);
    const ArticleRecord now = article();
    ASSERT_NE(now.contentHash, oldHash);
    ASSERT_EQ(now.summary.id, m_articleId);

    auto list = m_lib->annotations(m_articleId);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3u);
    for (const AnnotationRecord &a : *list) {
        if (a.uid == edited->uid) {
            EXPECT_TRUE(a.orphaned);
            EXPECT_EQ(a.exact, "12개 기관이 참여했다"); // the old quote is kept
            EXPECT_EQ(a.textHash, oldHash);
        } else {
            EXPECT_FALSE(a.orphaned) << a.exact;
            EXPECT_GT(a.start, a.uid == kept->uid ? kept->start : quote->start);
            EXPECT_EQ(substrCodePoints(now.body, a.start, a.end), a.exact);
            EXPECT_EQ(a.textHash, now.contentHash);
        }
    }

    // Restoring the old wording places the orphan again.
    importText(kTitle + kParagraphs);
    const std::string restoredBody = article().body;
    const auto again = m_lib->annotations(m_articleId);
    ASSERT_TRUE(again && again->size() == 3u);
    for (const AnnotationRecord &a : *again) {
        EXPECT_FALSE(a.orphaned) << a.exact;
        EXPECT_EQ(substrCodePoints(restoredBody, a.start, a.end), a.exact);
    }
}

TEST_F(LibraryAnnotationsTest, HookCalledDirectly)
{
    auto a = m_lib->addAnnotation(selection("가상전자와 가상대학교"));
    ASSERT_TRUE(a);
    const std::string lead = "앞에 붙은 새 문장. ";
    const std::string body = lead + article().body;
    ASSERT_TRUE(reanchorAnnotations(m_lib->database(), m_articleId, body, "new-hash"));
    const auto list = m_lib->annotations(m_articleId);
    ASSERT_TRUE(list && list->size() == 1u);
    EXPECT_EQ(list->front().start, a->start + static_cast<int>(codePointCount(lead)));
    EXPECT_EQ(list->front().textHash, "new-hash");
    EXPECT_EQ(list->front().modifiedAt, a->modifiedAt); // not a user edit
    // Unknown article id: nothing to do.
    EXPECT_TRUE(reanchorAnnotations(m_lib->database(), 12345, body, "x"));
}

TEST_F(LibraryAnnotationsTest, DeletedAnnotationFollowsReimportAndUndoRestoresIt)
{
    auto a = m_lib->addAnnotation(selection("가상전자와 가상대학교"));
    ASSERT_TRUE(a);
    ASSERT_TRUE(m_lib->deleteAnnotation(a->uid));
    importText(kTitle + "새로 붙은 문단.\n\n" + kParagraphs);
    auto restored = m_lib->addAnnotation(*a); // the GUI's undo: the record it kept
    ASSERT_TRUE(restored) << restored.error().detail;
    EXPECT_GT(restored->start, a->start);
    EXPECT_EQ(substrCodePoints(article().body, restored->start, restored->end), a->exact);
    EXPECT_EQ(restored->textHash, article().contentHash);
    EXPECT_FALSE(restored->orphaned);
}

TEST_F(LibraryAnnotationsTest, AnnotationForAnUnknownArticleUidIsKept)
{
    AnnotationRecord foreign;
    foreign.articleUid = "art-not-imported-yet";
    foreign.exact = "어딘가의 문장";
    foreign.start = 3;
    foreign.end = 10;
    auto added = m_lib->addAnnotation(foreign);
    ASSERT_TRUE(added) << added.error().detail;
    EXPECT_EQ(added->articleId, 0);
    EXPECT_EQ(m_lib->annotations(0)->size(), 1u);
    EXPECT_TRUE(m_lib->annotations(m_articleId)->empty());
}

TEST(UuidTest, VersionFourAndUnique)
{
    const std::string a = makeUuidV4();
    EXPECT_EQ(a.size(), 36u);
    EXPECT_EQ(a[14], '4');
    EXPECT_NE(a, makeUuidV4());
}
