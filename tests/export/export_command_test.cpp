// sillok-cli export: usage and database errors, stdout vs --output, and every format against a
// small imported library.

#include "commands.h"

#include "export/web_annotation.h"
#include "python_validator.h"
#include "store/library.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

class ExportCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("sillok-export-cli-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-"
               + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_db = (m_dir / "db.sqlite").string();
        auto lib = Library::open(m_db);
        ASSERT_TRUE(lib) << lib.error().detail;
        std::ofstream(m_dir / "a.txt", std::ios::binary)
            << "과학기술정보통신부, 제1차 가상 반도체 협의회 개최\n\n"
               "과학기술정보통신부는 16일 서울에서 제1차 가상 반도체 협의회를 열었다.\n\n"
               "참석자들은 \"설계 인력\"을 늘리는 방안을 논의했다.\n";
        ImportOptions options;
        options.fallbackPublished = PartialDate::ofDay(2024, 4, 16);
        const ImportReport r = (*lib)->importPaths({(m_dir / "a.txt").string()}, options);
        ASSERT_EQ(r.imported, 1);
        AnnotationRecord a;
        a.articleId = (*lib)->articles()->front().id;
        a.start = 0;
        a.end = 9;
        a.note = "메모, \"인용\"";
        a.tags = {"부처"};
        auto added = (*lib)->addAnnotation(a);
        ASSERT_TRUE(added) << added.error().detail;
        m_annotation = *added;
    }
    void TearDown() override { fs::remove_all(m_dir); }

    int run(const std::vector<std::string> &args, std::string *out = nullptr)
    {
        ::testing::internal::CaptureStdout();
        const int rc = sillok::cli::runExport(m_db, args);
        const std::string text = ::testing::internal::GetCapturedStdout();
        if (out)
            *out = text;
        return rc;
    }

    fs::path m_dir;
    std::string m_db;
    AnnotationRecord m_annotation;
};

} // namespace

TEST_F(ExportCommandTest, UsageErrors)
{
    EXPECT_EQ(run({}), 2);
    EXPECT_EQ(run({"--format"}), 2);
    EXPECT_EQ(run({"--format", "pdf"}), 2);
    EXPECT_EQ(run({"--format", "ics", "extra"}), 2);
    EXPECT_EQ(run({"--format", "ics", "--output="}), 2);
    EXPECT_EQ(run({"--format", "ics", "--output"}), 2);
    std::string help;
    EXPECT_EQ(run({"--help"}, &help), 0);
    EXPECT_NE(help.find("--format"), std::string::npos);
}

TEST_F(ExportCommandTest, MissingDatabaseIsNotCreated)
{
    const std::string missing = (m_dir / "nope.sqlite").string();
    ::testing::internal::CaptureStdout();
    EXPECT_EQ(sillok::cli::runExport(missing, {"--format", "annotations"}), 1);
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
    EXPECT_FALSE(fs::exists(missing));
}

TEST_F(ExportCommandTest, AnnotationsToStdoutAndFileRoundTrip)
{
    std::string out;
    ASSERT_EQ(run({"--format", "annotations"}, &out), 0);
    auto parsed = readWebAnnotations(out);
    ASSERT_TRUE(parsed) << parsed.error().detail;
    ASSERT_EQ(parsed->annotations.size(), 1u);
    EXPECT_EQ(parsed->annotations[0].uid, m_annotation.uid);
    EXPECT_EQ(parsed->annotations[0].note, "메모, \"인용\"");
    EXPECT_EQ(parsed->annotations[0].exact, m_annotation.exact);
    EXPECT_EQ(parsed->annotations[0].articleUid, m_annotation.articleUid);

    const fs::path file = m_dir / "out" / "annotations.jsonld";
    fs::create_directories(file.parent_path());
    std::string quiet;
    ASSERT_EQ(run({"--format=annotations", "--output", file.string()}, &quiet), 0);
    EXPECT_EQ(quiet, "");
    EXPECT_EQ(readFile(file), out);
    EXPECT_EQ(fs::directory_iterator(file.parent_path())->path(), file); // no temp file left
}

TEST_F(ExportCommandTest, UnwritableOutputFails)
{
    EXPECT_EQ(run({"--format", "annotations", "--output", (m_dir / "no" / "such" / "dir.json").string()}), 1);
}

TEST_F(ExportCommandTest, GraphFormats)
{
    for (const char *format : {"graphml", "csv-entities", "csv-facts", "ics"}) {
        std::string out;
        ASSERT_EQ(run({"--format", format, "--bom"}, &out), 0) << format;
        if (std::string_view(format).starts_with("csv"))
            EXPECT_TRUE(out.starts_with("\xEF\xBB\xBF")) << format;
        else if (std::string_view(format) == "graphml")
            EXPECT_TRUE(out.starts_with("<?xml")) << out.substr(0, 100);
        else
            EXPECT_TRUE(out.starts_with("BEGIN:VCALENDAR\r\n"));
    }
    const std::string python = sillok::test::pythonWith("networkx");
    SILLOK_REQUIRE_TOOL(!python.empty(), "no python3 with networkx (apt install python3-networkx)");
    std::string xml;
    ASSERT_EQ(run({"--format", "graphml"}, &xml), 0);
    const auto file = sillok::test::writeTemp("sillok_cli_export.graphml", xml);
    const auto check = sillok::test::runPythonScript(
        python, "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint('ok', g.number_of_nodes() >= 0)\n", file);
    EXPECT_EQ(check.status, 0) << check.output;
}
