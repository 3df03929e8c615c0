// Library::importPaths: one transaction per file, idempotence, updates under the same id/uid,
// rollback of a failing file, bad inputs reported one line each.
#include "store/database.h"
#include "store/import_writer.h"
#include "store/library.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

const char *kArticle = "국산 칩 시장 동향\n\n"
                       "가온반도체가 새 추론 칩을 발표했다. 업계는 가온반도체의 행보를 주목하고 있다.\n\n"
                       "회사는 내년 양산을 목표로 한다.\n";
const char *kChanged = "국산 칩 시장 동향\n\n"
                       "가온반도체가 새 추론 칩을 발표했다. 업계는 가온반도체의 행보를 주목하고 있다.\n\n"
                       "회사는 내년 상반기 양산과 해외 진출을 목표로 한다.\n";

class LibraryImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto lib = Library::open(m_dir.file("kb.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
    }
    std::int64_t count(const char *sql) { return *m_lib->database().scalar(sql); }
    void expectIntegrity()
    {
        Statement st(m_lib->database(), "PRAGMA integrity_check");
        ASSERT_TRUE(*st.step());
        EXPECT_EQ(st.text(0), "ok");
        EXPECT_EQ(count("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
        for (const char *index : {"doc_wd", "doc_bg"}) {
            Statement fts(m_lib->database(),
                          std::string("INSERT INTO ") + index + "(" + index + ", rank) VALUES ('integrity-check', 1)");
            auto s = fts.run();
            EXPECT_TRUE(s) << index << ": " << (s ? "" : s.error().detail);
        }
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(LibraryImport, SameFileTwiceAddsNothing)
{
    const std::string file = m_dir.write("in/a.txt", kArticle);
    ImportReport first = m_lib->importPaths({file}, {});
    EXPECT_EQ(first.imported, 1);
    EXPECT_TRUE(first.failed.empty());
    ImportReport second = m_lib->importPaths({file}, {});
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.unchanged, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_run"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_run WHERE finished_at IS NOT NULL"), 2);
    // The same file named through another spelling of its path is the same source.
    ImportReport third = m_lib->importPaths({m_dir.file("in/../in/./a.txt")}, {});
    EXPECT_EQ(third.unchanged, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 1);
}

TEST_F(LibraryImport, SameContentAtTwoPathsIsOneStoryWithTwoCopies)
{
    const std::string a = m_dir.write("in/a.txt", kArticle);
    const std::string b = m_dir.write("in/copy/b.txt", kArticle);
    ImportReport r = m_lib->importPaths({m_dir.file("in")}, {});
    EXPECT_EQ(r.imported, 2);
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(r.duplicates[0].path, b);
    EXPECT_EQ(r.duplicates[0].of, a);
    auto list = m_lib->articles();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().source, a); // folders are walked in sorted order
    EXPECT_EQ(list->front().copies, 1);
    EXPECT_EQ(count(("SELECT COUNT(*) FROM mention m JOIN article x ON x.id = m.article_id WHERE x.source = '" + b + "'").c_str()), 0);
}

TEST_F(LibraryImport, ChangedFileUpdatesTheSameRow)
{
    const std::string file = m_dir.write("a.txt", kArticle);
    ASSERT_EQ(m_lib->importPaths({file}, {}).imported, 1);
    auto before = m_lib->articles();
    ASSERT_TRUE(before && before->size() == 1);
    const ArticleSummary old = before->front();
    EXPECT_EQ(old.version, 1);
    EXPECT_FALSE(old.uid.empty());

    m_dir.write("a.txt", kChanged);
    ImportReport r = m_lib->importPaths({file}, {});
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.imported, 0);
    auto after = m_lib->articles();
    ASSERT_TRUE(after && after->size() == 1);
    EXPECT_EQ(after->front().id, old.id);
    EXPECT_EQ(after->front().uid, old.uid);
    EXPECT_EQ(after->front().version, 2);
    auto record = m_lib->article(old.id);
    ASSERT_TRUE(record);
    EXPECT_NE(record->body.find("해외 진출"), std::string::npos);
    EXPECT_FALSE(record->blocks.empty());
    // The index follows the new text.
    EXPECT_EQ(m_lib->search("해외 진출")->size(), 1u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article_blocks WHERE article_id NOT IN (SELECT id FROM article)"), 0);
    expectIntegrity();
}

TEST_F(LibraryImport, ArticleRecordHasBlocksSentencesAndHash)
{
    const std::string file = m_dir.write("a.txt", kArticle);
    ASSERT_EQ(m_lib->importPaths({file}, {}).imported, 1);
    auto list = m_lib->articles();
    ASSERT_TRUE(list && list->size() == 1);
    EXPECT_EQ(list->front().title, "국산 칩 시장 동향");
    EXPECT_EQ(list->front().format, "txt");
    auto record = m_lib->article(list->front().id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->contentHash.size(), 64u);
    EXPECT_NE(record->body.find("가온반도체"), std::string::npos);
    EXPECT_FALSE(record->sentences.empty());
    EXPECT_TRUE(std::ranges::is_sorted(record->mentions, {}, &MentionRecord::start));
    EXPECT_FALSE(m_lib->article(list->front().id + 100));
    EXPECT_EQ(m_lib->article(list->front().id + 100).error().code, ErrorCode::NotFound);
}

TEST_F(LibraryImport, FailingFileRollsBackAlone)
{
    const std::string good = m_dir.write("in/1_good.txt", kArticle);
    const std::string bad = m_dir.write("in/2_bad.txt", "다른 기사\n\n이 기사는 저장 중에 실패한다. 주입고장 표시가 있다.\n");
    // Inject a failure after the article row is written: its blocks cannot be stored.
    ASSERT_TRUE(m_lib->database().exec(
        "CREATE TRIGGER inject_failure BEFORE INSERT ON article_blocks WHEN (SELECT sillok_text(body) FROM "
        "article WHERE id = new.article_id) LIKE '%주입고장%' BEGIN "
        "SELECT RAISE(ABORT, 'injected'); END;"));
    ImportReport r = m_lib->importPaths({m_dir.file("in")}, {});
    EXPECT_EQ(r.imported, 1);
    ASSERT_EQ(r.failed.size(), 1u);
    EXPECT_EQ(r.failed[0].path, bad);
    EXPECT_NE(r.failed[0].error.find("injected"), std::string::npos) << r.failed[0].error;
    EXPECT_EQ(r.failed[0].code, ErrorCode::Database);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 1);
    EXPECT_TRUE(m_lib->search("주입고장")->empty()); // the index was rolled back too
    EXPECT_EQ(count("SELECT failed FROM import_run ORDER BY id DESC LIMIT 1"), 1);
    EXPECT_FALSE(m_lib->database().inTransaction());
    expectIntegrity();
    (void)good;
}

