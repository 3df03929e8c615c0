#!/usr/bin/env python3
"""ctest: kill -9 at random moments during `sillok-cli import`, then resume; the library stays sound.

A generated corpus (../shared/tools/gen_corpus.py; the rule of tests/shared_dir.py when it is
absent) is imported once into a reference library. Then the same folder is imported into a
second library, and the import is killed with SIGKILL at a random moment, KILLS times (the moments
are drawn from a seeded generator, spread over the time a clean import takes). After every kill:

  - PRAGMA integrity_check says ok and PRAGMA foreign_key_check finds nothing;
  - no article is stored without its blocks and sentences, no mention points at a missing article
    or entity, no fact evidence at a missing mention;
  - the full-text index agrees with the articles (FTS5 'integrity-check').

A last import without a kill must succeed and leave the library equal to the clean one: the same
articles (source, title, hash, date), blocks, sentences, entities (type, name, mentions), aliases
and facts with their evidence, compared by content, not by row id.

usage: import_crash_safety.py SILLOK_CLI SHARED_DIR [N=800] [KILLS=10]
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import shared_dir  # noqa: E402  (tests/shared_dir.py)

FAILURES = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        FAILURES.append(what)


def soundness(db):
    """Returns a list of problems found in the library file `db` (empty when sound)."""
    problems = []
    con = sqlite3.connect(db)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append("integrity_check: %s" % integrity[:3])
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "article" not in tables:
            # Killed before the schema's first commit: an empty database is a sound library.
            if tables:
                problems.append("a schema without its article table: %s" % sorted(tables)[:5])
            return problems
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append("foreign_key_check: %d rows, e.g. %s" % (len(fk), fk[:3]))
        queries = {
            "articles without blocks":
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM article_blocks b WHERE b.article_id = a.id AND length(b.blocks) > 0)",
            "articles without sentences":
                "SELECT count(*) FROM article a WHERE a.body <> '' AND "
                "NOT EXISTS (SELECT 1 FROM article_sentences s WHERE s.article_id = a.id)",
            "mentions of missing articles":
                "SELECT count(*) FROM mention m WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = m.article_id)",
            "mentions of missing entities":
                "SELECT count(*) FROM mention m WHERE m.entity_id IS NOT NULL AND "
                "NOT EXISTS (SELECT 1 FROM entity e WHERE e.id = m.entity_id)",
            "articles without their content key":
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM article_content c WHERE c.article_id = a.id)",
            "evidence of missing mentions":
                "SELECT count(*) FROM fact_evidence f WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.id = f.mention_id)",
        }
        for what, sql in queries.items():
            n = con.execute(sql).fetchone()[0]
            if n:
                problems.append("%s: %d" % (what, n))
        # FTS5's own 'integrity-check' needs the tokenizer, which only the app registers: check
        # instead that each document index holds exactly one row per stored article.
        fts = [t for t in ("doc_wd", "doc_bg") if t + "_docsize" in tables]
        if len(fts) != 2:
            problems.append("document indexes missing: %s" % fts)
        n_articles = con.execute("SELECT count(*) FROM article").fetchone()[0]
        for t in fts:
            n_docs = con.execute("SELECT count(*) FROM %s_docsize" % t).fetchone()[0]
            strays = con.execute("SELECT count(*) FROM %s_docsize d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM article a WHERE a.id = d.id)" % t).fetchone()[0]
            if n_docs != n_articles or strays:
                problems.append("%s indexes %d documents (%d of missing articles) for %d articles"
                                % (t, n_docs, strays, n_articles))
    finally:
        con.close()
    return problems


def stored(db):
    """How many articles the library `db` holds (0 before its schema exists)."""
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(db)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'article'").fetchone():
            return 0
        return con.execute("SELECT count(*) FROM article").fetchone()[0]
    finally:
        con.close()


def content(db):
    """The library's stored knowledge, keyed by content (row ids and run numbers left out)."""
    con = sqlite3.connect(db)
    try:
        out = {}
        out["articles"] = sorted(con.execute(
            "SELECT source, title, content_hash, published, body FROM article"))
        out["blocks"] = sorted(con.execute(
            "SELECT a.source, b.blocks FROM article_blocks b JOIN article a ON a.id = b.article_id"))
        out["sentences"] = sorted(con.execute(
            "SELECT a.source, s.bounds FROM article_sentences s JOIN article a ON a.id = s.article_id"))
        out["entities"] = sorted(con.execute(
            "SELECT e.type, e.name, e.base_name, e.date, e.rejected, "
            "(SELECT count(*) FROM mention m WHERE m.entity_id = e.id) FROM entity e"))
        out["aliases"] = sorted(con.execute(
            "SELECT e.type, e.name, a.norm, a.hidden FROM alias a JOIN entity e ON e.id = a.entity_id"))
        # With the tallies and the span's dates the writer keeps (an entity page reads them).
        out["facts"] = sorted(con.execute(
            "SELECT s.type, s.name, f.predicate, o.type, o.name, f.value, "
            "(SELECT count(*) FROM fact_evidence v WHERE v.fact_id = f.id), f.articles, f.sentences, f.stated, "
            "sp.first_published, sp.last_published "
            "FROM fact f JOIN entity s ON s.id = f.subject_id LEFT JOIN entity o ON o.id = f.object_id "
            "LEFT JOIN fact_span sp ON sp.fact_id = f.id"),
            key=repr)
        out["mentions"] = sorted(con.execute(
            "SELECT a.source, m.start, m.end, e.type, e.name FROM mention m JOIN article a ON a.id = m.article_id "
            "LEFT JOIN entity e ON e.id = m.entity_id"), key=repr)
        return out
    finally:
        con.close()


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cli = sys.argv[1]
    shared = shared_dir.shared_dir(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 800
    kills = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    gen = os.path.join(shared, "tools", "gen_corpus.py")
    if not os.path.isfile(gen):
        return shared_dir.missing(gen)

    work = tempfile.mkdtemp(prefix="sillok-crash-")
    try:
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, gen, str(n), corpus], check=True, stdout=subprocess.DEVNULL)
        files = len(os.listdir(corpus))
        check(files == n, "gen_corpus wrote %d files" % files)

        ref = os.path.join(work, "ref.db")
        started = time.monotonic()
        clean = subprocess.run([cli, "--db", ref, "import", "--json", corpus],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        clean_seconds = time.monotonic() - started
        check(clean.returncode == 0, "clean import exits 0 (%.1f s): %s" % (clean_seconds, clean.stderr.strip()[-300:]))

        db = os.path.join(work, "crash.db")
        rng = random.Random(20261202)
        killed_running = 0
        for i in range(kills):
            # A random moment within what is left of the import (each run resumes where the last
            # one's committed batches ended), after a short start.
            left = (n - stored(db)) / n
            delay = 0.2 + rng.uniform(0.1, 0.9) * clean_seconds * left
            proc = subprocess.Popen([cli, "--db", db, "import", "--json", corpus],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            running = proc.poll() is None
            if running:
                proc.send_signal(signal.SIGKILL)
                killed_running += 1
            proc.wait()
            problems = soundness(db) if os.path.exists(db) else []
            check(not problems, "kill %d after %.2f s (%s, %d articles stored): sound%s" % (
                i + 1, delay, "during the import" if running else "after it ended", stored(db),
                "" if not problems else ": " + "; ".join(problems)))
        check(killed_running >= kills * 7 // 10,
              "%d of %d kills landed while the import was running" % (killed_running, kills))

        before_final = stored(db)
        # Under load a kill may land after a run finished: then everything is stored already.
        check(before_final > 0, "the killed imports stored %d of %d articles between them" % (before_final, n))
        final = subprocess.run([cli, "--db", db, "import", "--json", corpus],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        check(final.returncode == 0, "the import after the kills completes: %s" % final.stderr.strip()[-300:])
        problems = soundness(db)
        check(not problems, "the completed library is sound" + ("" if not problems else ": " + "; ".join(problems)))
        want, got = content(ref), content(db)
        for key in want:
            same = want[key] == got[key]
            detail = ""
            if not same and isinstance(want[key], list):
                missing = [r for r in want[key] if r not in set(got[key])][:2]
                extra = [r for r in got[key] if r not in set(want[key])][:2]
                detail = ": %d vs %d rows; missing %s; extra %s" % (len(want[key]), len(got[key]), missing, extra)
            elif not same:
                detail = ": %s vs %s" % (want[key], got[key])
            check(same, "%s equal to the clean import's%s" % (key, detail))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
