// One story once, whatever its path: an article is its page's canonical URL or its cleaned
// body's fingerprint, never the file path; copies (other furniture, other line breaks, the same
// text as HTML, a wire copy with small edits) are folded into the story once, kept and readable;
// distinct stories of every corpus the project has are never merged; a moved folder finds its
// articles again; a library made by the schema-4 program migrates in place keeping every
// annotation and decision.
#include "export/library_export.h"
#include "ingest/identity.h"
#include "ingest/ingest.h"
#include "search/korean_tokenizer.h"
#include "shared_dir.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_identity.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

const std::string kIdentityData = std::string(SILLOK_TEST_DATA_DIR) + "/identity";

// A story of its own, long enough for a signature, told by no other file.
constexpr const char *kOwnStory =
    "반도체 설계 기업, 새 연구소 연다\n\n"
    "국내 반도체 설계 기업 한빛칩스가 경기도 판교에 두 번째 연구소를 연다고 밝혔다.\n"
    "새 연구소는 저전력 추론 칩과 메모리 인터페이스 설계를 맡으며 연구 인력 120명이 일하게 된다.\n"
    "회사는 올해 하반기에 시제품을 내고 내년 상반기에 양산에 들어갈 계획이라고 설명했다.\n"
    "업계에서는 국내 팹리스 기업들의 연구 투자가 이어지면서 설계 인력 확보 경쟁이 거세질 것으로 보고 있다.\n"
    "한빛칩스 대표는 기자간담회에서 해외 고객사와의 공동 개발도 늘려 나가겠다고 말했다.\n";

std::unique_ptr<Library> openLibrary(const std::string &path)
{
    auto lib = Library::open(path);
    EXPECT_TRUE(lib) << lib.error().detail;
    return lib ? std::move(*lib) : nullptr;
}

std::int64_t count(Library &lib, const std::string &sql)
{
    auto n = lib.database().scalar(sql);
    EXPECT_TRUE(n) << sql;
    return n ? *n : -1;
}

// Organization/person/... name → number of articles, as the entity list counts them.
std::map<std::string, int> articleCounts(Library &lib)
{
    std::map<std::string, int> out;
    auto list = lib.entities({});
    EXPECT_TRUE(list);
    if (list)
        for (const EntitySummary &e : *list)
            out[e.uid] = e.articleCount;
    return out;
}

std::vector<std::string> filesUnder(const std::vector<std::string> &folders)
{
    return Library::collectFiles(folders);
}

} // namespace

TEST(StoryIdentity, SeedsPlusThreeCopiesFoldExactlyThree)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const ImportReport r = lib->importPaths({seeds.string(), kIdentityData + "/copies"}, {});
    ASSERT_TRUE(r.failed.empty()) << r.failed.front().path << ": " << r.failed.front().error;
    ASSERT_EQ(r.duplicates.size(), 3u);
    auto storyCount = lib->articleCount(); // the copies are not counted as stories
    ASSERT_TRUE(storyCount);
    EXPECT_EQ(*storyCount, count(*lib, "SELECT COUNT(*) FROM article") - 3);
    std::map<std::string, std::string> ofByCopy;
    for (const ImportDuplicate &d : r.duplicates)
        ofByCopy[fs::path(d.path).filename().string()] = fs::path(d.of).filename().string();
    EXPECT_EQ(ofByCopy["itdaily-ai-semiconductor-initiative.txt"], "002_cab45b4cbdcef165.txt");
    EXPECT_EQ(ofByCopy["vietnam-masterkey-rewrapped.txt"], "001_a32fa4bc16334b0e.txt");
    EXPECT_EQ(ofByCopy["newspim-ai-strategy-dialogue.html"], "003_d3f59ae5350d52d0.txt");

    // Listed once, with the number of copies; every source kept.
    auto stories = lib->articles();
    ASSERT_TRUE(stories);
    ASSERT_EQ(stories->size(), 5u);
    int withCopies = 0;
    for (const ArticleSummary &s : *stories) {
        EXPECT_EQ(s.copyOf, 0);
        withCopies += s.copies;
        if (s.copies == 0)
            continue;
        auto copies = lib->articleCopies(s.id);
        ASSERT_TRUE(copies);
        ASSERT_EQ(copies->size(), 2u);
        EXPECT_EQ(copies->front().id, s.id);
        EXPECT_EQ(copies->back().copyOf, s.id);
        // The reader opens each copy: its own text, from its own file.
        auto copy = lib->article(copies->back().id);
        ASSERT_TRUE(copy);
        EXPECT_FALSE(copy->body.empty());
        EXPECT_EQ(ofByCopy.count(fs::path(copy->summary.source).filename().string()), 1u);
    }
    EXPECT_EQ(withCopies, 3);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article"), 8);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article WHERE copy_of IS NULL"), 5);
    // A copy's mentions would count its story twice: it has none, and every entity counts the
    // same articles as in a library of the seeds alone.
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM mention m JOIN article a ON a.id = m.article_id "
                          "WHERE a.copy_of IS NOT NULL"),
              0);
    auto seedsOnly = openLibrary(dir.file("seeds.sqlite"));
    ASSERT_TRUE(seedsOnly);
    ASSERT_EQ(seedsOnly->importPaths({seeds.string()}, {}).imported, 5);
    EXPECT_EQ(articleCounts(*lib), articleCounts(*seedsOnly));

    // The same import again changes nothing and folds nothing new.
    const ImportReport again = lib->importPaths({seeds.string(), kIdentityData + "/copies"}, {});
    EXPECT_EQ(again.unchanged, 8);
    EXPECT_TRUE(again.duplicates.empty());
}

