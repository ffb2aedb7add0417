// Finds the copydesk binary: the one named by the `copydesk.path` setting when
// it is set, else the one bundled in a platform-specific .vsix (bin/copydesk,
// scripts/package-vscode), else `copydesk` on PATH.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export type BinaryLookup = { found: true; path: string } | { found: false; reason: string };

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves `setting` (a bare name looked up on PATH, or a path; `~` and
 * `${workspaceFolder}` expanded; relative paths taken from `workspaceFolder`).
 */
export function findBinary(
  setting: string | undefined,
  workspaceFolder: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): BinaryLookup {
  let name = (setting ?? "").trim() || "copydesk";
  if (workspaceFolder) name = name.split("${workspaceFolder}").join(workspaceFolder);
  if (name === "~" || name.startsWith("~/")) name = path.join(os.homedir(), name.slice(1));

  const isBareName = !name.includes("/") && !name.includes(path.sep);
  if (isBareName) {
    const dirs = (env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
    const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD").split(";") : [""];
    for (const dir of dirs) {
      for (const ext of extensions) {
        const candidate = path.join(dir, name + ext);
        if (isExecutableFile(candidate)) return { found: true, path: candidate };
      }
    }
    return { found: false, reason: `'${name}' was not found on PATH` };
  }

  const resolved = path.isAbsolute(name) ? name : path.resolve(workspaceFolder ?? process.cwd(), name);
  if (!fs.existsSync(resolved)) return { found: false, reason: `${resolved} does not exist` };
  if (!isExecutableFile(resolved)) return { found: false, reason: `${resolved} is not an executable file` };
  return { found: true, path: resolved };
}

/** Where scripts/package-vscode puts the binary inside the extension. */
export function bundledBinary(extensionPath: string): string {
  return path.join(extensionPath, "bin", process.platform === "win32" ? "copydesk.exe" : "copydesk");
}

/**
 * The binary to start and where it came from: `copydesk.path` when set (even
 * when it names nothing: the user asked for it), else the bundled one when the
 * package has it, else `copydesk` on PATH.
 */
export function chooseBinary(
  setting: string | undefined,
  workspaceFolder: string | undefined,
  extensionPath: string,
  env: NodeJS.ProcessEnv = process.env,
): BinaryLookup & { origin: "setting" | "bundled" | "PATH" } {
  if ((setting ?? "").trim() !== "") return { ...findBinary(setting, workspaceFolder, env), origin: "setting" };
  const bundled = bundledBinary(extensionPath);
  if (isExecutableFile(bundled)) return { found: true, path: bundled, origin: "bundled" };
  return { ...findBinary(undefined, workspaceFolder, env), origin: "PATH" };
}
