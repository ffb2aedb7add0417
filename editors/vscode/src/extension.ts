// copydesk for VS Code: starts `copydesk lsp` for Markdown and plain text, passes
// the "copydesk" settings to it, and adds the commands "Check workspace",
// "Restart server" and "Show output".
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { findBinary } from "./binary";
import { FileResult, LspDiagnostic, parseCheckOutput } from "./checkResults";
import { serverSettings } from "./settings";

const SECTION = "copydesk";
// The language ids of the formats table (rules/markup/Formats.h); VS Code
// knows html, latex and git-commit itself, the others come with their extensions.
const LANGUAGES = [
  "markdown",
  "plaintext",
  "mdx",
  "html",
  "asciidoc",
  "restructuredtext",
  "latex",
  "org",
  "typst",
  "git-commit",
];
const SCHEMES = ["file", "untitled"];

let extensionUri: vscode.Uri;
let output: vscode.OutputChannel;
let checkDiagnostics: vscode.DiagnosticCollection;
let client: LanguageClient | undefined;
/** Serialises start, stop and restart. */
let lifecycle: Promise<void> = Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionUri = context.extensionUri;
  output = vscode.window.createOutputChannel("copydesk");
  checkDiagnostics = vscode.languages.createDiagnosticCollection("copydesk-check");
  context.subscriptions.push(
    output,
    checkDiagnostics,
    vscode.commands.registerCommand("copydesk.checkWorkspace", checkWorkspace),
    vscode.commands.registerCommand("copydesk.restartServer", () => restartServer()),
    vscode.commands.registerCommand("copydesk.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.path`)) void restartServer();
    }),
    // Once a file is open the server reports on it; the batch results go stale.
    vscode.workspace.onDidOpenTextDocument((document) => checkDiagnostics.delete(document.uri)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) checkDiagnostics.delete(event.document.uri);
    }),
  );
  await queue(startServer);
}

export async function deactivate(): Promise<void> {
  await queue(stopServer);
}

function queue(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(step, step);
  return lifecycle;
}

function firstWorkspaceFolder(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file");
  return folder?.uri.fsPath;
}

/** The "copydesk" section as a plain object. */
function settingsSection(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    rules: config.get("rules"),
    spelling: { language: config.get("spelling.language"), words: config.get("spelling.words") },
    asOf: config.get("asOf"),
  };
}

async function reportMissingBinary(reason: string): Promise<void> {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>("path") ?? "copydesk";
  const message =
    `copydesk: cannot start the language server: ${reason}. ` +
    `Install copydesk (see the README) or set "copydesk.path" to the binary (now "${setting}").`;
  output.appendLine(message);
  const choice = await vscode.window.showErrorMessage(message, "Open README", "Open Settings");
  if (choice === "Open README") {
    // vsce stores the README as readme.md in the package.
    const name = ["README.md", "readme.md"].find((n) => fs.existsSync(path.join(extensionUri.fsPath, n))) ?? "README.md";
    const readme = vscode.Uri.joinPath(extensionUri, name);
    try {
      await vscode.commands.executeCommand("markdown.showPreview", readme);
    } catch {
      await vscode.window.showTextDocument(readme);
    }
  } else if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.path");
  }
}

async function startServer(): Promise<void> {
  const folder = firstWorkspaceFolder();
  const lookup = findBinary(vscode.workspace.getConfiguration(SECTION).get<string>("path"), folder);
  if (!lookup.found) {
    void reportMissingBinary(lookup.reason);
    return;
  }
  output.appendLine(`copydesk: starting ${lookup.path} lsp`);

  const serverOptions: ServerOptions = {
    command: lookup.path,
    args: ["lsp"],
    options: folder ? { cwd: folder } : {},
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
    // Settings changes become workspace/didChangeConfiguration; the server then
    // asks for the section with workspace/configuration (filtered below).
    synchronize: { configurationSection: SECTION },
    initializationOptions: () => serverSettings(settingsSection()),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, index) =>
            params.items[index]?.section === SECTION ? serverSettings(value) : value,
          );
        },
      },
    },
  };

  const started = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  client = started;
  try {
    await started.start();
  } catch (error) {
    output.appendLine(`copydesk: the language server did not start: ${String(error)}`);
    const choice = await vscode.window.showErrorMessage(
      `copydesk: the language server (${lookup.path} lsp) did not start: ${errorMessage(error)}`,
      "Show Output",
    );
    if (choice === "Show Output") output.show(true);
  }
}

