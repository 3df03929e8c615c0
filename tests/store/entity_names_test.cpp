// Completion of entity names (Library::entityNamesMatching): on the imported sample corpus it
// finds exactly the names and visible aliases a brute force over every curated entity finds, in
// its ranking (exact, then prefix, then own name, then articles), and it follows curation: a
// renamed entity completes by its new name, a merged one's aliases stand for the survivor, a
// rejected one is not offered. Library::entityNamesOf gives annotated uids their curated names.
#include "common/utf.h"
#include "graph/entity_keys.h"
#include "store/library.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

// A completion row as the brute force makes it and as the library returns it.
struct Named {
    std::int64_t id = 0;
    std::string form;
    int exact = 0, prefix = 0, own = 0, articles = 0;
    auto rank() const { return std::make_tuple(-exact, -prefix, -own, -articles, form); }
};

class EntityNames : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(sillok::test::openSampleLibrary(m_dir, m_lib)); }

    // Every curated entity's name and visible aliases whose key holds `needle`'s, ranked.
    std::vector<Named> bruteForce(std::string_view text)
    {
        const std::string needle = entityNormKey(text);
        std::vector<Named> out;
        const auto entities = m_lib->entities().value();
        for (const EntitySummary &e : entities) {
            std::set<std::string> forms{e.name};
            const EntityDetail detail = m_lib->entity(e.id).value();
            for (const AliasRecord &a : detail.aliases)
                forms.insert(a.form);
            for (const std::string &form : forms) {
                const std::string key = entityNormKey(form);
                if (key.find(needle) == std::string::npos)
                    continue;
                out.push_back({e.id, form, key == needle ? 1 : 0, key.starts_with(needle) ? 1 : 0,
                               form == e.name ? 1 : 0, e.articleCount});
            }
        }
        std::ranges::sort(out, {}, &Named::rank);
        return out;
    }

    std::vector<Named> matching(std::string_view text, int limit)
    {
        auto r = m_lib->entityNamesMatching(text, limit);
        EXPECT_TRUE(r) << r.error().detail;
        std::vector<Named> out;
        const std::string needle = entityNormKey(text);
        const auto found = r.value_or(std::vector<EntityNameMatch>{});
        for (const EntityNameMatch &m : found) {
            const std::string key = entityNormKey(m.form);
            out.push_back({m.id, m.form, key == needle ? 1 : 0, key.starts_with(needle) ? 1 : 0,
                           m.form == m.name ? 1 : 0, m_lib->entity(m.id)->summary.articleCount});
        }
        return out;
    }

    // What is typed: the first syllable, two syllables and the whole of the best-known names,
    // their English aliases in lower case, and a piece from the middle of a long name.
    std::vector<std::string> needles()
    {
        std::vector<std::string> out;
        int taken = 0;
        const auto entities = m_lib->entities().value();
        for (const EntitySummary &e : entities) {
            if (++taken > 12)
                break;
            const std::u32string name = toU32(e.name);
            out.push_back(toUtf8(name.substr(0, 1)));
            out.push_back(toUtf8(name.substr(0, 2)));
            out.push_back(e.name);
            if (name.size() > 4)
                out.push_back(toUtf8(name.substr(1, 3)));
            const EntityDetail detail = m_lib->entity(e.id).value();
            for (const AliasRecord &a : detail.aliases)
                if (!a.form.empty() && a.form[0] >= 'A' && a.form[0] <= 'Z') {
                    std::string lower = a.form;
                    std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
                    out.push_back(lower);
                }
        }
        return out;
    }

    static std::set<std::pair<std::int64_t, std::string>> keys(const std::vector<Named> &rows)
    {
        std::set<std::pair<std::int64_t, std::string>> out;
        for (const Named &n : rows)
            out.emplace(n.id, n.form);
        return out;
    }

    static std::vector<decltype(Named{}.rank())> ranks(const std::vector<Named> &rows)
    {
        std::vector<decltype(Named{}.rank())> out;
        for (const Named &n : rows)
            out.push_back(n.rank());
        return out;
    }

    sillok::test::TempDir m_dir;
    std::unique_ptr<Library> m_lib;
};

