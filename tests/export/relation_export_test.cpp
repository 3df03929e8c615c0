// Typed relations leave the Library with their merged fact: the GraphML edges and the csv-facts
// rows carry predicate, confidence, article count, first/last seen, the relation's date with its
// precision and the evidence. The exports are read back with the reference readers (networkx
// for GraphML, Python's csv module) and compared with Library::facts().
// The two articles are written for this test; the companies are invented.

#include "export/library_export.h"

#include "export/fact_fields.h"
#include "store/library.h"

#include "python_validator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace sillok::core;
using namespace sillok::test;
namespace fs = std::filesystem;

namespace {

const char *kFirst =
    "가람칩스, 온새전자와 저전력 추론 칩 공동 개발\n\n"
    "가람칩스와 온새전자는 지난 3월 4일 저전력 추론 칩을 함께 개발하는 업무협약(MOU)을 체결했다고 밝혔다. "
    "두 회사는 내년까지 시제품을 만든다.\n";
const char *kSecond = "온새전자, 가람칩스와 시제품 공정 논의\n\n"
                      "온새전자는 가람칩스와 맺은 업무협약에 따라 시제품 공정을 논의했다고 밝혔다. "
                      "가람칩스와 온새전자는 지난 3월 업무협약(MOU)을 체결했다.\n";

const std::set<std::string> kTyped = {"partnership", "investment",    "acquisition", "merger",
                                      "supply",      "subsidiary_of", "funds",       "participates_in"};

class RelationExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("sillok-relation-export-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        std::ofstream(m_dir / "first.txt", std::ios::binary) << kFirst;
        std::ofstream(m_dir / "second.txt", std::ios::binary) << kSecond;
        auto lib = Library::open((m_dir / "db.sqlite").string());
        ASSERT_TRUE(lib);
        m_lib = std::move(*lib);
        // Two import runs, each article with its own publication date.
        ImportOptions first;
        first.fallbackPublished = PartialDate::ofDay(2024, 4, 12);
        ASSERT_EQ(m_lib->importPaths({(m_dir / "first.txt").string()}, first).imported, 1);
        ImportOptions second;
        second.fallbackPublished = PartialDate::ofDay(2024, 5, 9);
        ASSERT_EQ(m_lib->importPaths({(m_dir / "second.txt").string()}, second).imported, 1);
    }
    void TearDown() override
    {
        m_lib.reset();
        fs::remove_all(m_dir);
    }

    // The partnership both articles state, merged into one fact.
    FactRecord partnership()
    {
        auto facts = m_lib->facts();
        EXPECT_TRUE(facts);
        for (const FactRecord &f : *facts)
            if (f.predicate == "partnership")
                return f;
        return {};
    }

