#!/usr/bin/env python3
"""Candidate sentences for blogs6-relative-time.jsonl (README-blogs6.md).

Usage: blogs6-candidates.py CORPUS_DIR > candidates.jsonl
Prints, without labels, the sentences (split as blogs2-candidates.py splits them) of 30 Rust and 30 Swift
blog posts that contain a time word below and are in no other blogs*-*.jsonl set. The posts are the dated
ones under 9000 bytes that come first in SHA-1 order of <folder>/<file>; the first relative-time set
(README-blogs.md) read only Kubernetes and Go posts. The time words are the issue's list of expressions
relative to the moment of writing, written before labelling.
"""
import glob
import hashlib
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("blogs2_candidates", os.path.join(HERE, "blogs2-candidates.py"))
blogs2 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blogs2)

POSTS_PER_BLOG = 30
MAX_BYTES = 9000
UNIT = r"(years?|months?|weeks?|days?|decades?|quarters?|hours?|summer|fall|autumn|spring|winter|morning|evening)"
TIME = re.compile(
    r"\b(now|currently|presently|at present|nowadays|these days|today|today's|so far|to date|as of|"
    r"at the moment|at the time of writing|recent|recently|lately|soon|upcoming|forthcoming|latest|newest|"
    r"current|ago|yesterday|tomorrow|tonight|from now|near future|foreseeable future|"
    rf"(this|last|next|past|coming|previous|following) ((few|couple( of)?|several|\w+) )?{UNIT}|"
    rf"(earlier|later) this {UNIT}|in (a|the) (few|couple) {UNIT})\b",
    re.IGNORECASE)


def posts(corpus, blog):
    found = []
    for path in glob.glob(os.path.join(corpus, blog, "**", "*.md"), recursive=True):
        rel = os.path.relpath(path, corpus)
        text = open(path, encoding="utf-8").read()
        date = blogs2.front_matter_date(text, rel)
        if date and len(text.encode("utf-8")) < MAX_BYTES:
            found.append((hashlib.sha1(rel.encode()).hexdigest(), rel, date, text))
    return sorted(found)[:POSTS_PER_BLOG]


def main():
    corpus = sys.argv[1]
    taken = blogs2.labelled_texts("blogs6-")
    for blog in ("rust-blog", "swift-blog"):
        for _, rel, date, text in posts(corpus, blog):
            for sentence in blogs2.post_sentences(text):
                if 20 <= len(sentence) <= 400 and TIME.search(sentence) and blogs2.squeezed(sentence) not in taken:
                    taken.add(blogs2.squeezed(sentence))
                    print(json.dumps({"text": sentence, "date": date, "half": blogs2.half_of(rel), "source": rel},
                                     ensure_ascii=False))


main()
