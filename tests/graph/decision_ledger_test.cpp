#include "graph/decision_ledger.h"

#include <gtest/gtest.h>

using namespace sillok::core;

namespace {
DecisionRow row(std::int64_t id, std::string kind, std::string a, std::string b = {}, std::string v = {})
{
    return {id, std::move(kind), std::move(a), std::move(b), std::move(v), false};
}
} // namespace

TEST(DecisionLedger, MergesChainToOneRoot)
{
    const auto s = replayDecisions({row(1, "merge", "a", "b"), row(2, "merge", "b", "c"), row(3, "merge", "d", "a")});
    EXPECT_EQ(s.root("a"), "d");
    EXPECT_EQ(s.root("b"), "d");
    EXPECT_EQ(s.root("c"), "d");
    EXPECT_EQ(s.root("d"), "d");
}

TEST(DecisionLedger, CyclicMergeIsIgnored)
{
    const auto s = replayDecisions({row(1, "merge", "a", "b"), row(2, "merge", "b", "a")});
    EXPECT_EQ(s.root("b"), "a");
    EXPECT_EQ(s.root("a"), "a");
}

TEST(DecisionLedger, SplitReversesExactlyItsMerge)
{
    auto decisions = std::vector{row(1, "merge", "b", "c"), row(2, "merge", "a", "b"), row(3, "split", "a", "b", "2")};
    auto s = replayDecisions(decisions);
    EXPECT_EQ(s.root("b"), "b");
    EXPECT_EQ(s.root("c"), "b"); // the earlier merge still holds
    decisions[2].undone = true;  // undoing the split restores the merge
    s = replayDecisions(decisions);
    EXPECT_EQ(s.root("c"), "a");
}

// A split whose value names no merge decision (empty, not a number, a number with text after
// it) splits nothing, and the replay goes on.
TEST(DecisionLedger, SplitOfNoMergeIdSplitsNothing)
{
    for (const char *value : {"", "two", "2x", " 2"}) {
        const auto s = replayDecisions({row(1, "merge", "b", "c"), row(2, "merge", "a", "b"),
                                        row(3, "split", "a", "b", value), row(4, "rename", "a", {}, "A")});
        EXPECT_EQ(s.root("c"), "a") << "split value '" << value << "'";
        EXPECT_EQ(s.names.at("a"), "A") << "split value '" << value << "'";
    }
}

TEST(DecisionLedger, UndoneDecisionsAreSkippedAndOrderIsById)
{
    auto decisions = std::vector{row(5, "rename", "a", {}, "second"), row(2, "rename", "a", {}, "first"),
                                 row(3, "reject", "x"), row(4, "add_alias", "a", {}, "A1"),
                                 row(6, "remove_alias", "a", {}, "A1")};
    decisions[1].undone = false;
    auto s = replayDecisions(decisions);
    EXPECT_EQ(s.names.at("a"), "second");
    EXPECT_TRUE(s.rejected.contains("x"));
    ASSERT_EQ(s.aliasEdits.size(), 2u);
    EXPECT_TRUE(s.aliasEdits[0].add);
    EXPECT_FALSE(s.aliasEdits[1].add);
    decisions[0].undone = true;
    decisions[2].undone = true;
    s = replayDecisions(decisions);
    EXPECT_EQ(s.names.at("a"), "first");
    EXPECT_FALSE(s.rejected.contains("x"));
    EXPECT_EQ(decisionUids(decisions), (std::set<std::string>{"a", "x"}));
}