    fs::path m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

TEST_F(RelationExportTest, FactsCarryTheMergedRelation)
{
    const FactRecord f = partnership();
    ASSERT_NE(f.id, 0) << "no partnership extracted";
    EXPECT_EQ(f.articleCount, 2);
    std::set<std::pair<std::int64_t, int>> sentences;
    for (const EvidenceRecord &ev : f.evidence)
        sentences.emplace(ev.articleId, ev.sentenceStart);
    EXPECT_EQ(f.evidenceCount, static_cast<int>(sentences.size()));
    EXPECT_GE(f.evidenceCount, 2);
    EXPECT_EQ(f.firstArticle, PartialDate::ofDay(2024, 4, 12));
    EXPECT_EQ(f.lastArticle, PartialDate::ofDay(2024, 5, 9));
    EXPECT_EQ(f.date, "2024-03-04"); // the latest date the articles give the signing
    EXPECT_GT(f.confidence, 0.0);
    EXPECT_LE(f.confidence, 1.0);
    EXPECT_FALSE(f.firstSeen.empty());
    EXPECT_LE(f.firstSeen, f.lastSeen);
    // The entity page folds the same fact the same way.
    auto page = m_lib->entityPage(f.subjectId);
    ASSERT_TRUE(page);
    const auto same = std::ranges::find(page->facts, f.id, &FactRecord::id);
    ASSERT_NE(same, page->facts.end());
    EXPECT_EQ(same->articleCount, f.articleCount);
    EXPECT_EQ(same->date, f.date);
    EXPECT_EQ(same->confidence, f.confidence);
    EXPECT_EQ(same->firstArticle, f.firstArticle);
}

TEST_F(RelationExportTest, GraphMlEdgesAndCsvRowsMatchTheLibrary)
{
    const std::string python = pythonWith("networkx");
    SILLOK_REQUIRE_TOOL(!python.empty(), "no python3 with networkx (apt install python3-networkx)");
    auto graphml = renderExport(*m_lib, ExportFormat::GraphMl);
    ASSERT_TRUE(graphml);
    auto csv = renderExport(*m_lib, ExportFormat::CsvFacts);
    ASSERT_TRUE(csv);
    std::ofstream(m_dir / "graph.graphml", std::ios::binary) << *graphml;
    std::ofstream(m_dir / "facts.csv", std::ios::binary) << *csv;
    // One line per GraphML edge and per CSV row, in one shape: source, fact, predicate,
    // confidence, article_count, evidence_count, first_seen, last_seen, date, date_precision,
    // evidence article, start, end. The script also checks that every data key is declared and
    // that networkx typed the numbers.
    const std::string script = R"PY(
import sys, csv, os, networkx as nx
import xml.etree.ElementTree as ET
d = sys.argv[1]
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
root = ET.parse(os.path.join(d, 'graph.graphml')).getroot()
keys = {k.get('id'): k for k in root.findall('g:key', ns)}
for k in keys.values():
    assert k.get('attr.type') in ('string', 'int', 'long', 'double'), k.attrib
    assert k.get('attr.name') == k.get('id'), k.attrib
for data in root.iter('{http://graphml.graphdrawing.org/xmlns}data'):
    assert data.get('key') in keys, data.get('key')
g = nx.read_graphml(os.path.join(d, 'graph.graphml'))
edges = g.edges(data=True, keys=True) if g.is_multigraph() else g.edges(data=True)
for e in edges:
    a = e[-1]
    if 'fact' not in a:
        continue
    assert isinstance(a['fact'], int) and isinstance(a['article_count'], int), a
    assert isinstance(a['confidence'], float), a
    print('\t'.join(str(x) for x in ['graphml', a['fact'], a['predicate'], a['confidence'], a['article_count'],
          a['evidence_count'], a.get('first_seen', ''), a.get('last_seen', ''), a.get('date', ''),
          a.get('date_precision', ''), a.get('evidence_article', ''), a.get('evidence_start', ''),
          a.get('evidence_end', '')]))
with open(os.path.join(d, 'facts.csv'), newline='', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        print('\t'.join(['csv', r['fact_id'], r['predicate'], str(float(r['confidence'])), r['article_count'],
              r['evidence_count'], r['first_seen'], r['last_seen'], r['date'], r['date_precision'],
              r['evidence_article_id'], r['evidence_start'], r['evidence_end']]))
)PY";
    const PythonRun run = runPythonScript(python, script, m_dir);
    ASSERT_EQ(run.status, 0) << run.output;

    auto facts = m_lib->facts();
    ASSERT_TRUE(facts);
    std::map<std::string, const FactRecord *> byId;
    for (const FactRecord &f : *facts)
        byId[std::to_string(f.id)] = &f;
    std::map<std::string, int> edgesOf, rowsOf; // fact id → GraphML edges, CSV rows
    std::istringstream lines(run.output);
    std::string line;
    while (std::getline(lines, line)) {
        std::vector<std::string> c;
        std::istringstream fields(line);
        for (std::string field; std::getline(fields, field, '\t');)
            c.push_back(field);
        ASSERT_EQ(c.size(), 13u) << line;
        const auto it = byId.find(c[1]);
        ASSERT_NE(it, byId.end()) << line;
        const FactRecord &f = *it->second;
        (c[0] == "graphml" ? edgesOf : rowsOf)[c[1]]++;
        EXPECT_EQ(c[2], f.predicate) << line;
        EXPECT_DOUBLE_EQ(std::stod(c[3]), f.confidence) << line;
        EXPECT_EQ(c[4], std::to_string(f.articleCount)) << line;
        EXPECT_EQ(c[5], std::to_string(f.evidenceCount)) << line;
        EXPECT_EQ(c[6], f.firstSeen) << line;
        EXPECT_EQ(c[7], f.lastSeen) << line;
        EXPECT_EQ(c[8], f.date) << line;
        EXPECT_EQ(c[9], datePrecisionName(f.date)) << line;
        if (c[0] == "graphml") { // the first evidence
            ASSERT_FALSE(f.evidence.empty());
            EXPECT_EQ(c[10], std::to_string(f.evidence.front().articleId)) << line;
            EXPECT_EQ(c[11], std::to_string(f.evidence.front().start)) << line;
            EXPECT_EQ(c[12], std::to_string(f.evidence.front().end)) << line;
        } else {
            const bool stated = std::ranges::any_of(f.evidence, [&](const EvidenceRecord &ev) {
                return c[10] == std::to_string(ev.articleId) && c[11] == std::to_string(ev.start)
                       && c[12] == std::to_string(ev.end);
            });
            EXPECT_TRUE(stated || (f.evidence.empty() && c[10].empty())) << line;
        }
    }
    // Every fact between two entities is one edge; every fact has one row per piece of evidence.
    int typed = 0;
    for (const FactRecord &f : *facts) {
        const std::string id = std::to_string(f.id);
        EXPECT_EQ(rowsOf[id], std::max<int>(1, static_cast<int>(f.evidence.size()))) << f.predicate;
        if (f.objectId != 0) {
            EXPECT_EQ(edgesOf[id], 1) << f.predicate << " " << f.subjectName << " → " << f.objectName;
        }
        typed += kTyped.contains(f.predicate);
    }
    EXPECT_GE(typed, 1);
    const FactRecord p = partnership();
    ASSERT_NE(p.id, 0);
    EXPECT_EQ(edgesOf[std::to_string(p.id)], 1);
    EXPECT_EQ(rowsOf[std::to_string(p.id)], static_cast<int>(p.evidence.size()));
    EXPECT_EQ(datePrecisionName(p.date), "day");
}