TEST(StoryIdentity, WireCopyWithSmallEditsIsANearDuplicate)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const ImportReport r = lib->importPaths({seeds.string(), kIdentityData + "/near"}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(fs::path(r.duplicates[0].of).filename(), "004_3063c6793a6cbf51.txt");
    Statement st(lib->database(), "SELECT similarity, fingerprint <> (SELECT fingerprint FROM article p "
                                  "WHERE p.id = a.copy_of) FROM article a WHERE copy_of IS NOT NULL");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(1), 1) << "not an exact copy: the band index found it";
    EXPECT_GE(st.real(0), kNearDuplicateSimilarity);
    EXPECT_LT(st.real(0), 1.0);
}

// Migration 11: signatures stored four bytes a value (before it) become two, their band keys are
// made again from the values kept, and a wire copy imported after the upgrade is still found
// through the band index as a near duplicate of its story.
TEST(StoryIdentity, MigrationElevenRepacksSignaturesAndTheBandsStillFindACopy)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    std::int64_t primaries = 0;
    {
        auto lib = openLibrary(path);
        ASSERT_TRUE(lib);
        ASSERT_TRUE(lib->importPaths({seeds.string()}, {}).failed.empty());
        primaries = count(*lib, "SELECT COUNT(*) FROM article_signature");
        ASSERT_GT(primaries, 3);
    }
    {
        // As version 10 stored them: each value in four bytes (its 16 kept bits on top), other band keys.
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        std::vector<std::pair<std::int64_t, std::string>> old;
        Statement read(**db, "SELECT article_id, minhash FROM article_signature");
        while (read.next()) {
            MinHash m{};
            ASSERT_TRUE(minhashFromBytes(read.blob(1), m));
            std::string wide;
            for (const std::uint16_t v : m)
                wide += std::string{'\x5a', '\x3c', static_cast<char>(v & 0xff), static_cast<char>(v >> 8)};
            old.emplace_back(read.int64(0), wide);
        }
        ASSERT_TRUE(
            (*db)->exec("DELETE FROM article_band; DROP TABLE article_band_recent; DELETE FROM article_signature; "
                        "PRAGMA user_version = 10;"));
        // Nor had version 10 the facts' tallies (migration 12). DROP COLUMN makes SQLite check
        // every trigger of the schema again, the FTS ones too: they need the tokenizer.
        ASSERT_TRUE(registerKoreanTokenizer(*(*db)->fts5Api()));
        const Status dropped = (*db)->exec(sillok::test::kBeforeTalliesSql);
        ASSERT_TRUE(dropped) << dropped.error().detail;
        for (const auto &[id, wide] : old) {
            Statement write(**db, "INSERT INTO article_signature (article_id, minhash) VALUES (?1, ?2)");
            write.bind(1, id).bindBlob(2, wide);
            ASSERT_TRUE(write.run());
            Statement band(**db, "INSERT INTO article_band (band_key, article_id) VALUES (?1, ?2)");
            band.bind(1, id).bind(2, id); // a key no 64-bit band hash makes
            ASSERT_TRUE(band.run());
        }
    }
    auto lib = openLibrary(path);
    ASSERT_TRUE(lib);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_signature WHERE length(minhash) = 2 * "
                              + std::to_string(kMinHashSize)),
              primaries);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band WHERE band_key = article_id"), 0); // the planted ones
    EXPECT_EQ(count(*lib, "SELECT COUNT(DISTINCT article_id) FROM article_band"), primaries);
    const ImportReport r = lib->importPaths({kIdentityData + "/near"}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(fs::path(r.duplicates[0].of).filename(), "004_3063c6793a6cbf51.txt");
}

