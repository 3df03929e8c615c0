#pragma once
// Temporary folders and files for the store tests.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace sillok::test {

// A fresh folder under the system temp dir, removed on destruction.
class TempDir {
public:
    TempDir()
    {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = std::filesystem::temp_directory_path()
                 / ("sillok-store-" + std::string(info->test_suite_name()) + "-" + info->name() + "-"
                    + std::to_string(::getpid()));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    const std::filesystem::path &path() const { return m_path; }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

    // Writes `text` to `name` (folders created) and returns the full path.
    std::string write(const std::string &name, const std::string &text) const
    {
        const auto p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

private:
    std::filesystem::path m_path;
};

inline std::string storeData(const std::string &name)
{
    return std::string(SILLOK_TEST_DATA_DIR) + "/store/" + name;
}

// A library's graph tables as they were before migration 12 (the facts' kept tallies), 13 (the
// entities'), 14 (the views' covering indexes) and 15 (the fact indexes by tally): the migration
// tests take a library back to an older version with it.
inline constexpr const char *kBeforeTalliesSql =
    "DROP INDEX entity_timeline; DROP INDEX fact_subject; DROP INDEX fact_object; DROP INDEX mention_article; "
    "CREATE INDEX fact_subject ON fact(subject_id, predicate); CREATE INDEX fact_object ON fact(object_id); "
    "CREATE INDEX mention_article ON mention(article_id, start, entity_id); "
    "ALTER TABLE fact DROP COLUMN articles; ALTER TABLE fact DROP COLUMN sentences; "
    "ALTER TABLE fact DROP COLUMN stated; ALTER TABLE fact DROP COLUMN stated_text; "
    "ALTER TABLE entity DROP COLUMN article_count; ALTER TABLE entity DROP COLUMN mention_count;";

} // namespace sillok::test
