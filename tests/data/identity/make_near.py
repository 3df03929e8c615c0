#!/usr/bin/env python3
"""Writes near/: a wire copy of seed 004 as another outlet ran it — its own masthead and byline,
a few words edited, the closing paragraph cut, the comment box gone (run once; the file is the
fixture). Usage: make_near.py SEEDS_DIR"""
import sys
from pathlib import Path

seeds = Path(sys.argv[1])
out = Path(__file__).resolve().parent / "near"
out.mkdir(exist_ok=True)
lines = (seeds / "004_3063c6793a6cbf51.txt").read_text(encoding="utf-8").split("\n")
end = next(i for i, l in enumerate(lines) if l.strip() == "+1")
paras = [l for l in lines[:end] if l.strip()]
paras = paras[:-1]  # the closing paragraph cut
edited = []
for p in paras:
    p = p.replace("밝혔다", "말했다", 1).replace("강조했다", "역설했다", 1)
    edited.append(p)
text = ["AI타임스 | 산업", "", edited[0], "", "(서울=연합뉴스) 박지훈 기자", ""]
for p in edited[1:]:
    text += [p, ""]
text += ["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"]
(out / "yonhap-wire-copy-004.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
