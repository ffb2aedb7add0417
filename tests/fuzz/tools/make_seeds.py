#!/usr/bin/env python3
"""Regenerates tests/fuzz/corpus/ (the seed corpora; small on purpose).

Sources: a few short articles from tests/data/seeds and tests/data/corpus, the
bundled examples and configs, the built-in claims base (a few entries), and
LSP messages as Neovim, Emacs (Eglot) and VS Code send them (initialize
payloads written after those clients' real ones, then the usual
open/change/codeAction/hover/diagnostic/shutdown traffic). Deterministic.
Crash regressions live next to the seeds as crash-<what>.* and are kept.
Usage: tests/fuzz/tools/make_seeds.py [DATA_DIR (default tests/data)]
"""
import json, os, random, sys, glob

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "data")
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")
rng = random.Random(20261121)


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path, limit=6000):
    with open(path, "rb") as f:
        return f.read()[:limit]


articles = {}
for p in sorted(glob.glob(os.path.join(DATA, "seeds", "seed-00[13].txt"))):
    articles[os.path.basename(p)] = read(p)
for rel in ["rust-blog/Rust-1.74.1.md", "rust-blog/Security-advisory-for-std.md", "rust-blog/Windows-7.md"]:
    p = os.path.join(DATA, "corpus", rel)
    articles[os.path.basename(p)] = read(p)
for p in sorted(glob.glob(os.path.join(ROOT, "examples", "*.md")))[:2]:
    articles["example-" + os.path.basename(p)] = read(p, 4000)

handmade = {
    "nested-quotes.md": b"> " * 200 + b"deep concensus\n",
    "nested-lists.md": b"".join(b"  " * i + b"- item teh\n" for i in range(60)),
    "crlf-emoji.md": "# Title\r\n\r\nWe reached \u2014 \U0001F389 concensus.\r\nSecond line\r\n".encode(),
    "front-matter.md": b"---\ntitle: Notes\ndate: 2019-01-02\nreview_after: 2020-01-01\n---\n\nIn 2019, 42% of users said so.\n",
    "table-footnote.md": b"| a | b |\n|---|---|\n| teh cat | `code` |\n\nText[^1] here.\n\n[^1]: A footnote.\n",
    "suppress.md": b"<!-- copydesk-disable-next-line spelling -->\nconcensus\n\n<!-- copydesk-disable -->\nthe the\n<!-- copydesk-enable -->\n",
    "invalid-utf8.txt": b"caf\xc3 \xed\xa0\x80 \xff\xfe nul\x00byte the the.\n",
    "links-code.md": b"See [the docs](https://example.com/a_b) and <https://x.y> or www.example.org.\n\n```\ncode teh\n```\n\n    indented\n",
}

for name, text in {**articles, **handmade}.items():
    put("markdown", name, text)
    md = name.endswith(".md")
    put("tokenizer", name, bytes([1 if md else 0]) + text)
    put("engine", name, bytes([1 if md else 0]) + text)

# .copydesk.json examples
configs = []
for p in [os.path.join(ROOT, "examples", ".copydesk.json")] + sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "fixtures", "*", ".copydesk.json"))):
    if os.path.exists(p):
        configs.append((os.path.basename(os.path.dirname(p)) + ".json", read(p, 8000)))
for p in sorted(glob.glob(os.path.join(ROOT, "tests", "schema", "invalid", "*.json"))):
    configs.append((os.path.basename(p), read(p, 8000)))
configs.append(("comments-trailing.json", b'// top\n{\n  /* block */ "rules": {"spelling": "error", "style/*": "off",},\n  "spelling": {"words": ["Ferrocene"],},\n}\n'))
configs.append(("custom-rules.json", b'{"customRules": [{"id": "house/utilize", "kind": "substitution", "message": "Use %s", "swap": {"utilize": "use"}}, {"id": "house/re", "kind": "existence", "message": "No", "patterns": ["(?i)very+"]}]}'))
for name, text in configs:
    put("config", name, text)

# claims files
with open(os.path.join(ROOT, "rules", "facts", "data", "claims.json")) as f:
    claims = json.load(f)["claims"]
put("claims", "builtin-first5.json", json.dumps({"claims": claims[:5]}, indent=1))
put("claims", "bare-array.json", json.dumps(claims[5:8]))
put("claims", "incorrect.json", json.dumps({"claims": [c for c in claims if c.get("kind") == "incorrect"][:3]}))
put("claims", "broken.json", b'{"claims": [{"id": "x", "claim": "", "match": {"all": [[]]}, "kind": "outdated", "since": "2025-13-45"}, 3, null]}')

# LSP messages: framed stream for fuzz_framing (first byte: chunking seed).
def frame(obj):
    body = json.dumps(obj, ensure_ascii=False).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

