// Re-extraction leaves the rows of an article that states again what they hold (its mentions,
// their evidence, its sentences) and rewrites those of one it now reads otherwise
// (GraphWriter::Impl::restatedAsStored). Either way the library ends as a clean import with the
// new extractor makes it. And a fact no longer stated takes its span along.
#include "embedded_resources.h"
#include "extract/event_calendar.h"
#include "extract/extraction_context.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> rows(Database &db, const std::string &sql)
{
    std::vector<std::string> out;
    Statement q(db, sql);
    while (q.next()) {
        std::string row;
        for (int i = 0; i < q.columnCount(); ++i)
            row += q.text(i) + "|";
        out.push_back(std::move(row));
    }
    EXPECT_TRUE(q.status()) << sql;
    return out;
}

// What a library holds of its graph, by articles' uids, offsets and entities' types. Not by
// entities' uids or names: re-extraction keeps the entity an alias finds (a decision names it by
// its uid), where a clean import with the whole gazetteer names it after its entry.
std::map<std::string, std::vector<std::string>> graphOf(Database &db)
{
    return {
        {"entities", rows(db, "SELECT type, article_count, mention_count FROM entity WHERE article_count > 0 "
                              "ORDER BY 1, 2, 3")},
        {"mentions", rows(db, "SELECT a.uid, m.start, m.end, m.sentence, m.field, m.caption, m.date, e.type, o.type "
                              "FROM mention m JOIN article a ON a.id = m.article_id LEFT JOIN entity e ON e.id = "
                              "m.entity_id LEFT JOIN entity o ON o.id = m.origin_entity_id ORDER BY 1, 2, 3, 8, 9")},
        {"facts", rows(db, "SELECT f.predicate, s.type, o.type, f.value, f.articles, f.sentences, f.stated, "
                           "f.stated_text FROM fact f JOIN entity s ON s.id = f.subject_id "
                           "LEFT JOIN entity o ON o.id = f.object_id ORDER BY 1, 2, 3, 4, 5, 6, 7, 8")},
        {"evidence", rows(db, "SELECT f.predicate, f.value, a.uid, m.start, x.date, x.date_text FROM fact_evidence x "
                              "JOIN fact f ON f.id = x.fact_id JOIN mention m ON m.id = x.mention_id "
                              "JOIN article a ON a.id = m.article_id ORDER BY 1, 2, 3, 4, 5, 6")},
        {"sentences", rows(db, "SELECT a.uid, hex(s.bounds) FROM article_sentences s JOIN article a ON "
                               "a.id = s.article_id ORDER BY 1")},
    };
}

// Each article's mention ids, by the article's uid.
std::map<std::string, std::vector<std::string>> mentionIds(Database &db)
{
    std::map<std::string, std::vector<std::string>> out;
    Statement q(db, "SELECT a.uid, m.id FROM mention m JOIN article a ON a.id = m.article_id ORDER BY m.id");
    while (q.next())
        out[q.text(0)].push_back(q.text(1));
    EXPECT_TRUE(q.status());
    return out;
}

// `tsv` without the lines `drop` picks (the header and comments are kept).
template <typename Drop>
std::string without(std::string_view tsv, Drop drop)
{
    std::string out;
    std::size_t n = 0;
    for (std::size_t at = 0; at < tsv.size(); ++n) {
        std::size_t end = tsv.find('\n', at);
        if (end == std::string_view::npos)
            end = tsv.size();
        const std::string_view line = tsv.substr(at, end - at);
        if (n == 0 || line.starts_with("#") || !drop(n, line))
            (out += line) += '\n';
        at = end + 1;
    }
    return out;
}

