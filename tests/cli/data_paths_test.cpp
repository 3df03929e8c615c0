// Where the CLI and the GUI find their data (app/common/data_paths.h): an installed program reads
// <prefix>/share/sillok beside its bin/, never the tree it was built in; a program of the build
// tree reads the sources; $SILLOK_DATA_DIR overrides both; a missing data folder is an error that
// names where it looked. The installed dictionaries are the embedded ones: same extractor version.

#include "data_paths.h"

#include "extract/extraction_context.h"
#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace sillok;

namespace {

class DataPathsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        unsetenv("SILLOK_DATA_DIR");
        unsetenv("SILLOK_GAZETTEER");
        m_root = fs::temp_directory_path() / ("sillok-data-paths-" + std::to_string(std::random_device{}()));
        fs::create_directories(m_root);
    }
    void TearDown() override
    {
        unsetenv("SILLOK_DATA_DIR");
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }

    // A prefix laid out as cmake --install lays it out, with the build's own data files.
    fs::path installPrefix(const std::string &name)
    {
        const auto &built = app::applicationData();
        EXPECT_TRUE(built.has_value());
        const app::DataPaths &from = (*built)->paths;
        const fs::path prefix = m_root / name;
        const fs::path share = prefix / "share" / "sillok";
        fs::create_directories(prefix / "bin");
        fs::create_directories(share / "gazetteer");
        for (const char *f : {"organizations.tsv", "lexicon.tsv", "events.tsv"})
            fs::copy_file(from.gazetteer / f, share / "gazetteer" / f);
        fs::copy_file(from.commonWords, share / "gazetteer" / "common_words.txt");
        fs::create_directories(share / "corpus");
        fs::copy_file(from.corpus / "2024-04-09_ai-semiconductor-initiative.txt",
                      share / "corpus" / "2024-04-09_ai-semiconductor-initiative.txt");
        return prefix;
    }

    fs::path m_root;
};

TEST_F(DataPathsTest, BuildTreeProgramReadsTheSources)
{
    const auto &data = app::applicationData();
    ASSERT_TRUE(data.has_value()) << data.error().detail;
    const app::DataPaths &p = (*data)->paths;
    EXPECT_FALSE(p.installed);
    EXPECT_EQ(fs::canonical(p.corpus), fs::canonical(SILLOK_SAMPLE_CORPUS_DIR));
    EXPECT_TRUE(fs::exists(p.gazetteer / "organizations.tsv"));
    // The files hold what the core embeds: a library filled by the CLI or the GUI records the same
    // extractor version as one filled through ExtractionContext::builtin().
    EXPECT_EQ((*data)->context.version(), core::ExtractionContext::builtin().version());
    EXPECT_GT((*data)->lexicon.forms("common_noun").size(), 0u);
}

TEST_F(DataPathsTest, InstalledProgramReadsShareBesideItsBin)
{
    const fs::path prefix = installPrefix("usr");
    const auto located = app::locateData(prefix / "bin" / "sillok-cli");
    ASSERT_TRUE(located.has_value()) << located.error().detail;
    EXPECT_TRUE(located->installed);
    EXPECT_EQ(located->gazetteer, prefix / "share" / "sillok" / "gazetteer");
    EXPECT_EQ(located->corpus, prefix / "share" / "sillok" / "corpus");
    EXPECT_EQ(located->translations, prefix / "share" / "sillok" / "translations");

    auto loaded = app::loadData(*located);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().detail;
    EXPECT_EQ((*loaded)->context.version(), core::ExtractionContext::builtin().version());
    EXPECT_GT((*loaded)->gazetteer.entries().size(), 50u);
}

TEST_F(DataPathsTest, InstalledProgramNeverFallsBackToTheBuildTree)
{
    // A prefix without share/sillok, outside the build tree: an error naming where it looked,
    // although the sources this binary was built from are right there.
    fs::create_directories(m_root / "empty" / "bin");
    const auto located = app::locateData(m_root / "empty" / "bin" / "sillok-cli");
    ASSERT_FALSE(located.has_value());
    EXPECT_EQ(located.error().code, core::ErrorCode::NotFound);
    EXPECT_NE(located.error().detail.find((m_root / "empty" / "share" / "sillok").string()), std::string::npos)
        << located.error().detail;
}

TEST_F(DataPathsTest, DataDirVariableOverridesAndMustHoldTheData)
{
    const fs::path prefix = installPrefix("elsewhere");
    setenv("SILLOK_DATA_DIR", (prefix / "share" / "sillok").c_str(), 1);
    const auto located = app::locateData(m_root / "empty" / "bin" / "sillok-cli");
    ASSERT_TRUE(located.has_value()) << located.error().detail;
    EXPECT_EQ(located->gazetteer, prefix / "share" / "sillok" / "gazetteer");

    fs::create_directories(m_root / "nothing");
    setenv("SILLOK_DATA_DIR", (m_root / "nothing").c_str(), 1);
    const auto missing = app::locateData(prefix / "bin" / "sillok-cli");
    ASSERT_FALSE(missing.has_value());
    EXPECT_NE(missing.error().detail.find("SILLOK_DATA_DIR"), std::string::npos);
}

TEST_F(DataPathsTest, BrokenDictionaryIsAnErrorNamingTheFile)
{
    const fs::path prefix = installPrefix("broken");
    const fs::path lexicon = prefix / "share" / "sillok" / "gazetteer" / "lexicon.tsv";
    std::ofstream(lexicon, std::ios::trunc) << "category\tform\tnote\nonly-a-category\n";
    const auto located = app::locateData(prefix / "bin" / "sillok-cli");
    ASSERT_TRUE(located.has_value());
    const auto loaded = app::loadData(*located);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, core::ErrorCode::Parse);
    EXPECT_NE(loaded.error().detail.find(lexicon.string()), std::string::npos) << loaded.error().detail;
}

// A folder named where a dictionary should be is an error naming it, never an empty dictionary
// (it opens as a stream on Linux and fails every read).
TEST_F(DataPathsTest, AFolderForADictionaryIsAnErrorNamingIt)
{
    const fs::path prefix = installPrefix("folder");
    const fs::path folder = m_root / "not-a-file";
    fs::create_directories(folder);
    const auto read = app::readDataFile(folder);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, core::ErrorCode::Io);
    EXPECT_NE(read.error().detail.find("folder"), std::string::npos) << read.error().detail;

    setenv("SILLOK_GAZETTEER", folder.c_str(), 1);
    const auto located = app::locateData(prefix / "bin" / "sillok-cli");
    ASSERT_TRUE(located.has_value());
    const auto loaded = app::loadData(*located);
    unsetenv("SILLOK_GAZETTEER");
    ASSERT_FALSE(loaded.has_value());
    EXPECT_NE(loaded.error().detail.find(folder.string()), std::string::npos) << loaded.error().detail;
}

TEST_F(DataPathsTest, ADataFileIsReadWhole)
{
    const fs::path file = m_root / "words.txt";
    std::string text;
    for (int i = 0; i < 20'000; ++i) // past one read's 64 KB
        text += "반도체 " + std::to_string(i) + "\n";
    std::ofstream(file, std::ios::binary) << text;
    const auto read = app::readDataFile(file);
    ASSERT_TRUE(read.has_value()) << read.error().detail;
    EXPECT_EQ(*read, text);
    std::ofstream(m_root / "empty.txt", std::ios::binary).close();
    const auto empty = app::readDataFile(m_root / "empty.txt");
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->empty());
    EXPECT_FALSE(app::readDataFile(m_root / "missing.txt").has_value());
}

} // namespace
