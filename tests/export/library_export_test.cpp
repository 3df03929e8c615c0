// core/export/library_export.h: format names, whole-library renders, the atomic file write and
// the W3C annotation import (round trip through a deleted database, idempotence, per-annotation
// errors, annotations from another client, re-anchoring on changed text, entity evidence).

#include "export/library_export.h"

#include "common/utf.h"
#include "export/web_annotation.h"
#include "store/library.h"

#include "annotation_expect.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeText(const fs::path &p, const std::string &text)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

// Two short articles in made-up wording (no corpus text).
const char *kFirst = "가상 연구원, 새 설계 도구 공개\n\n"
                     "가상 연구원은 5일 과학기술정보통신부와 함께 새로운 설계 도구를 공개했다. 연구원은 이 도구로 설계 기간을 줄였다고 밝혔다.\n\n"
                     "관계자는 \"내년에 두 번째 판을 낸다\"고 말했다.\n";
const char *kSecond = "Virtual Lab opens a test line\n\n"
                      "Virtual Lab opened a small test line on Monday. The line makes sample wafers for partners.\n";

class LibraryExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path()
            / ("sillok-library-export-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())
               + "-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        writeText(m_dir / "first.txt", kFirst);
        writeText(m_dir / "second.txt", kSecond);
        m_db = (m_dir / "db.sqlite").string();
        m_lib = openImported(m_db);
        ASSERT_NE(m_lib, nullptr);
    }
    void TearDown() override
    {
        m_lib.reset();
        fs::remove_all(m_dir);
    }

    std::unique_ptr<Library> openImported(const std::string &path)
    {
        auto lib = Library::open(path);
        if (!lib)
            return nullptr;
        ImportOptions options;
        options.fallbackPublished = PartialDate::ofDay(2024, 3, 5);
        const ImportReport r = (*lib)->importPaths({(m_dir / "first.txt").string(), (m_dir / "second.txt").string()}, options);
        if (r.imported + r.unchanged + r.updated != 2)
            return nullptr;
        return std::move(*lib);
    }

    ArticleSummary article(Library &lib, const std::string &name)
    {
        const auto articles = lib.articles();
        for (const ArticleSummary &a : articles.value())
            if (fs::path(a.source).filename() == name)
                return a;
        return {};
    }

    // Highlights the first occurrence of `quote` in the article's body.
    AnnotationRecord annotate(const ArticleSummary &a, const std::string &quote, const std::string &note,
                              std::vector<std::string> tags, const std::string &color, const std::string &entityUid = {})
    {
        const ArticleRecord record = *m_lib->article(a.id);
        const std::size_t at = record.body.find(quote);
        EXPECT_NE(at, std::string::npos) << quote;
        AnnotationRecord n;
        n.articleId = a.id;
        n.start = static_cast<int>(codePointCount(std::string_view(record.body).substr(0, at)));
        n.end = n.start + static_cast<int>(codePointCount(quote));
        n.note = note;
        n.tags = std::move(tags);
        n.color = color;
        n.entityUid = entityUid;
        auto added = m_lib->addAnnotation(n);
        EXPECT_TRUE(added) << (added ? "" : added.error().detail);
        return added ? *added : AnnotationRecord{};
    }

    fs::path m_dir;
    std::string m_db;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST(ExportFormatTest, NamesRoundTrip)
{
    for (auto f : {ExportFormat::GraphMl, ExportFormat::CsvEntities, ExportFormat::CsvFacts, ExportFormat::Ics,
                   ExportFormat::Annotations})
        EXPECT_EQ(exportFormatFromName(exportFormatName(f)), f);
    EXPECT_EQ(exportFormatFromName("annotations"), ExportFormat::Annotations);
    EXPECT_EQ(exportFormatFromName("pdf"), std::nullopt);
    EXPECT_EQ(exportFormatFromName(""), std::nullopt);
    EXPECT_STREQ(exportFileExtension(ExportFormat::CsvFacts), "csv");
    EXPECT_STREQ(exportFileExtension(ExportFormat::Annotations), "jsonld");
}

TEST_F(LibraryExportTest, RendersEveryFormat)
{
    annotate(article(*m_lib, "first.txt"), "설계 도구", "메모", {"도구"}, "green");
    auto graphml = renderExport(*m_lib, ExportFormat::GraphMl);
    ASSERT_TRUE(graphml) << graphml.error().detail;
    EXPECT_TRUE(graphml->starts_with("<?xml"));
    EXPECT_NE(graphml->find("<graphml"), std::string::npos);
    auto entities = renderExport(*m_lib, ExportFormat::CsvEntities, ExportOptions{true});
    ASSERT_TRUE(entities);
    EXPECT_TRUE(entities->starts_with("\xEF\xBB\xBF" "id,uid,type,name"));
    auto plain = renderExport(*m_lib, ExportFormat::CsvEntities);
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->starts_with("id,uid,type,name"));
    auto facts = renderExport(*m_lib, ExportFormat::CsvFacts);
    ASSERT_TRUE(facts);
    EXPECT_TRUE(facts->starts_with("fact_id,"));
    auto ics = renderExport(*m_lib, ExportFormat::Ics);
    ASSERT_TRUE(ics);
    EXPECT_TRUE(ics->starts_with("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(ics->ends_with("END:VCALENDAR\r\n"));
    auto notes = renderExport(*m_lib, ExportFormat::Annotations);
    ASSERT_TRUE(notes);
    auto parsed = readWebAnnotations(*notes);
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->annotations.size(), 1u);
    EXPECT_EQ(parsed->annotations[0].exact, "설계 도구");
}

