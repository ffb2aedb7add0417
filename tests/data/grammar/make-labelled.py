#!/usr/bin/env python3
"""Builds labelled.tsv from the pairs-*.txt files and splits it, once, into a
tuning half and a held-out half (fixed seed 23; both sentences of a pair go to
the same half). Run before any tuning; the split is then frozen in the TSV.

pairs-*.txt: rule|sentence with one slip|the same sentence, correct. Every
sentence was written for copydesk by its developers (2026-12) for issue 23,
in the style of the blog articles of the corpus; none is taken from another
grammar checker's examples or tests. Licence: CC0.

labelled.tsv columns: split (tune|heldout), expected (a grammar rule id, or
"none" for a correct sentence), sentence, source."""
import glob, os, random
here = os.path.dirname(os.path.abspath(__file__))
pairs = []
for path in sorted(glob.glob(os.path.join(here, "pairs-*.txt"))):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        rule, slip, right = line.split("|")
        pairs.append((rule, slip, right, os.path.basename(path)))
order = list(range(len(pairs)))
random.Random(23).shuffle(order)
heldout = set(order[: len(order) // 2])
with open(os.path.join(here, "labelled.tsv"), "w", encoding="utf-8") as out:
    out.write("# split\texpected\tsentence\tsource (see make-labelled.py)\n")
    for i, (rule, slip, right, src) in enumerate(pairs):
        split = "heldout" if i in heldout else "tune"
        out.write(f"{split}\tgrammar/{rule}\t{slip}\twritten ({src})\n")
        out.write(f"{split}\tnone\t{right}\twritten ({src})\n")
