// yaml-cpp -> RuleDefinition, with Vale's defaults and its load errors.
#include "vale/ValeRuleFile.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace copydesk::vale {

namespace {

const std::set<std::string, std::less<>> kKinds = {"existence",   "substitution", "occurrence",     "repetition",
                                                   "consistency", "conditional",  "capitalization", "readability",
                                                   "spelling",    "sequence",     "metric",         "script"};

// Vale 2 scopes that Vale 3 refuses.
const std::set<std::string, std::less<>> kRemovedScopes = {"code", "link", "strong", "emphasis"};

// go-yaml accepts "\'" inside double-quoted strings (Vale's own styles rely on
// it); YAML 1.2 does not. Rewritten to "'" only inside double quotes.
std::string withGoYamlEscapes(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool in_double = false;
  bool in_single = false;
  bool in_comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') in_comment = in_single = in_double = false;
    if (in_comment) {
      out += c;
      continue;
    }
    if (in_double && c == '\\' && i + 1 < text.size()) {
      if (text[i + 1] == '\'') {
        out += '\'';
      } else {
        out += c;
        out += text[i + 1];
      }
      ++i;
      continue;
    }
    if (c == '"' && !in_single) in_double = !in_double;
    else if (c == '\'' && !in_double) in_single = !in_single;
    else if (c == '#' && !in_double && !in_single && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n'))
      in_comment = true;
    out += c;
  }
  return out;
}

class Reader {
 public:
  Reader(const std::string& file, const YAML::Node& root) : file_(file), root_(root) {}

  std::string at(const YAML::Node& node) const {
    return file_ + ":" + std::to_string(node.Mark().line >= 0 ? node.Mark().line + 1 : 1);
  }
  void fail(const YAML::Node& node, const std::string& message) {
    if (error_.empty()) error_ = at(node) + ": " + message;
  }
  const std::string& error() const { return error_; }

  bool has(const char* key) const { return root_[key].IsDefined() && !root_[key].IsNull(); }

  std::string scalar(const char* key) {
    const YAML::Node node = root_[key];
    if (!node.IsDefined() || node.IsNull()) return {};
    if (!node.IsScalar()) {
      fail(node, std::string("'") + key + "' must be a string");
      return {};
    }
    return node.Scalar();
  }
  bool boolean(const char* key, bool fallback) {
    const std::string text = scalar(key);
    if (text.empty()) return fallback;
    if (text == "true" || text == "True" || text == "yes") return true;
    if (text == "false" || text == "False" || text == "no") return false;
    fail(root_[key], std::string("'") + key + "' must be true or false");
    return fallback;
  }
  double number(const char* key, double fallback) {
    const std::string text = scalar(key);
    if (text.empty()) return fallback;
    try {
      std::size_t used = 0;
      const double value = std::stod(text, &used);
      if (used == text.size()) return value;
    } catch (const std::exception&) {}
    fail(root_[key], std::string("'") + key + "' must be a number");
    return fallback;
  }
  // A string or a list of strings.
  std::vector<std::string> strings(const char* key) {
    const YAML::Node node = root_[key];
    std::vector<std::string> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (node.IsScalar()) return {node.Scalar()};
    if (!node.IsSequence()) {
      fail(node, std::string("'") + key + "' must be a list of strings");
      return out;
    }
    for (const YAML::Node& item : node) {
      if (item.IsScalar()) out.push_back(item.Scalar());
      else if (!item.IsNull()) fail(item, std::string("'") + key + "' must hold strings");
    }
    return out;
  }
  std::vector<std::pair<std::string, std::string>> map(const char* key) {
    const YAML::Node node = root_[key];
    std::vector<std::pair<std::string, std::string>> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
      fail(node, std::string("'") + key + "' must be a map");
      return out;
    }
    for (const auto& entry : node) {
      if (!entry.first.IsScalar() || !(entry.second.IsScalar() || entry.second.IsNull())) {
        fail(entry.first, std::string("'") + key + "' must map strings to strings");
        continue;
      }
      out.emplace_back(entry.first.Scalar(), entry.second.IsNull() ? std::string() : entry.second.Scalar());
    }
    return out;
  }
  const YAML::Node& root() const { return root_; }

 private:
  const std::string& file_;
  const YAML::Node& root_;
  std::string error_;
};

void readSequenceTokens(Reader& reader, RuleDefinition& rule) {
  const YAML::Node tokens = reader.root()["tokens"];
  if (!tokens.IsSequence()) {
    reader.fail(tokens, "a sequence rule needs a list of 'tokens'");
    return;
  }
  for (const YAML::Node& item : tokens) {
    if (!item.IsMap()) {
      reader.fail(item, "each sequence token must be a map (pattern, tag, negate, skip)");
      continue;
    }
    SequenceToken token;
    if (item["pattern"]) token.pattern = item["pattern"].as<std::string>("");
    if (item["tag"]) token.tag = item["tag"].as<std::string>("");
    if (item["negate"]) token.negate = item["negate"].as<bool>(false);
    if (item["skip"]) token.skip = item["skip"].as<int>(0);
    rule.sequence.push_back(std::move(token));
  }
  if (std::none_of(rule.sequence.begin(), rule.sequence.end(),
                   [](const SequenceToken& t) { return !t.pattern.empty(); }))
    reader.fail(tokens, "a sequence rule needs at least one token with a 'pattern'");
}