TEST_F(LibraryExportTest, WriteFileAtomically)
{
    const fs::path target = m_dir / "out.txt";
    ASSERT_TRUE(writeFileAtomically(target.string(), "첫 판"));
    EXPECT_EQ(readFile(target), "첫 판");
    ASSERT_TRUE(writeFileAtomically(target.string(), "둘째 판"));
    EXPECT_EQ(readFile(target), "둘째 판");
    EXPECT_FALSE(fs::exists(m_dir / ".out.txt.sillok-tmp"));

    const fs::path missing = m_dir / "no" / "dir" / "x.txt";
    const Status s = writeFileAtomically(missing.string(), "x");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(s.error().path, missing.string());

    // A directory in the way: the rename fails, the temporary is removed, nothing replaced.
    fs::create_directories(m_dir / "taken" / "inner");
    const Status blocked = writeFileAtomically((m_dir / "taken").string(), "x");
    EXPECT_FALSE(blocked);
    EXPECT_TRUE(fs::is_directory(m_dir / "taken" / "inner"));
    EXPECT_FALSE(fs::exists(m_dir / ".taken.sillok-tmp"));
}

TEST_F(LibraryExportTest, AnnotationsRoundTripThroughADeletedDatabase)
{
    const ArticleSummary first = article(*m_lib, "first.txt");
    const ArticleSummary second = article(*m_lib, "second.txt");
    annotate(first, "설계 기간을 줄였다", "핵심 주장", {"일정", "주장"}, "pink", "organization:test:virtual-lab");
    annotate(first, "두 번째 판", "", {}, "#12ab34");
    annotate(second, "sample wafers", "English note, with \"quotes\"", {"wafer"}, "blue");
    auto before = m_lib->annotations(0);
    ASSERT_TRUE(before);
    ASSERT_EQ(before->size(), 3u);
    auto json = renderExport(*m_lib, ExportFormat::Annotations);
    ASSERT_TRUE(json);
    const fs::path file = m_dir / "notes.jsonld";
    ASSERT_TRUE(writeFileAtomically(file.string(), *json));

    m_lib.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(m_db + suffix);
    m_lib = openImported(m_db);
    ASSERT_NE(m_lib, nullptr);
    ASSERT_TRUE(m_lib->annotations(0)->empty());

    auto report = importWebAnnotations(*m_lib, readFile(file));
    ASSERT_TRUE(report) << report.error().detail;
    EXPECT_EQ(report->added, 3);
    EXPECT_EQ(report->unchanged, 0);
    EXPECT_EQ(report->orphaned, 0);
    EXPECT_TRUE(report->errors.empty()) << report->errors.front();
    auto after = m_lib->annotations(0);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), before->size());
    for (std::size_t i = 0; i < after->size(); ++i)
        sillok::test::expectSameAnnotation((*after)[i], (*before)[i]);

    // Idempotent: the same file again adds and changes nothing.
    auto again = importWebAnnotations(*m_lib, readFile(file));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(m_lib->annotations(0)->size(), 3u);
}

TEST_F(LibraryExportTest, ChangedNotesUpdateAndDeletedOnesComeBack)
{
    const AnnotationRecord a = annotate(article(*m_lib, "first.txt"), "설계 도구", "처음 메모", {}, "yellow");
    const std::string json = *renderExport(*m_lib, ExportFormat::Annotations);
    AnnotationRecord edited = a;
    edited.note = "고친 메모";
    edited.tags = {"새"};
    ASSERT_TRUE(m_lib->updateAnnotation(edited));
    auto report = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(m_lib->annotations(0)->front().note, "처음 메모");
    EXPECT_TRUE(m_lib->annotations(0)->front().tags.empty());

    ASSERT_TRUE(m_lib->deleteAnnotation(a.uid));
    report = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->added, 1);
    ASSERT_EQ(m_lib->annotations(0)->size(), 1u);
    EXPECT_EQ(m_lib->annotations(0)->front().uid, a.uid);
}

