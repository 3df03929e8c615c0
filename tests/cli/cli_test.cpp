// sillok-cli as a process: exit codes (0/1/2), JSON shapes of import and search, stderr lines.
#include "ingest/mini_json.h"
#include "shared_dir.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using sillok::test::JsonReader;
using sillok::test::JsonValue;

namespace {

struct Outcome {
    int status = -1;
    std::string out;
    std::string err;
};

std::string quote(const std::string &s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

class Cli : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("sillok-cli-" + std::to_string(::getpid()) + "-"
                                             + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_db = (m_dir / "kb.sqlite").string();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // Runs sillok-cli with `args` (already split); stdout and stderr captured separately.
    Outcome run(const std::vector<std::string> &args, bool withDb = true)
    {
        std::string cmd = quote(SILLOK_CLI_PATH);
        if (withDb)
            cmd += " --db " + quote(m_db);
        for (const auto &a : args)
            cmd += " " + quote(a);
        const std::string errFile = (m_dir / "stderr.txt").string();
        cmd += " 2>" + quote(errFile);
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
        std::ifstream in(errFile);
        r.err.assign(std::istreambuf_iterator<char>(in), {});
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

    fs::path m_dir;
    std::string m_db;
};

const std::string kGood = std::string(SILLOK_TEST_DATA_DIR) + "/store/good";
const std::string kBad = std::string(SILLOK_TEST_DATA_DIR) + "/corpus-bad";

} // namespace

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({}, false).status, 2);
    EXPECT_EQ(run({"frobnicate"}).status, 2);
    EXPECT_EQ(run({"--bogus", "search", "x"}, false).status, 2);
    EXPECT_EQ(run({"--db"}, false).status, 2);
    EXPECT_EQ(run({"import"}).status, 2);
    EXPECT_EQ(run({"import", "--published", "yesterday", kGood}).status, 2);
    EXPECT_EQ(run({"search"}).status, 2);
    EXPECT_EQ(run({"search", "--limit", "0", "x"}).status, 2);
    EXPECT_EQ(run({"search", "--limit"}).status, 2);
    EXPECT_EQ(run({"entities", "--type", "planet"}).status, 2);
    EXPECT_EQ(run({"timeline", "extra"}).status, 2);
    const Outcome help = run({"--help"}, false);
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("usage: sillok-cli"), std::string::npos);
    const Outcome version = run({"--version"}, false);
    EXPECT_EQ(version.status, 0);
    EXPECT_TRUE(version.out.starts_with("sillok-cli "));
    EXPECT_FALSE(fs::exists(m_db)) << "usage errors must not create the database";
}

TEST_F(Cli, ImportJsonAndSummary)
{
    Outcome r = run({"import", "--json", kGood});
    ASSERT_EQ(r.status, 0) << r.err;
    JsonValue v = json(r.out);
    EXPECT_EQ(v["imported"].text, "3");
    EXPECT_EQ(v["unchanged"].text, "0");
    EXPECT_EQ(v["updated"].text, "0");
    EXPECT_EQ(v["failed"].type, JsonValue::Type::Array);
    EXPECT_NE(r.err.find("imported 3, updated 0, unchanged 0, failed 0"), std::string::npos) << r.err;

    r = run({"import", "--json", kGood});
    ASSERT_EQ(r.status, 0);
    v = json(r.out);
    EXPECT_EQ(v["imported"].text, "0");
    EXPECT_EQ(v["unchanged"].text, "3");
}

TEST_F(Cli, BadFilesExitOneWithOneLineEach)
{
    std::vector<std::string> args = {"import", "--json", kGood};
    int bad = 0;
    for (const auto &e : fs::directory_iterator(kBad)) {
        args.push_back(e.path().string());
        ++bad;
    }
    const Outcome r = run(args);
    EXPECT_EQ(r.status, 1);
    const JsonValue v = json(r.out);
    EXPECT_EQ(v["imported"].text, "3");
    ASSERT_EQ(v["failed"].items.size(), static_cast<std::size_t>(bad));
    for (const JsonValue &f : v["failed"].items) {
        EXPECT_FALSE(f["path"].text.empty());
        EXPECT_FALSE(f["error"].text.empty());
        // stderr has "path: reason" for each one
        EXPECT_NE(r.err.find(f["path"].text + ": " + f["error"].text), std::string::npos) << r.err;
    }
}

