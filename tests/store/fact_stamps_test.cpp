// A fact's run stamp and confidence (fact.last_run, fact.confidence): an import or a re-extraction
// that states a stored fact again stamps it with its run and keeps the best confidence any
// article gave it. The import writes that with the fact's tallies, once a batch
// (GraphWriter::writeTallies), so these are checked after the batch, against the runs.
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::int64_t scalar(Database &db, const std::string &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v) << sql;
    return v ? *v : -1;
}

std::map<std::int64_t, double> confidences(Database &db)
{
    std::map<std::int64_t, double> out;
    Statement q(db, "SELECT id, confidence FROM fact");
    while (q.next())
        out.emplace(q.int64(0), q.real(1));
    EXPECT_TRUE(q.status());
    return out;
}

} // namespace

TEST(FactStamps, AFactStatedAgainTakesTheRunAndKeepsItsBestConfidence)
{
    sillok::test::TempDir dir;
    const fs::path corpus = dir.path() / "corpus";
    fs::copy(SILLOK_SAMPLE_CORPUS_DIR, corpus, fs::copy_options::recursive);
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    const ImportReport r = (*lib)->importPaths({corpus.string()}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_GT(scalar(db, "SELECT COUNT(*) FROM fact"), 10);
    const std::int64_t firstRun = scalar(db, "SELECT MAX(id) FROM import_run");
    // Facts stated by several articles were found again within the import's own run.
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM fact WHERE articles >= 2"), 0);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM fact WHERE last_run IS NOT " + std::to_string(firstRun)), 0);
    const auto before = confidences(db);

    auto re = (*lib)->reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    const std::int64_t secondRun = scalar(db, "SELECT MAX(id) FROM import_run");
    ASSERT_GT(secondRun, firstRun);
    // The same texts state the same facts: every one is stamped with the re-extraction's run…
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM fact"), static_cast<std::int64_t>(before.size()));
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM fact WHERE last_run IS NOT " + std::to_string(secondRun)), 0);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM fact WHERE first_run IS NOT " + std::to_string(firstRun)), 0);
    // …and keeps its confidence (the best of the same statements).
    EXPECT_EQ(confidences(db), before);
    // The stamp moved the index entries that hold it: a read through fact_subject sees it.
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM fact INDEXED BY fact_subject WHERE subject_id > 0 AND last_run = "
                             + std::to_string(secondRun)),
              static_cast<std::int64_t>(before.size()));
}
