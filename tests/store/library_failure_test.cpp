// A failure of the library itself — a full disk, a read-only library — stops an import at once
// with one error, leaves a sound library that opens again, and the next import resumes and
// completes it. A bad file, by contrast, fails alone and the others go on.
//
// The disk fills for real as far as SQLite can tell: PRAGMA max_page_count caps the database
// file a few pages above its size, so the next page SQLite asks for fails with SQLITE_FULL, the
// error a full file system gives. PRAGMA query_only makes every write fail as on a read-only file.
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::int64_t scalar(Database &db, const std::string &sql)
{
    Statement s(db, sql);
    EXPECT_TRUE(s.next()) << sql;
    return s.int64(0);
}

std::string integrity(Database &db)
{
    Statement s(db, "PRAGMA integrity_check");
    std::string out;
    while (s.next())
        out += s.text(0);
    return out;
}

// Real articles of the project: the held-out sets and the sample corpus.
std::vector<std::string> articleFolders()
{
    const std::string data = SILLOK_TEST_DATA_DIR;
    return {data + "/holdout", data + "/holdout2", SILLOK_SAMPLE_CORPUS_DIR};
}

struct Progress {
    int calls = 0;
    int failures = 0;
    ImportProgress callback()
    {
        return [this](int, int, const std::string &, const ImportFailure *failure) {
            ++calls;
            failures += failure ? 1 : 0;
        };
    }
};

void expectSound(Library &lib)
{
    Database &db = lib.database();
    EXPECT_EQ(integrity(db), "ok");
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM article a WHERE NOT EXISTS "
                         "(SELECT 1 FROM article_blocks b WHERE b.article_id = a.id AND length(b.blocks) > 0)"),
              0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM mention m WHERE NOT EXISTS "
                         "(SELECT 1 FROM article a WHERE a.id = m.article_id)"),
              0);
    Statement fk(db, "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.next()) << "a row breaks a foreign key";
    // The search indexes hold exactly what the articles say (rank 1: FTS5 also re-tokenizes every
    // row of the content table and compares).
    for (const char *index : {"doc_wd", "doc_bg"}) {
        const std::string check = std::string("INSERT INTO ") + index + "(" + index + ", rank) VALUES ('integrity-check', 1)";
        EXPECT_TRUE(db.exec(check)) << index << " disagrees with the articles";
    }
}

class LibraryFailure : public ::testing::Test {
protected:
    // The number of articles and entities a clean import of every folder stores.
    void cleanCounts(std::int64_t &articles, std::int64_t &entities)
    {
        auto lib = Library::open(m_dir.file("clean.sqlite"));
        ASSERT_TRUE(lib) << lib.error().detail;
        const ImportReport r = (*lib)->importPaths(articleFolders(), {});
        ASSERT_FALSE(r.libraryError);
        ASSERT_TRUE(r.failed.empty()) << r.failed.front().path << ": " << r.failed.front().error;
        articles = scalar((*lib)->database(), "SELECT count(*) FROM article");
        entities = scalar((*lib)->database(), "SELECT count(*) FROM entity");
        ASSERT_GT(articles, 60);
    }

    sillok::test::TempDir m_dir;
};

} // namespace

