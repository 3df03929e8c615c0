#pragma once
// GraphML (http://graphml.graphdrawing.org/) of the knowledge graph, for Gephi, yEd, networkx.
//
// Nodes are "n<entity id>" with data keys type, name, weight; edges are directed, "e<index>",
// with keys predicate and fact. An edge whose fact is among `facts` (matched by FactRecord::id,
// as Library::facts() folds them) also carries the merged fact: confidence (double),
// article_count and evidence_count (int), first_seen / last_seen (import runs), first_article /
// last_article (publication dates), date, date_precision (year|month|day) and date_text when
// the articles date the fact, and its first evidence: evidence_article (long), evidence_title,
// evidence_start / evidence_end (int, code points in the article body) and evidence_quote.
// Every key is declared with its attr.type; empty text values are left out. Edges whose
// endpoints are not among the nodes are dropped, so the output always validates. Text is
// XML-escaped; code points XML 1.0 forbids are removed.

#include "model/records.h"

#include <string>
#include <vector>

namespace sillok::core {

std::string writeGraphMl(const Graph &graph, const std::vector<FactRecord> &facts = {});

} // namespace sillok::core