TEST_F(EntityNames, FindWhatABruteForceOverEveryNameFindsInItsRanking)
{
    const auto typed = needles();
    ASSERT_GT(typed.size(), 30U);
    int manyMatches = 0;
    for (const std::string &needle : typed) {
        SCOPED_TRACE(needle);
        const std::vector<Named> expected = bruteForce(needle);
        ASSERT_FALSE(expected.empty()); // every needle comes from a name
        const std::vector<Named> all = matching(needle, 100000);
        EXPECT_EQ(keys(all), keys(expected));
        EXPECT_EQ(all.size(), keys(all).size()); // one row per entity and form
        // A few rows: the best of them, as the brute force ranks them.
        const std::vector<Named> few = matching(needle, 3);
        const auto expectedRanks = ranks(expected);
        EXPECT_EQ(ranks(few), std::vector(expectedRanks.begin(),
                                          expectedRanks.begin() + std::min<std::ptrdiff_t>(3, std::ssize(expected))));
        manyMatches += expected.size() > 3 ? 1 : 0;
    }
    EXPECT_GT(manyMatches, 5); // the limit was tested, not only short lists
}

TEST_F(EntityNames, NothingTypedOrNothingKnownGivesNoRows)
{
    EXPECT_TRUE(m_lib->entityNamesMatching("", 10)->empty());
    EXPECT_TRUE(m_lib->entityNamesMatching("   ", 10)->empty());
    EXPECT_TRUE(m_lib->entityNamesMatching("어떤기사에도없는이름", 10)->empty());
    EXPECT_TRUE(m_lib->entityNamesMatching(m_lib->entities()->front().name, 0)->empty());
}

TEST_F(EntityNames, FollowRenamesMergesAndRejections)
{
    const auto entities = m_lib->entities().value();
    ASSERT_GT(entities.size(), 3U);
    const EntitySummary renamed = entities[0], keep = entities[1], merged = entities[2], rejected = entities[3];
    ASSERT_TRUE(m_lib->renameEntity(renamed.id, "가나다라반도체연합"));
    const auto byNewName = m_lib->entityNamesMatching("다라반도체", 10).value();
    ASSERT_EQ(byNewName.size(), 1U);
    EXPECT_EQ(byNewName[0].id, renamed.id);
    EXPECT_EQ(byNewName[0].form, "가나다라반도체연합");
    EXPECT_EQ(byNewName[0].name, "가나다라반도체연합");

    ASSERT_TRUE(m_lib->mergeEntities(keep.id, merged.id));
    const auto afterMerge = m_lib->entityNamesMatching(merged.name, 100).value();
    for (const EntityNameMatch &m : afterMerge) {
        EXPECT_NE(m.id, merged.id) << m.form; // the merged-away entity is offered as the survivor
        EXPECT_TRUE(m.form != merged.name || m.id == keep.id) << m.form;
    }
    EXPECT_TRUE(std::ranges::any_of(afterMerge, [&](const EntityNameMatch &m) { return m.id == keep.id; }));

    ASSERT_TRUE(m_lib->rejectEntity(rejected.id));
    const auto afterReject = m_lib->entityNamesMatching(rejected.name, 100).value();
    for (const EntityNameMatch &m : afterReject)
        EXPECT_NE(m.id, rejected.id);

    // Names of annotated uids: the survivor's for a merged-away one, unknown ones left out.
    const auto names = m_lib->entityNamesOf({merged.uid, renamed.uid, "organization:no-such", renamed.uid}).value();
    const std::vector<std::pair<std::string, std::string>> expected{{merged.uid, m_lib->entity(keep.id)->summary.name},
                                                                    {renamed.uid, "가나다라반도체연합"}};
    EXPECT_EQ(std::set(names.begin(), names.end()), std::set(expected.begin(), expected.end()));
    EXPECT_EQ(names.size(), 2U);
}

} // namespace
