#!/usr/bin/env python3
"""Candidate sentences for blogs5-unattributed-claim.jsonl (README-blogs5.md).

Usage: blogs5-candidates.py CORPUS_DIR > candidates.jsonl
Prints, without labels, every sentence of the corpus (split as blogs2-candidates.py splits them) that
matches the attribution forms below, does not match blogs2's unattributed-claim pattern and is in no
blogs*-*.jsonl set. The forms are the [who?] and weasel-word forms of encyclopedia style guides that
blogs2's pattern left out, written before labelling.
"""
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("blogs2_candidates", os.path.join(HERE, "blogs2-candidates.py"))
blogs2 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blogs2)

FORMS = re.compile(
    r"\b(described as|criticized|criticised|praised|disputed|questioned|challenged by|speculat\w*|rumou?r\w*"
    r"|according to (some|many|most|others|critics|experts)|conventional wisdom"
    r"|common (complaint|misconception|belief|perception)|popular (belief|opinion|perception)"
    r"|general (consensus|perception|feeling)|widespread (belief|perception|view)"
    r"|(reviews|criticism|praise|backlash) from|generally agree\w*|legend has it|supposedly|reportedly"
    r"|allegedly|arguably|it seems (that )?(many|most|some)"
    r"|a lot of (people|folks|developers|users) (think|believe|feel|say))\b", re.IGNORECASE)

squeezed = blogs2.squeezed


def main():
    corpus = sys.argv[1]
    taken = blogs2.labelled_texts("blogs5-")
    for path in sorted(glob.glob(os.path.join(corpus, "*", "**", "*.md"), recursive=True)):
        rel = os.path.relpath(path, corpus)
        text = open(path, encoding="utf-8").read()
        date = blogs2.front_matter_date(text, rel)
        half = blogs2.half_of(rel)
        for sentence in blogs2.post_sentences(text):
            if (date and 20 <= len(sentence) <= 400 and FORMS.search(sentence)
                    and not blogs2.UNATTRIBUTED.search(sentence) and squeezed(sentence) not in taken):
                taken.add(squeezed(sentence))
                print(json.dumps({"text": sentence, "date": date, "half": half, "source": rel}, ensure_ascii=False))


main()
