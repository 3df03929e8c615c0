#!/usr/bin/env python3
"""Writes copies/: three copies of seed stories as an analyst's folder holds them (run once;
the files are the fixtures). Usage: make_copies.py SEEDS_DIR"""
import html, re, sys
from pathlib import Path

seeds = Path(sys.argv[1])
out = Path(__file__).resolve().parent / "copies"
out.mkdir(exist_ok=True)

def lines(name):
    return (seeds / name).read_text(encoding="utf-8").split("\n")

# 1. Seed 002 scraped again from another site: other page furniture above and below.
body = lines("002_cab45b4cbdcef165.txt")
start = next(i for i, l in enumerate(body) if l.startswith("정부, 각 분야"))
furniture_top = ["홈", "정치", "경제", "사회", "IT·과학", "로그인  회원가입", "",
                 "[IT·과학] 입력 2024.03.26 14:02 | 수정 2024.03.26 15:10", "",
                 "공유하기  스크랩  인쇄  글자크기", ""]
furniture_end = ["", "김민수 기자 minsu@itdaily.example", "", "Copyright © IT데일리. 무단전재 및 재배포 금지", "",
                 "관련기사", "삼성전자, HBM3E 12단 양산 돌입", "SK하이닉스, 인디애나 패키징 공장 착공", "",
                 "많이 본 뉴스", "1 엔비디아 실적 발표 앞두고 반도체주 강세", "2 정부, 반도체 특별법 추진"]
(out / "itdaily-ai-semiconductor-initiative.txt").write_text(
    "\n".join(furniture_top + body[start:] + furniture_end) + "\n", encoding="utf-8")

# 2. Seed 001 saved with other line breaks: one sentence a line, paragraphs run together.
text = (seeds / "001_a32fa4bc16334b0e.txt").read_text(encoding="utf-8")
rewrapped = []
for line in text.split("\n"):
    if not line.strip():
        continue
    rewrapped.extend(s for s in re.split(r"(?<=[.다])\s+(?=\S)", line.strip()) if s)
(out / "vietnam-masterkey-rewrapped.txt").write_text("\n".join(rewrapped) + "\n", encoding="utf-8")

# 3. Seed 003 saved as an HTML page.
src = lines("003_d3f59ae5350d52d0.txt")
paras = [l.strip() for l in src if l.strip()]
title = next(p for p in paras if p.startswith("이종호 과기부 장관"))
page = ["<!DOCTYPE html>", "<html lang=\"ko\"><head><meta charset=\"utf-8\">",
        f"<title>{html.escape(title)} - 뉴스핌</title>",
        f"<meta property=\"og:title\" content=\"{html.escape(title)}\">",
        "</head><body>", "<header><nav><a href=\"/\">홈</a> <a href=\"/economy\">경제</a> <a href=\"/it\">과학기술</a></nav></header>",
        "<main><article>"]
for p in paras:
    tag = "h1" if p == title else "p"
    page.append(f"<{tag}>{html.escape(p)}</{tag}>")
page += ["</article></main>", "<footer><p>Copyright © 뉴스핌. All rights reserved.</p></footer>", "</body></html>"]
(out / "newspim-ai-strategy-dialogue.html").write_text("\n".join(page) + "\n", encoding="utf-8")
