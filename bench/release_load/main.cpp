// What loading the release knowledge base costs: facts/outdated-claim on a
// one-sentence document that names a release (the first check parses the
// compiled-in table, later ones reuse it), against one that does not.
// Prints the best of N for each; not a pass/fail test.
#include <chrono>
#include <cstdio>

#include "document/Document.h"
#include "engine/Engine.h"
#include "registry/Registry.h"

using namespace copydesk;

namespace {

double checkMs(const Rule* rule, const std::string& text) {
  auto doc = Document::create("bench.md", text, formatForPath("bench.md"));
  RuleSet set = ruleSetOf({});
  set.rules.push_back({rule, rule->info().default_severity, nlohmann::json::object()});
  CheckServices services;
  services.check_date = {2026, 12, 1};
  const auto start = std::chrono::steady_clock::now();
  const auto findings = checkDocument(*doc, set, services);
  const auto end = std::chrono::steady_clock::now();
  if (findings.size() > 100) std::puts("?");
  return std::chrono::duration<double, std::milli>(end - start).count();
}

}  // namespace

int main() {
  const Rule* rule = findBuiltinRule("facts/outdated-claim");
  if (!rule) return 1;
  const std::string release = "Node.js 20 is the maintenance LTS release.\n";
  checkMs(rule, "Plain words, no release named.\n");  // the claims base and the rest, loaded first
  const double first = checkMs(rule, release);        // parses the release table
  double warm = 1e9;
  for (int i = 0; i < 20; ++i) warm = std::min(warm, checkMs(rule, release));
  std::printf("release KB load (first check - best warm check): %.2f ms (first %.2f ms, warm %.3f ms)\n", first - warm,
              first, warm);
  return 0;
}
