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
#include <map>
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

// One name at two organizations is two people (the uid carries the organization): the second is
// not folded into the first by its name, a third article at the first organization joins the
// first, and every list says what tells them apart, the role and the organization.
TEST_F(IdentityCli, NamesakesAtTwoOrganizationsAreTwoPeopleShownWithRoleAndOrganization)
{
    const std::string dir = std::string(SILLOK_TEST_DATA_DIR) + "/identity/namesakes";
    ASSERT_EQ(run({"import", dir + "/2025-03-05_samsung-hbm.txt", dir + "/2025-03-06_hynix-packaging.txt"}).status, 0);
    std::map<std::string, std::pair<std::string, std::string>> created; // organization → (name, role)
    const JsonValue changes = json(run({"changes", "--json"}).out);
    for (const JsonValue &e : changes["new_entities"].items)
        if (e["type"].text == "person")
            created[e["organization"].text] = {e["name"].text, e["role"].text};
    const std::map<std::string, std::pair<std::string, std::string>> expected{{"SK하이닉스", {"김도윤", "전무"}},
                                                                              {"삼성전자", {"김도윤", "부사장"}}};
    EXPECT_EQ(created, expected);

    ASSERT_EQ(run({"import", dir + "/2025-04-02_samsung-foundry.txt"}).status, 0);
    const JsonValue people = json(run({"entities", "--json", "--type", "person"}).out);
    std::map<std::string, std::string> articles; // organization → articles
    for (const JsonValue &e : people["entities"].items) {
        EXPECT_EQ(e["name"].text, "김도윤");
        EXPECT_EQ(e["role"].text, e["kind"].text);
        articles[e["organization"].text] = e["articles"].text;
    }
    EXPECT_EQ(articles, (std::map<std::string, std::string>{{"SK하이닉스", "1"}, {"삼성전자", "2"}}));
    const JsonValue seen = json(run({"changes", "--json"}).out);
    std::vector<std::string> seenPeople;
    for (const JsonValue &e : seen["seen_again"].items)
        if (e["type"].text == "person")
            seenPeople.push_back(e["name"].text + " " + e["role"].text + " " + e["organization"].text);
    EXPECT_EQ(seenPeople, std::vector<std::string>{"김도윤 부사장 삼성전자"});
    const std::string text = run({"entities", "--type", "person"}).out;
    EXPECT_NE(text.find("김도윤\t부사장, 삼성전자"), std::string::npos) << text;
    EXPECT_NE(text.find("김도윤\t전무, SK하이닉스"), std::string::npos) << text;
    const JsonValue orgs = json(run({"entities", "--json", "--type", "organization"}).out);
    for (const JsonValue &e : orgs["entities"].items) {
        EXPECT_EQ(e["role"].type, JsonValue::Type::Null) << e["name"].text;
        EXPECT_EQ(e["organization"].type, JsonValue::Type::Null) << e["name"].text;
    }
}

// A person first named with no organization ("김도윤 박사") is one with the namesake an article
// then places at an organization, and no longer a candidate for one at another organization; the
// lists show it with that organization.
TEST_F(IdentityCli, APersonWithoutOrganizationJoinsOnlyTheFirstOrganizationItIsGivenAt)
{
    const std::string dir = std::string(SILLOK_TEST_DATA_DIR) + "/identity/namesakes";
    for (const char *file :
         {"2025-02-20_design-forum.txt", "2025-03-05_samsung-hbm.txt", "2025-03-06_hynix-packaging.txt"})
        ASSERT_EQ(run({"import", dir + "/" + file}).status, 0) << file;
    const JsonValue people = json(run({"entities", "--json", "--type", "person"}).out);
    std::map<std::string, std::pair<std::string, std::string>> placed; // uid → (articles, organization)
    for (const JsonValue &e : people["entities"].items) {
        EXPECT_EQ(e["name"].text, "김도윤");
        placed[e["uid"].text] = {e["articles"].text, e["organization"].text};
    }
    // The one first named without an organization shows the organization of its post.
    EXPECT_EQ(placed, (std::map<std::string, std::pair<std::string, std::string>>{
                          {"person:김도윤", {"2", "삼성전자"}},
                          {"person:김도윤@organization:gaz:sk-hynix", {"1", "SK하이닉스"}}}));
    // Placed by its post, it is not paired with the namesake at SK하이닉스 as one named without
    // an organization.
    const JsonValue queue = json(run({"review", "--json"}).out);
    for (const JsonValue &item : queue["items"].items)
        EXPECT_EQ(item["reason"].text.find("without an organization"), std::string::npos) << item["reason"].text;
}

