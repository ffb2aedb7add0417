// style/capitalization: well-known names written with the wrong case
// ("Github", "Javascript", "MacOS"). The correct forms are data:
// rules/style/data/capitalization.txt.
#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "nlp/PhraseMatcher.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"
#include "text/Ascii.h"
#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(style_capitalization_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/capitalization",
    Severity::Warning,
    "Well-known names spelled with the wrong case",
    "Product and company names have one spelling, chosen by their owners: *GitHub*, "
    "*JavaScript*, *macOS*, *PostgreSQL*. Writing *Github* or *Javascript* looks careless "
    "to the readers who know the name best.\n\n"
    "**Fix:** use the spelling in the message (the fix is safe). Names in code spans, "
    "URLs, file paths and e-mail addresses are never checked, and all-caps text is left "
    "alone. Names whose lower-case form is also a command or package (mysql, openssl) "
    "accept the lower-case form.",
};

struct Name {
  std::string correct;
  bool lower_ok = false;  // "~Name": the all-lower-case form is also right
};

struct NameList {
  std::vector<Name> names;
  PhraseMatcher matcher;  // lower-case name and "name's" -> index into names
};

const NameList& nameList() {
  static const NameList list = [] {
    NameList l;
    for (std::string_view line : DataLines(data::style_capitalization_txt)) {
      Name name;
      if (line.front() == '~') {
        name.lower_ok = true;
        line.remove_prefix(1);
      }
      name.correct = std::string(line);
      const auto id = static_cast<std::uint32_t>(l.names.size());
      l.matcher.add(name.correct, id);
      l.matcher.add(name.correct + "'s", id);
      l.names.push_back(std::move(name));
    }
    return l;
  }();
  return list;
}

bool isLowerCaseWord(std::string_view word) { return hasNoAsciiUpper(word); }

// Characters glued to a name that mark it as part of code or an identifier
// rather than prose: GOOS=linux, linux_amd64, @github, github:foo.
bool technicalNeighbour(std::string_view text, ByteSpan span) {
  if (span.begin > 0) {
    const char before = text[span.begin - 1];
    if (std::string_view("=/\\_@.:<{-$#").find(before) != std::string_view::npos) return true;
  }
  if (span.end < text.size()) {
    const char after = text[span.end];
    if (std::string_view("=/\\_@(<{-").find(after) != std::string_view::npos) return true;
    if ((after == '.' || after == ':') && span.end + 1 < text.size() && !style::isSpace(text[span.end + 1]) &&
        text[span.end + 1] != '"' && text[span.end + 1] != ')' && text[span.end + 1] != '*' &&
        text[span.end + 1] != '_')
      return true;
  }
  return false;
}

class CapitalizationRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const NameList& list = nameList();
    const Document& doc = ctx.document;
    const auto& tokens = doc.tokens().tokens;
    std::vector<PhraseMatcher::Match> matches;
    for (const Sentence& sentence : doc.tokens().sentences) {
      matches.clear();
      list.matcher.findAll(doc.text(), doc.tokens(), sentence.first_token, sentence.end_token, matches);
      for (const PhraseMatcher::Match& m : matches) {
        if (m.end_token != m.first_token + 1) continue;  // names are single tokens
        const Token& token = tokens[m.first_token];
        if (token.kind != TokenKind::Word || token.has(token_flag::kAllCaps)) continue;
        const Name& name = list.names[m.phrase];
        // The name without a possessive 's.
        const ByteSpan span{token.span.begin, token.span.begin + name.correct.size()};
        if (span.end > token.span.end) continue;
        const std::string_view written = doc.slice(span);
        if (written == name.correct) continue;
        if (name.lower_ok && isLowerCaseWord(written)) continue;
        if (technicalNeighbour(doc.text(), token.span)) continue;
        Finding finding = style::makeFinding(span, fmt::format("'{}' is spelled '{}'", written, name.correct));
        finding.fixes.push_back(
            style::makeFix(fmt::format("Replace with '{}'", name.correct), {{span, name.correct}}, true));
        sink.add(std::move(finding));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeCapitalizationRule() { return std::make_unique<CapitalizationRule>(); }

}  // namespace copydesk
