// End-to-end test of the copydesk VS Code extension in a real VS Code
// (code-server 4.99.4 = VS Code 1.99.3) driven by playwright-core in Debian's
// chromium:
//   1. install the freshly built .vsix into a scratch extensions folder,
//   2. open a workspace with no copydesk.path and no copydesk on PATH: the
//      extension starts the binary inside the .vsix (its output says so),
//   3. open article.md and wait for the three findings in the Problems view
//      (a typo, an unsourced statistic, a relative time word),
//   4. put the cursor on the typo, press Ctrl+. and choose
//      "Replace with 'consensus'", save, and read the file on disk,
//   5. run "copydesk: Check workspace" and find the finding of a file that is
//      not open in the Problems view.
//
//   node test.mjs --copydesk BIN --vsix FILE --code-server DIR [--screenshot PNG] [--keep]
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { screenshot: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--copydesk") args.copydesk = resolve(value());
    else if (arg === "--vsix") args.vsix = resolve(value());
    else if (arg === "--code-server") args.codeServer = resolve(value());
    else if (arg === "--screenshot") args.screenshot = resolve(value());
    else if (arg === "--keep") args.keep = true;
    else fail(`unknown argument ${arg}`);
  }
  for (const name of ["copydesk", "vsix", "codeServer"]) if (!args[name]) fail(`--${name} is required`);
  return args;
}

function log(message) {
  process.stderr.write(`vscode-test: ${message}\n`);
}

function fail(message) {
  const error = new Error(message);
  error.testFailure = true;
  throw error;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`timed out after ${timeoutMs / 1000}s waiting for ${what}${last ? ` (${last.message})` : ""}`);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const ARTICLE = readFileSync(join(here, "..", "fixtures", "article.md"), "utf8");

/** PATH without the folders that hold a `copydesk`. */
function pathWithoutCopydesk() {
  return (process.env.PATH ?? "")
    .split(":")
    .filter((dir) => dir !== "" && !existsSync(join(dir, "copydesk")))
    .join(":");
}

function makeWorkspace(root) {
  const workspace = join(root, "workspace");
  mkdirSync(join(workspace, ".vscode"), { recursive: true });
  mkdirSync(join(workspace, "drafts"), { recursive: true });
  writeFileSync(join(workspace, "article.md"), ARTICLE);
  writeFileSync(join(workspace, "drafts", "notes.md"), "# Notes\n\nTeh migration takes about a minute on a laptop.\n");
  writeFileSync(join(workspace, ".copydesk.json"), "{\n  // copydesk settings for this workspace\n  \"rules\": {},\n}\n");
  writeFileSync(
    join(workspace, ".vscode", "settings.json"),
    JSON.stringify(
      {
        // Shows that the settings reach the server: relative time words become information.
        "copydesk.rules": { "facts/relative-time": "information" },
      },
      null,
      2,
    ),
  );
  const userData = join(root, "user-data");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(
    join(userData, "User", "settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "workbench.enableExperiments": false,
        "workbench.colorTheme": "Default Light Modern",
        "workbench.welcomePage.walkthroughs.openOnInstall": false,
        "security.workspace.trust.enabled": false,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "extensions.ignoreRecommendations": true,
        "git.enabled": false,
        "editor.minimap.enabled": false,
        "editor.fontSize": 15,
        "editor.wordWrap": "on",
        "editor.lightbulb.enabled": "off",
        "chat.commandCenter.enabled": false,
        "window.commandCenter": false,
        "files.autoSave": "off",
      },
      null,
      2,
    ),
  );
  return { workspace, userData, extensions: join(root, "extensions") };
}

