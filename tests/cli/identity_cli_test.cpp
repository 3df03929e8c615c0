// The checks through sillok-cli as a process: the seeds plus three copies of seed
// stories → `import --json` lists exactly 3 duplicates; after importing seed 004 into a library
// of 000–003, `changes --json` lists exactly the entities that did not exist before; `review
// --json` is a valid document of the contract's shape, and `review accept|reject ID` decides.
#include "ingest/mini_json.h"
#include "shared_dir.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace fs = std::filesystem;
using sillok::test::JsonReader;
using sillok::test::JsonValue;

namespace {

struct Outcome {
    int status = -1;
    std::string out;
};

class IdentityCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("sillok-identity-cli-" + std::to_string(::getpid()) + "-"
                                             + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_db = (m_dir / "kb.sqlite").string();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static std::string quote(const std::string &s)
    {
        std::string q = "'";
        for (char c : s)
            q += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return q + "'";
    }

    Outcome run(const std::vector<std::string> &args)
    {
        std::string cmd = quote(SILLOK_CLI_PATH) + " --db " + quote(m_db);
        for (const auto &a : args)
            cmd += " " + quote(a);
        cmd += " 2>/dev/null";
        Outcome r;
        FILE *p = ::popen(cmd.c_str(), "r");
        if (!p)
            return r;
        std::array<char, 4096> buf;
        std::size_t n = 0;
        while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
            r.out.append(buf.data(), n);
        const int raw = ::pclose(p);
        r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        return r;
    }

    static JsonValue json(const std::string &text)
    {
        try {
            return JsonReader(text).parse();
        } catch (const std::exception &e) {
            ADD_FAILURE() << "bad JSON: " << e.what() << "\n" << text;
            return {};
        }
    }

    // Every visible entity of the library, "type|name".
    std::set<std::string> entities()
    {
        std::set<std::string> out;
        const JsonValue v = json(run({"entities", "--json"}).out);
        const JsonValue &list = v.type == JsonValue::Type::Array ? v : v["entities"];
        for (const JsonValue &e : list.items)
            out.insert(e["type"].text + "|" + e["name"].text);
        return out;
    }

    fs::path m_dir;
    std::string m_db;
};

const std::string kCopies = std::string(SILLOK_TEST_DATA_DIR) + "/identity/copies";

} // namespace

TEST_F(IdentityCli, SeedsPlusThreeCopiesListExactlyThreeDuplicates)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    const Outcome r = run({"import", "--json", seeds.string(), kCopies});
    ASSERT_EQ(r.status, 0);
    const JsonValue v = json(r.out);
    EXPECT_EQ(v["imported"].text, "8");
    ASSERT_EQ(v["duplicates"].type, JsonValue::Type::Array);
    ASSERT_EQ(v["duplicates"].items.size(), 3u);
    for (const JsonValue &d : v["duplicates"].items) {
        EXPECT_TRUE(d["path"].text.starts_with(kCopies)) << d["path"].text;
        EXPECT_TRUE(d["of"].text.starts_with(seeds.string())) << d["of"].text;
    }
}

