#!/usr/bin/env python3
"""Candidate sentences for the blogs2-*.jsonl and blogs3-*.jsonl sets (README-blogs2.md, README-blogs3.md).

Usage: blogs2-candidates.py [--skip SET.jsonl]... CORPUS_DIR RULE LIMIT [PER_POST] > candidates.jsonl
RULE is unattributed-claim or unsourced-statistic. Posts are read in SHA-1
order of "<folder>/<file>", skipping the 50 posts of the blogs-*.jsonl sets
and the `source` posts of every --skip set (repeatable: a later set skips the
posts of all earlier ones), until LIMIT candidate sentences are out; at most PER_POST (default: all) come
from one post, the first in document order, so that survey reports (dozens of
figures each, all the survey's own) do not fill the set. The filters below are the issue's
word classes, written before any rule was changed; they pre-select, the
labels are by hand.
"""
import argparse
import glob
import hashlib
import json
import os
import re

FIRST_SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blogs-unsourced-statistic.jsonl")

GROUP = (r"(some|many|most|several|others|other people|critics|experts|observers|people|folks|developers|"
         r"historians|users|the community|analysts|engineers|companies|organi[sz]ations|teams|programmers|"
         r"everyone|everybody|few|a lot of \w+|lots of \w+|plenty of \w+|a number of \w+)")
REPORT = (r"(say|says|said|saying|believe|believes|believed|argue|argues|argued|claim|claims|claimed|think|"
          r"thinks|thought|suggest|suggests|suggested|feel|feels|felt|worry|worries|worried|ask|asks|asked|"
          r"consider|considers|considered|report|reports|reported|complain|complained|agree|agreed|"
          r"expect|expected|want|wanted|told|tell|find|found|prefer|preferred|note|noted)")
EVIDENCE = r"(studies|study|research|benchmarks|surveys|data|evidence|experience|reports)"
EVIDENCE_VERB = r"(show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|found|prove|proves|proved)"
UNATTRIBUTED = re.compile(
    r"\b" + GROUP + r"\b(\s+\S+){0,4}?\s+(have\s+|had\s+|would\s+|will\s+|might\s+|may\s+)?" + REPORT + r"\b"
    r"|\bit(\s+is|'s|\s+has\s+been|\s+was)\s+(widely\s+|generally\s+|often\s+|commonly\s+|frequently\s+)?"
    r"(believed|accepted|thought|said|known|argued|claimed|considered|agreed|felt)\b"
    r"|\b(is|are|was|were|be|been)\s+(widely\s+|generally\s+|often\s+|commonly\s+)?"
    r"(considered|regarded|seen as|said to|believed to|thought to|viewed as)\b"
    r"|\bhas been called\b|\bwe('ve| have)\s+heard\b|\bwidely\b|\bsome would\b"
    r"|\b" + EVIDENCE + r"\b(\s+\S+){0,3}?\s+" + EVIDENCE_VERB + r"\b",
    re.IGNORECASE)

# Figure forms that state a share, a size, a rank, a price or a factor: bare
# counts ("3 clusters", "about 20 functions") are left out, as they are almost
# all the post's own (README-blogs2.md).
STATISTIC = re.compile(
    r"\d[\d,.]*\s*(%|percent\b|per\s?cent\b)"
    r"|\b(millions?|billions?|trillions?|thousands|hundreds of thousands|tens of thousands|hundreds of)\b"
    r"|\b\d[\d,.]*\s?(million|billion|thousand|[kKmM])\b(?!\s*(lines|LOC))"
    r"|[$€£]\s?\d|\b\d[\d,.]*\s*(dollars|euros|USD)\b"
    r"|\b\d+(\.\d+)?\s?(x|×|times)\s+(faster|slower|more|less|fewer|smaller|larger|bigger|as)\b"
    r"|\bnumber\s\d+\b|(^|\s)#\d+\s+(place|spot|most|in|on|language|choice)\b|\btop\s+(\d+|ten|five|three)\b"
    r"|\b(most|second|third)\s+(most\s+)?(popular|used|widely used|active|starred|downloaded|loved|wanted)\b",
    re.IGNORECASE)

FILTERS = {"unattributed-claim": UNATTRIBUTED, "unsourced-statistic": STATISTIC}


def front_matter_date(text, name):
    m = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", text, re.M) or re.search(r'^path\s*=\s*"(?:inside-rust/)?(\d{4})/(\d{2})/(\d{2})', text, re.M)
    if m is None:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", os.path.basename(name))
    if m is None:
        return None
    if m.lastindex == 1:
        return m.group(1)
    day = m.group(3) if m.group(3) != "00" else "01"
    return f"{m.group(1)}-{m.group(2)}-{day}"


