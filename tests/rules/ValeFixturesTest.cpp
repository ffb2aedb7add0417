// Vale's own fixtures (tests/data/third_party/vale/testdata) run through copydesk: every
// applicable row of testdata-expected.tsv (status ok, Markdown or plain text
// input) is an alert Vale prints; the test prints the pass rate and the rows
// that fail, and asserts a floor. It emulates
//   vale --output=line --sort --relative ARGS
// from the fixture folder: the nearest .vale.ini (or --config), each file
// named (or every .md / .txt file of "."), lines file:line:column:Rule:message.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "config/ValeConfig.h"
#include "document/Document.h"
#include "engine/Engine.h"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(COPYDESK_SOURCE_DIR) / "tests/data/third_party/vale";

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string unquote(std::string s) {
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
    return s.substr(1, s.size() - 2);
  return s;
}

struct Scenario {
  std::string cwd;
  std::string args;
  std::vector<std::string> expected;
};

std::set<std::string> lint(const Config& cfg, const fs::path& cwd, const std::vector<std::string>& files,
                           const std::string& ext, bool from_stdin, bool plain);

// The alerts copydesk gives for one scenario, as Vale's line output; empty
// optional when the arguments are not ones this emulation handles.
std::optional<std::set<std::string>> run(const Scenario& scenario) {
  const fs::path cwd = kData / "testdata" / scenario.cwd;
  std::string config;
  std::string ext;  // --ext: the format of every input
  bool from_stdin = false;
  bool plain = false;  // --ignore-syntax: every file as plain text
  std::vector<std::string> files;
  std::stringstream words(scenario.args);
  std::string word;
  while (words >> word) {
    if (word.starts_with("--config=")) config = unquote(word.substr(9));
    else if (word.starts_with("--ext=")) ext = unquote(word.substr(6));
    else if (word == "--ignore-syntax") plain = true;
    else if (word == "<") from_stdin = true;
    else if (word.starts_with("-")) return std::nullopt;
    else files.push_back(unquote(word));
  }
  const std::string ini_path = config.empty() ? findValeIni(cwd.string()) : (cwd / config).lexically_normal().string();
  if (ini_path.empty()) return std::nullopt;
  Config cfg;
  addValeStyles(loadValeIni(ini_path), cfg);
  return lint(cfg, cwd, files, ext, from_stdin, plain);
}

// Vale's line output for `files` ("." = every .md / .txt below `cwd`) under `cfg`.
std::set<std::string> lint(const Config& cfg, const fs::path& cwd, const std::vector<std::string>& files,
                           const std::string& ext, bool from_stdin, bool plain) {
  std::vector<std::string> names;
  for (const std::string& file : files) {
    if (file != ".") {
      names.push_back(file);
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(cwd)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".md" || ext == ".txt"))
        names.push_back(fs::relative(entry.path(), cwd).string());
    }
  }
  std::set<std::string> lines;
  for (const std::string& name : names) {
    const fs::path path = cwd / name;
    // An argument that names no file is text to lint ("vale 'XXX'"), read as plain text.
    const bool literal = !from_stdin && !fs::exists(path);
    const std::string format = literal ? ".txt" : ext.empty() ? path.extension().string() : ext;
    if (format != ".md" && format != ".txt") continue;
    // Vale names standard input (and a literal) "stdin<ext>" and matches sections against that name.
    const bool unnamed = from_stdin || literal;
    const std::string shown = unnamed ? "stdin" + format : name;
    const fs::path as = unnamed || !ext.empty() ? cwd / (path.stem().string() + format) : path;
    const ResolvedRules rules = resolveRules(cfg, unnamed ? (cwd / shown).string() : as.string());
    auto document = Document::create(as.string(), literal ? name : readText(path),
                                     format == ".txt" || plain ? DocumentFormat::PlainText : DocumentFormat::Markdown);
    CheckServices services;
    for (const Finding& finding : checkDocument(*document, rules.rules, services)) {
      if (finding.rule_id.find('/') != std::string::npos || finding.rule_id.find('.') == std::string::npos) continue;
      const LinePosition at = document->lines().position(finding.span.begin, Encoding::Utf32);
      lines.insert(shown + ":" + std::to_string(at.line + 1) + ":" + std::to_string(at.character + 1) + ":" +
                   finding.rule_id + ":" + finding.message);
    }
  }
  return lines;
}