// Migration 30: the band keys in 32 bits. A library whose keys are 64-bit hashes (as version 29
// wrote them, some still in article_band_recent) gets every primary's keys made again from its
// signature, all in article_band and each in a 32-bit integer's range (4 bytes a key on disk), and
// a wire copy imported after the upgrade is still found through them as a near duplicate.
TEST(StoryIdentity, MigrationThirtyKeysTheBandsInThirtyTwoBitsAndTheyStillFindACopy)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    const std::string path = dir.file("kb.sqlite");
    std::int64_t primaries = 0;
    std::vector<std::string> expected; // "key|article", as minhashBands makes them from the signatures
    {
        auto lib = openLibrary(path);
        ASSERT_TRUE(lib);
        ASSERT_TRUE(lib->importPaths({seeds.string()}, {}).failed.empty());
        Database &db = lib->database();
        primaries = count(*lib, "SELECT COUNT(*) FROM article_signature");
        ASSERT_GT(primaries, 3);
        EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM (SELECT band_key FROM article_band UNION ALL SELECT band_key "
                              "FROM article_band_recent) WHERE band_key NOT BETWEEN -2147483648 AND 2147483647"),
                  0);
        Statement read(db, "SELECT article_id, minhash FROM article_signature");
        while (read.next()) {
            MinHash m{};
            ASSERT_TRUE(minhashFromBytes(read.blob(1), m));
            for (const std::int64_t key : minhashBands(m))
                expected.push_back(std::to_string(key) + "|" + std::to_string(read.int64(0)));
        }
        std::ranges::sort(expected);
        // Version 29's keys: 64-bit (here each key spread over 64 bits), half folded, half recent.
        ASSERT_TRUE(db.exec("DELETE FROM article_band; DELETE FROM article_band_recent; PRAGMA user_version = 29;"));
        std::size_t i = 0;
        for (const std::string &row : expected) {
            const std::int64_t key = std::stoll(row.substr(0, row.find('|')));
            const std::int64_t id = std::stoll(row.substr(row.find('|') + 1));
            Statement band(db, (i++ % 2 ? "INSERT INTO article_band" : "INSERT INTO article_band_recent")
                                   + std::string(" (band_key, article_id) VALUES (?1, ?2)"));
            band.bind(1, static_cast<std::int64_t>(key * 4294967296LL + 12345)).bind(2, id);
            ASSERT_TRUE(band.run());
        }
    }
    auto lib = openLibrary(path);
    ASSERT_TRUE(lib);
    Database &db = lib->database();
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band_recent"), 0);
    std::vector<std::string> rows;
    Statement read(db, "SELECT band_key, article_id FROM article_band");
    while (read.next())
        rows.push_back(std::to_string(read.int64(0)) + "|" + std::to_string(read.int64(1)));
    std::ranges::sort(rows);
    EXPECT_EQ(rows, expected);
    EXPECT_EQ(count(*lib, "SELECT COUNT(DISTINCT article_id) FROM article_band"), primaries);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band WHERE band_key NOT BETWEEN -2147483648 AND 2147483647"),
              0);
    const ImportReport r = lib->importPaths({kIdentityData + "/near"}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(fs::path(r.duplicates[0].of).filename(), "004_3063c6793a6cbf51.txt");
}