// The writer stores an article without a savepoint of its own; when one fails, the open batch
// is rolled back and its earlier articles written again. What they were (unchanged, a copy, a new
// article, an update) is counted once, and they are stored and searchable as if nothing failed.
TEST_F(LibraryImport, AFailureInTheMiddleOfABatchKeepsTheBatchsOtherArticles)
{
    const std::string kept = m_dir.write("in/1_kept.txt", kArticle);
    const std::string changed = m_dir.write("in/2_changed.txt", "두 번째 기사\n\n누리칩이 공장을 세운다. 첫 판이다.\n");
    ASSERT_EQ(m_lib->importPaths({m_dir.file("in")}, {}).imported, 2);
    m_dir.write("in/2_changed.txt", "두 번째 기사\n\n누리칩이 공장을 세운다. 고친 판이다.\n");
    const std::string copy = m_dir.write("in/3_copy.txt", kArticle);
    m_dir.write("in/4_new.txt", "새 기사\n\n한빛메모리가 고대역 메모리를 내놓았다. 시장이 반겼다.\n");
    const std::string bad =
        m_dir.write("in/5_bad.txt", "다른 기사\n\n이 기사는 저장 중에 실패한다. 주입고장 표시가 있다.\n");
    m_dir.write("in/6_after.txt", "뒤의 기사\n\n소담전자가 설계 인력을 늘린다. 채용이 시작됐다.\n");
    ASSERT_TRUE(m_lib->database().exec(
        "CREATE TRIGGER inject_failure BEFORE INSERT ON article_blocks WHEN (SELECT sillok_text(body) FROM "
        "article WHERE id = new.article_id) LIKE '%주입고장%' BEGIN "
        "SELECT RAISE(ABORT, 'injected'); END;"));
    const ImportReport r = m_lib->importPaths({m_dir.file("in")}, {});
    EXPECT_FALSE(r.libraryError);
    EXPECT_EQ(r.unchanged, 1);
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.imported, 3); // the copy, the new article and the one after the failure
    ASSERT_EQ(r.failed.size(), 1u);
    EXPECT_EQ(r.failed[0].path, bad);
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(r.duplicates[0].path, copy);
    EXPECT_EQ(r.duplicates[0].of, kept);
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 5);
    EXPECT_EQ(m_lib->search("고친")->size(), 1u);
    EXPECT_TRUE(m_lib->search("첫")->empty());
    EXPECT_EQ(m_lib->search("한빛메모리")->size(), 1u);
    EXPECT_EQ(m_lib->search("소담전자")->size(), 1u);
    EXPECT_TRUE(m_lib->search("주입고장")->empty());
    EXPECT_EQ(count("SELECT imported FROM import_run ORDER BY id DESC LIMIT 1"), 3);
    expectIntegrity();
    (void)changed;
}

