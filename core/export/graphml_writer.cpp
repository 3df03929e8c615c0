#include "export/graphml_writer.h"

#include "common/utf.h"

#include <unordered_set>

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

void appendData(std::string &out, const char *key, std::string_view value)
{
    out += "      <data key=\"";
    out += key;
    out += "\">";
    appendEscaped(out, value);
    out += "</data>\n";
}

} // namespace

std::string writeGraphMl(const Graph &graph)
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
           "  <key id=\"fact\" for=\"edge\" attr.name=\"fact\" attr.type=\"long\"/>\n"
           "  <graph id=\"sillok\" edgedefault=\"directed\">\n";
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
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

} // namespace sillok::core
