// The extract command's contract: JSON on stdout, one stderr line per bad file, exit 1 when a
// file was bad (the others are still printed), exit 2 on usage errors.
#include "commands.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <stdexcept>

namespace fs = std::filesystem;

namespace {

struct Captured {
    int status = 0;
    std::string out;
};

Captured run(const std::vector<std::string> &args)
{
    testing::internal::CaptureStdout();
    Captured c;
    c.status = sillok::cli::runExtract(args);
    c.out = testing::internal::GetCapturedStdout();
    return c;
}

} // namespace

TEST(ExtractCommand, PrintsArticlesAndReportsBadFiles)
{
    const auto dir = fs::temp_directory_path() / "sillok_extract_command_test";
    fs::create_directories(dir);
    const auto good = (dir / "good.txt").string();
    {
        std::ofstream f(good);
        f << "과학기술정보통신부는 2024년 3월 5일 서울에서 제1차 칩 분과회의를 열었다.\n";
    }
    const auto missing = (dir / "missing.txt").string();
    const auto c = run({"--json", "--published", "2024-03-06", good, missing});
    EXPECT_EQ(c.status, 1);
    EXPECT_NE(c.out.find("\"articles\""), std::string::npos);
    EXPECT_NE(c.out.find("\"source\":\"" + good + "\""), std::string::npos);
    EXPECT_EQ(c.out.find(missing), std::string::npos);
    EXPECT_NE(c.out.find("제1차 칩 분과회의"), std::string::npos);
    EXPECT_NE(c.out.find("\"date\":\"2024-03-05\""), std::string::npos);
    fs::remove_all(dir);
}

TEST(ExtractCommand, UsageErrors)
{
    EXPECT_EQ(run({}).status, 2);
    EXPECT_EQ(run({"--json"}).status, 2);
    EXPECT_EQ(run({"--json", "--published", "yesterday", "a.txt"}).status, 2);
    EXPECT_EQ(run({"--bogus", "a.txt"}).status, 2);
}

TEST(ExtractCommand, FoldersAreSearchedRecursivelyInSortedOrder)
{
    const auto dir = fs::temp_directory_path() / "sillok_extract_command_folder_test";
    fs::remove_all(dir);
    fs::create_directories(dir / "b_sub" / "deeper");
    const std::string sentence = "가상반도체는 2024년 3월 5일 서울에서 신형 추론칩을 공개하고 공급 계획을 밝혔다.\n";
    for (const char *name : {"c.txt", "a.html", "b_sub/deeper/z.htm", "b_sub/m.TXT", "logo.png", "readme.md"}) {
        std::ofstream f(dir / name);
        if (std::string(name).ends_with(".html") || std::string(name).ends_with(".htm"))
            f << "<html><body><p>" << sentence << "</p></body></html>";
        else
            f << sentence;
    }
    const auto c = run({"--json", dir.string()});
    EXPECT_EQ(c.status, 0) << c.out;
    std::vector<std::string> sources;
    const std::string key = "\"source\":\"";
    for (std::size_t at = c.out.find(key); at != std::string::npos; at = c.out.find(key, at + 1)) {
        const std::size_t b = at + key.size();
        sources.push_back(c.out.substr(b, c.out.find('"', b) - b));
    }
    const std::string d = dir.string();
    const std::vector<std::string> expected = {d + "/a.html", d + "/b_sub/deeper/z.htm", d + "/b_sub/m.TXT", d + "/c.txt"};
    EXPECT_EQ(sources, expected);
    // A missing path, or a document the importer does not read, is reported (exit 1); the
    // folder's articles are still printed.
    const auto m = run({"--json", dir.string(), (dir / "nope").string()});
    EXPECT_EQ(m.status, 1);
    EXPECT_NE(m.out.find(d + "/c.txt"), std::string::npos);
    std::ofstream(dir / "b_sub" / "notes.pdf") << "%PDF-1.4\n";
    const auto p = run({"--json", dir.string()});
    EXPECT_EQ(p.status, 1);
    EXPECT_EQ(p.out.find("notes.pdf"), std::string::npos);
    EXPECT_NE(p.out.find(d + "/c.txt"), std::string::npos);
    fs::remove_all(dir);
}

// A bug in the extractor is loud: the file is named on stderr as an internal error, left out of
// the JSON (never a partial extraction), the other files are still printed, and the exit status is 1.
TEST(ExtractCommand, ExtractorFailureIsAnInternalErrorNamingTheFile)
{
    const auto dir = fs::temp_directory_path() / "sillok_extract_command_failure_test";
    fs::create_directories(dir);
    const auto bad = (dir / "a_bad.txt").string();
    const auto good = (dir / "b_good.txt").string();
    std::ofstream(bad) << "삼성전자는 폭탄 문장이다.\n";
    std::ofstream(good) << "과학기술정보통신부는 회의를 열었다.\n";
    const sillok::cli::ArticleExtractor failing = [](const sillok::core::ParsedArticle &a) {
        if (a.body.find("폭탄") != std::string::npos)
            throw std::logic_error("recognizer bug");
        return sillok::core::Extraction{};
    };
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    const int status = sillok::cli::runExtract({"--json", bad, good}, failing);
    const std::string out = testing::internal::GetCapturedStdout();
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(status, 1);
    EXPECT_NE(err.find(bad), std::string::npos);
    EXPECT_NE(err.find("internal error"), std::string::npos);
    EXPECT_NE(err.find("recognizer bug"), std::string::npos);
    EXPECT_EQ(out.find(bad), std::string::npos);
    EXPECT_NE(out.find(good), std::string::npos);
    fs::remove_all(dir);
}
