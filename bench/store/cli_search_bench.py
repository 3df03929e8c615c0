#!/usr/bin/env python3
"""Whole-process search: `sillok-cli search` next to the `sqlite3` shell doing the same unicode61 search.

Each query runs as a new process, as a script or a person at a terminal runs it: `sillok-cli --db
LIBRARY search --limit 20 QUERY` against `sqlite3 UNICODE61_DB "SELECT rowid, snippet(...) FROM doc
WHERE doc MATCH '...' ORDER BY rank LIMIT 20"`, the same words quoted (unicode61 has no particles
or bigrams). Prints p50/p90/p99 over every run of the 40 queries for both, and the ratio of the p90s.

The unicode61 database is the yardstick `bench/store/scale_bench --keep` leaves next to the library
(table doc(body), the same texts). Needs the sqlite3 shell (Debian package sqlite3).

usage: cli_search_bench.py SILLOK_CLI LIBRARY UNICODE61_DB [ROUNDS=3]
"""
import statistics
import subprocess
import sys
import time

# 40 queries, as the 20k check asks (p90 over 40): the six shapes of scale_bench, with
# names gen_corpus.py invents (its first companies recur most, later ones rarely) and the seeds'.
QUERIES = [
    "반도체", "정부", "투자", "기업", "기술", "개발", "데이터센터", "시장",          # common words
    "하결칩스", "사누실리콘", "리벨리온", "람림세미콘", "별타실리콘", "새카칩스",   # rare names
    "윤경도",
    "과기정통부", "산업부", "MSIT", "중기부", "산업통상자원부", "삼성전자",         # aliases
    "SK하이닉스",
    "NVIDIA", "Samsung Electronics", "furiosa", "Rebellions", "sk hynix", "LG",   # English names
    "SK hynix",
    "\"인공지능 반도체\"", "\"업무협약\"", "\"투자 협약식\"", "\"신제품 발표회\"",  # phrases
    "\"국산 AI반도체 생태계\"",
    "반도체 투자 협약", "AI 반도체 스타트업", "정부 예산 지원", "데이터센터 전력",  # several words
    "퓨리오사AI 삼성전자", "엔비디아 GPU",
]


def unicode61_match(query):
    words = [w for w in query.replace('"', " ").split() if w]
    return " ".join('"%s"' % w for w in words)


def timed(cmd):
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = (time.perf_counter() - start) * 1000.0
    if done.returncode != 0:
        raise SystemExit("%s failed: %s" % (cmd[:3], done.stderr.strip()[-300:]))
    return elapsed


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    cli, library, u61 = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    ours, theirs = [], []
    for _ in range(rounds):
        for q in QUERIES:
            ours.append(timed([cli, "--db", library, "search", "--limit", "20", q]))
            sql = ("SELECT rowid, snippet(doc, 0, '[', ']', '…', 16) FROM doc WHERE doc MATCH '%s' "
                   "ORDER BY rank LIMIT 20" % unicode61_match(q).replace("'", "''"))
            theirs.append(timed(["sqlite3", u61, sql]))
    print("%d queries x %d rounds, whole process, ms" % (len(QUERIES), rounds))
    print("%-22s %8s %8s %8s" % ("", "p50", "p90", "p99"))
    for name, v in (("sillok-cli search", ours), ("sqlite3 unicode61", theirs)):
        print("%-22s %8.1f %8.1f %8.1f" % (name, statistics.median(v), pct(v, 90), pct(v, 99)))
    print("p90 ratio: %.2fx" % (pct(ours, 90) / pct(theirs, 90)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
