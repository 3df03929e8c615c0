#!/usr/bin/env python3
"""Lengths of the C++ functions in a source tree, and a check that none runs over a limit.

A function's length is its physical lines from the first line of its declaration (return type,
template header) to its closing brace, blank and comment lines included: what a reader scrolls
through. Functions are the bodies opened at namespace or class scope (free functions, member
functions, constructors, operators, a lambda assigned at namespace scope); lambdas and local
classes inside a function count as part of it.

The parser is a brace matcher over the text with comments, string and character literals
blanked (raw strings included); it does not expand macros.

Usage:
  function_sizes.py ROOT [ROOT...]                 every function, longest first
  function_sizes.py --top N ROOT                   the N longest
  function_sizes.py --max 100 [--allow FILE:NAME ...] ROOT
                                                   exit 1 when a function (not allowed by name) is
                                                   longer than 100 lines; exit 1 too when an
                                                   --allow names no function over the limit (a
                                                   stale exemption)
"""
import argparse
import os
import re
import sys

KEYWORD_SCOPES = ("namespace", "class", "struct", "union", "enum")
TRAILING_WORDS = {"const", "noexcept", "override", "final", "mutable", "volatile", "try"}


def blank_literals(src):
    """`src` with comments, strings and character literals replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(src)

    def blank(s):
        return re.sub(r"[^\n]", " ", s)

    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(src[i:j]))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(blank(src[i:j]))
            i = j
        elif c == '"' or c == "'":
            raw = re.search(r'(?:\b(?:u8|u|U|L)?R)$', src[max(0, i - 3):i])
            if c == '"' and raw:
                m = re.match(r'"([^()\\\s]{0,16})\(', src[i:])
                if m:
                    end = src.find(")" + m.group(1) + '"', i)
                    j = n if end < 0 else end + len(m.group(1)) + 2
                    out.append(blank(src[i:j]))
                    i = j
                    continue
            if c == "'" and i > 0 and (src[i - 1].isalnum()) and src[i - 1] not in "uUL8":
                out.append(c)  # a digit separator: 1'000'000
                i += 1
                continue
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            j = min(n, j + 1)
            out.append(c + blank(src[i + 1:j - 1]) + (c if j - 1 > i else ""))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def blank_preprocessor(text):
    """Preprocessor lines (with their continuations) replaced by spaces."""
    lines = text.split("\n")
    cont = False
    for k, line in enumerate(lines):
        if cont or line.lstrip().startswith("#"):
            cont = line.rstrip().endswith("\\")
            lines[k] = " " * len(line)
    return "\n".join(lines)


def matching(text, i, open_c, close_c):
    depth = 0
    for j in range(i, len(text)):
        if text[j] == open_c:
            depth += 1
        elif text[j] == close_c:
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def function_name(header):
    """The (qualified) name before the parameter list of a function header."""
    # The parameter list is the first '(' at angle/paren depth 0 that follows a name.
    depth = 0
    for k, ch in enumerate(header):
        if ch in "<[":
            depth += 1
        elif ch in ">]":
            depth = max(0, depth - 1)
        elif ch == "(" and depth == 0:
            before = header[:k].rstrip()
            m = re.search(r"((?:[A-Za-z_~][\w]*\s*(?:<[^<>]*>)?\s*::\s*)*(?:operator\s*[^\s\w(]+|operator\s+\w+|~?[A-Za-z_]\w*))$", before)
            if m:
                return re.sub(r"\s+", "", m.group(1))
            if before.endswith("]"):
                return "<lambda>"
    return "<unknown>"


def classify(header):
    """'scope' (namespace/class: look inside), 'function', or 'data' (an initializer, a block)."""
    h = re.sub(r"\s+", " ", header).strip()
    h_no_template = re.sub(r"^template ?<.*?> ?", "", h)
    h_no_template = re.sub(r"^(?:\[\[[^\]]*\]\] ?)+", "", h_no_template)
    first = h_no_template.split(" ", 1)[0] if h_no_template else ""
    if first in KEYWORD_SCOPES or h_no_template.startswith("extern \"") or h == "extern":
        if "(" not in h_no_template or first == "namespace":
            return "scope"
        # `struct S : Base<f(x)>` is rare; a struct with parens in its base is still a scope.
        if not h_no_template.rstrip().endswith(")"):
            return "scope"
    if h.endswith("=") or h.endswith("return") or h.endswith(","):
        return "data"
    if "(" in h:
        return "function"
    return "data"


def functions(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    text = blank_preprocessor(blank_literals(src))
    result = []

    def line_of(pos):
        return text.count("\n", 0, pos) + 1

    def scan(start, end):
        """Scans namespace/class scope text[start:end] for function bodies."""
        header_start = start
        i = start
        while i < end:
            ch = text[i]
            if ch in ";}":
                header_start = i + 1
            elif ch == ":" and text[i - 1] != ":" and text[i + 1:i + 2] != ":" and \
                    re.search(r"\b(public|private|protected)\s*$", text[header_start:i]):
                header_start = i + 1
            elif ch == "(":
                i = matching(text, i, "(", ")")
            elif ch == "{":
                header = text[header_start:i]
                kind = classify(header)
                hs = re.sub(r"\s+", " ", header)
                init_brace = (kind == "function" and re.search(r"\)\s*(?:const\s*|noexcept\s*)*:[^:]", hs)
                              and re.search(r"[\w>]\s*$", hs) and "->" not in hs.split(":")[-1]
                              and not re.search(r"\b(?:" + "|".join(TRAILING_WORDS) + r")\s*$", hs))
                close = matching(text, i, "{", "}")
                if init_brace:
                    i = close  # a member initialized with braces in a constructor's list
                elif kind == "scope":
                    scan(i + 1, close)
                    header_start = close + 1
                    i = close
                elif kind == "function":
                    first = header_start + (len(header) - len(header.lstrip()))
                    result.append((function_name(header), line_of(first), line_of(close) - line_of(first) + 1))
                    header_start = close + 1
                    i = close
                else:
                    i = close
            i += 1

    scan(0, len(text))
    return result


def sources(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for dirpath, _, names in os.walk(root):
            for name in sorted(names):
                if name.endswith((".cpp", ".h", ".hpp", ".cc")):
                    yield os.path.join(dirpath, name)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--max", type=int, help="fail when a function is longer than this many lines")
    ap.add_argument("--top", type=int, help="print only the N longest")
    ap.add_argument("--allow", action="append", default=[], metavar="FILE:NAME",
                    help="a function exempt from --max: FILE ends the path, NAME is its qualified name")
    args = ap.parse_args()

    rows = []
    for path in sources(args.roots):
        for name, line, length in functions(path):
            rows.append((length, path, line, name))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))

    if args.max is None:
        for length, path, line, name in rows[:args.top] if args.top else rows:
            print(f"{length:5d}  {path}:{line}  {name}")
        return 0

    allowed = set()
    for a in args.allow:
        file_part, _, name = a.partition(":")
        allowed.add((file_part, name))
    used = set()
    over = []
    for length, path, line, name in rows:
        if length <= args.max:
            continue
        key = next(((f, n) for f, n in allowed if n == name and path.replace(os.sep, "/").endswith(f)), None)
        if key:
            used.add(key)
            print(f"allowed: {path}:{line} {name} has {length} lines")
        else:
            over.append(f"{path}:{line}: {name} has {length} lines (limit {args.max})")
    stale = [f"--allow {f}:{n} names no function over {args.max} lines: drop the exemption"
             for f, n in sorted(allowed - used)]
    for msg in over + stale:
        print(msg, file=sys.stderr)
    if over or stale:
        print(f"split a long function into small named steps (scripts/function_sizes.py --top 20 {' '.join(args.roots)})",
              file=sys.stderr)
        return 1
    print(f"{len(rows)} functions, none over {args.max} lines" + (f" but {len(used)} allowed" if used else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
