// sillok-cli import-annotations: usage, a missing database, export -> delete database ->
// re-import articles -> import-annotations gives the same annotations, idempotence, and the
// per-annotation error lines and exit status.

#include "commands.h"

#include "store/library.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

class ImportAnnotationsCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("sillok-import-annotations-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())
               + "-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        std::ofstream(m_dir / "a.txt", std::ios::binary)
            << "가상 협의회 열려\n\n가상 협의회는 16일 서울에서 첫 회의를 열었다.\n\n참석자들은 설계 인력을 늘리는 방안을 논의했다.\n";
        m_db = (m_dir / "db.sqlite").string();
        auto lib = importArticle();
        ASSERT_NE(lib, nullptr);
        AnnotationRecord a;
        a.articleId = lib->articles()->front().id;
        a.start = 0;
        a.end = 6;
        a.note = "메모";
        a.tags = {"회의"};
        a.color = "green";
        ASSERT_TRUE(lib->addAnnotation(a));
        a.start = 10;
        a.end = 14;
        a.note.clear();
        a.color = "blue";
        ASSERT_TRUE(lib->addAnnotation(a));
        m_before = *lib->annotations(0);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::unique_ptr<Library> importArticle()
    {
        auto lib = Library::open(m_db);
        if (!lib)
            return nullptr;
        ImportOptions options;
        options.fallbackPublished = PartialDate::ofDay(2024, 4, 16);
        if ((*lib)->importPaths({(m_dir / "a.txt").string()}, options).failed.size() != 0)
            return nullptr;
        return std::move(*lib);
    }

    int run(const std::vector<std::string> &args, std::string *out = nullptr, std::string *err = nullptr)
    {
        ::testing::internal::CaptureStdout();
        ::testing::internal::CaptureStderr();
        const int rc = sillok::cli::runImportAnnotations(m_db, args);
        const std::string o = ::testing::internal::GetCapturedStdout();
        const std::string e = ::testing::internal::GetCapturedStderr();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return rc;
    }

    fs::path m_dir;
    std::string m_db;
    std::vector<AnnotationRecord> m_before;
};

} // namespace

TEST_F(ImportAnnotationsCommandTest, UsageAndMissingDatabase)
{
    EXPECT_EQ(run({}), 2);
    EXPECT_EQ(run({"--bogus", "x.json"}), 2);
    std::string help;
    EXPECT_EQ(run({"--help"}, &help), 0);
    EXPECT_NE(help.find("import-annotations"), std::string::npos);
    const std::string missing = (m_dir / "nope.sqlite").string();
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(sillok::cli::runImportAnnotations(missing, {"x.json"}), 1);
    EXPECT_NE(::testing::internal::GetCapturedStderr().find("no such database"), std::string::npos);
    EXPECT_FALSE(fs::exists(missing));
}

TEST_F(ImportAnnotationsCommandTest, ExportDeleteImportGivesTheSameAnnotations)
{
    const std::string file = (m_dir / "notes.jsonld").string();
    ::testing::internal::CaptureStdout();
    ASSERT_EQ(sillok::cli::runExport(m_db, {"--format", "annotations", "--output", file}), 0);
    ::testing::internal::GetCapturedStdout();
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(m_db + suffix);
    ASSERT_NE(importArticle(), nullptr);

    std::string out;
    std::string err;
    ASSERT_EQ(run({"--json", file}, &out, &err), 0) << err;
    EXPECT_EQ(out, "{\"added\":2,\"updated\":0,\"unchanged\":0,\"orphaned\":0,\"failed\":[]}\n");
    EXPECT_NE(err.find("added 2, updated 0, unchanged 0, orphaned 0, failed 0"), std::string::npos) << err;
    auto lib = Library::open(m_db);
    ASSERT_TRUE(lib);
    const auto after = *(*lib)->annotations(0);
    ASSERT_EQ(after.size(), m_before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].uid, m_before[i].uid);
        EXPECT_EQ(after[i].start, m_before[i].start);
        EXPECT_EQ(after[i].end, m_before[i].end);
        EXPECT_EQ(after[i].exact, m_before[i].exact);
        EXPECT_EQ(after[i].note, m_before[i].note);
        EXPECT_EQ(after[i].color, m_before[i].color);
        EXPECT_EQ(after[i].tags, m_before[i].tags);
        EXPECT_EQ(after[i].createdAt, m_before[i].createdAt);
    }
    ASSERT_EQ(run({file}, &out, &err), 0);
    EXPECT_NE(err.find("added 0, updated 0, unchanged 2"), std::string::npos) << err;
}

TEST_F(ImportAnnotationsCommandTest, BadFilesAndAnnotationsAreReported)
{
    const fs::path bad = m_dir / "bad.json";
    std::ofstream(bad) << "{ not json";
    const fs::path partly = m_dir / "partly.json";
    std::ofstream(partly) << R"([{"id": "urn:uuid:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "type": "Annotation",
        "target": {"source": "urn:sillok:article:art-missing",
                   "selector": {"type": "TextQuoteSelector", "exact": "첫 회의"}}}])";
    std::string err;
    EXPECT_EQ(run({bad.string(), partly.string(), (m_dir / "absent.json").string()}, nullptr, &err), 1);
    EXPECT_NE(err.find(bad.string() + ": "), std::string::npos) << err;
    EXPECT_NE(err.find(partly.string() + ": annotation aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee: no article art-missing"),
              std::string::npos)
        << err;
    EXPECT_NE(err.find("absent.json: cannot read"), std::string::npos) << err;
    EXPECT_NE(err.find("failed 3"), std::string::npos) << err;
}
