#pragma once
// Numbered schema migrations, recorded in PRAGMA user_version. Migration N takes a database at
// version N-1 to N inside one transaction; a database newer than this build is refused.
//   1  the base schema (import runs, articles with blocks/sentences, the knowledge graph:
//      entity/alias/mention/fact/fact_evidence, the decision ledger, annotations, meta)
//   2  the FTS5 indexes of core/search (search_schema.h): doc_wd, doc_bg, annotation_fts
// The "sillok_ko" tokenizer must be registered on the connection before migrate() runs.

#include "common/result.h"

namespace sillok::core {

class Database;

// The schema version this build writes.
int currentSchemaVersion();

// Whether migrate() has work to do on `db` (an older schema, or FTS indexes of another tokenizer
// version): what a caller tells the user before an upgrade that takes seconds at 100k articles.
Result<bool> upgradePending(Database &db);

// Brings `db` up to currentSchemaVersion(). Also rebuilds the FTS indexes when the stored
// tokenizer version (meta.tokenizer_version) differs from kKoreanTokenizerVersion.
Status migrate(Database &db);

} // namespace sillok::core
