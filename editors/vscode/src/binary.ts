// Finds the copydesk binary named by the `copydesk.path` setting.
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