TEST_F(Cli, BadDatabaseExitsOne)
{
    const std::string junk = (m_dir / "junk.sqlite").string();
    std::ofstream(junk) << std::string(4096, 'x');
    const Outcome r = run({"--db", junk, "search", "반도체"}, false);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find(junk), std::string::npos) << r.err;
}

// A folder named as the gazetteer: one line naming it and exit 1 (search aborted on it before).
TEST_F(Cli, SearchWithAFolderForTheGazetteerSaysSo)
{
    ASSERT_EQ(run({"import", kGood}).status, 0);
    setenv("SILLOK_GAZETTEER", m_dir.c_str(), 1);
    const Outcome r = run({"search", "반도체"});
    unsetenv("SILLOK_GAZETTEER");
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.err.find(m_dir.string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("it is a folder"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST_F(Cli, SearchJsonShape)
{
    ASSERT_EQ(run({"import", kGood}).status, 0);
    const Outcome r = run({"search", "--json", "--limit", "2", "반도체"});
    ASSERT_EQ(r.status, 0) << r.err;
    const JsonValue v = json(r.out);
    EXPECT_EQ(v["query"].text, "반도체");
    ASSERT_EQ(v["results"].items.size(), 2u);
    double previous = 1e300;
    for (const JsonValue &hit : v["results"].items) {
        EXPECT_EQ(hit["source"].type, JsonValue::Type::String);
        EXPECT_TRUE(fs::exists(hit["source"].text)) << hit["source"].text;
        EXPECT_EQ(hit["title"].type, JsonValue::Type::String);
        EXPECT_EQ(hit["published"].type, JsonValue::Type::Null);
        EXPECT_EQ(hit["score"].type, JsonValue::Type::Number);
        EXPECT_NE(hit["snippet"].text.find('['), std::string::npos);
        const double score = std::stod(hit["score"].text);
        EXPECT_LE(score, previous);
        previous = score;
    }
}

TEST_F(Cli, SearchOddQueriesNeverCrash)
{
    ASSERT_EQ(run({"import", kGood}).status, 0);
    for (const char *q : {"\"", "(", "AND", "*", "NEAR(", "a:b", "\"\"\"", "-", "^"}) {
        const Outcome r = run({"search", "--json", q});
        EXPECT_TRUE(r.status == 0 || r.status == 1) << q << " → " << r.status;
        if (r.status == 0)
            EXPECT_EQ(json(r.out)["results"].type, JsonValue::Type::Array) << q;
        else
            EXPECT_FALSE(r.err.empty());
    }
    const Outcome words = run({"search", "국산", "클라우드"}); // several words form one query
    EXPECT_EQ(words.status, 0);
    EXPECT_NE(words.out.find("cloud_pilot"), std::string::npos) << words.out;
}

TEST_F(Cli, SillokDbEnvironmentIsTheDefault)
{
    ::setenv("SILLOK_DB", m_db.c_str(), 1);
    const Outcome r = run({"import", kGood}, false);
    ::unsetenv("SILLOK_DB");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(fs::exists(m_db));
}

TEST_F(Cli, SearchFacetsCountWhatTheirFiltersReturn)
{
    // The contract's Additions: --facets adds total and facets over all matches; searching again
    // with a facet's name as a filter returns exactly `count` stories; paging keeps the total.
    ASSERT_EQ(run({"import", SILLOK_SAMPLE_CORPUS_DIR}).status, 0);
    const Outcome r = run({"search", "--json", "--facets", "--limit", "3", "반도체"});
    ASSERT_EQ(r.status, 0) << r.err;
    const JsonValue v = json(r.out);
    const int total = std::stoi(v["total"].text);
    EXPECT_GT(total, 3);
    EXPECT_EQ(v["results"].items.size(), 3u);
    for (const JsonValue &hit : v["results"].items) {
        EXPECT_EQ(hit["id"].type, JsonValue::Type::Number);
        EXPECT_EQ(hit["uid"].type, JsonValue::Type::String);
        EXPECT_EQ(hit["duplicates"].text, "0");
    }
    const JsonValue &facets = v["facets"];
    for (const char *key : {"organization", "person", "initiative", "meeting", "year", "source"})
        EXPECT_EQ(facets[key].type, JsonValue::Type::Array) << key;
    const std::pair<const char *, const char *> filters[] = {
        {"organization", "--org"}, {"person", "--person"}, {"initiative", "--initiative"}, {"meeting", "--meeting"}};
    int checked = 0;
    for (const auto &[facet, option] : filters) {
        const auto &values = facets[facet].items;
        ASSERT_FALSE(values.empty()) << facet;
        for (std::size_t i = 0; i < values.size() && i < 3; ++i) {
            const std::string name = values[i]["name"].text;
            const Outcome f = run({"search", "--json", "--limit", "100", option, name, "반도체"});
            ASSERT_EQ(f.status, 0) << f.err;
            const JsonValue fv = json(f.out);
            EXPECT_EQ(fv["total"].text, values[i]["count"].text) << facet << " " << name;
            EXPECT_EQ(std::to_string(fv["results"].items.size()), values[i]["count"].text) << facet << " " << name;
            ++checked;
        }
    }
    EXPECT_GE(checked, 8);
    for (const JsonValue &year : facets["year"].items) {
        const Outcome f = run({"search", "--json", "--from", year["value"].text, "--to", year["value"].text, "반도체"});
        EXPECT_EQ(json(f.out)["total"].text, year["count"].text) << year["value"].text;
    }
    // An alias filters like the name; the next page continues the list.
    const Outcome english = run({"search", "--json", "--org", "Ministry of Science and ICT", "반도체"});
    const Outcome korean = run({"search", "--json", "--org", "과학기술정보통신부", "반도체"});
    EXPECT_EQ(json(english.out)["total"].text, json(korean.out)["total"].text);
    const Outcome next = run({"search", "--json", "--limit", "3", "--offset", "3", "반도체"});
    const JsonValue nv = json(next.out);
    EXPECT_EQ(std::stoi(nv["total"].text), total);
    ASSERT_FALSE(nv["results"].items.empty());
    EXPECT_NE(nv["results"].items.front()["id"].text, v["results"].items.front()["id"].text);
    // Filters alone list what they select; bad values are usage errors.
    EXPECT_EQ(run({"search", "--json", "--org", "리벨리온"}).status, 0);
    EXPECT_EQ(run({"search", "--from", "yesterday", "x"}).status, 2);
    EXPECT_EQ(run({"search", "--offset", "-1", "x"}).status, 2);
}

TEST_F(Cli, SearchCountsAStoryOnceWithItsCopies)
{
    // Issue 11's check: the seeds plus three copies of seed stories → `search --facets 반도체`
    // gives total 4 (the stories, not the files); each story is listed once, with its copies
    // counted in "duplicates", and the organization facets still equal what --org returns.
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    const std::string copies = std::string(SILLOK_TEST_DATA_DIR) + "/identity/copies";
    ASSERT_EQ(run({"import", seeds.string(), copies}).status, 0);
    const Outcome r = run({"search", "--json", "--facets", "--limit", "50", "반도체"});
    ASSERT_EQ(r.status, 0) << r.err;
    const JsonValue v = json(r.out);
    EXPECT_EQ(v["total"].text, "4");
    ASSERT_EQ(v["results"].items.size(), 4u);
    int folded = 0;
    for (const JsonValue &hit : v["results"].items) {
        EXPECT_FALSE(hit["source"].text.starts_with(copies)) << hit["source"].text; // the primary copy
        folded += std::stoi(hit["duplicates"].text);
    }
    EXPECT_GE(folded, 1);
    for (const JsonValue &org : v["facets"]["organization"].items) {
        const Outcome f = run({"search", "--json", "--org", org["name"].text, "반도체"});
        EXPECT_EQ(json(f.out)["total"].text, org["count"].text) << org["name"].text;
    }
}
