#!/usr/bin/env python3
"""Candidate sentences for blogs4-unsourced-statistic.jsonl (README-blogs4.md).

Usage: blogs4-candidates.py CORPUS_DIR REPORT.json > candidates.jsonl
REPORT.json is `copydesk check --format json --as-of 2026-12-07 CORPUS_DIR`. Prints, without labels, the
sentences no blogs*-*.jsonl set holds: first every candidate of blogs2's statistics pattern outside survey
reports ("selected": "pattern"), then every other sentence with an unsourced-statistic finding in REPORT.json
("selected": "rule"), each sentence once.
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

squeezed, post_sentences, half_of = blogs2.squeezed, blogs2.post_sentences, blogs2.half_of


def main():
    corpus, report = sys.argv[1], sys.argv[2]
    taken = blogs2.labelled_texts("blogs4-")
    rows = []

    def add(text, date, rel, selected):
        if squeezed(text) in taken:
            return
        taken.add(squeezed(text))
        rows.append({"text": text, "date": date, "half": half_of(rel), "source": rel, "selected": selected})

    posts = sorted(os.path.relpath(p, corpus) for p in glob.glob(os.path.join(corpus, "*", "**", "*.md"), recursive=True))
    for rel in posts:
        if "survey" in rel.lower():
            continue
        text = open(os.path.join(corpus, rel), encoding="utf-8").read()
        date = blogs2.front_matter_date(text, rel)
        for sentence in post_sentences(text):
            markup = "<a " in sentence or sentence.startswith("![") or sentence.startswith("[![")
            if date and 20 <= len(sentence) <= 400 and not markup and blogs2.STATISTIC.search(sentence):
                add(sentence, date, rel, "pattern")
    for entry in json.load(open(report, encoding="utf-8")):
        findings = [d for d in entry["diagnostics"] if d["code"] == "facts/unsourced-statistic"]
        if not findings:
            continue
        rel = os.path.relpath(entry["path"], corpus)
        text = open(entry["path"], encoding="utf-8").read()
        lines = text.split("\n")
        sentences = post_sentences(text)
        for finding in findings:
            figure = re.match(r"'(.*?)'", finding["message"]).group(1)
            start = finding["range"]["start"]
            line = lines[start["line"]]
            # The figure with what precedes it on its line (the sentence splitter joins lines with spaces).
            before = squeezed(line[max(0, start["character"] - 40):start["character"]])
            near = [s for s in sentences if squeezed(before + figure) in squeezed(s)]
            anywhere = [s for s in sentences if figure in s]
            sentence = (near or anywhere or [line.strip()])[0]
            add(sentence, blogs2.front_matter_date(text, rel), rel, "rule")
    rows.sort(key=lambda r: r["source"])
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


main()
