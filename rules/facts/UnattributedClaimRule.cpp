// facts/unattributed-claim: weasel attributions ("studies show", "many
// experts say") with no named source in the sentence.
#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/CitationFix.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/FactsText.h"
#include "facts/support/Sourcing.h"
#include "nlp/PhraseMatcher.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/unattributed-claim",
    Severity::Warning,
    "Claims attributed to nobody in particular",
    "\"Studies show\", \"many experts say\", \"it is widely believed\" and \"critics argue\" sound like "
    "evidence but name no one, so the reader cannot check them. Name the study, the expert or the "
    "critic, or link to them; a link, footnote or citation in the same sentence counts.\n\n"
    "**Fix:** name the source. The offered fix inserts a footnote placeholder (Markdown) or "
    "`[citation needed]` (plain text).",
};

// Subjects that name nobody, and verbs of saying or believing.
constexpr std::string_view kVagueSubjects[] = {
    "experts",      "many experts",    "some experts",      "most experts",     "critics",
    "many critics", "some critics",    "analysts",          "many analysts",    "some analysts",
    "observers",    "some observers",  "many observers",    "commentators",     "pundits",
    "scientists",   "many scientists", "researchers",       "some researchers", "many researchers",
    "some people",  "many people",     "most people",       "people",           "some",
    "many",         "others",          "some developers",   "many developers",  "most developers",
    "sources",      "insiders",        "industry insiders", "industry experts", "security experts",
    "skeptics",     "proponents",      "advocates",         "detractors",
};
constexpr std::string_view kSayVerbs[] = {
    "say",           "believe",     "note",      "argue",        "claim",          "agree",       "contend",
    "maintain",      "suggest",     "insist",    "warn",         "think",          "feel",        "estimate",
    "predict",       "have argued", "have said", "have claimed", "have suggested", "would argue", "would say",
    "will tell you", "like to say"};
constexpr std::string_view kFixedPhrases[] = {
    "studies show",
    "studies have shown",
    "studies suggest",
    "studies indicate",
    "studies have found",
    "studies found",
    "research shows",
    "research suggests",
    "research has shown",
    "research indicates",
    "research has found",
    "surveys show",
    "surveys suggest",
    "reports suggest",
    "reports indicate",
    "evidence suggests",
    "it is widely believed",
    "it is widely known",
    "it is widely accepted",
    "it is widely reported",
    "it is generally accepted",
    "it is generally believed",
    "it is commonly believed",
    "it is commonly said",
    "it is often said",
    "it is said",
    "it is believed",
    "it is thought",
    "it has been said",
    "it has been reported",
    "it has been suggested",
    "it has been argued",
    "it is reported",
    "it was reported",
    "it is rumored",
    "it is rumoured",
    "it's widely believed",
    "it's often said",
    "it's been said",
    "it's said",
    "it's believed",
    "it is claimed",
    "it has been claimed",
    "according to experts",
    "according to some",
    "according to many",
    "according to sources",
    "according to reports",
    "according to studies",
    "according to research",
    "according to critics",
    "according to analysts",
    "is widely regarded as",
    "are widely regarded as",
    "is widely considered",
    "are widely considered",
    "is considered by many",
    "are considered by many",
    "is regarded by many",
    "many would argue",
    "some would argue",
    "some would say",
    "many would say",
    "conventional wisdom says",
    "conventional wisdom holds",
    "it is an open secret",
    "everyone knows",
    "everybody knows",
    "as everyone knows",
    "experts agree",
    "experts say",
    "experts believe",
    "experts warn",
};

class UnattributedClaimRule final : public facts::FactsParagraphRule {
 public:
  UnattributedClaimRule() : FactsParagraphRule(kInfo, facts::document_input::kCitationFix) {
    std::uint32_t id = 0;
    for (std::string_view p : kFixedPhrases) matcher_.add(p, id++);
    for (std::string_view subject : kVagueSubjects)
      for (std::string_view verb : kSayVerbs) matcher_.add(std::string(subject) + " " + std::string(verb), id++);
  }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& prose = doc.tokens();
    std::vector<PhraseMatcher::Match> matches;
    facts::CitationFixes citations(doc);
    for (std::uint32_t si = 0; si < prose.sentences.size(); ++si) {
      const Sentence& sentence = prose.sentences[si];
      if (facts::blockOf(doc, sentence).kind == BlockKind::Heading) continue;
      matches.clear();
      matcher_.findAll(doc.text(), prose, sentence.first_token, sentence.end_token, matches);
      if (matches.empty()) continue;
      const facts::SentenceTokens s(doc, sentence);
      if (facts::sentenceIsSourced(s, si)) continue;
      std::uint32_t covered = 0;
      for (const PhraseMatcher::Match& m : matches) {
        if (m.first_token < covered || !accept(s, m)) continue;
        covered = m.end_token;
        Finding finding;
        finding.span = {s.token(m.first_token).span.begin, s.token(m.end_token - 1).span.end};
        finding.message = fmt::format("'{}': by whom? Name the source or cite it", doc.slice(finding.span));
        finding.fixes.push_back(citations.forSentence(sentence));
        sink.add(std::move(finding));
      }
    }
  }

 private:
  static bool accept(const facts::SentenceTokens& s, const PhraseMatcher::Match& m) {
    if (facts::insideQuotes(s, m.first_token)) return false;
    const std::string_view first = s.lower(m.first_token);
    const std::uint32_t next = m.end_token;
    // A phrase followed by its source ("it was reported by The Register") or used as a
    // plain verb ("studies show up", "'studies show' is a phrase").
    if (s.is(next, "by") || s.is(next, "up") || s.is(next, "is") || s.is(next, "was")) return false;
    // "Some say" needs "some" to stand alone as the subject: not "for some, say, ...".
    if (first == "some" || first == "many" || first == "others" || first == "people" || first == "most") {
      if (m.end_token - m.first_token == 2 && m.first_token > s.begin() &&
          s.token(m.first_token - 1).kind == TokenKind::Word && !s.is(m.first_token - 1, "and") &&
          !s.is(m.first_token - 1, "but") && !s.is(m.first_token - 1, "while"))
        return false;
      // "some think of it as ..." / "people say hello": a that-clause, a comma or a new clause must follow.
      const bool clause =
          next < s.end() &&
          (s.is(next, "that") || s.isPunct(next, ",") || s.is(next, "the") || s.is(next, "a") || s.is(next, "an") ||
           s.is(next, "this") || s.is(next, "these") || s.is(next, "its") || s.is(next, "their") ||
           s.token(next).has(token_flag::kCapitalized) || s.token(next).has(token_flag::kAllCaps));
      if (!clause) return false;
    }
    // "experts say" as the object of a question or negation: "do experts say", "no experts agree".
    if (m.first_token > s.begin() && (s.is(m.first_token - 1, "do") || s.is(m.first_token - 1, "no") ||
                                      s.is(m.first_token - 1, "if") || s.is(m.first_token - 1, "what")))
      return false;
    // "according to some benchmarks we ran" etc. are covered by sourcing; "according to some" +
    // a named noun is fine.
    return true;
  }

  PhraseMatcher matcher_;
};

}  // namespace

std::unique_ptr<Rule> makeUnattributedClaimRule() { return std::make_unique<UnattributedClaimRule>(); }

}  // namespace copydesk
