// SourceKeys (pipeline/source_key.h) gives every file the key sourceKeyOf gives it, through
// symlinked files and folders, relative links, chains, dangling links and names that do not exist.
#include "pipeline/source_key.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using sillok::core::sourceKeyOf;
using sillok::core::SourceKeys;

namespace {

class SourceKeysTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_root = fs::temp_directory_path() / ("sillok-source-keys-" + std::to_string(::getpid()));
        fs::remove_all(m_root);
        fs::create_directories(m_root / "real" / "deep");
        fs::create_directories(m_root / "links");
        for (const char *name : {"real/a.txt", "real/deep/b.txt"})
            std::ofstream(m_root / name) << "text";
        fs::create_symlink(m_root / "real" / "a.txt", m_root / "links" / "abs.txt"); // absolute target
        fs::create_symlink("../real/deep/b.txt", m_root / "links" / "rel.txt");      // relative target
        fs::create_symlink("abs.txt", m_root / "links" / "chain.txt");               // link to a link
        fs::create_symlink(m_root / "real" / "deep", m_root / "links" / "folder");   // symlinked folder
        fs::create_symlink("nowhere.txt", m_root / "links" / "dangling.txt");        // dangling
        fs::create_symlink("loop2.txt", m_root / "links" / "loop1.txt");             // a loop
        fs::create_symlink("loop1.txt", m_root / "links" / "loop2.txt");
    }
    void TearDown() override { fs::remove_all(m_root); }
    std::string at(const std::string &relative) const { return (m_root / relative).string(); }

    fs::path m_root;
};

} // namespace

TEST_F(SourceKeysTest, GivesSourceKeyOfsKeyForEveryKindOfPath)
{
    const std::vector<std::string> paths = {
        at("real/a.txt"),
        at("real/deep/b.txt"),
        at("links/abs.txt"),
        at("links/rel.txt"),
        at("links/chain.txt"),
        at("links/folder/b.txt"),
        at("links/dangling.txt"),
        at("links/loop1.txt"),
        at("real/missing.txt"),
        at("links/../real/a.txt"),
        at("links/folder/../a.txt"),
        at("real/./a.txt"),
        at("real/deep/.."),
        at("real/"),
        at("links/folder/nothing/x.txt"),
    };
    SourceKeys keys;
    for (int round = 0; round < 2; ++round) // the second round answers from the folders it has seen
        for (const std::string &path : paths)
            EXPECT_EQ(keys.keyOf(path), sourceKeyOf(path)) << path << " (round " << round << ")";
    // Links resolve to the file they name.
    EXPECT_EQ(keys.keyOf(at("links/rel.txt")), fs::canonical(at("real/deep/b.txt")).string());
    EXPECT_EQ(keys.keyOf(at("links/chain.txt")), fs::canonical(at("real/a.txt")).string());
}

TEST_F(SourceKeysTest, ResolvesARelativePathFromTheWorkingFolder)
{
    const fs::path before = fs::current_path();
    fs::current_path(m_root / "links");
    SourceKeys keys;
    const std::string key = keys.keyOf("rel.txt");
    const std::string expected = sourceKeyOf("rel.txt");
    fs::current_path(before);
    EXPECT_EQ(key, expected);
    EXPECT_EQ(key, fs::canonical(m_root / "real" / "deep" / "b.txt").string());
}