// A library imported with `older` and re-extracted with the builtin context: some articles keep
// their rows, some are written anew, and the graph is a clean import's. A second re-extraction
// keeps every row.
void expectReextractedAsClean(const ExtractionContext &older)
{
    ASSERT_NE(older.version(), ExtractionContext::builtin().version());
    sillok::test::TempDir dir;
    const fs::path corpus = dir.path() / "corpus";
    fs::copy(SILLOK_SAMPLE_CORPUS_DIR, corpus, fs::copy_options::recursive);
    std::map<std::string, std::vector<std::string>> before;
    {
        auto lib = Library::open(dir.file("kb.sqlite"), LibraryOptions{.context = &older});
        ASSERT_TRUE(lib) << lib.error().detail;
        ASSERT_TRUE((*lib)->importPaths({corpus.string()}, {}).failed.empty());
        before = mentionIds((*lib)->database());
    }
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    ASSERT_TRUE(*(*lib)->needsReextraction());
    auto re = (*lib)->reextractAll();
    ASSERT_TRUE(re) << re.error().detail;
    EXPECT_FALSE(*(*lib)->needsReextraction());
    EXPECT_EQ(sillok::test::untrueFactTallies(db), std::vector<std::string>{});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});

    // Both kinds of article were there: some kept their rows, some were written anew.
    const auto after = mentionIds(db);
    int kept = 0, rewritten = 0;
    for (const auto &[uid, ids] : after)
        (before.contains(uid) && before.at(uid) == ids ? kept : rewritten) += 1;
    EXPECT_GT(kept, 0);
    EXPECT_GT(rewritten, 0);

    auto clean = Library::open(dir.file("clean.sqlite"));
    ASSERT_TRUE(clean) << clean.error().detail;
    ASSERT_TRUE((*clean)->importPaths({corpus.string()}, {}).failed.empty());
    const auto cleanGraph = graphOf((*clean)->database());
    const auto graph = graphOf(db);
    for (const auto &[table, expected] : cleanGraph) {
        EXPECT_GT(expected.size(), 0u) << table;
        EXPECT_EQ(graph.at(table), expected) << table;
    }

    // Once more with the same extractor: every article states what its rows hold.
    ASSERT_TRUE((*lib)->reextractAll());
    EXPECT_EQ(mentionIds(db), after);
    EXPECT_EQ(graphOf(db), cleanGraph);
}

} // namespace

// The gazetteer the library was first extracted with lacks every other organization: the
// articles naming one of those are read otherwise (other names, other mentions).
TEST(ReextractRestate, AGazetteerThatGrew)
{
    auto older = Gazetteer::fromTsv(without(sillok::resources::embeddedFile("gazetteer/organizations.tsv"),
                                            [](std::size_t n, std::string_view) { return n % 2 == 0; }));
    ASSERT_TRUE(older) << older.error().detail;
    expectReextractedAsClean({&*older, &Lexicon::builtin(), &EventCalendar::builtin()});
}

// The lexicon the library was first extracted with lacked the words that state a partnership:
// the same mentions, other facts.
TEST(ReextractRestate, RelationWordsThatWereMissing)
{
    auto older = Lexicon::fromTsv(
        without(sillok::resources::embeddedFile("gazetteer/lexicon.tsv"), [](std::size_t, std::string_view line) {
            return line.starts_with("relation_trigger\t") && line.ends_with("\tpartnership");
        }));
    ASSERT_TRUE(older) << older.error().detail;
    older->addWords("common_noun", sillok::resources::embeddedFile("generated/common_words.txt"));
    expectReextractedAsClean({&Gazetteer::builtin(), &*older, &EventCalendar::builtin()});
}

// The lexicon the library was first extracted with took a word of every article for one that
// states a partnership: the same mentions, facts the builtin lexicon does not state.
TEST(ReextractRestate, ARelationWordDropped)
{
    const std::string lexicon = std::string(sillok::resources::embeddedFile("gazetteer/lexicon.tsv"))
                                + "relation_trigger\t반도체\tpartnership\nrelation_trigger\t개발\tpartnership\n";
    auto older = Lexicon::fromTsv(lexicon);
    ASSERT_TRUE(older) << older.error().detail;
    older->addWords("common_noun", sillok::resources::embeddedFile("generated/common_words.txt"));
    expectReextractedAsClean({&Gazetteer::builtin(), &*older, &EventCalendar::builtin()});
}

