#include "search/search_schema.h"

namespace sillok::core {

// Weights below must match kTitleWeight (5.0) and kWordIndexWeight (2.0).

std::string_view searchSchemaSql()
{
    // The text is stored packed (text/text_pack.h): the indexes read it through the view
    // article_text and the store's SQL function sillok_text(). doc_bg keeps no positions or
    // columns (detail=none, a sixth of the size): it answers which articles hold every bigram of
    // a term, and doc_wd, with full detail, ranks, matches phrases and weighs titles.
    return R"sql(
CREATE VIEW IF NOT EXISTS article_text AS SELECT id, title, sillok_text(body) AS body FROM article;
CREATE VIRTUAL TABLE IF NOT EXISTS doc_wd USING fts5(title, body, content='article_text', content_rowid='id',
    tokenize='sillok_ko mode word');
CREATE VIRTUAL TABLE IF NOT EXISTS doc_bg USING fts5(title, body, content='article_text', content_rowid='id',
    tokenize='sillok_ko mode bigram', detail=none);
CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
END;
CREATE TRIGGER IF NOT EXISTS article_fts_ad AFTER DELETE ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, sillok_text(old.body));
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, sillok_text(old.body));
END;
CREATE TRIGGER IF NOT EXISTS article_fts_au AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, sillok_text(old.body));
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, sillok_text(old.body));
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
END;
)sql";
}

std::string_view searchSchemaDropSql()
{
    return R"sql(
DROP TRIGGER IF EXISTS article_fts_ai;
DROP TRIGGER IF EXISTS article_fts_ad;
DROP TRIGGER IF EXISTS article_fts_au;
DROP TABLE IF EXISTS doc_wd;
DROP TABLE IF EXISTS doc_bg;
DROP VIEW IF EXISTS article_text;
)sql";
}

std::string_view articleInsertTriggerSql()
{
    // sillok_fts_sync() is registered on every connection of the store (store/database.cpp).
    return R"sql(
CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article WHEN sillok_fts_sync() BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, sillok_text(new.body));
END;
)sql";
}

std::string_view searchRebuildSql()
{
    return "INSERT INTO doc_wd(doc_wd) VALUES ('rebuild');\n"
           "INSERT INTO doc_bg(doc_bg) VALUES ('rebuild');\n";
}

std::string_view annotationSearchSchemaSql()
{
    return R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS annotation_fts USING fts5(exact, note, tags, content='annotation',
    content_rowid='id', tokenize='sillok_ko mode bigram');
CREATE TRIGGER IF NOT EXISTS annotation_fts_ai AFTER INSERT ON annotation BEGIN
    INSERT INTO annotation_fts(rowid, exact, note, tags) VALUES (new.id, new.exact, new.note, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS annotation_fts_ad AFTER DELETE ON annotation BEGIN
    INSERT INTO annotation_fts(annotation_fts, rowid, exact, note, tags)
        VALUES ('delete', old.id, old.exact, old.note, old.tags);
END;
CREATE TRIGGER IF NOT EXISTS annotation_fts_au AFTER UPDATE OF exact, note, tags ON annotation BEGIN
    INSERT INTO annotation_fts(annotation_fts, rowid, exact, note, tags)
        VALUES ('delete', old.id, old.exact, old.note, old.tags);
    INSERT INTO annotation_fts(rowid, exact, note, tags) VALUES (new.id, new.exact, new.note, new.tags);
END;
)sql";
}

std::string_view annotationSearchRebuildSql()
{
    return "INSERT INTO annotation_fts(annotation_fts) VALUES ('rebuild');\n";
}

std::string storyConditionSql(std::string_view id)
{
    // article.copy_of IS NULL is the one SQL notion of a primary copy (the identity work's
    // migration 6); the copies are few and the partial index article_copy_of lists them.
    return std::string(id) + " NOT IN (SELECT id FROM article WHERE copy_of IS NOT NULL)";
}

std::string duplicatesSql(std::string_view id)
{
    return "(SELECT COUNT(*) FROM article AS c WHERE c.copy_of = " + std::string(id) + ")";
}

