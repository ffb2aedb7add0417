#!/usr/bin/env python3
"""Writes lexicon.txt (part of speech for open-class words) from the hunspell
en_US dictionary's affix classes. Usage: make-lexicon.py [/usr/share/hunspell/en_US.dic] > lexicon.txt

Classes, from the affix flags of en_US.aff (SCOWL / hunspell-en-us):
  V  verb       the word takes -ed (D) or -ing (G)
  N  noun       the word takes possessive 's (M), or plural -s (S) without D/G
  n  maybe a noun: a verb that takes -s (S) but not 's (file, note: the
                dictionary cannot tell a noun plural from a third person)
  A  adjective  comparable: takes -est (T)
Only lower-case words; a word may have several classes."""
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/en_US.dic"
out = {}
with open(path, encoding="utf-8", errors="replace") as f:
    next(f)
    for line in f:
        word, _, flags = line.strip().partition("/")
        if not word.isalpha() or not word.islower() or not word.isascii():
            continue
        cls = ""
        if "D" in flags or "G" in flags:
            cls += "V"
        if "M" in flags or ("S" in flags and "V" not in cls):
            cls += "N"
        if "V" in cls and "S" in flags and "M" not in flags:
            cls += "n"
        if "T" in flags:
            cls += "A"
        if cls:
            out[word] = "".join(sorted(set(out.get(word, "") + cls)))
print("# Part of speech of open-class words, derived by make-lexicon.py from the")
print("# hunspell en_US dictionary (/usr/share/hunspell/en_US.dic, Debian package")
print("# hunspell-en-us, from SCOWL; licence: SCOWL's BSD-style/MIT-like terms, see")
print("# /usr/share/doc/hunspell-en-us/copyright). One word a line: word CLASSES")
print("# (V verb, N noun, n verb that may be a noun, A comparable adjective).")
for w in sorted(out):
    print(w, out[w])
