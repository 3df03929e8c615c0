#!/usr/bin/env python3
"""Runs the extract command on every article that has a gold file and scores it.

usage: score_gold.py TOOL SCORER GOLD_DIR ARTICLE_DIR MIN_F1 --shared-dir DIR [--published-from-gold]
                     [--min-meeting-dates X] [--min-noise X] [--min-type-f1 X]

TOOL is the extract command (sillok_extract_tool), SCORER {shared}/tools/score_extraction.py. A
path that starts with {shared} is in the shared folder (DIR, or $SILLOK_SHARED_DIR when set).
Each gold file names its article (its "article" field, else the gold's base name + .txt) in
ARTICLE_DIR. With --published-from-gold each article is given its gold publication date with
--published, as an analyst importing undated scraped pages would; without it the articles must
state their own dates. Fails (exit 1) when the overall F1, the share of correct meeting dates,
the share of boilerplate blocks kept out of the body or (with --min-type-f1) the F1 of any one
entity type is below its floor. When something in the shared folder is absent: exit 77 (ctest
SKIP) with a message, or exit 1 under CI=true, which always has it (tests/shared_dir.py). Anything
else absent (the repository's own gold or articles) is a failure.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import shared_dir  # noqa: E402  (tests/shared_dir.py)


def ratio(output, label):
    m = re.search(re.escape(label) + r": ([0-9.]+) \(", output)
    return float(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("scorer")
    ap.add_argument("gold_dir")
    ap.add_argument("article_dir")
    ap.add_argument("min_f1", type=float)
    ap.add_argument("--published-from-gold", action="store_true")
    ap.add_argument("--min-meeting-dates", type=float)
    ap.add_argument("--min-noise", type=float)
    ap.add_argument("--min-type-f1", type=float)
    ap.add_argument("--min-relations-f1", type=float)
    ap.add_argument("--shared-dir", required=True)
    args = ap.parse_args()
    for name in ("scorer", "gold_dir", "article_dir"):
        given = getattr(args, name)
        path = shared_dir.resolve(given, args.shared_dir)
        setattr(args, name, path)
        if os.path.exists(path):
            continue
        if given.startswith("{shared}"):
            return shared_dir.missing(path)
        print("FAIL: %s not found: %s" % (name, path))
        return 1
    articles = []
    for name in sorted(os.listdir(args.gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(args.gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        path = os.path.join(args.article_dir, gold.get("article") or name[:-5] + ".txt")
        cmd = [args.tool, "extract", "--json"]
        if args.published_from_gold and gold.get("published"):
            cmd += ["--published", gold["published"] if len(gold["published"]) == 10 else gold["published"] + "-01"]
        out = subprocess.run(cmd + [path], capture_output=True, text=True, check=True)
        articles += json.loads(out.stdout)["articles"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": articles}, f, ensure_ascii=False)
        pred = f.name
    try:
        run = subprocess.run([sys.executable, args.scorer, "--gold", args.gold_dir, "--pred", pred, "--per-article",
                              "--min-f1", str(args.min_f1)], capture_output=True, text=True)
    finally:
        os.unlink(pred)
    print(run.stdout, end="")
    status = run.returncode
    if status != 0:
        print("FAIL: overall F1 below %.3f" % args.min_f1)
    for label, floor in (("meeting dates correct", args.min_meeting_dates),
                         ("noise blocks kept out of the body", args.min_noise)):
        if floor is None:
            continue
        value = ratio(run.stdout, label)
        if value is None or value < floor:
            print("FAIL: %s %s below %.2f" % (label, value, floor))
            status = 1
    if args.min_type_f1 is not None:
        for kind in ("organizations", "people", "initiatives", "meetings"):
            m = re.search(r"^" + kind + r"\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)", run.stdout, re.M)
            if m is None or float(m.group(1)) < args.min_type_f1:
                print("FAIL: %s F1 %s below %.2f" % (kind, m.group(1) if m else None, args.min_type_f1))
                status = 1
    if args.min_relations_f1 is not None:
        m = re.search(r"^relations F1: ([0-9.]+)", run.stdout, re.M)
        if m is None or float(m.group(1)) < args.min_relations_f1:
            print("FAIL: relations F1 %s below %.2f" % (m.group(1) if m else None, args.min_relations_f1))
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