// The writer checkpoints the WAL less often while it imports (fewer, larger checkpoints copy
// fewer pages), on a thread of its own (store::WalCheckpointer: SQLite's own commit hook, whose
// page count wal_autocheckpoint reads, is replaced), and gives the connection its own settings
// back after.
TEST_F(LibraryImport, TheWritersSettingsHoldDuringTheImportOnly)
{
    m_dir.write("in/a.txt", kArticle);
    m_dir.write("in/b.txt", "두 번째 기사\n\n누리칩이 공장을 세운다. 첫 판이다.\n");
    ASSERT_TRUE(m_lib->database().exec("PRAGMA wal_autocheckpoint = 1234; PRAGMA cache_size = -3000"));
    std::vector<std::int64_t> during;
    const ImportReport r =
        m_lib->importPaths({m_dir.file("in")}, {}, [&](int, int, const std::string &, const ImportFailure *) {
            during.push_back(count("PRAGMA wal_autocheckpoint"));
            during.push_back(count("PRAGMA cache_size"));
        });
    EXPECT_EQ(r.imported, 2);
    constexpr std::int64_t kCache = -1024 * LibraryOptions::kDefaultWriterCacheMb;
    EXPECT_EQ(during, (std::vector<std::int64_t>{0, kCache, 0, kCache}));
    EXPECT_EQ(count("PRAGMA wal_autocheckpoint"), 1234);
    EXPECT_EQ(count("PRAGMA cache_size"), -3000);
}

// The GUI asks for a smaller writer's cache (its views hold memory of their own): the import and
// the re-extraction use the size the library was opened with.
TEST_F(LibraryImport, TheWritersCacheIsTheOneTheLibraryWasOpenedWith)
{
    m_dir.write("in/a.txt", kArticle);
    m_lib.reset();
    LibraryOptions options;
    options.writerCacheMb = 48;
    auto lib = Library::open(m_dir.file("kb.sqlite"), options);
    ASSERT_TRUE(lib) << lib.error().detail;
    m_lib = std::move(*lib);
    std::vector<std::int64_t> during;
    const auto progress = [&](int, int, const std::string &, const ImportFailure *) {
        during.push_back(count("PRAGMA cache_size"));
    };
    EXPECT_EQ(m_lib->importPaths({m_dir.file("in")}, {}, progress).imported, 1);
    ASSERT_TRUE(m_lib->reextractAll(progress));
    EXPECT_EQ(during, (std::vector<std::int64_t>{-48 * 1024, -48 * 1024}));
    EXPECT_EQ(count("PRAGMA cache_size"), -2000); // SQLite's own, back after
}

