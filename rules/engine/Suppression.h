#pragma once
// Inline suppression of findings. Directives are comments in the formats whose
// row of the formats table (markup/Formats.h) has a comment syntax (Markdown
// and HTML: "<!-- -->"; MDX: "{/* */}" too; AsciiDoc and Typst: "//"; LaTeX:
// "%"; Org and commit messages: "#"; reST: ".."; plain text has none); front
// matter works wherever the extractor finds it:
//
//   <!-- copydesk-disable spelling style/* -->   off from here (no rule: every rule)
//   % copydesk-disable spelling                  the same in LaTeX (and so on)
//   <!-- copydesk-enable spelling -->            on again from here (no rule: every rule)
//   <!-- copydesk-disable-next-line spelling --> off on the next non-blank line
//   front matter, YAML:  copydesk: { disable: [spelling, style/*] }
//                        (or copydesk:\n  disable: [...])
//   front matter, TOML:  [copydesk]\n disable = ["spelling"]    whole document
//
// Rule names are separated by spaces or commas and may be patterns ("style/*",
// "*"); text after " -- " is a reason and is ignored
// ("<!-- copydesk-disable spelling -- product names -->"). A finding is
// suppressed when the suppression covers the start of its span. Names that
// are not rules are reported as findings of "config/unknown-rule"; a
// misspelt directive ("copydesk-disabel") as "config/unknown-directive".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "engine/Finding.h"

namespace copydesk {

enum class SuppressionKind { Disable, Enable, DisableNextLine, DisableDocument };

struct SuppressionDirective {
  SuppressionKind kind = SuppressionKind::Disable;
  std::vector<std::string> rules;    // patterns; empty = every rule
  std::vector<ByteSpan> rule_spans;  // where each name is written
  ByteSpan span;                     // the comment (or the front matter)
  ByteSpan line;                     // DisableNextLine: the line it covers (empty when none)
};

// The directives of `document`, in source order (front matter first).
// `unknown_directives` receives the comments that look like a misspelt directive.
std::vector<SuppressionDirective> parseSuppressions(const Document& document,
                                                    std::vector<ByteSpan>* unknown_directives = nullptr);

class Suppressions {
 public:
  explicit Suppressions(std::vector<SuppressionDirective> directives) : directives_(std::move(directives)) {}
  bool suppressed(std::string_view rule_id, std::size_t offset) const;
  const std::vector<SuppressionDirective>& directives() const { return directives_; }

 private:
  std::vector<SuppressionDirective> directives_;
};

// Removes the suppressed findings and appends findings for names in
// suppression comments that are neither in `known_rule_ids` nor a pattern of a
// known area. Leaves `findings` unsorted.
void applySuppressions(const Document& document, std::vector<Finding>& findings,
                       const std::vector<std::string>& known_rule_ids);

// "<!-- copydesk-disable-next-line RULE -->", "% copydesk-disable-next-line RULE", ...
std::string suppressionComment(CommentSyntax syntax, std::string_view rule_id);

// The edit that suppresses `rule_id` for a finding at `finding_span` (the LSP
// "Ignore this rule here" action): a comment that may follow text is appended
// to the end of the previous line when that line is prose (so a paragraph or
// list is not split), else the comment is inserted on a line of its own before
// the finding's line. A comment that is a block of its own (reST) goes before
// the finding's block, followed by a blank line, and only when the finding is
// on the block's first line. Null for formats without comments (plain text)
// and when no comment can be placed.
std::optional<TextEdit> suppressionEdit(const Document& document, ByteSpan finding_span, std::string_view rule_id);

}  // namespace copydesk