async function stopServer(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (!stopping) return;
  try {
    if (stopping.state !== State.Stopped) await stopping.stop(5000);
  } catch (error) {
    output.appendLine(`copydesk: stopping the server: ${errorMessage(error)}`);
  }
  try {
    await stopping.dispose();
  } catch {
    // already stopped
  }
}

async function restartServer(): Promise<void> {
  output.appendLine("copydesk: restarting the language server");
  await queue(async () => {
    await stopServer();
    await startServer();
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- copydesk: Check workspace ------------------------------------------------

function severity(value: number | undefined): vscode.DiagnosticSeverity {
  switch (value) {
    case 1:
      return vscode.DiagnosticSeverity.Error;
    case 3:
      return vscode.DiagnosticSeverity.Information;
    case 4:
      return vscode.DiagnosticSeverity.Hint;
    default:
      return vscode.DiagnosticSeverity.Warning;
  }
}

function toDiagnostic(d: LspDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const diagnostic = new vscode.Diagnostic(range, d.message, severity(d.severity));
  diagnostic.source = d.source ?? "copydesk";
  if (d.code !== undefined) {
    diagnostic.code = d.codeDescription?.href
      ? { value: d.code, target: vscode.Uri.parse(d.codeDescription.href) }
      : d.code;
  }
  return diagnostic;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, token: vscode.CancellationToken): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        // A non-zero exit status is a number in error.code; a failure to start
        // (ENOENT, EACCES) or an overflow is a string.
        const status = error ? (error as { code?: unknown }).code : 0;
        if (typeof status !== "number" && !token.isCancellationRequested) {
          const signal = (error as { signal?: string } | null)?.signal;
          const detail = stderr.trim() ? `: ${stderr.trim().split("\n").slice(-3).join(" ")}` : "";
          reject(new Error(signal ? `${command} was killed by ${signal}${detail}` : `${error?.message}${detail}`));
          return;
        }
        resolve({ code: typeof status === "number" ? status : null, stdout, stderr });
      },
    );
    token.onCancellationRequested(() => child.kill());
  });
}

async function checkWorkspace(): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === "file");
  if (folders.length === 0) {
    void vscode.window.showWarningMessage("copydesk: open a folder to check a workspace.");
    return;
  }
  const lookup = findBinary(vscode.workspace.getConfiguration(SECTION).get<string>("path"), folders[0].uri.fsPath);
  if (!lookup.found) {
    await reportMissingBinary(lookup.reason);
    return;
  }

  const results: FileResult[] = [];
  const failures: string[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "copydesk: checking the workspace", cancellable: true },
    async (progress, token) => {
      for (const folder of folders) {
        if (token.isCancellationRequested) return;
        progress.report({ message: folder.name });
        const cwd = folder.uri.fsPath;
        const args = ["check", "--format", "json"];
        const language = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string>("spelling.language");
        if (language) args.push("--lang", language);
        args.push(cwd);
        output.appendLine(`copydesk: ${lookup.path} ${args.join(" ")}`);
        try {
          const result = await run(lookup.path, args, cwd, token);
          if (token.isCancellationRequested) return;
          if (result.stderr.trim() !== "") output.appendLine(result.stderr.trimEnd());
          try {
            results.push(...parseCheckOutput(result.stdout, cwd));
          } catch (error) {
            failures.push(`${folder.name}: ${errorMessage(error)}${result.stderr ? ` (${result.stderr.trim()})` : ""}`);
          }
        } catch (error) {
          failures.push(`${folder.name}: ${errorMessage(error)}`);
        }
      }
    },
  );

  // Files open in an editor are reported by the server, live; leave them to it.
  const open = new Set(
    vscode.workspace.textDocuments.filter((d) => LANGUAGES.includes(d.languageId)).map((d) => d.uri.toString()),
  );
  checkDiagnostics.clear();
  let count = 0;
  for (const file of results) {
    const uri = vscode.Uri.file(file.path);
    if (file.error !== undefined) {
      failures.push(`${file.path}: ${file.error}`);
      continue;
    }
    if (open.has(uri.toString())) continue;
    checkDiagnostics.set(uri, file.diagnostics.map(toDiagnostic));
    count += file.diagnostics.length;
  }
  for (const failure of failures) output.appendLine(`copydesk: ${failure}`);
  vscode.window.setStatusBarMessage(
    `copydesk: ${results.length} file(s) checked, ${count} problem(s) in files not open`,
    10000,
  );
  if (failures.length > 0) {
    const choice = await vscode.window.showWarningMessage(
      `copydesk: ${failures.length} problem(s) while checking: ${failures[0]}`,
      "Show Output",
    );
    if (choice === "Show Output") output.show(true);
  }
  await vscode.commands.executeCommand("workbench.actions.view.problems");
}