TEST_F(LibraryImport, BadFilesGetOneLineEachAndGoodOnesImport)
{
    std::vector<std::string> paths = {sillok::test::storeData("good")};
    int bad = 0;
    for (const auto &entry : fs::directory_iterator(std::string(SILLOK_TEST_DATA_DIR) + "/corpus-bad")) {
        paths.push_back(entry.path().string());
        ++bad;
    }
    ASSERT_GE(bad, 4);
    paths.push_back(m_dir.file("missing.txt"));
    std::vector<std::string> progressed;
    std::vector<ErrorCode> reported; // the codes the progress callback saw, in order
    ImportReport r = m_lib->importPaths(paths, {}, [&](int i, int total, const std::string &path, const ImportFailure *failure) {
        EXPECT_LE(i, total);
        progressed.push_back(path);
        if (failure) {
            EXPECT_EQ(failure->path, path);
            reported.push_back(failure->code);
        }
    });
    EXPECT_EQ(r.imported, 3);
    ASSERT_EQ(r.failed.size(), static_cast<std::size_t>(bad) + 1);
    for (const ImportFailure &f : r.failed) {
        EXPECT_FALSE(f.error.empty()) << f.path;
        EXPECT_EQ(f.error.find('\n'), std::string::npos) << f.error;
    }
    EXPECT_EQ(progressed.size(), static_cast<std::size_t>(bad) + 3); // every collected file, not the missing one
    // The missing path is collected first (NotFound); the bad files follow with their own codes.
    EXPECT_EQ(r.failed.front().code, ErrorCode::NotFound);
    ASSERT_EQ(reported.size(), static_cast<std::size_t>(bad));
    for (std::size_t i = 0; i < reported.size(); ++i)
        EXPECT_EQ(reported[i], r.failed[i + 1].code) << r.failed[i + 1].path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 3);
    expectIntegrity();
}

TEST_F(LibraryImport, CollectFilesIsRecursiveSortedAndFiltered)
{
    m_dir.write("c/b.txt", "x");
    m_dir.write("c/a.HTML", "x");
    m_dir.write("c/z/deep.htm", "x");
    m_dir.write("c/readme.md", "x");
    std::vector<ImportFailure> missing;
    auto files = Library::collectFiles({m_dir.file("c"), m_dir.file("nothing")}, &missing);
    ASSERT_EQ(files.size(), 3u);
    EXPECT_TRUE(files[0].ends_with("a.HTML"));
    EXPECT_TRUE(files[1].ends_with("b.txt"));
    EXPECT_TRUE(files[2].ends_with("deep.htm"));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_TRUE(missing[0].path.ends_with("nothing"));
    EXPECT_EQ(missing[0].code, ErrorCode::NotFound);
    EXPECT_EQ(missing[0].error, "no such file or directory"); // the CLI's JSON "error" text
}

TEST_F(LibraryImport, CancelStopsBetweenFiles)
{
    m_dir.write("in/a.txt", kArticle);
    m_dir.write("in/b.txt", kChanged);
    std::atomic_bool cancel{false};
    ImportReport r = m_lib->importPaths(
        {m_dir.file("in")}, {}, [&](int, int, const std::string &, const ImportFailure *) { cancel = true; }, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.imported, 1);
}

TEST_F(LibraryImport, LargeFileImports)
{
    std::string text = "대용량 기사\n\n";
    const std::string paragraph = "가온반도체는 저전력 추론 칩을 개발하고 있으며 데이터센터와 온디바이스 시장을 함께 노린다.\n\n";
    while (text.size() < 8u * 1024 * 1024)
        text += paragraph;
    const std::string file = m_dir.write("big.txt", text);
    ImportOptions options;
    options.extract = false;
    ImportReport r = m_lib->importPaths({file}, options);
    ASSERT_TRUE(r.failed.empty()) << r.failed[0].error;
    EXPECT_EQ(r.imported, 1);
    EXPECT_EQ(m_lib->search("온디바이스")->size(), 1u);
}

