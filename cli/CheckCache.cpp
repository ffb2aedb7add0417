#include "cli/CheckCache.h"

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/AtomicFile.h"
#include "text/Utf.h"

namespace copydesk::cli {

namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

// A finding as [rule, begin, end, severity, message, escalated, fixes], each
// fix as [title, safe, preferred, [[begin, end, new text], ...]]: the field
// names once in this file rather than once per finding in the cache.
json findingJson(const Finding& finding) {
  json fixes = json::array();
  for (const Fix& fix : finding.fixes) {
    json edits = json::array();
    for (const TextEdit& edit : fix.edits) edits.push_back({edit.span.begin, edit.span.end, edit.new_text});
    fixes.push_back({fix.title, fix.safe, fix.preferred, std::move(edits)});
  }
  return {finding.rule_id, finding.span.begin,         finding.span.end, static_cast<int>(finding.severity),
          finding.message, finding.severity_escalated, std::move(fixes)};
}

ByteSpan spanOf(const json& begin, const json& end) {
  ByteSpan span{begin.get<std::size_t>(), end.get<std::size_t>()};
  if (span.end < span.begin) throw std::runtime_error("a span ends before it begins");
  return span;
}

// Throws (nlohmann's exceptions, std::runtime_error) on anything else than what findingJson writes.
Finding findingFrom(const json& value) {
  Finding finding;
  finding.rule_id = value.at(0).get<std::string>();
  finding.span = spanOf(value.at(1), value.at(2));
  const int severity = value.at(3).get<int>();
  if (severity < 1 || severity > 4) throw std::runtime_error("bad severity");
  finding.severity = static_cast<Severity>(severity);
  finding.message = value.at(4).get<std::string>();
  finding.severity_escalated = value.at(5).get<bool>();
  for (const json& fix_value : value.at(6)) {
    Fix& fix = finding.fixes.emplace_back();
    fix.title = fix_value.at(0).get<std::string>();
    fix.safe = fix_value.at(1).get<bool>();
    fix.preferred = fix_value.at(2).get<bool>();
    for (const json& edit : fix_value.at(3)) fix.edits.push_back({spanOf(edit.at(0), edit.at(1)), edit.at(2)});
  }
  return finding;
}

// JSON holds UTF-8 only: a finding quoting bytes of a file that is not valid
// UTF-8 could not come back unchanged, so such a file is never cached.
bool storable(const std::vector<Finding>& findings) {
  for (const Finding& finding : findings) {
    if (!utf::isValid(finding.rule_id) || !utf::isValid(finding.message)) return false;
    for (const Fix& fix : finding.fixes) {
      if (!utf::isValid(fix.title)) return false;
      for (const TextEdit& edit : fix.edits)
        if (!utf::isValid(edit.new_text)) return false;
    }
  }
  return true;
}

}  // namespace

std::string CheckCache::load(const std::string& path, const std::string& build_id) {
  path_ = path;
  build_id_ = build_id;
  entries_.clear();
  changed_ = true;  // until the whole file is read
  std::string text, error;
  bool missing = false;
  if (!io::readWholeFile(path, text, error, &missing))
    return missing ? std::string() : "ignoring the cache " + path + ": " + error;
  try {
    const json cache = json::parse(text);
    if (!cache.is_object() || cache.value("copydesk-cache", 0) != kFormatVersion)
      return "ignoring the cache " + path + ": not a copydesk cache file (it will be replaced)";
    if (cache.at("build").get<std::string>() != build_id) return "";  // another build: every file is checked again
    for (const auto& [file, entry] : cache.at("files").items()) {
      Entry& loaded = entries_[file];
      loaded.key = std::stoull(entry.at("key").get<std::string>(), nullptr, 16);
      for (const json& finding : entry.at("findings")) loaded.findings.push_back(findingFrom(finding));
    }
    changed_ = false;
  } catch (const std::exception& e) {
    entries_.clear();
    return "ignoring the cache " + path + ": it is corrupt (" + e.what() + "; it will be replaced)";
  }
  return "";
}

const std::vector<Finding>* CheckCache::find(const std::string& file, std::uint64_t key) const {
  const auto it = entries_.find(file);
  return it != entries_.end() && it->second.key == key ? &it->second.findings : nullptr;
}

void CheckCache::store(const std::string& file, std::uint64_t key, std::vector<Finding> findings) {
  changed_ = true;
  if (!utf::isValid(file) || !storable(findings)) {
    entries_.erase(file);
    return;
  }
  entries_[file] = Entry{key, std::move(findings)};
}

bool CheckCache::save(std::string& error) const {
  if (!changed_) return true;
  json files = json::object();
  for (const auto& [file, entry] : entries_) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) continue;  // deleted since: forget it
    json findings = json::array();
    for (const Finding& finding : entry.findings) findings.push_back(findingJson(finding));
    files[file] = {{"key", fmt::format("{:016x}", entry.key)}, {"findings", std::move(findings)}};
  }
  const json cache = {{"copydesk-cache", kFormatVersion}, {"build", build_id_}, {"files", std::move(files)}};
  std::string text;
  try {
    text = cache.dump() + "\n";
  } catch (const json::exception& e) {  // store() keeps out what JSON cannot hold; this is a safety net
    error = e.what();
    return false;
  }
  return io::writeFileAtomically(path_, text, std::nullopt, error);
}

}  // namespace copydesk::cli