TEST_F(LibraryExportTest, ReportsEachAnnotationThatCannotComeIn)
{
    const std::string json = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
      {"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation",
       "target": {"source": "urn:sillok:article:art-does-not-exist",
                  "selector": {"type": "TextQuoteSelector", "exact": "설계 도구"}}},
      {"id": "urn:uuid:11111111-2222-4333-8444-666666666666", "type": "Annotation", "target": "http://example.org/x"},
      {"id": "urn:uuid:11111111-2222-4333-8444-777777777777", "type": "Annotation",
       "target": {"source": "urn:sillok:article:)" + article(*m_lib, "first.txt").uid + R"(",
                  "selector": [{"type": "TextQuoteSelector", "exact": "설계 도구", "prefix": "새로운 ", "suffix": "를 공개"},
                               {"type": "TextPositionSelector", "start": 3, "end": 8}]}}
    ]})";
    auto report = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(report) << report.error().detail;
    EXPECT_EQ(report->added, 1);
    ASSERT_EQ(report->errors.size(), 2u);
    EXPECT_NE(report->errors[0].find("item 1"), std::string::npos) << report->errors[0];
    EXPECT_NE(report->errors[1].find("art-does-not-exist"), std::string::npos) << report->errors[1];
    // The wrong position was corrected from the quote and its context.
    const AnnotationRecord placed = m_lib->annotations(0)->front();
    const ArticleRecord body = *m_lib->article(placed.articleId);
    EXPECT_EQ(placed.exact, "설계 도구");
    EXPECT_FALSE(placed.orphaned);
    EXPECT_NE(placed.start, 3);

    EXPECT_FALSE(importWebAnnotations(*m_lib, "not json"));
    EXPECT_FALSE(importWebAnnotations(*m_lib, R"({"type": "Something"})"));
}

TEST_F(LibraryExportTest, AnnotationsFromAnotherClient)
{
    const ArticleSummary second = article(*m_lib, "second.txt");
    // Another client: its own id scheme, the file's path as source, a quote without context.
    const std::string json = std::string(R"({"id": "https://notes.example.org/anno/42", "type": "Annotation",
        "bodyValue": "from elsewhere",
        "target": {"source": "file://)") + second.source + R"(",
                   "selector": {"type": "TextQuoteSelector", "exact": "test line on Monday"}}})";
    auto report = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(report) << report.error().detail;
    ASSERT_EQ(report->added, 1) << (report->errors.empty() ? "" : report->errors.front());
    const AnnotationRecord a = m_lib->annotations(0)->front();
    EXPECT_EQ(a.articleUid, second.uid);
    EXPECT_EQ(a.note, "from elsewhere");
    EXPECT_EQ(a.color, "yellow");
    EXPECT_FALSE(a.orphaned);
    EXPECT_EQ(a.exact, "test line on Monday");
    EXPECT_EQ(a.uid.size(), 36u);
    auto again = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->unchanged, 1);
    EXPECT_EQ(m_lib->annotations(0)->size(), 1u);
}

TEST_F(LibraryExportTest, ImportIntoChangedTextReanchorsOrOrphans)
{
    annotate(article(*m_lib, "first.txt"), "설계 기간을 줄였다", "", {}, "yellow");
    annotate(article(*m_lib, "first.txt"), "두 번째 판", "", {}, "yellow");
    const std::string json = *renderExport(*m_lib, ExportFormat::Annotations);
    m_lib.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(m_db + suffix);
    // The article changed: a sentence added in front, the quote of the second note edited away.
    std::string changed = kFirst;
    changed.replace(changed.find("가상 연구원은"), 0, "먼저 배경을 설명한다. ");
    changed.replace(changed.find("두 번째 판"), std::string("두 번째 판").size(), "개정판");
    writeText(m_dir / "first.txt", changed);
    m_lib = openImported(m_db);
    ASSERT_NE(m_lib, nullptr);
    auto report = importWebAnnotations(*m_lib, json);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->added, 2);
    EXPECT_EQ(report->orphaned, 1);
    auto notes = *m_lib->annotations(0);
    ASSERT_EQ(notes.size(), 2u);
    int orphans = 0;
    for (const auto &n : notes) {
        if (n.orphaned) {
            ++orphans;
            EXPECT_EQ(n.exact, "두 번째 판");
        } else {
            const ArticleRecord body = *m_lib->article(n.articleId);
            EXPECT_EQ(n.exact, "설계 기간을 줄였다");
            EXPECT_NE(body.body.find(n.prefix + n.exact), std::string::npos);
        }
    }
    EXPECT_EQ(orphans, 1);
}

TEST_F(LibraryExportTest, EntityEvidence)
{
    auto entities = m_lib->entities(EntityFilter{EntityType::Organization, {}, false});
    ASSERT_TRUE(entities);
    ASSERT_FALSE(entities->empty()) << "the gazetteer organisation in the test article was not found";
    const EntitySummary e = entities->front();
    annotate(article(*m_lib, "first.txt"), "설계 도구", "근거", {}, "yellow", e.uid);
    annotate(article(*m_lib, "second.txt"), "sample wafers", "", {}, "yellow");
    auto evidence = m_lib->entityAnnotations(e.id);
    ASSERT_TRUE(evidence);
    ASSERT_EQ(evidence->size(), 1u);
    EXPECT_EQ(evidence->front().note, "근거");
    EXPECT_EQ(evidence->front().entityUid, e.uid);
    EXPECT_TRUE(m_lib->entityAnnotations(e.id + 100000)->empty());
}
