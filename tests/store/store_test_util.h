#pragma once
// Temporary folders and files for the store tests, and checks of the facts' kept tallies and spans.

#include "store/database.h"
#include "store/fact_span.h"
#include "store/library.h"
#include "store/statement.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

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

// Opens kb.sqlite in `dir` into `lib` and imports the sample corpus into it: a gtest failure
// when either fails (call it under ASSERT_NO_FATAL_FAILURE).
inline void openSampleLibrary(const TempDir &dir, std::unique_ptr<core::Library> &lib)
{
    auto opened = core::Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(opened) << opened.error().detail;
    lib = std::move(*opened);
    const core::ImportReport r = lib->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {});
    ASSERT_TRUE(r.failed.empty()) << r.failed.front().path << ": " << r.failed.front().error;
    ASSERT_GT(r.imported, 10);
}

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

// Facts whose kept tallies (articles, sentences, latest stated date, migration 12) differ from
// what their evidence rows say, as "id: kept counted". The wording kept with the latest date is
// that of its first statement (the lowest mention id among the evidence giving that date).
inline std::vector<std::string> untrueFactTallies(core::Database &db)
{
    std::vector<std::string> out;
    core::Statement q(
        db,
        "SELECT id, articles, sentences, stated || '|' || stated_text, a, s, d || '|' || w FROM ("
        "SELECT f.id, f.articles, f.sentences, f.stated, f.stated_text, COALESCE(t.a, 0) AS a, COALESCE(t.s, 0) AS s, "
        "COALESCE(t.d, '') AS d, COALESCE((SELECT date_text FROM fact_evidence WHERE fact_id = f.id AND date = t.d "
        "ORDER BY mention_id LIMIT 1), '') AS w FROM fact f LEFT JOIN ("
        "  SELECT fe.fact_id AS id, COUNT(DISTINCT m.article_id) AS a, COUNT(DISTINCT (m.article_id << 24) + "
        "  CASE WHEN m.sentence >= 0 THEN m.sentence ELSE 16777215 - m.start END) AS s, "
        "  MAX(CASE WHEN fe.date <> '' THEN fe.date END) AS d "
        "  FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id GROUP BY fe.fact_id) t ON t.id = f.id "
        ") WHERE articles <> a OR sentences <> s OR stated <> d OR stated_text <> w");
    while (q.next())
        out.push_back(q.text(0) + ": " + q.text(1) + "/" + q.text(2) + "/" + q.text(3) + " counted " + q.text(4) + "/"
                      + q.text(5) + "/" + q.text(6));
    EXPECT_TRUE(q.status()) << q.status().error().detail;
    return out;
}

// Facts whose kept span (fact_span, migration 26) differs from what their evidence rows say, as
// "id: kept / counted" (first date, first article, last date, last article; "-" for no span): a
// fact stated in store::kSpanFrom articles or more has one, its oldest dated article and its
// newest (by date, then id; an undated one when none is dated), and no other fact has one.
inline std::vector<std::string> untrueFactSpans(core::Database &db)
{
    std::vector<std::string> out;
    core::Statement q(db,
                      "WITH r AS (SELECT DISTINCT fe.fact_id AS f, a.published AS p, a.id AS id FROM fact_evidence fe "
                      "  JOIN mention m ON m.id = fe.mention_id JOIN article a ON a.id = m.article_id), "
                      "newest AS (SELECT f, p, id FROM (SELECT f, p, id, ROW_NUMBER() OVER "
                      "  (PARTITION BY f ORDER BY p DESC, id DESC) AS n FROM r) WHERE n = 1), "
                      "oldest AS (SELECT f, p, id FROM (SELECT f, p, id, ROW_NUMBER() OVER "
                      "  (PARTITION BY f ORDER BY p, id) AS n FROM r WHERE p <> '') WHERE n = 1), "
                      "want AS (SELECT fact.id AS f, CASE WHEN fact.articles >= ?1 THEN COALESCE(o.p, '') || ' ' "
                      "  || COALESCE(o.id, 0) || ' ' || n.p || ' ' || n.id ELSE '-' END AS span "
                      "  FROM fact LEFT JOIN oldest o ON o.f = fact.id LEFT JOIN newest n ON n.f = fact.id), "
                      "kept AS (SELECT fact_id AS f, first_published || ' ' || first_article || ' ' || last_published "
                      "  || ' ' || last_article AS span FROM fact_span) "
                      "SELECT w.f, COALESCE(k.span, '-'), w.span FROM want w LEFT JOIN kept k ON k.f = w.f "
                      "WHERE COALESCE(k.span, '-') <> w.span "
                      "UNION ALL SELECT k.f, k.span, 'no fact' FROM kept k WHERE k.f NOT IN (SELECT id FROM fact)");
    q.bind(1, core::store::kSpanFrom);
    while (q.next())
        out.push_back(q.text(0) + ": " + q.text(1) + " / " + q.text(2));
    EXPECT_TRUE(q.status()) << q.status().error().detail;
    return out;
}

} // namespace sillok::test