TEST_F(LibraryImport, ReextractAllKeepsArticles)
{
    ASSERT_EQ(m_lib->importPaths({sillok::test::storeData("good")}, {}).imported, 3);
    ASSERT_TRUE(m_lib->reextractAll());
    EXPECT_EQ(count("SELECT COUNT(*) FROM article"), 3);
    EXPECT_GT(count("SELECT COUNT(*) FROM article_sentences WHERE length(bounds) > 0"), 0);
    expectIntegrity();
}

// The report says where the run's time went: the workers' CPU, the writer's, the wall time, and
// the writer's longest step between two articles (its commit here), within the wall time.
TEST_F(LibraryImport, TheReportSaysWhereTheTimeWent)
{
    for (int i = 0; i < 40; ++i)
        m_dir.write("timed/" + std::to_string(i) + ".txt", "기사 " + std::to_string(i) + "\n\n리벨리온과 과기정통부가 "
                                                               + std::to_string(i * 31) + "번째 협약을 맺었다.\n");
    const ImportReport r = m_lib->importPaths({m_dir.file("timed")}, {});
    ASSERT_EQ(r.imported, 40);
    EXPECT_GT(r.prepareSeconds, 0.0);
    EXPECT_GT(r.writeSeconds, 0.0);
    EXPECT_GT(r.wallSeconds, 0.0);
    EXPECT_GT(r.longestPauseSeconds, 0.0);
    EXPECT_LE(r.longestPauseSeconds, r.wallSeconds);
    EXPECT_GE(r.workersWaitSeconds, 0.0);
    EXPECT_GE(r.writerWaitSeconds, 0.0);
}

// A batch holds up to 1,024 articles (kIndexEvery), and the text and tokens of the ones it
// inserted wait to be indexed (ArticleWriter::indexBatch) until its commit, outside any
// savepoint, as one FTS5 segment: fewer than kIndexEvery wait at any file. Seen from the
// import's own connection at every file (what it has inserted, what doc_wd holds) and from a
// second one (what is committed).
TEST_F(LibraryImport, ABatchsArticlesWaitToBeIndexedAtMostABatch)
{
    constexpr int kFiles = 2'200;
    for (int i = 0; i < kFiles; ++i)
        m_dir.write("in/" + std::to_string(10'000 + i) + ".txt", "기사 " + std::to_string(i) + "\n\n누리칩"
                                                                     + std::to_string(i) + " 공장이 문을 연다. 번호 z"
                                                                     + std::to_string(i) + "q 이다.\n");
    auto reader = Database::open(m_dir.file("kb.sqlite"), OpenMode::ReadOnly);
    ASSERT_TRUE(reader) << reader.error().detail;
    std::int64_t mostWaiting = 0;
    std::int64_t largestBatch = 0;
    ImportOptions options;
    options.extract = false;
    const ImportReport r =
        m_lib->importPaths({m_dir.file("in")}, options, [&](int, int, const std::string &, const ImportFailure *) {
            const std::int64_t inserted = count("SELECT COUNT(*) FROM article");
            mostWaiting = std::max(mostWaiting, inserted - count("SELECT COUNT(*) FROM doc_wd_docsize"));
            largestBatch = std::max(largestBatch, inserted - *(*reader)->scalar("SELECT COUNT(*) FROM article"));
        });
    EXPECT_EQ(r.imported, kFiles);
    EXPECT_LT(mostWaiting, store::kIndexEvery);
    EXPECT_GT(mostWaiting, 0); // the batch's articles did wait
    // Not asserted: a batch's length also depends on the machine (a batch ends after 1 s).
    std::printf("largest open batch: %lld articles\n", static_cast<long long>(largestBatch));
    EXPECT_EQ(count("SELECT COUNT(*) FROM doc_wd_docsize"), kFiles);
    EXPECT_EQ(count("SELECT COUNT(*) FROM doc_bg_docsize"), kFiles);
    for (const int i : {0, 700, 1'500, kFiles - 1}) {
        auto hits = m_lib->search("z" + std::to_string(i) + "q");
        ASSERT_TRUE(hits);
        EXPECT_EQ(hits->size(), 1u) << i;
    }
    expectIntegrity();
}
