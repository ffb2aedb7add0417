// Parses the output of `copydesk check --format json`: an array of
// {"path", "diagnostics": [LSP Diagnostic]} or {"path", "error"} (the CLI's
// public contract, see the README). Kept free of the vscode module so that it
// can be tested with plain node.
import * as path from "node:path";

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspDiagnostic {
  range: { start: LspPosition; end: LspPosition };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface FileResult {
  /** Absolute path of the checked file. */
  path: string;
  diagnostics: LspDiagnostic[];
  /** Set when the file could not be checked. */
  error?: string;
}

function isPosition(value: unknown): value is LspPosition {
  const p = value as LspPosition;
  return typeof p === "object" && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
}

function isDiagnostic(value: unknown): value is LspDiagnostic {
  const d = value as LspDiagnostic;
  return (
    typeof d === "object" &&
    d !== null &&
    typeof d.message === "string" &&
    typeof d.range === "object" &&
    d.range !== null &&
    isPosition(d.range.start) &&
    isPosition(d.range.end)
  );
}

/**
 * Parses the JSON text printed by the CLI; relative paths are resolved against
 * `cwd` (the folder the CLI ran in). Throws an Error naming what is wrong.
 */
export function parseCheckOutput(text: string, cwd: string): FileResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`copydesk check printed no valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error("copydesk check printed JSON that is not an array");
  const results: FileResult[] = [];
  for (const [index, entry] of data.entries()) {
    if (typeof entry !== "object" || entry === null || typeof entry.path !== "string") {
      throw new Error(`copydesk check output: entry ${index} has no "path"`);
    }
    const file = path.resolve(cwd, entry.path);
    if (typeof entry.error === "string") {
      results.push({ path: file, diagnostics: [], error: entry.error });
      continue;
    }
    const diagnostics = Array.isArray(entry.diagnostics) ? entry.diagnostics.filter(isDiagnostic) : [];
    results.push({ path: file, diagnostics });
  }
  return results;
}