// An import files its band keys in article_band_recent; foldRecentBands moves them into
// article_band once enough have gathered (never below its threshold). A wire copy is found
// through either table, and a story written again keeps its new keys only, in the recent table,
// whichever table held its old ones.
TEST(StoryIdentity, BandKeysGatherApartAndFoldIntoTheBandIndex)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    std::string body;
    {
        std::ifstream in(kIdentityData + "/near/yonhap-wire-copy-004.txt", std::ios::binary);
        body.assign(std::istreambuf_iterator<char>(in), {});
    }
    ASSERT_GT(body.size(), 500u);
    const std::string story = dir.write("in/story.txt", body);
    ASSERT_TRUE(lib->importPaths({seeds.string()}, {}).failed.empty());
    const std::int64_t primaries = count(*lib, "SELECT COUNT(*) FROM article_signature");
    const std::int64_t gathered = count(*lib, "SELECT COUNT(*) FROM article_band_recent");
    ASSERT_GT(primaries, 3);
    EXPECT_EQ(count(*lib, "SELECT COUNT(DISTINCT article_id) FROM article_band_recent"), primaries);
    EXPECT_GT(gathered, primaries * (kMinHashBands - 2)); // 20 keys an article, hardly ever the same twice
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band"), 0);

    Database &db = lib->database();
    auto folded = store::foldRecentBands(db, gathered + 1);
    ASSERT_TRUE(folded);
    EXPECT_FALSE(*folded);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band"), 0);
    folded = store::foldRecentBands(db, gathered);
    ASSERT_TRUE(folded);
    EXPECT_TRUE(*folded);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band_recent"), 0);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band"), gathered);

    // The wire copy's story is found through article_band alone.
    ImportReport r = lib->importPaths({story}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(fs::path(r.duplicates[0].of).filename(), "004_3063c6793a6cbf51.txt");

    // A story written again (its file changed): its old keys leave article_band, its new ones
    // are in the recent table only.
    const std::string own = dir.write("in/own.txt", kOwnStory);
    ASSERT_EQ(lib->importPaths({own}, {}).imported, 1);
    const std::int64_t id = count(*lib, "SELECT id FROM article WHERE source_key LIKE '%in/own.txt'");
    const std::string ofIt = " WHERE article_id = " + std::to_string(id);
    ASSERT_TRUE(store::foldRecentBands(db, 1));
    ASSERT_GT(count(*lib, "SELECT COUNT(*) FROM article_band" + ofIt), kMinHashBands - 3);
    dir.write("in/own.txt", std::string(kOwnStory)
                                + "\n업계는 이번 발표가 내년 투자 계획을 바꿀 것으로 본다. 정부는 다음 달 후속 대책을 "
                                  "내놓는다.\n");
    ASSERT_EQ(lib->importPaths({own}, {}).updated, 1);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_band" + ofIt), 0);
    EXPECT_GT(count(*lib, "SELECT COUNT(*) FROM article_band_recent" + ofIt), kMinHashBands - 3);
}

// False merges: every distinct story the project holds (sample corpus, seeds, three holdouts)
// imported together folds nothing, and the most similar pair of them stays far below the
// threshold (printed: the measured margin).
TEST(StoryIdentity, NoFalseMergesAcrossEveryCorpus)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    const std::vector<std::string> folders{SILLOK_SAMPLE_CORPUS_DIR, seeds.string(),
                                           std::string(SILLOK_TEST_DATA_DIR) + "/holdout",
                                           std::string(SILLOK_TEST_DATA_DIR) + "/holdout2",
                                           std::string(SILLOK_TEST_DATA_DIR) + "/holdout3"};
    std::vector<std::pair<std::string, BodySignature>> signatures;
    std::map<std::string, std::string> fingerprints;
    for (const std::string &file : filesUnder(folders)) {
        auto parsed = parseArticleFile(file);
        if (!parsed || parsed->body.empty())
            continue;
        signatures.emplace_back(file, bodySignature(parsed->body));
        const std::string fp = bodyFingerprint(parsed->body);
        EXPECT_EQ(fingerprints.count(fp), 0u) << file << " and " << fingerprints[fp];
        fingerprints[fp] = file;
    }
    ASSERT_GT(signatures.size(), 60u);
    double worst = 0;
    std::string worstPair;
    for (std::size_t i = 0; i < signatures.size(); ++i) {
        for (std::size_t j = i + 1; j < signatures.size(); ++j) {
            if (!signatures[i].second.valid || !signatures[j].second.valid)
                continue;
            const double s = minhashSimilarity(signatures[i].second.minhash, signatures[j].second.minhash);
            if (s > worst) {
                worst = s;
                worstPair = fs::path(signatures[i].first).filename().string() + " ~ "
                            + fs::path(signatures[j].first).filename().string();
            }
        }
    }
    std::cout << "[ measure  ] " << signatures.size() << " articles; most similar distinct pair " << worst << " ("
              << worstPair << "); threshold " << kNearDuplicateSimilarity << "\n";
    EXPECT_LT(worst, kNearDuplicateSimilarity / 2);

    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const ImportReport r = lib->importPaths(folders, {});
    EXPECT_TRUE(r.duplicates.empty()) << r.duplicates.front().path << " folded into " << r.duplicates.front().of;
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article WHERE copy_of IS NOT NULL"), 0);
}