def body(text):
    for fence in ("---", "+++"):
        if text.startswith(fence + "\n"):
            end = text.find("\n" + fence + "\n", len(fence))
            if end != -1:
                return text[end + len(fence) + 2:]
    return text


def paragraphs(text):
    """Prose paragraphs: no code, tables, headings, HTML, footnote definitions or link definitions."""
    in_fence = False
    current = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            if current:
                yield " ".join(current)
            current = []
            continue
        skip = (in_fence or not stripped or line.startswith("    ") or line.startswith("\t") or stripped.startswith("#")
                or stripped.startswith("|") or stripped.startswith("<") or stripped.startswith("{{")
                or stripped.startswith("{%") or re.match(r"\[[^\]]+\]:", stripped) or stripped.startswith(">"))
        if skip:
            if current:
                yield " ".join(current)
            current = []
            continue
        item = re.match(r"([-*+]|\d+\.)\s+", stripped)
        if item:
            if current:
                yield " ".join(current)
            current = [stripped[item.end():]]
        else:
            current.append(stripped)
    if current:
        yield " ".join(current)


def sentences(paragraph):
    start = 0
    for m in re.finditer(r"[.!?][)\"'”’]*\s+(?=[A-Z\"“‘(\[*_])", paragraph):
        before = paragraph[max(0, m.start() - 4):m.start() + 1]
        if re.search(r"\b(e\.g|i\.e|etc|vs|Dr|Mr|Ms|No)\.$", before):
            continue
        yield paragraph[start:m.end()].strip()
        start = m.end()
    yield paragraph[start:].strip()


def half_of(rel):
    """The post's half: held-out when the first hex digit of SHA-1(<folder>/<file>) is odd."""
    return "heldout" if int(hashlib.sha1(rel.encode()).hexdigest()[0], 16) % 2 else "tuning"


def squeezed(text):
    """The text without whitespace: how the sets compare sentences."""
    return re.sub(r"\s+", "", text)


def post_sentences(text):
    """The sentences of a post's prose paragraphs, in order."""
    return [s for p in paragraphs(body(text)) for s in sentences(p)]


def labelled_texts(except_prefix):
    """The squeezed sentences of every labelled blogs*-*.jsonl set but those whose file name starts with except_prefix."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = set()
    for labelled in glob.glob(os.path.join(here, "blogs*-*.jsonl")):
        if not os.path.basename(labelled).startswith(except_prefix):
            out |= {squeezed(json.loads(line)["text"]) for line in open(labelled, encoding="utf-8") if line.strip()}
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip", action="append", default=[], metavar="SET.jsonl",
                        help="also skip the posts this labelled set used (repeatable)")
    parser.add_argument("corpus")
    parser.add_argument("rule", choices=sorted(FILTERS))
    parser.add_argument("limit", type=int)
    parser.add_argument("per_post", type=int, nargs="?")
    args = parser.parse_args()
    corpus, rule, limit = args.corpus, args.rule, args.limit
    per_post = args.per_post if args.per_post is not None else limit
    used = set()
    for labelled in [FIRST_SETS] + args.skip:
        used |= {json.loads(line)["source"] for line in open(labelled, encoding="utf-8") if line.strip()}
    posts = []
    for folder in ("go-blog", "k8s-blog", "rust-blog", "swift-blog"):
        for root, _, files in os.walk(os.path.join(corpus, folder)):
            for f in files:
                if f.endswith(".md"):
                    rel = os.path.relpath(os.path.join(root, f), corpus)
                    if rel not in used:
                        posts.append(rel)
    posts.sort(key=lambda rel: hashlib.sha1(rel.encode()).hexdigest())
    out = 0
    for rel in posts:
        text = open(os.path.join(corpus, rel), encoding="utf-8").read()
        date = front_matter_date(text, rel)
        if date is None:
            continue
        half = half_of(rel)
        taken = 0
        for paragraph in paragraphs(body(text)):
            for sentence in sentences(paragraph):
                if taken == per_post:
                    break
                markup = "<a " in sentence or sentence.startswith("![") or sentence.startswith("[![")
                if 20 <= len(sentence) <= 400 and not markup and FILTERS[rule].search(sentence):
                    print(json.dumps({"text": sentence, "date": date, "half": half, "source": rel}, ensure_ascii=False))
                    out += 1
                    taken += 1
        if out >= limit:
            return


if __name__ == "__main__":
    main()
