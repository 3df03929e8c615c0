// Migrations 12–18 (migration_steps.h): the tallies the graph writer keeps, and the indexes the
// views and the writer read in a library of 100,000 articles.

#include "store/database.h"
#include "store/migration_steps.h"
#include "store/statement.h"

#include <string>

namespace sillok::core::migration {

// A fact's tallies, kept by the graph writer as articles come and go (library_graph_merge.cpp):
// the articles and sentences that state it and the latest date they give it, so an entity page
// shows a fact stated in 60,000 articles without reading its evidence (docs/performance.md).
// Filled here from the evidence in one pass over it; the wording kept with the latest date is
// its first statement's (the lowest mention id), as the writer keeps it.
Status migration12(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE fact ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fact ADD COLUMN sentences INTEGER NOT NULL DEFAULT 0;
ALTER TABLE fact ADD COLUMN stated TEXT NOT NULL DEFAULT '';
ALTER TABLE fact ADD COLUMN stated_text TEXT NOT NULL DEFAULT '';
CREATE TEMP TABLE fact_tally AS
    SELECT fe.fact_id AS id, COUNT(DISTINCT m.article_id) AS articles,
           COUNT(DISTINCT (m.article_id << 24) + CASE WHEN m.sentence >= 0 THEN m.sentence ELSE 16777215 - m.start END)
               AS sentences
    FROM fact_evidence fe JOIN mention m ON m.id = fe.mention_id GROUP BY fe.fact_id;
UPDATE fact SET articles = t.articles, sentences = t.sentences FROM temp.fact_tally t WHERE t.id = fact.id;
DROP TABLE temp.fact_tally;
CREATE TEMP TABLE fact_stated AS
    SELECT fact_id AS id, date AS stated, date_text FROM (SELECT fact_id, date, date_text, ROW_NUMBER() OVER
        (PARTITION BY fact_id ORDER BY date DESC, mention_id) AS n FROM fact_evidence WHERE date <> '') WHERE n = 1;
UPDATE fact SET stated = s.stated, stated_text = s.date_text FROM temp.fact_stated s WHERE s.id = fact.id;
DROP TABLE temp.fact_stated;
)sql");
}

// An entity's tallies, kept by the writers as mentions come, go and move between merge roots
// (library_graph_merge.cpp, library_graph_ledger.cpp): how many distinct articles and how many
// mentions name it as their curated entity (mention.entity_id), so the entity list and search's
// entity tier read two columns instead of counting every mention of every entity. Filled here
// from the mentions in one pass over mention_entity (entity_id, article_id), which covers both
// counts in order.
Status migration13(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE entity ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entity ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
CREATE TEMP TABLE entity_tally AS
    SELECT entity_id AS id, COUNT(DISTINCT article_id) AS articles, COUNT(*) AS mentions
    FROM mention WHERE entity_id IS NOT NULL GROUP BY entity_id;
UPDATE entity SET article_count = t.articles, mention_count = t.mentions FROM temp.entity_tally t WHERE t.id = entity.id;
DROP TABLE temp.entity_tally;
)sql");
}

// The views' reads from indexes alone (library_timeline.cpp, library_graph_ego.cpp;
// docs/performance.md): the timeline's items from entity_timeline (the dated, curated initiatives
// and meetings with what the timeline shows of them), co-mentions from mention_article with the
// mention's sentence, and the subject of a fact found by its object from fact_object, so an ego
// network two hops out reads no fact row. mention_article and fact_object keep their leading
// columns (every plan that used them still does) and gain a last one.
Status migration14(Database &db)
{
    return db.exec(R"sql(
DROP INDEX IF EXISTS entity_timeline;
CREATE INDEX entity_timeline ON entity(type, date, kind, name, end_date, date_text)
    WHERE date != '' AND merged_into IS NULL AND rejected = 0;
DROP INDEX IF EXISTS mention_article;
CREATE INDEX mention_article ON mention(article_id, start, entity_id, sentence);
DROP INDEX IF EXISTS fact_object;
CREATE INDEX fact_object ON fact(object_id, subject_id);
)sql");
}

// The fact indexes in the order an entity page keeps facts: by end, predicate, then the most
// stated first (articles, then the latest run). The page of an organization with 32,768 facts
// (13,870 people with a role in it) read every row to keep each predicate's 100 most stated; it
// now counts them in the index and reads the 200 rows of each predicate it may show. fact_object
// keeps migration 14's subject_id last, so an ego network still finds a fact's subject by its
// object without the row.
Status migration15(Database &db)
{
    return db.exec(R"sql(
DROP INDEX fact_subject;
DROP INDEX fact_object;
CREATE INDEX fact_subject ON fact(subject_id, predicate, articles DESC, last_run DESC);
CREATE INDEX fact_object ON fact(object_id, predicate, articles DESC, last_run DESC, subject_id);
)sql");
}

