#include "export/graphml_writer.h"

#include "common/utf.h"
#include "export/fact_fields.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace sillok::core {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendEscaped(std::string &out, std::string_view text)
{
    for (char32_t c : toU32(text)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            if (isXmlChar(c))
                appendUtf8(out, c);
        }
    }
}

// Edge keys that describe the merged fact behind an edge: (id, attr.type).
constexpr std::pair<const char *, const char *> kFactKeys[] = {
    {"confidence", "double"},   {"article_count", "int"},     {"evidence_count", "int"},
    {"first_seen", "string"},   {"last_seen", "string"},      {"first_article", "string"},
    {"last_article", "string"}, {"date", "string"},           {"date_precision", "string"},
    {"date_text", "string"},    {"evidence_article", "long"}, {"evidence_title", "string"},
    {"evidence_start", "int"},  {"evidence_end", "int"},      {"evidence_quote", "string"},
};

void appendData(std::string &out, const char *key, std::string_view value)
{
    out += "      <data key=\"";
    out += key;
    out += "\">";
    appendEscaped(out, value);
    out += "</data>\n";
}

void appendOptional(std::string &out, const char *key, std::string_view value)
{
    if (!value.empty())
        appendData(out, key, value);
}

void appendFact(std::string &out, const FactRecord &fact)
{
    appendData(out, "confidence", formatConfidence(fact.confidence));
    appendData(out, "article_count", std::to_string(fact.articleCount));
    appendData(out, "evidence_count", std::to_string(fact.evidenceCount));
    appendOptional(out, "first_seen", fact.firstSeen);
    appendOptional(out, "last_seen", fact.lastSeen);
    appendOptional(out, "first_article", fact.firstArticle.toString());
    appendOptional(out, "last_article", fact.lastArticle.toString());
    appendOptional(out, "date", fact.date);
    appendOptional(out, "date_precision", datePrecisionName(fact.date));
    appendOptional(out, "date_text", fact.dateText);
    if (fact.evidence.empty())
        return;
    const EvidenceRecord &first = fact.evidence.front();
    appendData(out, "evidence_article", std::to_string(first.articleId));
    appendOptional(out, "evidence_title", first.articleTitle);
    appendData(out, "evidence_start", std::to_string(first.start));
    appendData(out, "evidence_end", std::to_string(first.end));
    appendOptional(out, "evidence_quote", first.quote);
}

} // namespace

std::string writeGraphMl(const Graph &graph, const std::vector<FactRecord> &facts)
{
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
           "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
           "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"weight\" for=\"node\" attr.name=\"weight\" attr.type=\"int\">\n"
           "    <default>0</default>\n"
           "  </key>\n"
           "  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
           "  <key id=\"fact\" for=\"edge\" attr.name=\"fact\" attr.type=\"long\"/>\n";
    for (const auto &[key, type] : kFactKeys) {
        out += "  <key id=\"";
        out += key;
        out += "\" for=\"edge\" attr.name=\"";
        out += key;
        out += "\" attr.type=\"";
        out += type;
        out += "\"/>\n";
    }
    out += "  <graph id=\"sillok\" edgedefault=\"directed\">\n";
    std::unordered_map<std::int64_t, const FactRecord *> byId;
    for (const FactRecord &fact : facts)
        byId.emplace(fact.id, &fact);
    std::unordered_set<std::int64_t> ids;
    for (const GraphNode &node : graph.nodes) {
        if (!ids.insert(node.id).second)
            continue; // a node id must be unique in GraphML
        out += "    <node id=\"n" + std::to_string(node.id) + "\">\n";
        appendData(out, "type", entityTypeName(node.type));
        appendData(out, "name", node.name);
        appendData(out, "weight", std::to_string(node.weight));
        out += "    </node>\n";
    }
    int index = 0;
    for (const GraphEdge &edge : graph.edges) {
        if (!ids.contains(edge.from) || !ids.contains(edge.to))
            continue;
        out += "    <edge id=\"e" + std::to_string(index++) + "\" source=\"n" + std::to_string(edge.from)
            + "\" target=\"n" + std::to_string(edge.to) + "\">\n";
        appendData(out, "predicate", edge.predicate);
        if (edge.factId != 0)
            appendData(out, "fact", std::to_string(edge.factId));
        if (const auto it = byId.find(edge.factId); edge.factId != 0 && it != byId.end())
            appendFact(out, *it->second);
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

} // namespace sillok::core
