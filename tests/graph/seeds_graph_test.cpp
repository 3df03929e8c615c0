// Integration: the real pipeline (ingest → extract → graph) over the shared seeds and the
// sample corpus. The seeds need ../shared (tests/shared_dir.h: skipped without it, failed under
// CI=true).

#include "shared_dir.h"
#include "store/library.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

using namespace sillok::core;
namespace fs = std::filesystem;

TEST(SeedsGraph, MinistryIsOneEntityAcrossArticles)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    const fs::path sample = SILLOK_SAMPLE_CORPUS_DIR;
    ASSERT_TRUE(fs::is_directory(sample) && !fs::is_empty(sample)) << sample;
    const fs::path db = fs::temp_directory_path() / "sillok-seeds-graph.sqlite";
    fs::remove(db);
    auto lib = Library::open(db.string());
    ASSERT_TRUE(lib) << lib.error().detail;
    const ImportReport report = (*lib)->importPaths({seeds.string(), sample.string()}, {});
    EXPECT_TRUE(report.failed.empty());
    auto found = (*lib)->entities({EntityType::Organization, "과학기술정보통신부", false});
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    auto d = (*lib)->entity(found->front().id);
    ASSERT_TRUE(d);
    for (const char *alias : {"과학기술정보통신부", "과기정통부", "과기부"})
        EXPECT_TRUE(std::ranges::any_of(d->aliases, [&](const AliasRecord &a) { return a.form == alias; })) << alias;
    for (const char *prefix : {"002_", "003_", "004_"})
        EXPECT_TRUE(std::ranges::any_of(d->articles, [&](const ArticleSummary &a) {
            return fs::path(a.source).filename().string().starts_with(prefix);
        })) << prefix;

    // Re-extraction must not duplicate anything.
    auto before = (*lib)->entities();
    auto facts = (*lib)->facts();
    ASSERT_TRUE(before && facts);
    ASSERT_TRUE((*lib)->reextractAll());
    auto after = (*lib)->entities();
    auto factsAfter = (*lib)->facts();
    ASSERT_TRUE(after && factsAfter);
    EXPECT_EQ(after->size(), before->size());
    EXPECT_EQ(factsAfter->size(), facts->size());
    for (const FactRecord &f : *factsAfter)
        EXPECT_FALSE(f.evidence.empty()) << f.predicate << " " << f.subjectName;
    std::map<std::string, int> perType;
    for (const auto &e : *after)
        ++perType[entityTypeName(e.type)];
    for (const auto &[type, n] : perType)
        std::printf("[ graph    ] %s: %d\n", type.c_str(), n);
    std::printf("[ graph    ] facts: %zu\n", factsAfter->size());
    lib->reset();
    fs::remove(db);
}
