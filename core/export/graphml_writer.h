#pragma once
// GraphML (http://graphml.graphdrawing.org/) of the knowledge graph, for Gephi, yEd, networkx.
//
// Nodes are "n<entity id>" with data keys type, name, weight; edges are directed, "e<index>",
// with keys predicate and fact. Edges whose endpoints are not among the nodes are dropped, so
// the output always validates. Text is XML-escaped; code points XML 1.0 forbids are removed.

#include "model/records.h"

#include <string>

namespace sillok::core {

std::string writeGraphMl(const Graph &graph);

} // namespace sillok::core
