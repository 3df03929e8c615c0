#!/usr/bin/env python3
"""Writes the common Korean nouns of Debian's hunspell-ko dictionary, one per line (NFC, sorted).

Usage: hunspell_common_words.py KO_DIC OUT

The extractor uses the list to tell a common word from a name (docs/extraction.md, "Names no
dictionary holds"): a word the dictionary knows as a noun is not taken as an organisation on a
weak cue alone. Kept: entries of two or more Hangul syllables whose affix flags mark a noun
(10: noun, 25: noun that takes the copula; see ko.aff). A missing dictionary gives an empty
list (the extractor then has no common-word test), so the build never fails over it.
"""
import sys
import unicodedata

NOUN_FLAGS = {"10", "25"}


def main():
    src, out = sys.argv[1], sys.argv[2]
    words = set()
    try:
        with open(src, encoding="utf-8") as f:
            next(f, None)  # the entry count
            for line in f:
                word, _, flags = line.rstrip("\n").partition("/")
                if flags not in NOUN_FLAGS:
                    continue
                word = unicodedata.normalize("NFC", word)
                if len(word) >= 2 and all("\uac00" <= c <= "\ud7a3" for c in word):
                    words.add(word)
    except FileNotFoundError:
        print("hunspell_common_words: %s not found (install hunspell-ko); writing an empty list" % src, file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        for w in sorted(words):
            f.write(w + "\n")


if __name__ == "__main__":
    main()
