#!/usr/bin/env python3
"""Runs the extract command on every seed that has a gold file and scores it.

usage: score_gold.py TOOL SHARED_DIR MIN_F1
Each seed is given its gold publication date with --published (the scraped seeds state none),
as an analyst importing them would. Exit 77 (ctest SKIP) when the shared corpus is absent.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    tool, shared, floor = sys.argv[1], sys.argv[2], sys.argv[3]
    gold_dir = os.path.join(shared, "corpus", "gold")
    seeds = os.path.join(shared, "corpus", "seeds")
    scorer = os.path.join(shared, "tools", "score_extraction.py")
    if not (os.path.isdir(gold_dir) and os.path.isdir(seeds) and os.path.isfile(scorer)):
        print("SKIP: shared corpus not found at " + shared)
        return 77
    articles = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        seed = os.path.join(seeds, gold.get("article") or name[:-5] + ".txt")
        cmd = [tool, "extract", "--json"]
        if gold.get("published"):
            cmd += ["--published", gold["published"] if len(gold["published"]) == 10 else gold["published"] + "-01"]
        out = subprocess.run(cmd + [seed], capture_output=True, text=True, check=True)
        articles += json.loads(out.stdout)["articles"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": articles}, f, ensure_ascii=False)
        pred = f.name
    try:
        return subprocess.run([sys.executable, scorer, "--gold", gold_dir, "--pred", pred, "--per-article",
                               "--min-f1", floor]).returncode
    finally:
        os.unlink(pred)


if __name__ == "__main__":
    sys.exit(main())