TEST(StoryIdentity, MovedFolderFindsTheSameArticlesAndTheirAnnotations)
{
    sillok::test::TempDir dir;
    const std::vector<std::string> names{"2024-04-09_ai-semiconductor-initiative.txt",
                                         "2024-12-06_nvidia-vietnam-agreement.html",
                                         "2024-06-12_rebellions-sapeon-merger.txt"};
    fs::create_directories(dir.path() / "before");
    for (const std::string &n : names)
        fs::copy_file(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / n, dir.path() / "before" / n);
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ(lib->importPaths({dir.file("before")}, {}).imported, 3);
    auto stories = lib->articles();
    ASSERT_TRUE(stories);
    std::map<std::string, std::pair<std::int64_t, std::string>> idByFile; // file name → id, uid
    for (const ArticleSummary &s : *stories)
        idByFile[fs::path(s.source).filename().string()] = {s.id, s.uid};
    AnnotationRecord note;
    note.articleId = idByFile[names[0]].first;
    note.exact = "AI-반도체 이니셔티브";
    note.note = "정책 이름";
    auto added = lib->addAnnotation(note);
    ASSERT_TRUE(added) << added.error().detail;

    fs::rename(dir.path() / "before", dir.path() / "after");
    const ImportReport r = lib->importPaths({dir.file("after")}, {});
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.unchanged, 3);
    EXPECT_TRUE(r.duplicates.empty());
    stories = lib->articles();
    ASSERT_TRUE(stories);
    ASSERT_EQ(stories->size(), 3u);
    for (const ArticleSummary &s : *stories) {
        const std::string file = fs::path(s.source).filename().string();
        EXPECT_EQ(s.id, idByFile[file].first) << file;
        EXPECT_EQ(s.uid, idByFile[file].second) << file;
        EXPECT_EQ(fs::path(s.source).parent_path().filename(), "after");
    }
    auto notes = lib->annotations(idByFile[names[0]].first);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().uid, added->uid);
    EXPECT_FALSE(notes->front().orphaned);
    EXPECT_EQ(notes->front().exact, "AI-반도체 이니셔티브");
}

// Two libraries that imported the same articles from different folders key them alike.
TEST(StoryIdentity, UidsDoNotDependOnThePath)
{
    sillok::test::TempDir dir;
    fs::create_directories(dir.path() / "elsewhere");
    const std::string name = "2024-03-19_skhynix-hbm3e-mass-production.html";
    fs::copy_file(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / name, dir.path() / "elsewhere" / name);
    auto a = openLibrary(dir.file("a.sqlite"));
    auto b = openLibrary(dir.file("b.sqlite"));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->importPaths({(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / name).string()}, {}).imported, 1);
    ASSERT_EQ(b->importPaths({dir.file("elsewhere/" + name)}, {}).imported, 1);
    EXPECT_EQ(a->articles()->front().uid, b->articles()->front().uid);
    EXPECT_EQ(a->articles()->front().fingerprint, b->articles()->front().fingerprint);
    EXPECT_NE(a->articles()->front().source, b->articles()->front().source);
}

TEST(StoryIdentity, CanonicalUrlFromLinkOgUrlOrSourceLine)
{
    EXPECT_EQ(canonicalUrlKey("https://www.Example.com/news/1/?utm_source=x&id=3#top"), "example.com/news/1?id=3");
    EXPECT_EQ(canonicalUrlKey("http://example.com/news/1?id=3"), "example.com/news/1?id=3");
    EXPECT_EQ(canonicalUrlKey("/news/1"), "");
    EXPECT_EQ(canonicalUrlKey("javascript:void(0)"), "");
    EXPECT_EQ(sourceLineUrl({"제목", "본문 문장입니다.", "원문: https://www.etnews.example/2024/1"}),
              "https://www.etnews.example/2024/1");
    EXPECT_EQ(sourceLineUrl({"https://news.example/a/7", "제목"}), "https://news.example/a/7");
    EXPECT_EQ(sourceLineUrl({"자세한 내용은 https://news.example/a/7 에서 볼 수 있다."}), "");

    sillok::test::TempDir dir;
    const std::string para = "국내 AI반도체 스타트업 가상칩스가 신경망처리장치(NPU) 신제품을 공개했다. 회사는 올해 하반기 "
                             "양산에 들어가 데이터센터 고객사에 공급할 계획이라고 밝혔다. 가상칩스 대표는 전력 효율을 "
                             "두 배로 높였다고 설명했다.";
    const std::string html = "<html><head><title>가상칩스, NPU 공개</title>"
                             "<link rel=\"canonical\" href=\"https://news.example/article/77\">"
                             "<meta property=\"og:url\" content=\"https://m.news.example/article/77\"></head>"
                             "<body><h1>가상칩스, NPU 공개</h1><p>" + para + "</p></body></html>";
    const std::string txt = "가상칩스, NPU 공개\n\n" + para + " (수정: 출시 일정 추가)\n\n원문보기: https://news.example/article/77/\n";
    auto parsedHtml = parseArticleBytes(html, "a.html");
    ASSERT_TRUE(parsedHtml);
    EXPECT_EQ(parsedHtml->canonicalUrl, "https://news.example/article/77");
    auto parsedTxt = parseArticleBytes(txt, "b.txt");
    ASSERT_TRUE(parsedTxt);
    EXPECT_EQ(parsedTxt->canonicalUrl, "https://news.example/article/77/");

    // The same address is the same story, even when the saved texts differ.
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const ImportReport r = lib->importPaths({dir.write("in/a.html", html), dir.write("in/b.txt", txt)}, {});
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(fs::path(r.duplicates[0].path).filename(), "b.txt");
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article WHERE url_key = 'news.example/article/77'"), 2);
}