TEST_F(IdentityCli, ChangesListExactlyTheEntitiesThatDidNotExist)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    std::vector<std::string> first{"import"};
    for (const auto &e : fs::directory_iterator(seeds))
        if (!e.path().filename().string().starts_with("004"))
            first.push_back(e.path().string());
    ASSERT_EQ(run(first).status, 0);
    const std::set<std::string> before = entities();
    ASSERT_FALSE(before.empty());
    ASSERT_EQ(run({"import", (seeds / "004_3063c6793a6cbf51.txt").string()}).status, 0);
    const std::set<std::string> after = entities();
    std::set<std::string> expected;
    for (const std::string &e : after)
        if (!before.contains(e))
            expected.insert(e);
    ASSERT_FALSE(expected.empty());

    const Outcome r = run({"changes", "--json"});
    ASSERT_EQ(r.status, 0);
    const JsonValue v = json(r.out);
    EXPECT_EQ(v["runs"].items.size(), 1u);
    EXPECT_EQ(v["articles"].text, "1");
    std::set<std::string> listed;
    const std::pair<const char *, const char *> groups[] = {
        {"organizations", "organization"}, {"people", "person"}, {"initiatives", "initiative"}, {"meetings", "meeting"}};
    for (const auto &[key, type] : groups) {
        ASSERT_EQ(v["new"][key].type, JsonValue::Type::Array) << key;
        for (const JsonValue &name : v["new"][key].items)
            listed.insert(std::string(type) + "|" + name.text);
    }
    EXPECT_EQ(listed, expected);
    ASSERT_EQ(v["seen_again"].type, JsonValue::Type::Array);
    for (const JsonValue &e : v["seen_again"].items) {
        EXPECT_TRUE(before.contains(e["type"].text + "|" + e["name"].text)) << e["name"].text;
        EXPECT_EQ(e["articles"].text, "1");
    }
    ASSERT_EQ(v["new_relations"].type, JsonValue::Type::Array);
    ASSERT_FALSE(v["new_relations"].items.empty());
    for (const JsonValue &rel : v["new_relations"].items) {
        EXPECT_FALSE(rel["subject"].text.empty());
        EXPECT_FALSE(rel["predicate"].text.empty());
        EXPECT_FALSE(rel["object"].text.empty());
    }
    EXPECT_EQ(run({"changes", "--since", "someday"}).status, 2);
}

TEST_F(IdentityCli, ReviewJsonIsValidAndDecisionsLeaveTheQueue)
{
    const fs::path in = m_dir / "in";
    fs::create_directories(in);
    std::ofstream(in / "a.txt") << "팹리스 한빛세미콘, 엣지용 NPU 공개\n\n2024년 5월 2일\n\n팹리스 스타트업 한빛세미콘이 엣지 기기용 "
                                   "신경망처리장치(NPU)를 공개했다. 한빛세미콘은 올해 하반기 양산에 들어간다고 밝혔다.\n";
    std::ofstream(in / "b.txt") << "팹리스 한빛세미컨, 투자 유치\n\n2024년 6월 3일\n\n팹리스 스타트업 한빛세미컨이 시리즈A 투자를 "
                                   "유치했다. 한빛세미컨은 투자금으로 엣지 NPU 양산을 앞당긴다고 밝혔다.\n";
    ASSERT_EQ(run({"import", (m_dir / "in").string(), SILLOK_SAMPLE_CORPUS_DIR}).status, 0);
    Outcome r = run({"review", "--json"});
    ASSERT_EQ(r.status, 0);
    JsonValue v = json(r.out);
    ASSERT_EQ(v["items"].type, JsonValue::Type::Array);
    ASSERT_FALSE(v["items"].items.empty());
    const std::set<std::string> kinds{"possible_merge", "low_confidence", "date_conflict", "orphaned_annotation"};
    std::string mergeId;
    std::set<std::string> ids;
    for (const JsonValue &item : v["items"].items) {
        EXPECT_TRUE(ids.insert(item["id"].text).second) << item["id"].text;
        EXPECT_TRUE(kinds.contains(item["kind"].text)) << item["kind"].text;
        EXPECT_EQ(item["entities"].type, JsonValue::Type::Array);
        EXPECT_FALSE(item["reason"].text.empty());
        ASSERT_EQ(item["evidence"].type, JsonValue::Type::Array);
        for (const JsonValue &e : item["evidence"].items) {
            EXPECT_FALSE(e["article"].text.empty());
            EXPECT_FALSE(e["quote"].text.empty());
        }
        if (item["kind"].text == "possible_merge" && item["reason"].text.find("한빛세미콘") != std::string::npos)
            mergeId = item["id"].text;
    }
    ASSERT_FALSE(mergeId.empty());
    EXPECT_EQ(run({"review", "accept", mergeId}).status, 0);
    EXPECT_EQ(run({"review", "accept", mergeId}).status, 1); // no longer in the queue
    EXPECT_EQ(run({"review", "reject"}).status, 2);
    v = json(run({"review", "--json"}).out);
    for (const JsonValue &item : v["items"].items)
        EXPECT_NE(item["id"].text, mergeId);
    const JsonValue merged = json(run({"entities", "--json", "한빛세미"}).out);
    const JsonValue &list = merged.type == JsonValue::Type::Array ? merged : merged["entities"];
    EXPECT_EQ(list.items.size(), 1u);
}
