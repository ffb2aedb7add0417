#pragma once
// The machinery every Vale rule kind shares: a compiled check over a View,
// its hits, Vale's message formatting and pattern templates. Internal to
// rules/vale.
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Finding.h"
#include "vale/ValeRuleDefinition.h"
#include "vale/support/Prefilter.h"
#include "vale/support/View.h"

namespace copydesk::vale {

struct Hit {
  ByteSpan span;  // in the document
  std::string message;
  std::vector<Fix> fixes;
};

// What a kind reports besides hits: a pattern that gave up (PCRE2's limits).
struct CheckNotes {
  bool limit_hit = false;
};

// Words and terms of the .vale.ini's Vocab: accepted ones excuse existence and
// substitution hits (rules with vocab: true) and spelling; Vale.Terms and
// Vale.Avoid are built from them.
struct Vocabulary {
  std::vector<std::string> accept;
  std::vector<std::string> reject;
  std::shared_ptr<const Pattern> accepted;  // (?m)\b(?:accept...)\b; null when empty
};

struct CheckInput {
  const View& view;
  const Vocabulary* vocab = nullptr;
  const Prefilter* prefilter = nullptr;  // of the style set the rule was loaded with
};

class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const = 0;
  // The patterns whose search in a block the Prefilter may spare where it
  // says they cannot match: the one that must match for the rule to report
  // anything (existence, substitution) first, both of a conditional.
  virtual std::vector<const Pattern*> filteredPatterns() const { return {}; }
  // Whether its hits in a block depend only on that block (not on others: a
  // definition elsewhere, a count over the file), so that it may run on the
  // blocks an edit touched alone.
  virtual bool blockLocal() const { return false; }
  // Per filtered pattern, in that order: its index in the style set's
  // Prefilter (-1 when it is not in it), and whether it has no anchor but \b
  // and \B, so that what the Prefilter says of a sentence's block holds for
  // the sentence (ViewBlock::owner).
  // A rule that is not block-local only reads what the Prefilter already said
  // of a block (known_only): it runs over the whole document at each
  // keystroke, where the block-local rules ask of the edited blocks alone.
  struct Filtered {
    int index = -1;
    bool reads_sentences = false;
    bool known_only = false;
  };
  std::vector<Filtered> prefilter;
};

// Builds the check of `rule`; null with `error` ("file: message") when it cannot
// run. `uses_pcre2` tells whether one of its patterns needed PCRE2.
std::unique_ptr<Check> makeCheck(const RuleDefinition& rule, std::string& error, bool& uses_pcre2);

namespace detail {

// Vale's (Go's) message formatting: %s / %v / %d take the next argument,
// %[n]s the n-th, %% is '%'; placeholders without an argument stay as written.
std::string formatMessage(std::string_view message, const std::string_view* args, std::size_t count);
inline std::string formatMessage(std::string_view message, std::initializer_list<std::string_view> args) {
  return formatMessage(message, args.begin(), args.size());
}
inline std::string formatMessage(std::string_view message, const std::vector<std::string_view>& args) {
  return formatMessage(message, args.data(), args.size());
}

// "(?i)" when ignorecase, for the start of a pattern.
inline std::string caseFlag(bool ignorecase) { return ignorecase ? "(?i)" : ""; }
// The rule's non-empty tokens joined with '|' (empty when there are none).
std::string tokenAlternation(const std::vector<std::string>& tokens);
// Vale's word template around an alternation: \b(?:x)\b, or (?:x) for nonword rules.
std::string wordTemplate(const std::string& alternation, bool nonword);
// Capture groups inside a key made non-capturing ("(a|b)" -> "(?:a|b)").
std::string nonCapturing(std::string_view pattern);
std::shared_ptr<const Pattern> compileOrError(const std::string& source, const RuleDefinition& rule,
                                              std::string& error);

// The exceptions of a rule (plus the vocabulary's accepted words when the rule
// uses them) that excuse a hit containing one as a whole word.
class Exceptions {
 public:
  Exceptions(const RuleDefinition& rule, std::string& error);
  bool excuses(std::string_view hit, const Vocabulary* vocab) const;

 private:
  std::shared_ptr<const Pattern> pattern_;
  bool use_vocab_ = true;
};

// The blocks of `view` in `rule`'s scope.
std::vector<const ViewBlock*> blocksInScope(const View& view, const std::vector<ScopeSelector>& scopes);
// Whether filtered pattern `which` of `check` may match in `block`: false
// only when the Prefilter says it cannot.
bool mayMatch(const CheckInput& input, const Check& check, std::size_t which, const ViewBlock& block);
// The same, without the blocks where `check`'s first filtered pattern cannot match.
std::vector<const ViewBlock*> blocksInScope(const CheckInput& input, const std::vector<ScopeSelector>& scopes,
                                            const Check& check);

// The fixes of a hit from the rule's action (`replacements` for replace when
// the action names none).
std::vector<Fix> actionFixes(const RuleDefinition& rule, ByteSpan span, std::string_view matched,
                             const std::vector<std::string>& replacements);

std::size_t nextCodePoint(std::string_view text, std::size_t i);

}  // namespace detail

}  // namespace copydesk::vale
