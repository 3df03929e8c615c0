#pragma once
// Internal to core/store: migration steps kept outside migrations.cpp, each taking a database at
// version N-1 to N inside the transaction migrate() opens (migrations.h). Each is safe to run
// again on a database that already has its change (the tests take libraries back a version).

#include "common/result.h"

#include <initializer_list>
#include <string_view>

namespace sillok::core {

class Database;

namespace migration {

// One edit of a table's text in sqlite_schema: `from` replaced by `to` in table `table`'s CREATE.
struct SchemaTextEdit {
    std::string_view table, from, to;
};
// Makes `edits`, SQLite's documented way to make a change that changes no stored row
// (lang_altertable.html, "other kinds of table schema changes"). A table whose text does not hold
// `from` is left as it is. writable_schema is on for the edits and off again whatever happens;
// the schema version goes up when a text changed, so connections read the schema again.
Status editSchemaText(Database &db, std::initializer_list<SchemaTextEdit> edits);

// 12–18: the graph's tallies and the indexes the views and the writer read at 100,000 articles
// (migration_steps_graph.cpp).
Status migration12(Database &db);
Status migration13(Database &db);
Status migration14(Database &db);
Status migration15(Database &db);
Status migration16(Database &db);
Status migration17(Database &db);
Status migration18(Database &db);

} // namespace migration
} // namespace sillok::core
