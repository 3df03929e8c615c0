#include "export/graphml_writer.h"

#include "python_validator.h"

#include <gtest/gtest.h>

using namespace sillok::core;
using namespace sillok::test;

namespace {

Graph sampleGraph()
{
    Graph g;
    g.nodes.push_back({1, EntityType::Organization, "가상전자 & <파트너스>", 7});
    g.nodes.push_back({2, EntityType::Initiative, "K-반도체 \"전략\"", 3});
    g.nodes.push_back({3, EntityType::Meeting, "제1차 협의회\x01", 1});
    g.nodes.push_back({4, EntityType::Person, "홍길동", 2});
    g.edges.push_back({1, 2, "owner", 11});
    g.edges.push_back({3, 1, "organizer", 12});
    g.edges.push_back({4, 1, "member_of", 0});
    g.edges.push_back({4, 99, "participant", 13}); // dangling: dropped
    return g;
}

} // namespace

TEST(GraphMlWriterTest, WritesKeysNodesAndEdgesEscaped)
{
    const std::string xml = writeGraphMl(sampleGraph());
    EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_NE(xml.find("<key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<key id=\"predicate\" for=\"edge\""), std::string::npos);
    EXPECT_NE(xml.find("가상전자 &amp; &lt;파트너스&gt;"), std::string::npos);
    EXPECT_NE(xml.find("K-반도체 &quot;전략&quot;"), std::string::npos);
    EXPECT_NE(xml.find("제1차 협의회</data>"), std::string::npos); // control character removed
    EXPECT_NE(xml.find("source=\"n1\" target=\"n2\""), std::string::npos);
    EXPECT_EQ(xml.find("n99"), std::string::npos);
    EXPECT_EQ(xml.find("<data key=\"fact\">0</data>"), std::string::npos);
}

TEST(GraphMlWriterTest, EmptyGraphAndDuplicateNodes)
{
    Graph g;
    EXPECT_NE(writeGraphMl(g).find("<graph id=\"sillok\" edgedefault=\"directed\">"), std::string::npos);
    g.nodes.push_back({5, EntityType::Person, "가", 1});
    g.nodes.push_back({5, EntityType::Person, "가", 1});
    const std::string xml = writeGraphMl(g);
    EXPECT_EQ(xml.find("<node id=\"n5\">"), xml.rfind("<node id=\"n5\">"));
}

TEST(GraphMlWriterTest, NetworkxReadsIt)
{
    const std::string python = pythonWith("networkx");
    SILLOK_REQUIRE_TOOL(!python.empty(), "no python3 with networkx (apt install python3-networkx)");
    const auto file = writeTemp("sillok_graphml_test.graphml", writeGraphMl(sampleGraph()));
    const std::string script = R"PY(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.is_directed()
assert g.number_of_nodes() == 4, g.number_of_nodes()
assert g.number_of_edges() == 3, g.number_of_edges()
n1 = g.nodes['n1']
assert n1['type'] == 'organization' and n1['name'] == '가상전자 & <파트너스>' and n1['weight'] == 7, n1
assert g.nodes['n2']['name'] == 'K-반도체 "전략"'
assert g.edges['n1', 'n2']['predicate'] == 'owner'
assert g.edges['n1', 'n2']['fact'] == 11
assert 'fact' not in g.edges['n4', 'n1']
print('ok')
)PY";
    const PythonRun run = runPythonScript(python, script, file);
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output, "ok\n");
}

TEST(GraphMlWriterTest, EdgesCarryTheirMergedFact)
{
    const std::string python = pythonWith("networkx");
    SILLOK_REQUIRE_TOOL(!python.empty(), "no python3 with networkx (apt install python3-networkx)");
    FactRecord owner;
    owner.id = 11;
    owner.predicate = "owner";
    owner.confidence = 0.75;
    owner.articleCount = 3;
    owner.evidenceCount = 4;
    owner.firstSeen = "2024-04-01T00:00:00Z";
    owner.lastSeen = "2024-05-01T00:00:00Z";
    owner.firstArticle = PartialDate::ofDay(2024, 3, 30);
    owner.lastArticle = PartialDate::ofDay(2024, 4, 30);
    owner.date = "2024-03";
    owner.dateText = "지난 3월";
    owner.evidence.push_back({7, "제목 & 부제", "a.txt", 3, 6, 0, 20, "가상부는 \"가상 전략\"을 발표했다."});
    FactRecord organizer;
    organizer.id = 12;
    organizer.predicate = "organizer"; // no date, no evidence
    const std::string xml = writeGraphMl(sampleGraph(), {owner, organizer});
    EXPECT_NE(xml.find("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"),
              std::string::npos);
    EXPECT_NE(xml.find("<key id=\"article_count\" for=\"edge\" attr.name=\"article_count\" attr.type=\"int\"/>"),
              std::string::npos);
    const auto file = writeTemp("sillok_graphml_fact_test.graphml", xml);
    const std::string script = R"PY(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
e = g.edges['n1', 'n2']
assert e['predicate'] == 'owner' and e['fact'] == 11, e
assert e['confidence'] == 0.75 and e['article_count'] == 3 and e['evidence_count'] == 4, e
assert e['first_seen'] == '2024-04-01T00:00:00Z' and e['last_seen'] == '2024-05-01T00:00:00Z', e
assert e['first_article'] == '2024-03-30' and e['last_article'] == '2024-04-30', e
assert e['date'] == '2024-03' and e['date_precision'] == 'month' and e['date_text'] == '지난 3월', e
assert e['evidence_article'] == 7 and e['evidence_start'] == 3 and e['evidence_end'] == 6, e
assert e['evidence_title'] == '제목 & 부제' and e['evidence_quote'] == '가상부는 "가상 전략"을 발표했다.', e
o = g.edges['n3', 'n1']
assert o['confidence'] == 1.0 and o['article_count'] == 0, o
assert 'date' not in o and 'evidence_article' not in o, o
assert 'confidence' not in g.edges['n4', 'n1']
print('ok')
)PY";
    const PythonRun run = runPythonScript(python, script, file);
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output, "ok\n");
}
