#!/usr/bin/env python3
"""Write a large Korean news-like UTF-8 text for import/extraction stress tests.

The file is generated on the fly and never committed. It is deterministic: the same size and
seed give the same bytes.
Usage: make_big_text.py OUT_PATH [SIZE_MB=50] [SEED=1]
"""
import random
import sys

ORGS = ["과학기술정보통신부", "과기정통부", "산업통상자원부", "삼성전자", "SK하이닉스", "리벨리온(Rebellions)",
        "퓨리오사AI", "사피온코리아", "정보통신산업진흥원(NIPA)", "KAIST", "엔비디아", "TSMC", "라피더스"]
EVENTS = ["AI반도체 분과회의", "AI 반도체 최고위 전략대화", "기술 시연회", "성과 전시회", "정책 간담회"]
DATES = ["지난 9일", "16일", "오는 20일", "지난해 12월", "3월 12일부터 16일까지", "이날"]
TAILS = ["를 열고 협력 방안을 논의했다.", "에서 국산 칩 실증 결과를 공유했다.", "에 참석해 투자 계획을 밝혔다."]


def josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """Attach the particle form that agrees with the last Hangul syllable (받침 or not)."""
    hangul = [c for c in word if "가" <= c <= "힣"]
    has_final = bool(hangul) and (ord(hangul[-1]) - 0xAC00) % 28 != 0
    return word + (after_consonant if has_final else after_vowel)


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    size = int(float(sys.argv[2]) * 1024 * 1024) if len(sys.argv) > 2 else 50 * 1024 * 1024
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    written = 0
    with open(out, "wb") as f:
        f.write("입력 2024.04.16 15:03\n\n".encode())
        while written < size:
            line = (f"{josa(rnd.choice(ORGS), '은', '는')} {rnd.choice(DATES)} {josa(rnd.choice(ORGS), '과', '와')} 함께 "
                    f"'제{rnd.randint(1, 9)}차 {rnd.choice(EVENTS)}'{rnd.choice(TAILS)}\n")
            if rnd.random() < 0.1:
                line += "\n"
            data = line.encode("utf-8")
            f.write(data)
            written += len(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