function codeServerBinary(dir) {
  const bin = join(dir, "node_modules", ".bin", "code-server");
  if (!existsSync(bin)) {
    fail(
      `code-server is not installed in ${dir}; install it with install-code-server.sh (tests/clients/vscode/run.sh does) — ` +
        "this test needs a real VS Code and does not pass without one",
    );
  }
  return bin;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.copydesk)) fail(`no copydesk binary at ${args.copydesk}`);
  if (!existsSync(args.vsix)) fail(`no .vsix at ${args.vsix}`);
  if (!existsSync("/usr/bin/chromium")) fail("Debian's chromium is not installed (/usr/bin/chromium; apt install chromium)");
  const codeServer = codeServerBinary(args.codeServer);

  const root = mkdtempSync(join(tmpdir(), "copydesk-vscode-"));
  const { workspace, userData, extensions } = makeWorkspace(root);
  log(`scratch folder ${root}`);

  const installOutput = execFileSync(
    codeServer,
    ["--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", args.vsix],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  log(installOutput.trim().split("\n").pop());
  if (!readdirSync(extensions).some((name) => name.startsWith("copydesk.copydesk-"))) {
    fail(`the extension was not installed into ${extensions}: ${installOutput}`);
  }

  writeFileSync(join(root, "code-server.yaml"), "auth: none\ncert: false\n");
  const port = await freePort();
  const serverLog = [];
  const server = spawn(
    codeServer,
    [
      "--bind-addr", `127.0.0.1:${port}`,
      "--auth", "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--config", join(root, "code-server.yaml"),
      "--user-data-dir", userData,
      "--extensions-dir", extensions,
      workspace,
    ],
    // As on a machine where copydesk was never built: no copydesk on PATH and
    // no copydesk.path, so the extension can only start the binary in the .vsix.
    { stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, PATH: pathWithoutCopydesk() } },
  );
  server.stdout.on("data", (d) => serverLog.push(d.toString()));
  server.stderr.on("data", (d) => serverLog.push(d.toString()));
  let serverExited = false;
  server.on("exit", () => (serverExited = true));

  const { chromium } = await import("playwright-core");
  let browser;
  let page;
  try {
    await waitFor("code-server to listen", 60000, async () => {
      if (serverExited) fail(`code-server exited:\n${serverLog.join("")}`);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return response.ok;
    });
    log(`code-server listening on port ${port}`);

    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
    await page.locator(".part.statusbar").waitFor({ timeout: 60000 });
    log("workbench loaded");

    // Open article.md with Quick Open.
    const editorText = page.locator(".editor-instance .monaco-editor .view-lines").first();
    await waitFor("article.md to open", 60000, async () => {
      await page.keyboard.press("Control+P");
      const input = page.locator(".quick-input-widget .quick-input-box input");
      await input.waitFor({ timeout: 5000 });
      await input.fill("article.md");
      await page.locator(".quick-input-list .monaco-list-row", { hasText: "article.md" }).first().waitFor({ timeout: 5000 });
      await page.keyboard.press("Enter");
      await editorText.waitFor({ timeout: 5000 });
      return (await editorText.textContent()).includes("concensus");
    });
    log("article.md open");

    // The Problems view lists the three findings with their rule ids.
    await page.keyboard.press("Control+Shift+M");
    const problems = page.locator(".markers-panel");
    await problems.waitFor({ timeout: 20000 });
    const expected = [
      ["Unknown word 'concensus'", "spelling"],
      ["'roughly 70%' is stated as fact with no source", "facts/unsourced-statistic"],
      ["'Right now' will go stale", "facts/relative-time"],
    ];
    await waitFor("the three copydesk findings in the Problems view", 90000, async () => {
      const text = await problems.textContent();
      return expected.every(([message, code]) => text.includes(message) && text.includes(code));
    });
    const rows = await problems.locator(".monaco-list-row").allTextContents();
    for (const row of rows) log(`problem: ${row}`);
    // copydesk.rules from the workspace settings made relative-time an information.
    const relativeRow = problems.locator(".monaco-list-row", { hasText: "'Right now' will go stale" });
    if ((await relativeRow.locator(".codicon-info, .codicon-info-filled").count()) === 0) {
      fail(`the relative-time finding is not shown as information (copydesk.rules did not reach the server): ${await relativeRow.innerHTML()}`);
    }
    const status = await page.locator("#status\\.problems").getAttribute("aria-label");
    log(`status bar: ${status}`);
    if (!/Infos?: 1/.test(status ?? "")) fail(`status bar problem counts are '${status}', expected 1 info`);
    // The extension's own status-bar item counts the current file's findings.
    await waitFor("the copydesk status-bar item to count the file's 3 findings", 15000, async () =>
      (await page.locator(".statusbar-item", { hasText: "copydesk: 3" }).count()) > 0);
    // The binary inside the .vsix was started (no copydesk.path, none on PATH) and the output says so.
    await waitFor("the output channel to name the bundled binary", 15000, async () =>
      filesUnder(join(userData, "logs")).some((f) => /copydesk\.log$/.test(f) &&
        readFileSync(f, "utf8").includes("/bin/copydesk lsp (bundled with the extension)")));
    log("the extension started its bundled binary");
    // workspace/diagnostic: a file that is not open is in the Problems view too.
    await waitFor("drafts/notes.md (never opened) in the Problems view", 60000, async () => {
      const text = await problems.textContent();
      return text.includes("notes.md") && text.includes("Unknown word 'Teh'");
    });
    log("workspace diagnostics listed drafts/notes.md");

    // Cursor on the typo (line 3, column 14), then the editor's own quick fix (Ctrl+.).
    await editorText.click();
    await page.keyboard.press("Control+G");
    await page.locator(".quick-input-widget .quick-input-box input").waitFor({ timeout: 10000 });
    await page.keyboard.type("3:14");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    const fix = page.locator(".action-widget .monaco-list-row", { hasText: "Replace with 'consensus'" });
    await waitFor("the quick-fix menu with \"Replace with 'consensus'\"", 30000, async () => {
      if (!(await fix.first().isVisible())) {
        await page.keyboard.press("Escape");
        await page.keyboard.press("Control+.");
        await page.locator(".action-widget").first().waitFor({ timeout: 5000 });
      }
      return fix.first().isVisible();
    });
    const items = await page.locator(".action-widget .monaco-list-row").allTextContents();
    log(`quick fixes: ${items.join(" | ")}`);
    for (const wanted of ["Add 'concensus' to workspace dictionary", "Ignore 'spelling' here"]) {
      if (!items.some((item) => item.includes(wanted))) fail(`the quick-fix menu lacks "${wanted}": ${items.join(" | ")}`);
    }
    // Choose it with the keyboard, as a user would: move the focus to it, then Enter.
    const focused = page.locator(".action-widget .monaco-list-row.focused");
    await waitFor("\"Replace with 'consensus'\" to have the focus", 10000, async () => {
      if ((await focused.getAttribute("aria-label")) === "Replace with 'consensus'") return true;
      await page.keyboard.press("ArrowDown");
      return false;
    });
    await page.waitForTimeout(300);
    if (args.screenshot) {
      mkdirSync(dirname(args.screenshot), { recursive: true });
      await page.screenshot({ path: args.screenshot });
      log(`screenshot ${args.screenshot}`);
    }
    await page.keyboard.press("Enter");

    await waitFor("the editor to show the fixed word", 20000, async () =>
      // Monaco renders spaces as no-break spaces.
      (await editorText.textContent()).replace(/\u00a0/g, " ").includes("global consensus among"),
    );
    await page.keyboard.press("Control+S");
    const file = join(workspace, "article.md");
    await waitFor("article.md to be saved with the fix", 20000, async () => {
      const text = readFileSync(file, "utf8");
      return text.includes("The global consensus among kernel maintainers") && !text.includes("concensus");
    });
    log("the quick fix was applied and saved");
    await waitFor("the spelling finding to leave the Problems view", 30000, async () => {
      const text = await problems.textContent();
      return !text.includes("concensus") && text.includes("'roughly 70%'");
    });

    // copydesk: Check workspace reports a file that is not open.
    await page.keyboard.press("F1");
    const palette = page.locator(".quick-input-widget .quick-input-box input");
    await palette.waitFor({ timeout: 10000 });
    await palette.fill(">copydesk: Check workspace");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "copydesk: Check workspace" }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press("Enter");
    await waitFor("the Check workspace finding of drafts/notes.md", 60000, async () => {
      const text = await problems.textContent();
      return text.includes("notes.md") && text.includes("Unknown word 'Teh'");
    });
    log("copydesk: Check workspace listed drafts/notes.md");

    // Settings changed while the server runs reach it (didChangeConfiguration,
    // then workspace/configuration through the extension's filter).
    const settingsFile = join(workspace, ".vscode", "settings.json");
    const settings = JSON.parse(readFileSync(settingsFile, "utf8"));
    settings["copydesk.rules"] = { "facts/relative-time": "off" };
    writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
    await waitFor("the relative-time finding to go after copydesk.rules turned it off", 30000, async () => {
      const text = await problems.textContent();
      return !text.includes("'Right now' will go stale") && text.includes("'roughly 70%'");
    });
    log("copydesk.rules changed live");

    // A copydesk.path that names no binary: a clear error with a way to the README.
    settings["copydesk.path"] = join(root, "no-such-copydesk");
    writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
    const toast = page.locator(".notification-toast", { hasText: "cannot start the language server" });
    await toast.first().waitFor({ timeout: 30000 });
    const message = (await toast.first().textContent()) ?? "";
    if (!message.includes("no-such-copydesk") || !message.includes("copydesk.path")) {
      fail(`the missing-binary message does not say what is wrong: ${message}`);
    }
    await toast.first().locator(".monaco-button", { hasText: "Open README" }).click();
    await page.locator(".tabs-container .tab", { hasText: "README" }).first().waitFor({ timeout: 20000 });
    await waitFor("the README preview to show the extension's README", 20000, async () => {
      for (const frame of page.frames()) {
        const body = await frame.locator("body").textContent({ timeout: 1000 }).catch(() => "");
        if (body?.includes("copydesk for VS Code") && body.includes("copydesk.path")) return true;
      }
      return false;
    });
    // Back to the editor (the focus is in the preview's frame).
    await page.locator(".tabs-container .tab", { hasText: "article.md" }).first().click();
    log("a missing binary is reported, with Open README");

    // The packaged schema checks .copydesk.json (comments and trailing commas allowed).
    writeFileSync(join(workspace, ".copydesk.json"), '{\n  // a comment\n  "rulez": {},\n  "rules": {"spelling": "error"},\n}\n');
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget .quick-input-box input").fill(".copydesk.json");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: ".copydesk.json" }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press("Enter");
    await waitFor("the schema's complaint about \"rulez\" in the Problems view", 30000, async () => {
      const text = await problems.textContent();
      return text.includes("Property rulez is not allowed");
    });
    const schemaProblems = await problems.textContent();
    if (/trailing comma|Comments are not permitted/i.test(schemaProblems)) {
      fail(`.copydesk.json comments or trailing commas are reported: ${schemaProblems}`);
    }
    log(".copydesk.json is checked against the packaged schema");
    log("PASS");
  } catch (error) {
    if (page) {
      const shot = join(root, "failure.png");
      try {
        await page.screenshot({ path: shot });
        log(`failure screenshot: ${shot}`);
      } catch {
        // the page is gone
      }
    }
    log(`code-server output (tail):\n${serverLog.join("").split("\n").slice(-30).join("\n")}`);
    for (const logFile of filesUnder(join(userData, "logs")).filter((f) => /copydesk|exthost\.log$/i.test(f))) {
      if (statSync(logFile).size === 0) continue;
      log(`--- ${logFile} (tail)\n${readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n")}`);
    }
    args.keep = true;
    throw error;
  } finally {
    if (browser) await browser.close().catch(() => {});
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    if (!args.keep) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    log(`FAIL: ${error.testFailure ? error.message : error.stack}`);
    process.exit(1);
  },
);
