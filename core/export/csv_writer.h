#pragma once
// CSV exports (RFC 4180): a header row, CRLF line ends, fields quoted when they contain a
// comma, a double quote, CR or LF (quotes doubled). UTF-8 throughout.

#include "model/records.h"

#include <string>
#include <string_view>
#include <vector>

namespace sillok::core {

struct CsvOptions {
    // Start with a UTF-8 byte-order mark so Excel opens Korean text correctly.
    bool excelBom = false;
};

// One row per entity: id, uid, type, name, kind, country, english, date, end_date, date_text,
// place, article_count, mention_count, rejected. Dates keep their precision ("2024-04").
std::string writeEntitiesCsv(const std::vector<EntitySummary> &entities, const CsvOptions &options = {});

// One row per (fact, evidence) pair, a fact without evidence as one row with empty evidence
// columns: fact_id, subject_id, subject_type, subject, predicate, object_id, object_type, object,
// value, first_seen, last_seen, evidence_article_id, evidence_article_title, evidence_source,
// evidence_start, evidence_end, evidence_quote, then the merged fact's confidence, article_count,
// evidence_count (sentences), first_article / last_article (publication dates of the articles
// stating it), date (the latest date the articles give the fact itself, "" when none),
// date_precision (year | month | day | "") and date_text (as written). Offsets are code points in
// the article body; first_seen / last_seen are the import runs that first and last wrote the fact.
std::string writeFactsCsv(const std::vector<FactRecord> &facts, const CsvOptions &options = {});

// Appends one field, quoted when RFC 4180 requires it.
void appendCsvField(std::string &out, std::string_view field);

} // namespace sillok::core
