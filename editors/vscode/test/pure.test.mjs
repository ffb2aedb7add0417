// Unit tests of the extension's vscode-free modules (run: npm test).
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { serverSettings } = require("../out/settings.js");
const { findBinary } = require("../out/binary.js");
const { parseCheckOutput } = require("../out/checkResults.js");

test("serverSettings drops the extension's own keys and empty defaults", () => {
  const section = {
    path: "/usr/bin/copydesk",
    trace: { server: "verbose" },
    rules: {},
    spelling: { language: "", words: [] },
    asOf: "",
  };
  assert.deepEqual(serverSettings(section), {});
});

test("serverSettings keeps rules, spelling and asOf", () => {
  const section = {
    path: "copydesk",
    rules: { "style/*": "hint", spelling: { severity: "error" } },
    spelling: { language: "en_GB", words: ["Ferrocene", " ", 3] },
    asOf: "2026-01-31",
  };
  assert.deepEqual(serverSettings(section), {
    rules: { "style/*": "hint", spelling: { severity: "error" } },
    spelling: { language: "en_GB", words: ["Ferrocene"] },
    asOf: "2026-01-31",
  });
  assert.deepEqual(serverSettings(null), {});
  assert.deepEqual(serverSettings({ "spelling.words": ["hrtimer"] }), { spelling: { words: ["hrtimer"] } });
});

test("findBinary looks on PATH and resolves paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-vscode-"));
  const bin = join(dir, "copydesk");
  writeFileSync(bin, "#!/bin/sh\n");
  chmodSync(bin, 0o755);
  writeFileSync(join(dir, "plain"), "");
  assert.deepEqual(findBinary("copydesk", undefined, { PATH: `/nonexistent:${dir}` }), { found: true, path: bin });
  assert.deepEqual(findBinary("", undefined, { PATH: dir }), { found: true, path: bin });
  assert.equal(findBinary("copydesk", undefined, { PATH: "/nonexistent" }).found, false);
  assert.match(findBinary("copydesk", undefined, { PATH: "" }).reason, /not found on PATH/);
  assert.deepEqual(findBinary("./copydesk", dir), { found: true, path: bin });
  assert.deepEqual(findBinary("${workspaceFolder}/copydesk", dir), { found: true, path: bin });
  assert.match(findBinary("./missing", dir).reason, /does not exist/);
  assert.match(findBinary("./plain", dir).reason, /not an executable/);
});

test("parseCheckOutput reads the CLI's JSON contract", () => {
  const text = JSON.stringify([
    {
      path: "docs/a.md",
      diagnostics: [
        {
          range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } },
          severity: 2,
          code: "spelling",
          source: "copydesk",
          message: "Unknown word",
        },
        { message: "no range" },
      ],
    },
    { path: "/abs/b.md", error: "binary file" },
  ]);
  const results = parseCheckOutput(text, "/work");
  assert.equal(results.length, 2);
  assert.equal(results[0].path, "/work/docs/a.md");
  assert.equal(results[0].diagnostics.length, 1);
  assert.equal(results[0].diagnostics[0].code, "spelling");
  assert.deepEqual(results[1], { path: "/abs/b.md", diagnostics: [], error: "binary file" });
  assert.throws(() => parseCheckOutput("{", "/"), /no valid JSON/);
  assert.throws(() => parseCheckOutput("{}", "/"), /not an array/);
  assert.throws(() => parseCheckOutput('[{"x":1}]', "/"), /entry 0 has no "path"/);
});