// A library made by the schema-4 program (tests/data/identity/library-v4.sql, a dump of it):
// migrated in place, every annotation and decision kept as it was, every article keeps its uid
// and id and gains a fingerprint; importing its files from another folder finds them; the
// decisions still apply after re-extraction.
TEST(StoryIdentity, MigrationSixKeepsAnnotationsAndDecisions)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("old.sqlite");
    {
        std::ifstream in(kIdentityData + "/library-v4.sql");
        std::stringstream sql;
        sql << in.rdbuf();
        auto old = Database::open(path);
        ASSERT_TRUE(old.has_value()) << old.error().detail;
        const auto loaded = (*old)->exec(sql.str());
        EXPECT_TRUE(loaded.has_value()) << loaded.error().detail;
        // The folder it was imported from is gone (wherever this test runs).
        Statement gone(**old,
                       "UPDATE article SET source = replace(source, ?1, ?2), source_key = replace(source_key, ?1, ?2)");
        gone.bind(1, "/tmp/identity/v4/in").bind(2, dir.file("gone"));
        EXPECT_TRUE(gone.run().has_value());
    }
    const auto rows = [](Database &db, const std::string &sql) {
        std::vector<std::string> out;
        Statement st(db, sql);
        while (st.next()) {
            std::string row;
            for (int c = 0; c < st.columnCount(); ++c)
                row += st.text(c) + "|";
            out.push_back(row);
        }
        EXPECT_TRUE(st.status()) << sql;
        return out;
    };
    const std::string annotationSql = "SELECT * FROM annotation ORDER BY id";
    const std::string decisionSql = "SELECT * FROM decision ORDER BY id";
    const std::string articleSql = "SELECT id, uid, content_hash, version, title FROM article ORDER BY id";
    std::vector<std::string> annotationsBefore, decisionsBefore, articlesBefore, mentionsBefore;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().detail;
        ASSERT_EQ(*(*db)->userVersion(), 4);
        annotationsBefore = rows(**db, annotationSql);
        decisionsBefore = rows(**db, decisionSql);
        articlesBefore = rows(**db, articleSql);
        mentionsBefore = rows(**db, "SELECT article_id, start, end, surface FROM mention ORDER BY id");
    }
    ASSERT_EQ(annotationsBefore.size(), 2u);
    ASSERT_EQ(decisionsBefore.size(), 3u);
    ASSERT_EQ(articlesBefore.size(), 3u);

    auto lib = openLibrary(path);
    ASSERT_TRUE(lib);
    Database &db = lib->database();
    EXPECT_EQ(*db.userVersion(), currentSchemaVersion());
    EXPECT_EQ(rows(db, annotationSql), annotationsBefore);
    EXPECT_EQ(rows(db, decisionSql), decisionsBefore);
    EXPECT_EQ(rows(db, articleSql), articlesBefore);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article WHERE length(fingerprint) = 64 AND copy_of IS NULL"), 3);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article_signature"), 3);
    // Migration 10 dropped the stored surfaces: each is read back from the text between its offsets.
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM pragma_table_info('mention') WHERE name = 'surface'"), 0);
    std::vector<std::string> mentionsAfter;
    for (const std::string &article : rows(db, "SELECT id FROM article ORDER BY id")) {
        auto record = lib->article(std::stoll(article));
        ASSERT_TRUE(record);
        for (const MentionRecord &m : record->mentions)
            mentionsAfter.push_back(article + std::to_string(m.start) + "|" + std::to_string(m.end) + "|" + m.surface
                                    + "|");
    }
    std::ranges::sort(mentionsAfter);
    std::ranges::sort(mentionsBefore);
    ASSERT_GT(mentionsBefore.size(), 50u);
    EXPECT_EQ(mentionsAfter, mentionsBefore);

    // Its files, now in another folder (the original /tmp folder is gone), are the same articles.
    fs::create_directories(dir.path() / "moved");
    for (const char *n : {"2024-04-09_ai-semiconductor-initiative.txt", "2024-12-06_nvidia-vietnam-agreement.html",
                          "2024-06-12_rebellions-sapeon-merger.txt"})
        fs::copy_file(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / n, dir.path() / "moved" / n);
    const ImportReport r = lib->importPaths({dir.file("moved")}, {});
    EXPECT_TRUE(r.duplicates.empty());
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.unchanged, 3);
    EXPECT_EQ(rows(db, articleSql), articlesBefore);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM article WHERE source LIKE '%/moved/%'"), 3);
    EXPECT_EQ(rows(db, annotationSql), annotationsBefore);

    // The decisions still hold after this build re-extracts the library.
    auto re = lib->reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM entity WHERE uid = 'organization:gaz:msit' AND name = '과기정통부 (MSIT)'"), 1);
    EXPECT_EQ(count(*lib, "SELECT rejected FROM entity WHERE uid = 'organization:gaz:kr-president-office'"), 1);
    EXPECT_EQ(rows(db, decisionSql), decisionsBefore);
    EXPECT_EQ(count(*lib, "SELECT COUNT(*) FROM annotation a JOIN article r ON r.uid = a.article_uid"), 2);
}

