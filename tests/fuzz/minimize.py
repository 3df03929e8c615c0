#!/usr/bin/env python3
"""Shrinks an input that makes fuzz_pipeline fail, keeping the failure.

    minimize.py FUZZ_PIPELINE INPUT OUTPUT SIGNATURE [--timeout SECONDS]

Runs `FUZZ_PIPELINE --input <candidate>` (the candidate keeps INPUT's file name, so the same
reader is used) and keeps a cut when the run still fails (exit code != 0) with SIGNATURE in its
output, e.g. "heap-use-after-free" or "dates_context.cpp:119" or "mention". Removes chunks of
lines, then of UTF-8 characters (ddmin-style halving), then writes the smallest input to OUTPUT.
"""
import os
import subprocess
import sys
import tempfile


def fails(binary, data, name, signature, timeout):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        try:
            run = subprocess.run([binary, "--input", path, "--slow-seconds", str(timeout)],
                                 capture_output=True, timeout=timeout * 4 + 30)
        except subprocess.TimeoutExpired:
            return signature == "TIMEOUT"
        out = run.stdout + run.stderr
        return run.returncode != 0 and signature.encode() in out


def units(data, by_lines):
    if by_lines:
        return data.splitlines(keepends=True)
    out, i = [], 0
    while i < len(data):  # UTF-8 sequences stay whole; other bytes are single units
        j = i + 1
        while j < len(data) and j - i < 4 and (data[j] & 0xC0) == 0x80:
            j += 1
        out.append(data[i:j])
        i = j
    return out


def shrink(binary, data, name, signature, timeout, by_lines):
    parts = units(data, by_lines)
    chunk = max(1, len(parts) // 2)
    while chunk >= 1:
        i, changed = 0, False
        while i < len(parts):
            candidate = parts[:i] + parts[i + chunk:]
            if candidate and fails(binary, b"".join(candidate), name, signature, timeout):
                parts, changed = candidate, True
                print(f"  {len(b''.join(parts))} bytes", file=sys.stderr)
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return b"".join(parts)


def main():
    args = sys.argv[1:]
    timeout = 5.0
    if "--timeout" in args:
        k = args.index("--timeout")
        timeout = float(args[k + 1])
        del args[k:k + 2]
    binary, source, output, signature = args
    data = open(source, "rb").read()
    name = os.path.basename(source).split("_", 1)[-1]
    if not fails(binary, data, name, signature, timeout):
        sys.exit("the input does not fail with that signature")
    data = shrink(binary, data, name, signature, timeout, by_lines=True)
    data = shrink(binary, data, name, signature, timeout, by_lines=False)
    with open(output, "wb") as f:
        f.write(data)
    print(f"{len(data)} bytes written to {output}")


if __name__ == "__main__":
    main()
