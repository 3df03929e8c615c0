#include "search/search_schema.h"

namespace sillok::core {

// Weights below must match kTitleWeight (5.0) and kWordIndexWeight (2.0).

std::string_view searchSchemaSql()
{
    return R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS doc_wd USING fts5(title, body, content='article', content_rowid='id',
    tokenize='sillok_ko mode word');
CREATE VIRTUAL TABLE IF NOT EXISTS doc_bg USING fts5(title, body, content='article', content_rowid='id',
    tokenize='sillok_ko mode bigram');
CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS article_fts_ad AFTER DELETE ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS article_fts_au AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO doc_wd(doc_wd, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_bg(doc_bg, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
)sql";
}

std::string_view articleInsertTriggerSql()
{
    // sillok_fts_sync() is registered on every connection of the store (store/database.cpp).
    return R"sql(
CREATE TRIGGER IF NOT EXISTS article_fts_ai AFTER INSERT ON article WHEN sillok_fts_sync() BEGIN
    INSERT INTO doc_wd(rowid, title, body) VALUES (new.id, new.title, new.body);
    INSERT INTO doc_bg(rowid, title, body) VALUES (new.id, new.title, new.body);
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

std::string_view articleRankSql()
{
    return "SELECT id, -SUM(s) AS score FROM ("
           " SELECT rowid AS id, 2.0 * bm25(doc_wd, 5.0, 1.0) AS s FROM doc_wd WHERE doc_wd MATCH ?1"
           " UNION ALL"
           " SELECT rowid AS id, bm25(doc_bg, 5.0, 1.0) AS s FROM doc_bg WHERE doc_bg MATCH ?2"
           ") GROUP BY id";
}

std::string_view articleSearchSql()
{
    return "SELECT a.id, a.title, a.body, r.score FROM ("
           "SELECT id, -SUM(s) AS score FROM ("
           " SELECT rowid AS id, 2.0 * bm25(doc_wd, 5.0, 1.0) AS s FROM doc_wd WHERE doc_wd MATCH ?1"
           " UNION ALL"
           " SELECT rowid AS id, bm25(doc_bg, 5.0, 1.0) AS s FROM doc_bg WHERE doc_bg MATCH ?2"
           ") GROUP BY id"
           ") AS r JOIN article AS a ON a.id = r.id ORDER BY r.score DESC, a.id LIMIT ?3";
}

std::string_view annotationSearchSql()
{
    return "SELECT rowid AS id, -bm25(annotation_fts, 2.0, 2.0, 1.0) AS score FROM annotation_fts"
           " WHERE annotation_fts MATCH ?1 ORDER BY score DESC, rowid LIMIT ?2";
}

} // namespace sillok::core