Status editSchemaText(Database &db, std::initializer_list<SchemaTextEdit> edits)
{
    auto version = db.scalar("PRAGMA schema_version");
    if (!version)
        return std::unexpected(version.error());
    if (auto s = db.exec("PRAGMA writable_schema = ON;"); !s)
        return s;
    // Whatever happens below, the connection leaves writable_schema off again.
    Status edited;
    bool changed = false;
    for (const SchemaTextEdit &e : edits) {
        Statement st(db, "UPDATE sqlite_schema SET sql = replace(sql, ?2, ?3) "
                         "WHERE type = 'table' AND name = ?1 AND instr(sql, ?2) > 0");
        st.bind(1, e.table).bind(2, e.from).bind(3, e.to);
        edited = st.run();
        if (!edited)
            break;
        changed = changed || db.changes() > 0;
    }
    if (edited && changed)
        edited = db.exec("PRAGMA schema_version = " + std::to_string(*version + 1) + ";");
    const Status off = db.exec("PRAGMA writable_schema = OFF;");
    if (!edited)
        return edited;
    return off;
}

// The mentions by the entity extraction gave them (origin_entity_id), indexed only where a merge
// moved them to another entity: the rest are found through mention_entity, where the entity is
// the origin (library_graph_ledger.cpp; GraphWriter::Impl::isNeeded in library_graph_merge.cpp).
// The full index held every mention, 32 MB of a 989 MB library of 100,000 generated articles, and
// cost the writer one more B-tree insert per mention; a library nobody curated holds no moved
// mention.
//
// The column's foreign key goes too: with foreign keys on, deleting an entity looks for the
// mentions it is the origin of, and without an index leading with the column that is a scan of
// every mention. Nothing relied on its ON DELETE SET NULL: the one writer that deletes entities
// (GraphWriter::collectGarbage) deletes only those no mention comes from. Removing a foreign key
// changes no stored row, so it is SQLite's documented edit of the table's text in sqlite_schema
// (lang_altertable.html, "other kinds of table schema changes"), not a copy of the table. A
// library whose text does not read as expected keeps its foreign key and the full index (and
// gets the partial one too, which the rewritten look-ups read).
Status migration16(Database &db)
{
    if (auto s = editSchemaText(db, {{"mention", "origin_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL",
                                      "origin_entity_id INTEGER"}});
        !s)
        return s;
    auto kept =
        db.scalar("SELECT COUNT(*) FROM pragma_foreign_key_list('mention') WHERE \"from\" = 'origin_entity_id'");
    if (!kept)
        return std::unexpected(kept.error());
    if (*kept == 0) {
        if (auto s = db.exec("DROP INDEX IF EXISTS mention_origin;"); !s)
            return s;
    }
    return db.exec("CREATE INDEX IF NOT EXISTS mention_moved ON mention(origin_entity_id) WHERE entity_id IS NOT "
                   "origin_entity_id;");
}

// The meetings of one day, from an index alone: the writer looks for the one meeting of the day
// that a new article names differently (GraphWriter's sameDayMeeting, for every meeting with a
// day date it merges) and reads each meeting of that day. Through entity_type_date it read each
// one's row as well, and the meetings of a day grow with the library (2,179 on the busiest day
// of a 100,000-article library): 2 ms a lookup there, 12 % of the writer's CPU (docs/performance.md,
// "The writer's growth, third pass"). The index holds what that lookup reads (the rowid, norm_key,
// name) for the meetings it may find (its WHERE stands for the rest of the lookup's condition), so
// SQLite's deferred seek to the entity row never happens: 0.8 → 0.2 s for 2,000 articles there.
Status migration17(Database &db)
{
    return db.exec(R"sql(
CREATE INDEX IF NOT EXISTS entity_meeting_day ON entity(date, date_precision, norm_key, name)
    WHERE type = 'meeting' AND merged_into IS NULL AND rejected = 0;
)sql");
}

// The wording kept with a fact's latest date, for libraries made before the rule that it is the
// first statement's (the lowest mention id) held on every path: migration 12 and the re-read after
// a dropped statement could keep any wording of that date. Read per fact through fact_evidence's
// key, one pass over the dated evidence.
Status migration18(Database &db)
{
    return db.exec(R"sql(
UPDATE fact SET stated_text = COALESCE((SELECT date_text FROM fact_evidence
    WHERE fact_id = fact.id AND date = fact.stated ORDER BY mention_id LIMIT 1), stated_text)
WHERE stated <> '';
)sql");
}

} // namespace sillok::core::migration
