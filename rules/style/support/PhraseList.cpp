#include "style/support/PhraseList.h"

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "style/support/StyleSupport.h"
#include "text/DataLines.h"

namespace copydesk::style {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

PhraseList PhraseList::parse(std::string_view data) {
  PhraseList list;
  for (const std::string_view line : DataLines(data)) {
    PhraseEntry entry;
    std::string_view phrase = line;
    if (phrase.front() == '!') {
      entry.exception = true;
      phrase = trim(phrase.substr(1));
    } else {
      std::size_t arrow = phrase.find("=>");
      entry.safe = arrow != std::string_view::npos;
      if (arrow == std::string_view::npos) arrow = phrase.find("~>");
      if (arrow != std::string_view::npos) {
        const std::string_view replacement = trim(phrase.substr(arrow + 2));
        phrase = trim(phrase.substr(0, arrow));
        entry.has_replacement = true;
        entry.remove = replacement == "-" || replacement.empty();
        if (!entry.remove) entry.replacement = std::string(replacement);
      }
    }
    if (phrase.empty()) continue;
    entry.phrase = std::string(phrase);
    list.add(std::move(entry));
  }
  return list;
}

void PhraseList::add(PhraseEntry entry) {
  matcher_.add(entry.phrase, static_cast<std::uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

void PhraseList::matchSentence(const Document& document, const Sentence& sentence,
                               std::vector<PhraseMatcher::Match>& scratch, std::vector<PhraseMatch>& out) const {
  scratch.clear();
  matcher_.findAll(document.text(), document.tokens(), sentence.first_token, sentence.end_token, scratch);
  // findAll gives the longest match per start token, in order of start.
  std::uint32_t covered_until = 0;
  for (const PhraseMatcher::Match& m : scratch) {
    if (m.first_token < covered_until) continue;
    covered_until = m.end_token;
    const PhraseEntry& entry = entries_[m.phrase];
    if (!entry.exception) out.push_back({m.first_token, m.end_token, &entry});
  }
}

std::string phraseMessage(const PhraseMessages& messages, std::string_view matched, const PhraseEntry& entry) {
  const std::string_view format = entry.remove && !messages.remove.empty() ? messages.remove : messages.format;
  return fmt::format(fmt::runtime(format), matched, entry.replacement);
}

void checkPhraseList(const RuleContext& ctx, const PhraseList& list, const PhraseMessages& messages,
                     FindingSink& sink) {
  const Document& doc = ctx.document;
  const auto& tokens = doc.tokens().tokens;
  std::vector<PhraseMatcher::Match> scratch;
  std::vector<PhraseMatch> matches;
  for (const Sentence& sentence : doc.tokens().sentences) {
    matches.clear();
    list.matchSentence(doc, sentence, scratch, matches);
    for (const PhraseMatch& m : matches) {
      const ByteSpan span{tokens[m.first_token].span.begin, tokens[m.end_token - 1].span.end};
      const std::string_view matched = doc.slice(span);
      Finding finding = makeFinding(span, phraseMessage(messages, matched, *m.entry));
      const PhraseEntry& entry = *m.entry;
      if (entry.remove) {
        if (auto edits = deletionEdits(doc, sentence, m.first_token, m.end_token))
          finding.fixes.push_back(makeFix(fmt::format("Remove '{}'", matched), std::move(*edits), entry.safe));
      } else if (entry.has_replacement) {
        const std::string replacement = startsUpper(matched) ? capitalizeFirst(entry.replacement) : entry.replacement;
        finding.fixes.push_back(
            makeFix(fmt::format("Replace with '{}'", replacement), {{span, replacement}}, entry.safe));
      }
      sink.add(std::move(finding));
    }
  }
}

namespace {

class PhraseListRule final : public ParagraphRule {
 public:
  PhraseListRule(const RuleInfo& info, const PhraseList& list, const PhraseMessages& messages)
      : info_(info), list_(list), messages_(messages) {}
  const RuleInfo& info() const override { return info_; }
  void check(const RuleContext& ctx, FindingSink& sink) const override { checkPhraseList(ctx, list_, messages_, sink); }

 private:
  const RuleInfo& info_;
  const PhraseList& list_;
  const PhraseMessages& messages_;
};

}  // namespace

std::unique_ptr<Rule> makePhraseListRule(const RuleInfo& info, const PhraseList& list, const PhraseMessages& messages) {
  return std::make_unique<PhraseListRule>(info, list, messages);
}

}  // namespace copydesk::style