// Named without an organization after two namesakes were placed at two, a person is kept apart:
// the text does not say which it is. The review queue pairs it with each; accepting one makes it
// that one, and the other pair leaves the queue.
TEST_F(IdentityCli, APersonWithoutOrganizationAmongNamesakesIsPairedWithEach)
{
    const std::string dir = std::string(SILLOK_TEST_DATA_DIR) + "/identity/namesakes";
    for (const char *file :
         {"2025-03-05_samsung-hbm.txt", "2025-03-06_hynix-packaging.txt", "2025-02-20_design-forum.txt"})
        ASSERT_EQ(run({"import", dir + "/" + file}).status, 0) << file;
    const auto people = [this] {
        std::map<std::string, std::string> articles; // uid → articles
        const JsonValue listed = json(run({"entities", "--json", "--type", "person"}).out);
        for (const JsonValue &e : listed["entities"].items)
            articles[e["uid"].text] = e["articles"].text;
        return articles;
    };
    EXPECT_EQ(people(), (std::map<std::string, std::string>{{"person:김도윤", "1"},
                                                            {"person:김도윤@organization:gaz:samsung-electronics", "1"},
                                                            {"person:김도윤@organization:gaz:sk-hynix", "1"}}));
    const auto pairs = [this] {
        std::map<std::string, std::string> out; // the namesake's organization → item id
        const JsonValue queue = json(run({"review", "--json"}).out);
        for (const JsonValue &item : queue["items"].items) {
            if (item["kind"].text != "possible_merge" || item["id"].text.find("person:김도윤+") == std::string::npos)
                continue;
            EXPECT_NE(item["reason"].text.find("without an organization"), std::string::npos) << item["reason"].text;
            const std::string &reason = item["reason"].text;
            out[reason.find("삼성전자") != std::string::npos     ? "삼성전자"
                : reason.find("SK하이닉스") != std::string::npos ? "SK하이닉스"
                                                                 : reason] = item["id"].text;
        }
        return out;
    };
    auto waiting = pairs();
    ASSERT_EQ(waiting.size(), 2u);
    ASSERT_TRUE(waiting.contains("삼성전자"));
    ASSERT_TRUE(waiting.contains("SK하이닉스"));
    ASSERT_EQ(run({"review", "accept", waiting["삼성전자"]}).status, 0);
    EXPECT_TRUE(pairs().empty());
    EXPECT_EQ(people(), (std::map<std::string, std::string>{{"person:김도윤@organization:gaz:samsung-electronics", "2"},
                                                            {"person:김도윤@organization:gaz:sk-hynix", "1"}}));
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

// A meeting two articles date on two days: review --json lists its dates, each evidence record
// names the date it gives, a page and the total come with --limit/--offset, and
// `review accept ID --date D` keeps D (a date the item does not offer is refused).
TEST_F(IdentityCli, ReviewChoosesAMeetingDateAndPagesTheQueue)
{
    const fs::path in = m_dir / "forum";
    fs::create_directories(in);
    std::ofstream(in / "ahead.txt")
        << "누리칩 포럼, 다음 주 서울서 개최\n\n2024년 5월 2일\n\n과학기술정보통신부는 오는 8일 서울 "
           "코엑스에서 '제3차 누리칩 발전 포럼'을 개최한다고 밝혔다. 이번 포럼에는 팹리스 기업 20여 "
           "곳이 참여해 국산 NPU의 실증 계획을 발표한다.\n";
    std::ofstream(in / "held.txt")
        << "국산 NPU 실증 성과 공유… 누리칩 포럼 열려\n\n2024년 5월 10일\n\n과학기술정보통신부는 지난 "
           "9일 서울 코엑스에서 '제3차 누리칩 발전 포럼'을 열었다고 밝혔다. 포럼에서는 데이터센터에 "
           "들어간 국산 NPU의 전력 효율과 남은 과제가 논의됐다.\n";
    ASSERT_EQ(run({"import", in.string(), SILLOK_SAMPLE_CORPUS_DIR}).status, 0);
    JsonValue all = json(run({"review", "--json", "--all"}).out);
    ASSERT_EQ(all["items"].type, JsonValue::Type::Array);
    const std::size_t total = std::stoul(all["total"].text);
    ASSERT_EQ(all["items"].items.size(), total);
    std::string id;
    for (const JsonValue &item : all["items"].items) {
        if (item["kind"].text != "date_conflict" || item["reason"].text.find("누리칩 발전 포럼") == std::string::npos)
            continue;
        id = item["id"].text;
        ASSERT_EQ(item["dates"].items.size(), 2u);
        EXPECT_EQ(item["dates"].items[0].text, "2024-05-08");
        EXPECT_EQ(item["dates"].items[1].text, "2024-05-09");
        ASSERT_EQ(item["evidence"].items.size(), 2u);
        for (const JsonValue &e : item["evidence"].items)
            EXPECT_TRUE(e["date"].text == "2024-05-08" || e["date"].text == "2024-05-09") << e["date"].text;
    }
    ASSERT_FALSE(id.empty()) << "no date_conflict for the forum";
    // One page: the same items in the same order.
    if (total >= 2) {
        JsonValue page = json(run({"review", "--json", "--limit", "1", "--offset", "1"}).out);
        EXPECT_EQ(std::stoul(page["total"].text), total);
        ASSERT_EQ(page["items"].items.size(), 1u);
        EXPECT_EQ(page["items"].items[0]["id"].text, all["items"].items[1]["id"].text);
    }
    EXPECT_EQ(run({"review", "--json", "--limit", "x"}).status, 2);
    EXPECT_EQ(run({"review", "accept", id, "--date", "2024-05-10"}).status, 1); // not a date it gives
    EXPECT_EQ(run({"review", "reject", id, "--date", "2024-05-09"}).status, 1);
    EXPECT_EQ(run({"review", "accept", id, "--date", "2024-05-09"}).status, 0);
    const JsonValue meetings = json(run({"entities", "--json", "--type", "meeting", "제3차 누리칩"}).out);
    const JsonValue &list = meetings.type == JsonValue::Type::Array ? meetings : meetings["entities"];
    bool found = false;
    for (const JsonValue &e : list.items) {
        if (e["name"].text != "제3차 누리칩 발전 포럼")
            continue;
        found = true;
        EXPECT_EQ(e["date"].text, "2024-05-09");
    }
    EXPECT_TRUE(found);
}
