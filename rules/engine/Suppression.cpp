#include "engine/Suppression.h"

#include "engine/RuleIds.h"

namespace copydesk {

namespace {

constexpr std::string_view kPrefix = "copydesk-";

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool isSeparator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

// Splits rule names at spaces and commas, stopping at a " -- reason".
void readRuleNames(std::string_view text, std::size_t base, SuppressionDirective& out) {
  for (std::size_t i = 0; i < text.size();) {
    if (isSeparator(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !isSeparator(text[end])) ++end;
    const std::string_view name = text.substr(i, end - i);
    if (name == "--") return;
    out.rules.emplace_back(name);
    out.rule_spans.push_back({base + i, base + end});
    i = end;
  }
}

std::optional<SuppressionKind> directiveKind(std::string_view word) {
  if (word == "copydesk-disable") return SuppressionKind::Disable;
  if (word == "copydesk-enable") return SuppressionKind::Enable;
  if (word == "copydesk-disable-next-line") return SuppressionKind::DisableNextLine;
  return std::nullopt;
}

// The first non-blank line after the one `offset` is on.
ByteSpan nextNonBlankLine(const Document& document, std::size_t offset) {
  const LineIndex& lines = document.lines();
  for (std::size_t line = lines.lineOf(offset) + 1; line < lines.lineCount(); ++line) {
    const ByteSpan span{lines.lineStart(line), lines.lineEnd(line)};
    if (!isBlank(document.slice(span))) return span;
  }
  return {document.text().size(), document.text().size()};
}

void parseFrontMatter(const Document& document, std::vector<SuppressionDirective>& out) {
  const FrontMatter& fm = document.prose().front_matter;
  if (fm.format == FrontMatterFormat::None) return;
  std::string_view list = fm.get("copydesk.disable");
  std::string raw;
  if (list.empty()) {
    // A YAML flow map kept as written: "{ disable: [a, b] }".
    const std::string_view table = fm.get("copydesk");
    const std::size_t key = table.find("disable");
    if (key == std::string_view::npos) return;
    const std::size_t open = table.find_first_not_of(" \t:=", key + 7);
    if (open == std::string_view::npos) return;
    const std::size_t close = table[open] == '[' ? table.find(']', open) : table.find_first_of(",}", open);
    raw = std::string(table.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open));
    for (char& c : raw)
      if (c == '[' || c == ']' || c == '"' || c == '\'') c = ' ';
    list = raw;
  }
  SuppressionDirective directive;
  directive.kind = SuppressionKind::DisableDocument;
  directive.span = fm.span;
  readRuleNames(list, 0, directive);
  for (ByteSpan& span : directive.rule_spans) span = fm.span;
  if (directive.rules.empty()) return;  // "disable: []" suppresses nothing
  out.push_back(std::move(directive));
}

}  // namespace

std::vector<SuppressionDirective> parseSuppressions(const Document& document,
                                                    std::vector<ByteSpan>* unknown_directives) {
  std::vector<SuppressionDirective> out;
  parseFrontMatter(document, out);
  const std::string_view text = document.text();
  for (const Comment& comment : document.prose().comments) {
    const std::string_view body = comment.body;
    if (!body.starts_with(kPrefix)) continue;
    const bool inside = body.data() >= text.data() && body.data() + body.size() <= text.data() + text.size();
    const std::size_t base = inside ? static_cast<std::size_t>(body.data() - text.data()) : comment.span.begin;
    std::size_t word_end = 0;
    while (word_end < body.size() && !isSeparator(body[word_end])) ++word_end;
    const auto kind = directiveKind(body.substr(0, word_end));
    // Directives of other features share the prefix (facts/review-due reads this one).
    if (body.substr(0, word_end) == "copydesk-review-after") continue;
    if (!kind) {
      if (unknown_directives) unknown_directives->push_back(inside ? ByteSpan{base, base + word_end} : comment.span);
      continue;
    }
    SuppressionDirective directive;
    directive.kind = *kind;
    directive.span = comment.span;
    readRuleNames(body.substr(word_end), base + word_end, directive);
    if (!inside)
      for (ByteSpan& span : directive.rule_spans) span = comment.span;
    if (*kind == SuppressionKind::DisableNextLine) directive.line = nextNonBlankLine(document, comment.span.end - 1);
    out.push_back(std::move(directive));
  }
  return out;
}

bool Suppressions::suppressed(std::string_view rule_id, std::size_t offset) const {
  const auto matches = [&](const SuppressionDirective& d) {
    if (d.rules.empty()) return true;
    for (const std::string& pattern : d.rules)
      if (ruleIdMatches(pattern, rule_id)) return true;
    return false;
  };
  std::optional<bool> region;  // the last Disable/Enable before `offset` that names the rule
  for (const SuppressionDirective& d : directives_) {
    switch (d.kind) {
      case SuppressionKind::DisableDocument:
        if (matches(d)) return true;
        break;
      case SuppressionKind::DisableNextLine:
        if (offset >= d.line.begin && offset < d.line.end && matches(d)) return true;
        break;
      case SuppressionKind::Disable:
      case SuppressionKind::Enable:
        if (d.span.end <= offset && matches(d)) region = d.kind == SuppressionKind::Disable;
        break;
    }
  }
  return region.value_or(false);
}

void applySuppressions(const Document& document, std::vector<Finding>& findings,
                       const std::vector<std::string>& known_rule_ids) {
  std::vector<ByteSpan> unknown_directives;
  const Suppressions suppressions(parseSuppressions(document, &unknown_directives));
  std::erase_if(findings, [&](const Finding& f) { return suppressions.suppressed(f.rule_id, f.span.begin); });
  for (const SuppressionDirective& d : suppressions.directives()) {
    for (std::size_t i = 0; i < d.rules.size(); ++i) {
      if (isKnownRuleIdOrPattern(d.rules[i], known_rule_ids)) continue;
      Finding f;
      f.rule_id = "config/unknown-rule";
      f.span = d.rule_spans[i];
      f.message = "Unknown rule '" + d.rules[i] + "' in a suppression" + didYouMean(d.rules[i], known_rule_ids);
      findings.push_back(std::move(f));
    }
  }
  for (ByteSpan span : unknown_directives) {
    const std::string word(document.slice(span));
    Finding f;
    f.rule_id = "config/unknown-directive";
    f.span = span;
    f.message = "Unknown directive '" + word + "'" +
                didYouMean(word, {"copydesk-disable", "copydesk-enable", "copydesk-disable-next-line",
                                  "copydesk-review-after"});
    findings.push_back(std::move(f));
  }
}

std::string suppressionComment(CommentSyntax syntax, std::string_view rule_id) {
  return writeComment(syntax, "copydesk-disable-next-line " + std::string(rule_id));
}

std::optional<TextEdit> suppressionEdit(const Document& document, ByteSpan finding_span, std::string_view rule_id) {
  const CommentSyntax syntax = formatInfo(document.format()).comments;
  if (syntax == CommentSyntax::None) return std::nullopt;
  const CommentForm form = commentForm(syntax);
  const std::string comment = suppressionComment(syntax, rule_id);
  const LineIndex& lines = document.lines();
  const std::size_t line = lines.lineOf(finding_span.begin);
  if (line > 0 && !form.own_line) {
    const ByteSpan previous{lines.lineStart(line - 1), lines.lineEnd(line - 1)};
    bool prose = false;
    for (const Block& block : document.prose().blocks)
      prose = prose || (block.span.begin < previous.end && block.span.end > previous.begin);
    if (prose && !isBlank(document.slice(previous))) return TextEdit{{previous.end, previous.end}, " " + comment};
  }
  const std::size_t start = lines.lineStart(line);
  if (form.own_block) {
    for (const Block& block : document.prose().blocks)
      if (block.span.begin <= finding_span.begin && finding_span.begin < block.span.end &&
          lines.lineOf(block.span.begin) != line)
        return std::nullopt;
  }
  const std::string_view rest = document.text().substr(start);
  const std::string indent(rest.substr(0, std::min(rest.find_first_not_of(" \t"), rest.size())));
  return TextEdit{{start, start}, indent + comment + (form.own_block ? "\n\n" : "\n")};
}

}  // namespace copydesk