// Each official package with its own tests (package-tests-expected.tsv), its
// fixtures' StylesPath pointed at tests/data/third_party/vale/styles.
TEST(ValeFixtures, PackageTestsPass) {
  std::ifstream in(kData / "package-tests-expected.tsv");
  ASSERT_TRUE(in);
  std::string line;
  std::getline(in, line);
  std::map<std::string, std::vector<std::string>> expected;  // "package/cwd" -> lines
  while (std::getline(in, line)) {
    const std::vector<std::string> f = splitTabs(line);
    if (f.size() < 6 || f[4] != "ok") continue;
    expected[f[0] + "/" + f[2]].push_back(f[5]);
  }
  int rows = 0;
  int passed = 0;
  std::string failures;
  for (const auto& [folder, lines] : expected) {
    const fs::path cwd = kData / "package-tests" / folder;
    ValeIni ini = fs::exists(cwd / ".vale.ini")
                      ? loadValeIni((cwd / ".vale.ini").string())
                      : parseValeIni("[*.md]\nBasedOnStyles = " + folder.substr(0, folder.find('/')) + "\n",
                                     (cwd / ".vale.ini").string());
    ini.styles_path = (kData / "styles").string();
    Config cfg;
    // Two fixtures name rules the package has since dropped (Microsoft.RangeFormat, .ComplexWords).
    for (const std::string& error : addValeStyles(ini, cfg).errors) std::printf("  (%s)\n", error.c_str());
    const std::set<std::string> produced = lint(cfg, cwd, {"."}, "", false, false);
    for (const std::string& want : lines) {
      ++rows;
      if (produced.count(want)) ++passed;
      else failures += "  " + folder + " " + want + "\n";
    }
  }
  std::printf("Vale package tests: %d of %d rows pass (%.1f%%)\nFailing:\n%s", passed, rows,
              rows ? 100.0 * passed / rows : 0.0, failures.c_str());
  EXPECT_GE(passed * 100, rows * 95);
}

// Every official package loads whole with no error, and says which engine runs its rules.
TEST(ValeFixtures, OfficialPackagesLoad) {
  for (const char* style : {"Microsoft", "write-good", "proselint", "alex", "Joblint", "Readability"}) {
    ValeIni ini = parseValeIni(std::string("[*]\nBasedOnStyles = ") + style + "\n", (kData / ".vale.ini").string());
    ini.styles_path = (kData / "styles").string();
    Config cfg;
    const ValeSetupProblems problems = addValeStyles(ini, cfg);
    EXPECT_TRUE(problems.errors.empty()) << style << ": " << problems.errors.front();
    EXPECT_TRUE(problems.unsupported.empty()) << style;
    ASSERT_EQ(problems.engines.size(), 1u);
    std::printf("%s (%zu rules)\n", problems.engines[0].c_str(), cfg.custom_rules.size());
  }
}

TEST(ValeFixtures, ApplicableRowsPass) {
  std::ifstream in(kData / "testdata-expected.tsv");
  ASSERT_TRUE(in) << "missing tests/data/third_party/vale/testdata-expected.tsv";
  std::string line;
  std::getline(in, line);
  std::map<std::string, Scenario> scenarios;
  while (std::getline(in, line)) {
    const std::vector<std::string> f = splitTabs(line);
    if (f.size() < 8 || f[6] != "ok" || (f[7] != "markdown" && f[7] != "text")) continue;
    Scenario& s = scenarios[f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3]];
    s.cwd = f[2];
    s.args = f[3];
    if (f.size() > 8 && !f[8].empty()) s.expected.push_back(f[8]);
  }
  int rows = 0;
  int passed = 0;
  std::string failures;
  for (const auto& [key, scenario] : scenarios) {
    const auto produced = run(scenario);
    for (const std::string& expected : scenario.expected) {
      ++rows;
      if (produced && produced->count(expected)) ++passed;
      else failures += "  " + scenario.cwd + " [" + scenario.args + "] " + expected + "\n";
    }
  }
  if (std::getenv("VALE_FIXTURES_DUMP"))
    for (const auto& [key, scenario] : scenarios)
      if (const auto produced = run(scenario))
        for (const std::string& got : *produced)
          std::printf("GOT %s [%s] %s\n", scenario.cwd.c_str(), scenario.args.c_str(), got.c_str());
  std::printf("Vale fixtures: %d of %d applicable rows pass (%.1f%%)\nFailing:\n%s", passed, rows,
              rows ? 100.0 * passed / rows : 0.0, failures.c_str());
  EXPECT_GT(rows, 250);
  EXPECT_GE(passed * 100, rows * 90) << "pass rate fell below the floor";
}

}  // namespace
}  // namespace copydesk
