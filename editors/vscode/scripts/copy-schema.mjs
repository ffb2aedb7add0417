// Build step: copies the configuration schema (editors/schema/copydesk.schema.json)
// into the extension folder so that the packaged .vsix carries its own copy
// (a symlink would not survive packaging).
//
// The copy gets two VS Code-only keywords at its root, allowComments and
// allowTrailingCommas, because `.copydesk.json` is JSON with comments and
// trailing commas; other editors ignore unknown keywords, so they are not
// needed in the shared schema.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "..", "..", "schema", "copydesk.schema.json");
const target = join(here, "..", "schema", "copydesk.schema.json");

let schema;
try {
  schema = JSON.parse(readFileSync(source, "utf8"));
} catch (error) {
  console.error(`copy-schema: cannot read ${source}: ${error.message}`);
  process.exit(1);
}
schema.allowComments = true;
schema.allowTrailingCommas = true;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(schema, null, 2) + "\n");
console.log(`copy-schema: ${source} -> ${target}`);
