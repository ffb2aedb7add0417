#pragma once
// Shared by the custom rule kinds: message templates, phrase matching over the
// document's sentences, and case handling. Internal to rules/custom.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "custom/CustomRules.h"
#include "document/Document.h"
#include "nlp/PhraseMatcher.h"

namespace copydesk::custom {

// Replaces each "%s" in `text` with the next argument ("%%" is a literal "%").
std::string formatMessage(std::string_view text, const std::vector<std::string_view>& args);

// Holds the spec and exposes it as RuleInfo (views into the spec's strings).
class CustomRule : public Rule {
 public:
  CustomRule(CustomRuleSpec spec, std::string_view default_description);
  const RuleInfo& info() const override { return info_; }

 protected:
  CustomRuleSpec spec_;

 private:
  RuleInfo info_;
};

// Calls `found(span, phrase)` for each non-overlapping match of `phrases` (added
// to `matcher` with their index as id) inside a sentence of `document`. With
// `ignore_case` false, the match must have the phrase's exact capitalisation.
void forEachPhrase(const Document& document, const PhraseMatcher& matcher, const std::vector<std::string_view>& phrases,
                   bool ignore_case, const std::function<void(ByteSpan, std::uint32_t)>& found);

// `replacement` capitalised like `original` ("In order to" -> "To").
std::string matchCapitalization(std::string_view original, std::string_view replacement);

}  // namespace copydesk::custom
