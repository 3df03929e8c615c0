#pragma once
// Migration 1: the base schema (see migrations.h). Dates are stored as PartialDate strings
// ("YYYY", "YYYY-MM", "YYYY-MM-DD", "" for none) plus an integer precision (DatePrecision);
// offsets are code points in the NFC text; run ids refer to import_run(id).

namespace sillok::core::schema {

inline constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    paths       TEXT NOT NULL DEFAULT '',
    imported    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

-- One row per source file; uid and id survive re-imports of changed content (version + 1).
CREATE TABLE article (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    source              TEXT NOT NULL,
    source_key          TEXT NOT NULL UNIQUE,
    format              TEXT NOT NULL DEFAULT '',
    encoding            TEXT NOT NULL DEFAULT '',
    content_hash        TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    title               TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL DEFAULT '',
    full_text           TEXT NOT NULL DEFAULT '',
    published           TEXT NOT NULL DEFAULT '',
    published_precision INTEGER NOT NULL DEFAULT 0,
    published_basis     TEXT NOT NULL DEFAULT '',
    published_text      TEXT NOT NULL DEFAULT '',
    first_run           INTEGER,
    last_run            INTEGER,
    imported_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX article_content_hash ON article(content_hash);
CREATE INDEX article_published ON article(published);

CREATE TABLE block (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('body', 'title', 'noise')),
    reason     TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE sentence (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Knowledge graph. name is the curated name, base_name the extracted one; merged_into, rejected,
-- name and alias.hidden are rebuilt from the decision ledger (core/store/library_graph*.cpp).
CREATE TABLE entity (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL CHECK (type IN ('organization', 'person', 'initiative', 'meeting')),
    name           TEXT NOT NULL,
    base_name      TEXT NOT NULL DEFAULT '',
    norm_key       TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    english        TEXT NOT NULL DEFAULT '',
    gazetteer_id   TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    date_precision INTEGER NOT NULL DEFAULT 0,
    end_date       TEXT NOT NULL DEFAULT '',
    date_text      TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    series         TEXT NOT NULL DEFAULT '',
    ordinal        INTEGER NOT NULL DEFAULT 0,
    rejected       INTEGER NOT NULL DEFAULT 0,
    merged_into    INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    first_run      INTEGER,
    last_run       INTEGER
);
CREATE INDEX entity_type ON entity(type);
CREATE INDEX entity_norm_key ON entity(norm_key);
CREATE INDEX entity_merged_into ON entity(merged_into);

CREATE TABLE alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    form      TEXT NOT NULL,
    norm      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'surface',
    source    TEXT NOT NULL DEFAULT 'extract',
    hidden    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity_id, norm)
);
CREATE INDEX alias_norm ON alias(norm);

-- entity_id: the curated entity (merge root); origin_entity_id: the entity extraction produced.
CREATE TABLE mention (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity_id        INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    origin_entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    sentence         INTEGER NOT NULL DEFAULT -1,
    surface          TEXT NOT NULL DEFAULT '',
    field            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mention_article ON mention(article_id, start);
CREATE INDEX mention_entity ON mention(entity_id);
CREATE INDEX mention_origin ON mention(origin_entity_id);

CREATE TABLE fact (
    id         INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    predicate  TEXT NOT NULL,
    object_id  INTEGER REFERENCES entity(id) ON DELETE CASCADE,
    value      TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    first_run  INTEGER,
    last_run   INTEGER,
    UNIQUE (subject_id, predicate, object_id, value)
);
CREATE INDEX fact_subject ON fact(subject_id, predicate);
CREATE INDEX fact_object ON fact(object_id);

CREATE TABLE fact_evidence (
    fact_id    INTEGER NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL REFERENCES mention(id) ON DELETE CASCADE,
    PRIMARY KEY (fact_id, mention_id)
) WITHOUT ROWID;
CREATE INDEX fact_evidence_mention ON fact_evidence(mention_id);

-- Curation ledger, keyed by stable entity uids so decisions survive re-extraction.
CREATE TABLE decision (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('rename', 'add_alias', 'remove_alias', 'merge', 'split',
                                             'reject', 'unreject')),
    entity_uid TEXT NOT NULL,
    other_uid  TEXT,
    value      TEXT,
    created_at TEXT NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decision_entity ON decision(entity_uid);
CREATE INDEX decision_other ON decision(other_uid);

-- article_uid is not a foreign key: annotations outlive article rows (re-anchored on re-import).
CREATE TABLE annotation (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    article_uid TEXT NOT NULL,
    article_id  INTEGER,
    start       INTEGER NOT NULL DEFAULT 0,
    end         INTEGER NOT NULL DEFAULT 0,
    exact       TEXT NOT NULL DEFAULT '',
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    text_hash   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '',
    entity_uid  TEXT NOT NULL DEFAULT '',
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotation_article_uid ON annotation(article_uid);
CREATE INDEX annotation_article_id ON annotation(article_id);
)sql";

} // namespace sillok::core::schema
