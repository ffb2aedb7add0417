#!/usr/bin/env python3
"""Recall and false alarms of facts/outdated-claim's release checks on labelled sentences.

Usage: bench/release-claims-eval.py [--as-of 2026-12-01] [--copydesk build/copydesk] LABELS.tsv...

LABELS.tsv (tests/data/facts/release/*.tsv): file, document date, title, label (outdated|control),
sentence[, reason].  Each sentence becomes one Markdown file with the post's title and date in front matter,
checked at --as-of; a finding of facts/outdated-claim on it counts as flagged.  Prints recall on
"outdated" rows, the share of "control" rows flagged, and the rows that disagree.
"""
import json, os, subprocess, sys, tempfile

def main():
    args = sys.argv[1:]
    as_of, exe, files = "2026-12-01", "build/copydesk", []
    while args:
        a = args.pop(0)
        if a == "--as-of": as_of = args.pop(0)
        elif a == "--copydesk": exe = args.pop(0)
        else: files.append(a)
    rows = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.startswith("#") or not line.strip(): continue
            src, date, title, label, sentence = line.rstrip("\n").split("\t")[:5]
            rows.append((src, date, title, label, sentence))
    with tempfile.TemporaryDirectory() as tmp:
        for i, (src, date, title, label, sentence) in enumerate(rows):
            with open(os.path.join(tmp, "r%04d.md" % i), "w", encoding="utf-8") as o:
                o.write("---\ntitle: %s\ndate: %s\n---\n\n%s\n" % (json.dumps(title), date, sentence))
        out = subprocess.run([exe, "check", "--as-of", as_of, "--format", "json", "--fail-on", "error", tmp],
                             capture_output=True, text=True).stdout
        flagged = {}
        data = json.loads(out)
        items = data if isinstance(data, list) else data.get("files", data.get("results", []))
        for item in items:
            path = item.get("uri") or item.get("path") or item.get("file") or ""
            for d in item.get("diagnostics", []):
                if d.get("code") == "facts/outdated-claim":
                    flagged.setdefault(os.path.basename(path.replace("file://", "")), []).append(d["message"])
    tp = fn = fp = tn = 0
    for i, (src, date, title, label, sentence) in enumerate(rows):
        hit = ("r%04d.md" % i) in flagged
        if label == "outdated":
            tp += hit; fn += not hit
            if not hit: print("MISS  ", src, "|", sentence[:160])
        else:
            fp += hit; tn += not hit
            if hit: print("FALSE ", src, "|", sentence[:160], "\n       ->", flagged["r%04d.md" % i][0][:200])
    print("as of %s: outdated %d, flagged %d, recall %.2f; controls %d, flagged %d (%.1f%%)" %
          (as_of, tp + fn, tp, tp / max(1, tp + fn), fp + tn, fp, 100.0 * fp / max(1, fp + tn)))

if __name__ == "__main__":
    main()