namespace {

// The matches (r) and the filtered, tiered stories (f) shared by the page and the facets.
std::string matchesCte()
{
    // doc_bg gives no score: with detail=none, FTS5's bm25() would read and tokenize every
    // matching text again to count the terms (1.6 s for a common word at 20,000 articles); the
    // word index ranks. A story that only the bigram index found holds its terms in pieces or in sequence:
    // sillok_holds() keeps the second kind (?12 = MatchQuery::bigramCheck, search/term_check.h).
    std::string sql =
        "WITH r AS (SELECT u.id AS id, -SUM(u.s) AS score FROM ("
        " SELECT rowid AS id, 2.0 * bm25(doc_wd, 5.0, 1.0) AS s, 1 AS w FROM doc_wd WHERE ?1 <> '' AND doc_wd MATCH ?1"
        " UNION ALL"
        " SELECT rowid AS id, 0.0 AS s, 0 AS w FROM doc_bg WHERE ?2 <> '' AND doc_bg MATCH ?2"
        " UNION ALL"
        " SELECT id, 0.0 AS s, 1 AS w FROM article WHERE ?1 = '' AND ?2 = ''"
        ") AS u GROUP BY u.id HAVING MAX(u.w) = 1 OR ?12 IS NULL OR ?12 = '' OR"
        " (SELECT sillok_holds(a.title, a.body, ?12) FROM article AS a WHERE a.id = u.id)), "
        "f AS MATERIALIZED (SELECT r.id AS id, r.score + CASE WHEN ?9 IS NOT NULL AND r.id IN "
        "(SELECT article_id FROM mention WHERE entity_id IN (SELECT value FROM json_each(?9))) "
        "THEN "
        + std::to_string(kEntityTierBonus)
        + " ELSE 0.0 END AS score FROM r WHERE "
          "(?3 = '' OR r.id IN (SELECT id FROM article WHERE published <> '' AND published || '~' >= ?3)) "
          "AND (?4 = '' OR r.id IN (SELECT id FROM article WHERE published <> '' AND published <= ?4 || '~'))";
    for (int slot = 5; slot < 5 + kEntityFilterSlots; ++slot) {
        const std::string p = "?" + std::to_string(slot);
        sql += " AND (";
        sql += p;
        sql += " IS NULL OR r.id IN (SELECT article_id FROM mention WHERE entity_id IN (SELECT value FROM json_each(";
        sql += p;
        sql += "))))";
    }
    sql += " AND " + storyConditionSql("r.id") + ")";
    return sql;
}

} // namespace

std::string_view articleSearchSql()
{
    static const std::string sql =
        matchesCte() + " SELECT p.id, p.score, p.total, a.uid, a.source, a.title, sillok_text(a.body), a.published, "
        + duplicatesSql("p.id")
        + " FROM (SELECT id, score, COUNT(*) OVER () AS total FROM f ORDER BY score DESC, id LIMIT ?10 OFFSET ?11) AS p"
          " JOIN article AS a ON a.id = p.id ORDER BY p.score DESC, p.id";
    return sql;
}

std::string_view articleFacetSql()
{
    static const std::string sql =
        matchesCte()
        + " SELECT 'total', '', COUNT(*), 0 FROM f"
          " UNION ALL"
          // CROSS JOIN keeps f the outer loop: each story's mentions come together (FacetTally).
          " SELECT 'mention', '', f.id, m.entity_id FROM f CROSS JOIN mention AS m INDEXED BY mention_article"
          " ON m.article_id = f.id WHERE m.entity_id IS NOT NULL"
          " UNION ALL"
          " SELECT 'year', substr(published, 1, 4), COUNT(*), 0 FROM article INDEXED BY article_published"
          " WHERE published <> '' AND id IN"
          " (SELECT id FROM f) GROUP BY 2"
          " UNION ALL"
          " SELECT 'source', source, 1, 0 FROM article WHERE id IN (SELECT id FROM f)";
    return sql;
}

std::string_view annotationSearchSql()
{
    return "SELECT rowid AS id, -bm25(annotation_fts, 2.0, 2.0, 1.0) AS score FROM annotation_fts"
           " WHERE annotation_fts MATCH ?1 ORDER BY score DESC, rowid LIMIT ?2";
}

} // namespace sillok::core
