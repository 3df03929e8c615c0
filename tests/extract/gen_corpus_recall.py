#!/usr/bin/env python3
"""Names no dictionary holds: runs ../shared/tools/gen_corpus.py and checks what the extractor finds.

usage: gen_corpus_recall.py TOOL GEN_CORPUS GAZETTEER [--n N] [--min-recall X] [--max-false-orgs N]

gen_corpus.py writes N articles, each with a paragraph about two invented companies and an
invented person ("X과 Y는 … 업무협약(MOU)을 체결했다. 서재민 X 대표는 …"). The invented names are
recomputed from the script's own deterministic functions (company(), person() and the pool sizes,
read from its source with ast, so a change to the generator is followed). Checks:
  - recall: the share of invented companies (that appear in some article) found as an
    organisation in every article naming them is at least --min-recall (0.90);
  - people: each invented person named in an article comes out as a person whose organisation
    is an invented company, in at least --min-recall of the articles;
  - precision: the organisations found that are neither gazetteer names, nor invented companies,
    nor found in the seed articles the generator copies its other paragraphs from (real
    companies of the seeds that the gazetteer does not hold: printed apart) are at most
    --max-false-orgs distinct names (printed, with their counts).
Exit 77 (ctest SKIP) when GEN_CORPUS is absent, unless CI=true or 1 (then exit 1): tests/shared_dir.py.
GEN_CORPUS may start with {shared} ($SILLOK_SHARED_DIR when set, else --shared-dir).
"""
import argparse
import ast
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import shared_dir  # noqa: E402  (tests/shared_dir.py)


def invented_names(script, n):
    """company(k) for k < n_comp and person(k) for k < n_pers, as the generator defines them."""
    tree = ast.parse(open(script, encoding="utf-8").read())
    keep = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("company", "person"):
            keep.append(node)
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            names += [e.id for t in node.targets if isinstance(t, ast.Tuple) for e in t.elts if isinstance(e, ast.Name)]
            if set(names) & {"syl", "heads", "surn", "given", "n_comp", "n_pers"}:
                keep.append(node)
    ns = {"random": random, "n": n}
    exec(compile(ast.Module(body=keep, type_ignores=[]), script, "exec"), ns)
    companies = {ns["company"](k) for k in range(ns["n_comp"])}
    people = {ns["person"](k) for k in range(ns["n_pers"])}
    return companies, people


def gazetteer_names(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            cols = line.rstrip("\n").split("\t")
            if i == 0 or len(cols) < 2 or line.startswith("#"):
                continue
            names.add(cols[1])
            if len(cols) > 4 and cols[4]:
                names.add(cols[4])
            if len(cols) > 5:
                names.update(a for a in cols[5].split("|") if a)
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("gen_corpus")
    ap.add_argument("gazetteer")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--min-recall", type=float, default=0.90)
    ap.add_argument("--max-false-orgs", type=int, default=5)
    ap.add_argument("--shared-dir", default="", help="the configured shared folder ({shared} in GEN_CORPUS)")
    args = ap.parse_args()
    args.gen_corpus = shared_dir.resolve(args.gen_corpus, args.shared_dir)
    if not os.path.exists(args.gen_corpus):
        return shared_dir.missing(args.gen_corpus)

    companies, people = invented_names(args.gen_corpus, args.n)
    gazetteer = gazetteer_names(args.gazetteer)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, args.gen_corpus, str(args.n), tmp], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run([args.tool, "extract", "--json", tmp], check=True, capture_output=True).stdout
    articles = json.loads(out.decode("utf-8"))["articles"]
    seeds_dir = os.path.join(os.path.dirname(os.path.abspath(args.gen_corpus)), "..", "corpus", "seeds")
    seed_out = subprocess.run([args.tool, "extract", "--json", seeds_dir], check=True, capture_output=True).stdout
    seed_orgs = {o["name"] for a in json.loads(seed_out.decode("utf-8"))["articles"] for o in a["organizations"]}

    present, missed = set(), set()
    person_total = person_linked = 0
    false_orgs = {}
    seed_only = {}
    for a in articles:
        body = a["body"] + "\n" + "\n".join(a.get("captions") or [])
        found = {n for o in a["organizations"] for n in [o["name"]] + list(o.get("aliases") or [])}
        for c in companies:
            if c in body:
                present.add(c)
                if c not in found:
                    missed.add(c)
        for p in people:
            if p + " " in body:
                person_total += 1
                hit = [x for x in a["people"] if x["name"] == p]
                person_linked += int(bool(hit) and hit[0].get("organization") in companies)
        for o in a["organizations"]:
            if o["name"] in companies or o["name"] in gazetteer:
                continue
            into = seed_only if o["name"] in seed_orgs else false_orgs
            into[o["name"]] = into.get(o["name"], 0) + 1
    recall = (len(present) - len(missed)) / len(present) if present else 0.0
    people_share = person_linked / person_total if person_total else 0.0
    print("invented companies: %d named, %d found as organisations in every article naming them: recall %.3f"
          % (len(present), len(present) - len(missed), recall))
    if missed:
        print("missed: " + ", ".join(sorted(missed)[:20]))
    print("invented people: %d/%d found with their invented company (%.3f)" % (person_linked, person_total, people_share))
    print("organisations of the seed paragraphs that the gazetteer does not hold: %d %s"
          % (len(seed_only), json.dumps(seed_only, ensure_ascii=False)))
    print("false organisations (neither gazetteer, invented nor of the seeds): %d %s"
          % (len(false_orgs), json.dumps(false_orgs, ensure_ascii=False)))
    ok = recall >= args.min_recall and people_share >= args.min_recall and len(false_orgs) <= args.max_false_orgs
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