// W3C annotations name the story (canonical URL, else the body fingerprint), so they travel to any
// library that holds it, from whatever folder it was imported, and come back out identically; an
// annotation whose story is unknown finds its article by its quote.
TEST(StoryIdentity, AnnotationsTravelByStoryAndReExportIdentically)
{
    sillok::test::TempDir dir;
    const std::string para = "국내 AI반도체 스타트업 가상칩스가 신경망처리장치(NPU) 신제품을 공개했다. 회사는 올해 하반기 "
                             "양산에 들어가 데이터센터 고객사에 공급할 계획이라고 밝혔다. 가상칩스 대표는 전력 효율을 "
                             "두 배로 높였다고 설명했다.";
    const std::string page = "<html><head><title>가상칩스, NPU 공개</title>"
                             "<link rel=\"canonical\" href=\"https://news.example/article/77\"></head>"
                             "<body><h1>가상칩스, NPU 공개</h1><p>" + para + "</p></body></html>";
    const std::string corpusFile = "2024-04-09_ai-semiconductor-initiative.txt";
    for (const char *folder : {"a", "b"}) {
        dir.write(std::string(folder) + "/page.html", page);
        fs::copy_file(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / corpusFile, dir.path() / folder / corpusFile);
    }
    auto a = openLibrary(dir.file("a.sqlite"));
    auto b = openLibrary(dir.file("b.sqlite"));
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->importPaths({dir.file("a")}, {}).imported, 2);
    ASSERT_EQ(b->importPaths({dir.file("b")}, {}).imported, 2);
    const auto inA = a->articles();
    ASSERT_TRUE(inA);
    for (const ArticleSummary &s : *inA) {
        AnnotationRecord note;
        note.articleId = s.id;
        note.exact = s.format == "html" ? "신경망처리장치(NPU)" : "AI-반도체 이니셔티브";
        note.note = "확인할 것";
        note.tags = {"출처"};
        note.color = "green";
        ASSERT_TRUE(a->addAnnotation(note));
    }
    auto exported = renderExport(*a, ExportFormat::Annotations);
    ASSERT_TRUE(exported);
    EXPECT_NE(exported->find("\"source\": \"https://news.example/article/77\""), std::string::npos) << *exported;
    EXPECT_NE(exported->find("\"source\": \"urn:sillok:fingerprint:"), std::string::npos) << *exported;
    EXPECT_EQ(exported->find("urn:sillok:article:"), std::string::npos);

    auto imported = importWebAnnotations(*b, *exported);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->added, 2);
    EXPECT_TRUE(imported->errors.empty()) << imported->errors.front();
    EXPECT_EQ(imported->orphaned, 0);
    auto again = renderExport(*b, ExportFormat::Annotations);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *exported);

    // A story the library does not know by name: the quote selector finds its article.
    std::string unknown = *exported;
    for (const std::string &from : {std::string("https://news.example/article/77"), std::string("urn:sillok:fingerprint:")}) {
        for (std::size_t at = unknown.find(from); at != std::string::npos; at = unknown.find(from, at + 1))
            unknown.replace(at, from.size(), from.starts_with("https") ? "https://elsewhere.example/x" : "urn:sillok:fingerprint:00");
    }
    auto c = openLibrary(dir.file("c.sqlite"));
    ASSERT_TRUE(c);
    ASSERT_EQ(c->importPaths({dir.file("b")}, {}).imported, 2);
    auto byQuote = importWebAnnotations(*c, unknown);
    ASSERT_TRUE(byQuote);
    EXPECT_EQ(byQuote->added, 2);
    EXPECT_TRUE(byQuote->errors.empty()) << byQuote->errors.front();
    auto placed = c->annotations(0);
    ASSERT_TRUE(placed);
    for (const AnnotationRecord &x : *placed)
        EXPECT_NE(x.articleId, 0) << x.exact;
}