root = "file:///home/writer/articles"
init = {
    "nvim": {"processId": 4242, "rootUri": root, "clientInfo": {"name": "Neovim", "version": "0.7.2"},
             "capabilities": {"general": {"positionEncodings": ["utf-16"]},
                              "textDocument": {"publishDiagnostics": {"relatedInformation": True, "tagSupport": {"valueSet": [1, 2]}},
                                               "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["", "quickfix", "refactor", "source", "source.organizeImports"]}}, "dynamicRegistration": False},
                                               "hover": {"contentFormat": ["markdown", "plaintext"]},
                                               "synchronization": {"didSave": True, "willSave": False, "dynamicRegistration": False}},
                              "workspace": {"configuration": True, "workspaceFolders": True, "applyEdit": True}},
             "workspaceFolders": [{"uri": root, "name": "/home/writer/articles"}], "trace": "off"},
    "emacs": {"processId": 777, "rootPath": "/home/writer/articles/", "rootUri": root, "clientInfo": {"name": "Eglot"},
              "initializationOptions": {}, "capabilities": {"workspace": {"applyEdit": True, "executeCommand": {"dynamicRegistration": False}, "didChangeWatchedFiles": {"dynamicRegistration": True}, "configuration": True},
              "textDocument": {"synchronization": {"willSave": True, "willSaveWaitUntil": True, "didSave": True}, "hover": {"contentFormat": ["markdown", "plaintext"]}, "publishDiagnostics": {"relatedInformation": False, "codeDescriptionSupport": False}},
              "general": {"positionEncodings": ["utf-32", "utf-8", "utf-16"]}}, "workspaceFolders": [{"uri": root, "name": "~/articles/"}]},
    "vscode": {"processId": 31337, "clientInfo": {"name": "Visual Studio Code", "version": "1.91.1"}, "locale": "en", "rootPath": "/home/writer/articles", "rootUri": root,
               "capabilities": {"workspace": {"applyEdit": True, "workspaceEdit": {"documentChanges": True}, "didChangeConfiguration": {"dynamicRegistration": True}, "didChangeWatchedFiles": {"dynamicRegistration": True, "relativePatternSupport": True}, "configuration": True, "workspaceFolders": True, "diagnostics": {"refreshSupport": True}},
                                "textDocument": {"diagnostic": {"dynamicRegistration": True, "relatedDocumentSupport": False}, "codeAction": {"isPreferredSupport": True, "resolveSupport": {"properties": ["edit"]}, "dataSupport": True}},
                                "window": {"workDoneProgress": True, "showMessage": {"messageActionItem": {"additionalPropertiesSupport": True}}},
                                "general": {"positionEncodings": ["utf-16"], "markdown": {"parser": "marked", "version": "1.1.0"}}},
               "initializationOptions": {"maxFileSize": 1048576}, "trace": "off", "workspaceFolders": [{"uri": root, "name": "articles"}]},
}
doc = root + "/draft.md"
text = "# Notes\n\nWe reached \u2014 \U0001F389 concensus today.\n\nIn 2019, 42% of users utilize it.\n"
for client, params in init.items():
    msgs = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": doc, "languageId": "markdown", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": doc, "version": 2}, "contentChanges": [{"range": {"start": {"line": 2, "character": 16}, "end": {"line": 2, "character": 25}}, "text": "consensus"}]}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": doc}, "range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 10}}, "context": {"diagnostics": [], "triggerKind": 1}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": doc}, "position": {"line": 4, "character": 22}}},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": doc}}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 4}},
        {"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": {"copydesk": {"rules": {"spelling": "error"}}}}},
        {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": doc}}},
        {"jsonrpc": "2.0", "id": 5, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    put("framing", client + "-session.bin", bytes([rng.randrange(256)]) + b"".join(frame(m) for m in msgs))
put("framing", "garbage-then-frame.bin", b"\x07Content-Length: x\r\n\r\nContent-Length: 2\r\n\r\n{}" + frame({"jsonrpc": "2.0", "id": "a", "method": "echo", "params": [1]}))
put("framing", "batch-and-errors.bin", b"\x02" + frame([{"jsonrpc": "2.0", "id": 1, "method": "echo"}]) + frame({"jsonrpc": "1.0", "id": None}) + b"Content-Length: 99999999999\r\n\r\n")

# fuzz_lsp_conversation reads a byte program (see its header); seeds are
# deterministic pseudo-random programs plus one that spells a realistic session.
for i in range(6):
    put("lsp_conversation", "program-%d.bin" % i, bytes(rng.randrange(256) for _ in range(64 + 48 * i)))
put("lsp_conversation", "open-edit-act.bin", bytes([0, 0, 0, 20] + list(range(0, 20)) + [0, 1, 1, 2, 5, 3, 2, 3, 1, 1, 4, 0, 4, 2, 3, 0, 5, 0, 7]))

total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
print("corpus: %d bytes" % total)