void readAction(Reader& reader, RuleDefinition& rule) {
  const YAML::Node node = reader.root()["action"];
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    reader.fail(node, "'action' must be a map with 'name' and 'params'");
    return;
  }
  Action action;
  if (node["name"] && node["name"].IsScalar()) action.name = node["name"].Scalar();
  if (node["params"] && node["params"].IsSequence())
    for (const YAML::Node& param : node["params"])
      if (param.IsScalar()) action.params.push_back(param.Scalar());
  rule.action = std::move(action);
}

void readRule(Reader& reader, RuleDefinition& rule) {
  rule.kind = reader.scalar("extends");
  if (rule.kind.empty()) return reader.fail(reader.root(), "missing extension point!");
  if (!kKinds.count(rule.kind))
    return reader.fail(reader.root()["extends"], "unknown extension point '" + rule.kind + "'");
  rule.message = reader.scalar("message");
  if (rule.message.empty()) return reader.fail(reader.root(), "missing message!");
  rule.description = reader.scalar("description");
  rule.link = reader.scalar("link");
  if (reader.has("level") && !parseLevel(reader.scalar("level"), rule.level))
    reader.fail(reader.root()["level"], "level must be suggestion, warning or error");
  rule.scopes = reader.strings("scope");
  for (const std::string& scope : rule.scopes)
    if (kRemovedScopes.count(scope))
      reader.fail(reader.root()["scope"], "scope '" + scope + "' is no longer supported; use 'raw' instead");
  rule.limit = static_cast<int>(reader.number("limit", 0));
  rule.ignorecase = reader.boolean("ignorecase", false);
  rule.nonword = reader.boolean("nonword", false);
  rule.append = reader.boolean("append", false);
  rule.vocab = reader.boolean("vocab", true);
  rule.capitalize = reader.boolean("capitalize", false);
  rule.alpha = reader.boolean("alpha", false);
  rule.custom = reader.boolean("custom", false);
  if (rule.kind == "sequence") readSequenceTokens(reader, rule);
  else rule.tokens = reader.strings("tokens");
  for (const std::string& piece : reader.strings("raw")) rule.raw += piece;
  rule.exceptions = reader.strings("exceptions");
  rule.swap = reader.map("swap");
  rule.either = reader.map("either");
  rule.token = reader.scalar("token");
  if (reader.has("max")) rule.max = static_cast<int>(reader.number("max", 0));
  if (reader.has("min")) rule.min = static_cast<int>(reader.number("min", 0));
  rule.first = reader.scalar("first");
  rule.second = reader.scalar("second");
  rule.match = reader.scalar("match");
  if (reader.has("style")) rule.style = reader.scalar("style");
  rule.indicators = reader.strings("indicators");
  rule.threshold = reader.number("threshold", 0.8);
  rule.prefix = reader.scalar("prefix");
  rule.metrics = reader.strings("metrics");
  rule.grade = reader.number("grade", 0);
  rule.filters = reader.strings("filters");
  rule.ignore = reader.strings("ignore");
  rule.dictionaries = reader.strings("dictionaries");
  rule.dicpath = reader.scalar("dicpath");
  rule.formula = reader.scalar("formula");
  rule.condition = reader.scalar("condition");
  readAction(reader, rule);
}

}  // namespace

bool parseLevel(std::string_view text, Level& out) {
  if (text == "suggestion") out = Level::Suggestion;
  else if (text == "warning") out = Level::Warning;
  else if (text == "error") out = Level::Error;
  else return false;
  return true;
}

std::string_view levelName(Level level) {
  switch (level) {
    case Level::Suggestion: return "suggestion";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "warning";
}

RuleFileResult parseRuleFile(const std::string& name, const std::string& file, const std::string& text) {
  RuleFileResult result;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& first) {
    try {
      root = YAML::Load(withGoYamlEscapes(text));
    } catch (const YAML::Exception&) {
      result.error = file + ":" + std::to_string(first.mark.line + 1) + ": invalid YAML: " + first.msg;
      return result;
    }
  }
  if (!root.IsMap()) {
    result.error = file + ":1: a rule file must be a YAML map (extends, message, ...)";
    return result;
  }
  RuleDefinition rule;
  rule.name = name;
  rule.file = file;
  Reader reader(file, root);
  try {
    readRule(reader, rule);
  } catch (const YAML::Exception& e) {
    reader.fail(root, std::string("unreadable value: ") + e.what());
  }
  if (!reader.error().empty()) {
    result.error = reader.error();
    return result;
  }
  result.rule = std::move(rule);
  return result;
}

}  // namespace copydesk::vale