// An annotation exported from a library made before migration 6 (uids from paths) still finds
// its article in a new library by the fingerprint.
TEST(StoryIdentity, AnnotationsFromAMigratedLibraryFindTheirStory)
{
    sillok::test::TempDir dir;
    const std::string path = dir.file("old.sqlite");
    {
        std::ifstream in(kIdentityData + "/library-v4.sql");
        std::stringstream sql;
        sql << in.rdbuf();
        auto old = Database::open(path);
        ASSERT_TRUE(old.has_value()) << old.error().detail;
        const auto loaded = (*old)->exec(sql.str());
        EXPECT_TRUE(loaded.has_value()) << loaded.error().detail;
    }
    auto old = openLibrary(path);
    ASSERT_TRUE(old);
    auto exported = renderExport(*old, ExportFormat::Annotations);
    ASSERT_TRUE(exported);
    EXPECT_NE(exported->find("urn:sillok:fingerprint:"), std::string::npos);
    auto fresh = openLibrary(dir.file("new.sqlite"));
    ASSERT_TRUE(fresh);
    ASSERT_EQ(fresh->importPaths({(fs::path(SILLOK_SAMPLE_CORPUS_DIR) / "2024-04-09_ai-semiconductor-initiative.txt").string()}, {})
                  .imported,
              1);
    auto imported = importWebAnnotations(*fresh, *exported);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->added, 1); // the other annotation's article is not in this library
    auto notes = fresh->annotations(0);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().uid, "6f1c2a1e-1b7a-4c55-9a3e-0d7f1e2b3c4d");
    EXPECT_EQ(notes->front().exact, "총 9조4천억 원을 투자하고");
    EXPECT_FALSE(notes->front().orphaned);
    EXPECT_EQ(notes->front().articleId, fresh->articles()->front().id);
}

// A wire copy runs within days of its story: the same near-identical text dated a day later is
// folded, dated months later it is another story reusing the text (kNearDuplicateDays).
TEST(StoryIdentity, NearDuplicatesDatedFarApartAreTwoStories)
{
    SILLOK_REQUIRE_SHARED(seeds, "corpus/seeds");
    const auto read = [](const fs::path &p) {
        std::ifstream in(p);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
    const std::string story = read(seeds / "004_3063c6793a6cbf51.txt");
    const std::string wire = read(kIdentityData + "/near/yonhap-wire-copy-004.txt");
    sillok::test::TempDir dir;
    auto lib = openLibrary(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    const std::string a = dir.write("in/a.txt", "기사입력 : 2023년12월19일 10:00\n\n" + story);
    const std::string b = dir.write("in/b.txt", "기사입력 : 2023년12월20일 09:30\n\n" + wire);
    std::string reused = wire; // not the same text as b (that would be the same story whatever its date)
    reused.replace(reused.find("말했다"), std::string("말했다").size(), "전했다");
    const std::string c = dir.write("in/c.txt", "기사입력 : 2024년06월03일 09:30\n\n" + reused);
    const ImportReport r = lib->importPaths({a, b, c}, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.duplicates.size(), 1u);
    EXPECT_EQ(r.duplicates[0].path, b);
    EXPECT_EQ(r.duplicates[0].of, a);
    EXPECT_EQ(lib->articles()->size(), 2u);
}