TEST_F(LibraryFailure, FullDiskStopsOnceAndTheNextImportCompletes)
{
    std::int64_t cleanArticles = 0, cleanEntities = 0;
    cleanCounts(cleanArticles, cleanEntities);

    const std::string path = m_dir.file("full.sqlite");
    std::int64_t before = 0;
    {
        auto lib = Library::open(path);
        ASSERT_TRUE(lib) << lib.error().detail;
        const ImportReport first = (*lib)->importPaths({articleFolders().front()}, {});
        ASSERT_FALSE(first.libraryError);
        before = scalar((*lib)->database(), "SELECT count(*) FROM article");
        ASSERT_GT(before, 10);

        // The disk is full a few pages from now.
        const std::int64_t pages = scalar((*lib)->database(), "PRAGMA page_count");
        ASSERT_TRUE((*lib)->database().exec("PRAGMA max_page_count = " + std::to_string(pages + 12)));

        Progress progress;
        const ImportReport r = (*lib)->importPaths(articleFolders(), {}, progress.callback());
        ASSERT_TRUE(r.libraryError) << "the import went on past a full disk";
        EXPECT_EQ(r.libraryError->sqliteCode & 0xff, SQLITE_FULL) << r.libraryError->detail;
        EXPECT_TRUE(r.failed.empty()) << "a full disk is the library's failure, not a file's: " << r.failed.front().error;
        EXPECT_EQ(progress.failures, 0) << "one message for the run, none per file";
        EXPECT_GT(r.notImported, 0);
        EXPECT_LT(progress.calls, static_cast<int>(cleanArticles)) << "the import stopped at once";
        const std::int64_t stored = scalar((*lib)->database(), "SELECT count(*) FROM article");
        EXPECT_GE(stored, before) << "what was stored before the disk filled is kept";
        EXPECT_EQ(stored + r.notImported, cleanArticles) << "stored + not imported accounts for every article";
        EXPECT_EQ(r.imported + r.updated + r.unchanged + r.notImported, static_cast<int>(cleanArticles))
            << "the report accounts for every file";
        expectSound(**lib);
    }

    // The library opens again (as the GUI and the CLI open it), and the next import resumes.
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    expectSound(**lib);
    const ImportReport again = (*lib)->importPaths(articleFolders(), {});
    EXPECT_FALSE(again.libraryError);
    EXPECT_TRUE(again.failed.empty());
    EXPECT_GT(again.imported, 0);
    EXPECT_EQ(scalar((*lib)->database(), "SELECT count(*) FROM article"), cleanArticles);
    EXPECT_EQ(scalar((*lib)->database(), "SELECT count(*) FROM entity"), cleanEntities);
    expectSound(**lib);
}

TEST_F(LibraryFailure, ReadOnlyLibraryStopsWithOneErrorAndStoresNothing)
{
    const std::string path = m_dir.file("ro.sqlite");
    auto lib = Library::open(path);
    ASSERT_TRUE(lib) << lib.error().detail;
    ASSERT_TRUE((*lib)->database().exec("PRAGMA query_only = 1"));

    Progress progress;
    const ImportReport r = (*lib)->importPaths(articleFolders(), {}, progress.callback());
    ASSERT_TRUE(r.libraryError);
    EXPECT_EQ(r.libraryError->sqliteCode & 0xff, SQLITE_READONLY) << r.libraryError->detail;
    EXPECT_TRUE(r.failed.empty());
    EXPECT_EQ(progress.failures, 0);
    EXPECT_EQ(r.imported, 0);
    EXPECT_GT(r.notImported, 60);

    ASSERT_TRUE((*lib)->database().exec("PRAGMA query_only = 0"));
    expectSound(**lib);
    EXPECT_EQ(scalar((*lib)->database(), "SELECT count(*) FROM article"), 0);
}

TEST_F(LibraryFailure, BadFileFailsAloneAndTheOthersGoOn)
{
    const std::string bad = m_dir.write("in/zz-binary.txt", std::string("\x00\x01\x02\xff\xfe binary", 12));
    fs::copy(std::string(SILLOK_TEST_DATA_DIR) + "/holdout", m_dir.path() / "in" / "holdout");
    auto lib = Library::open(m_dir.file("bad.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Progress progress;
    const ImportReport r = (*lib)->importPaths({(m_dir.path() / "in").string()}, {}, progress.callback());
    EXPECT_FALSE(r.libraryError);
    ASSERT_EQ(r.failed.size(), 1u);
    EXPECT_EQ(r.failed.front().path, bad);
    EXPECT_FALSE(r.failed.front().error.empty());
    EXPECT_EQ(progress.failures, 1);
    EXPECT_GT(r.imported, 10);
    expectSound(**lib);
}

// The checks above can fail: an article row the index never saw (its writer deferred indexing
// and then did not index it) is caught by FTS5's integrity-check.
TEST_F(LibraryFailure, SearchIndexCheckCatchesAnUnindexedArticle)
{
    auto lib = Library::open(m_dir.file("fts.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    ASSERT_FALSE((*lib)->importPaths({articleFolders().front()}, {}).libraryError);
    EXPECT_TRUE(db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('integrity-check', 1)"));
    db.setSearchIndexDeferred(true);
    ASSERT_TRUE(db.exec("INSERT INTO article (uid, source, source_key, content_hash, title, body, imported_at, "
                        "updated_at) VALUES ('art-x', 'x.txt', '/x.txt', 'h', '가상 제목', '가상반도체 본문', '', '')"));
    db.setSearchIndexDeferred(false);
    EXPECT_FALSE(db.exec("INSERT INTO doc_wd(doc_wd, rank) VALUES ('integrity-check', 1)"));
}
