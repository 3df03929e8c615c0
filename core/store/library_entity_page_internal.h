#pragma once
// What the pieces of the entity page share (private to core/store): an entity's facts, read
// through the fact indexes and folded onto curated entities (library_entity_facts.cpp), with
// their evidence sentences and article dates (library_entity_evidence.cpp), for the page,
// timeline and mentions of library_entity_page.cpp.

#include "store/database.h"
#include "store/library.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sillok::core::entitypage {

// Whether a fact row of this predicate is read further.
using KeepFact = bool (*)(const std::string &predicate);

struct FoldedFacts {
    std::vector<FactRecord> facts;
    std::vector<std::vector<std::int64_t>> rawIds; // per fact: the rows folded into it
    std::vector<int> sentences;                    // per fact: the tallied sentences of those rows
};

// The facts of the curated entity `root` and the entities merged into it that `keep` accepts, both
// ends mapped to their curated entities and equal facts folded. With `perPredicate` > 0 only the
// rows an entity page may show are read; `unread` gets the rows left out.
Result<FoldedFacts> readFoldedFacts(Database &db, std::int64_t root, KeepFact keep, int perPredicate, int &unread);

struct EntityFacts {
    std::vector<FactRecord> facts;
    // The facts there are: exact when none was left out; when some were, the facts folded from
    // the rows read plus the rows left unread (an upper bound: a row left out may fold into another).
    int total = 0;
};

// The facts of an entity. `perPredicate` > 0 keeps that many of each predicate (the most
// stated); `keepEvidence` < 0 reads no evidence (counts and the stated date still come).
// `readAll`: tallied sentences up to which a fact's evidence rows are read rather than walked;
// `spans`: a fact with a span (fact_span.h) takes its dates and newest sentences from it first.
Result<EntityFacts> factsOfEntity(Database &db, std::int64_t root, int keepEvidence, int perPredicate, KeepFact keepRow,
                                  int readAll = 256, bool spans = true);

// The sentences stating a fact (`rawIds`: its rows, as FactRecord::foldedIds lists them), newest
// article first, of the articles after article `after` (0: from the newest), whole articles until
// `limit`; `next` gets the cursor of the page after (0: none). `readAll` as factsOfEntity's.
Result<std::vector<EvidenceRecord>> factSentences(Database &db, const std::vector<std::int64_t> &rawIds,
                                                  std::int64_t after, int limit, std::int64_t &next, int readAll);

} // namespace sillok::core::entitypage
