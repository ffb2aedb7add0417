// The editor settings sent to the server: the "copydesk" section of the VS Code
// settings without the keys that only the extension uses.
//
// The server reads the same model as `.copydesk.json` ({rules, spelling, asOf,
// ...}) and refuses keys it does not know, so `path` and `trace` are taken out,
// and empty values (the defaults of the contributed settings) are left out so
// that `.copydesk.json` decides.

export interface ServerSettings {
  rules?: Record<string, unknown>;
  spelling?: { language?: string; words?: string[] };
  asOf?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Builds the server's settings from the "copydesk" section (a plain object). */
export function serverSettings(section: unknown): ServerSettings {
  const result: ServerSettings = {};
  if (!isObject(section)) return result;

  if (isObject(section.rules) && Object.keys(section.rules).length > 0) {
    result.rules = { ...section.rules };
  }

  const spelling: { language?: string; words?: string[] } = {};
  const spellingSection = isObject(section.spelling) ? section.spelling : {};
  const language = spellingSection.language ?? section["spelling.language"];
  if (typeof language === "string" && language.trim() !== "") spelling.language = language.trim();
  const words = spellingSection.words ?? section["spelling.words"];
  if (Array.isArray(words)) {
    const strings = words.filter((w): w is string => typeof w === "string" && w.trim() !== "").map((w) => w.trim());
    if (strings.length > 0) spelling.words = strings;
  }
  if (Object.keys(spelling).length > 0) result.spelling = spelling;

  if (typeof section.asOf === "string" && section.asOf.trim() !== "") result.asOf = section.asOf.trim();
  return result;
}