// A fact two articles stated loses its span with its last statement: the writer deletes the
// span's row with the fact (it runs with foreign keys off), or the next fact given that id would
// read the old span as its own.
TEST(ReextractRestate, AFactNoLongerStatedTakesItsSpanAlong)
{
    sillok::test::TempDir dir;
    const fs::path corpus = dir.path() / "corpus";
    fs::copy(SILLOK_SAMPLE_CORPUS_DIR, corpus, fs::copy_options::recursive);
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    Database &db = (*lib)->database();
    ASSERT_TRUE((*lib)->importPaths({corpus.string()}, {}).failed.empty());
    // A fact with a span whose articles state nothing else that has one.
    const auto picked = rows(db, "SELECT s.fact_id, GROUP_CONCAT(DISTINCT a.source) FROM fact_span s "
                                 "JOIN fact_evidence x ON x.fact_id = s.fact_id JOIN mention m ON m.id = x.mention_id "
                                 "JOIN article a ON a.id = m.article_id GROUP BY s.fact_id ORDER BY s.fact_id");
    ASSERT_FALSE(picked.empty());
    const std::string row = picked.front();
    const std::string fact = row.substr(0, row.find('|'));
    std::string sources = row.substr(row.find('|') + 1);
    sources.pop_back(); // the trailing '|'
    std::vector<std::string> files;
    for (std::size_t at = 0; at <= sources.size();) {
        const std::size_t end = std::min(sources.find(',', at), sources.size());
        files.push_back(sources.substr(at, end - at));
        at = end + 1;
    }
    ASSERT_GE(files.size(), 2u);
    for (std::size_t i = 0; i < files.size(); ++i) // each article now tells another story
        std::ofstream(files[i], std::ios::binary) << "다른 소식 " << i << "\n\n2024년 5월 " << i + 1
                                                  << "일\n\n오늘은 날씨가 맑았다. 시민들이 공원을 찾았다.\n";
    const ImportReport r = (*lib)->importPaths(files, {});
    ASSERT_TRUE(r.failed.empty());
    ASSERT_EQ(r.updated, static_cast<int>(files.size()));
    EXPECT_EQ(rows(db, "SELECT COUNT(*) FROM fact WHERE id = " + fact), std::vector<std::string>{"0|"});
    EXPECT_EQ(rows(db, "SELECT COUNT(*) FROM fact_span WHERE fact_id = " + fact), std::vector<std::string>{"0|"});
    EXPECT_EQ(sillok::test::untrueFactSpans(db), std::vector<std::string>{});
}

// A mention of an entity's name is stored with an empty field (graphdb::storedField), and read back
// as "name"; rows written before, with "name" spelled out, read the same and stand through a
// re-extraction that states them again.
TEST(ReextractRestate, AMentionOfANameIsStoredWithAnEmptyFieldAndOldRowsStand)
{
    sillok::test::TempDir dir;
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    ASSERT_TRUE((*lib)->importPaths({SILLOK_SAMPLE_CORPUS_DIR}, {}).failed.empty());
    Database &db = (*lib)->database();
    EXPECT_GT(*db.scalar("SELECT COUNT(*) FROM mention WHERE field = ''"), 0);
    EXPECT_GT(*db.scalar("SELECT COUNT(*) FROM mention WHERE field = 'alias'"), 0);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM mention WHERE field = 'name'"), 0);
    const auto fields = [&] {
        std::map<std::int64_t, std::string> out;
        Statement ids(db, "SELECT id FROM article ORDER BY id");
        while (ids.next()) {
            auto record = (*lib)->article(ids.int64(0));
            EXPECT_TRUE(record) << record.error().detail;
            if (record)
                for (const MentionRecord &m : record->mentions)
                    out[m.id] = m.field;
        }
        return out;
    };
    const auto written = fields();
    ASSERT_FALSE(written.empty());
    EXPECT_EQ(std::ranges::count_if(written, [](const auto &f) { return f.second.empty(); }), 0);
    EXPECT_GT(std::ranges::count_if(written, [](const auto &f) { return f.second == "name"; }), 0);

    // The rows as a library written before this form holds them.
    ASSERT_TRUE(db.exec("UPDATE mention SET field = 'name' WHERE field = ''"));
    EXPECT_EQ(fields(), written);
    const auto ids = mentionIds(db);
    ASSERT_TRUE((*lib)->reextractAll());
    EXPECT_EQ(mentionIds(db), ids);
    EXPECT_EQ(fields(), written);
    EXPECT_EQ(*db.scalar("SELECT COUNT(*) FROM mention WHERE field = ''"), 0);
}
