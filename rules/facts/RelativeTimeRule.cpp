// facts/relative-time: "recently", "currently", "right now", "this year"...
// words whose meaning depends on when the reader reads them.
#include <algorithm>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/DocumentDate.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/FactsText.h"
#include "facts/support/TimeExpression.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

using facts::SentenceTokens;

constexpr RuleInfo kInfo{
    "facts/relative-time",
    Severity::Warning,
    "Relative time that goes stale",
    "\"Recently\", \"currently\", \"right now\", \"this year\" and \"at the time of writing\" are true "
    "on the day they are written and wrong or vague a year later, when readers arrive from a search. "
    "Anchor them to a date: \"as of March 2026\", \"in 2026\". Calendar distances are anchored too: "
    "\"four and a half years ago\" in an article of March 2026 is \"in late 2021\", \"over the next year\" "
    "is \"until March 2027\". Narrative past (\"the Spaniards soon colonized the island\") and a period "
    "named as a thing (\"gave this month the name Aprilis\") are not reported, nor are commit messages, which "
    "git dates.\n\n"
    "\"Now\" and \"today\" are only reported where they mean *at present* (\"compiling the kernel now "
    "requires...\", \"today, most teams...\", \"this example doesn't compile today\"), not in \"now that\", "
    "\"from now on\", tutorial steps (\"now run...\"), release announcements and what a post announces (\"we are "
    "happy to announce that the page now supports...\", \"with this release, X now has...\"), where the post's "
    "date dates them, nor in calls to action (\"register right now\", \"try it out today\").\n\n"
    "**Fix:** when the article has a date (front matter `date`/`published`/`updated` or a dateline), "
    "the fix anchors the phrase to it.",
};

enum class Anchor { None, AsOfMonth, InMonth, Year, Month, Week };

struct Hit {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  Anchor anchor = Anchor::None;
  int offset = 0;         // -1 last, 0 this, +1 next
  bool relative = false;  // a calendar distance from writing (rel), anchored by facts::anchorText
  facts::RelativeTime rel;
};

bool isPreposition(std::string_view w) {
  return oneOf(w, {"of", "in", "for", "during", "by", "until", "since", "from", "before", "after", "through",
                   "throughout", "to", "into"});
}

class RelativeTimeRule final : public facts::FactsParagraphRule {
 public:
  RelativeTimeRule()
      : FactsParagraphRule(kInfo, facts::document_input::kDate | facts::document_input::kArticleKind |
                                      facts::document_input::kSourceSections) {}

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    // Git dates a commit message and nobody revises it; "Currently, X does Y" is git's own way to describe
    // the state a change starts from.
    if (doc.whole().format() == DocumentFormat::GitCommit) return;
    const auto date = facts::documentDate(doc);
    const bool release_article = facts::articleKind(doc).release_or_update;
    std::vector<Hit> hits;
    facts::SourceMaterial source_material(doc);
    for (const Sentence& sentence : doc.tokens().sentences) {
      const Block& block = facts::blockOf(doc, sentence);
      if ((block.kind == BlockKind::Heading && block.level <= 1) || source_material.contains(sentence)) continue;
      const SentenceTokens s(doc, sentence);
      hits.clear();
      scan(s, release_article, hits);
      for (const Hit& hit : hits) report(s, hit, date, sink);
    }
  }

 private:
  // The first words of the phrases scan() reads itself (each branch there starts by comparing the word
  // with one of these); any other word can only start a facts::relativeTimeAt() expression.
  static bool startsPhrase(std::string_view w) {
    static const facts::WordIndex kWords{"recently", "currently", "presently",   "nowadays", "at",   "as",   "right",
                                         "these",    "now",       "today",       "today's",  "this", "last", "next",
                                         "soon",     "upcoming",  "forthcoming", "lately",   "so",   "to",   "for",
                                         "recent",   "current",   "latest",      "newest",   "in"};
    return kWords.contains(w);
  }

  static void scan(const SentenceTokens& s, bool release_article, std::vector<Hit>& out) {
    const bool may_be_relative = facts::mayHaveRelativeTime(s);
    for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
      if (!s.isWord(i)) continue;
      const std::string_view w = s.lower(i);
      if (!may_be_relative && !startsPhrase(w)) continue;  // most words
      const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
      Hit hit;
      hit.first = i;
      hit.end = i + 1;
      if (w == "recently") {
        if (prev == "until" || prev == "till") continue;  // "until recently" is a past fact.
        // "the recently opened file", "Find recently opened file": a list a program keeps.
        if (s.isWord(i + 1) && oneOf(s.lower(i + 1), {"opened", "used", "viewed", "visited", "edited", "closed",
                                                      "previewed", "invoked", "played", "accessed"}))
          continue;
        if (yearBefore(s, i)) continue;  // "In 1820 the town was recently founded"
        hit.anchor = Anchor::InMonth;
      } else if (w == "currently" || w == "presently" || w == "nowadays") {
        // "view currently configured clusters", "the currently chosen font": an adjective of the technical
        // state, not a dated claim; so is where the reader stands in a program ("the branch you are currently
        // on") or what the reader may be using ("if you're currently using AsciiDoc.py").
        if (i + 1 < s.end() && s.lower(i + 1).ends_with("ed") &&
            !oneOf(prev, {"is", "are", "was", "were", "be", "been"}))
          continue;
        if (oneOf(prev, {"the", "a", "an"}) && s.isWord(i + 1) &&
            !oneOf(s.lower(i + 1), {"unstable", "stable", "active", "experimental", "supported", "unsupported",
                                    "maintained", "unmaintained", "planned", "proposed", "recommended"}))
          continue;  // not a status that changes: "the currently unstable intrinsic"
        if ((prev == "you're" || (prev == "are" && s.is(i - 2, "you"))) && s.isWord(i + 1) &&
            oneOf(s.lower(i + 1), {"on", "in", "at", "viewing", "editing", "using"}))
          continue;
        hit.anchor = Anchor::AsOfMonth;
      } else if (w == "at" && (s.is(i + 1, "present") || s.is(i + 1, "the"))) {
        // "At present, ...", "at present the line carries"; not "at present value".
        if (s.is(i + 1, "present") &&
            (!s.isWord(i + 2) || oneOf(s.lower(i + 2), {"the", "a", "an", "this", "these", "it", "there", "they", "we",
                                                        "he", "she", "its", "their", "only", "no", "most"}))) {
          hit.end = i + 2;
          hit.anchor = Anchor::AsOfMonth;
        } else if (s.is(i + 2, "time") && s.is(i + 3, "of") &&
                   (s.is(i + 4, "writing") || (s.is(i + 4, "this") && s.is(i + 5, "writing")))) {
          hit.end = s.is(i + 4, "writing") ? i + 5 : i + 6;
          hit.anchor = Anchor::AsOfMonth;
        } else if (s.is(i + 2, "moment") && (i + 3 >= s.end() || s.token(i + 3).kind == TokenKind::Punctuation)) {
          hit.end = i + 3;
          hit.anchor = Anchor::AsOfMonth;
        } else {
          continue;
        }
      } else if (w == "as" && s.is(i + 1, "of") &&
                 (s.is(i + 2, "writing") || s.is(i + 2, "today") || s.is(i + 2, "now") ||
                  (s.is(i + 2, "this") && s.is(i + 3, "writing")))) {
        hit.end = s.is(i + 2, "this") ? i + 4 : i + 3;
        hit.anchor = Anchor::AsOfMonth;
      } else if (w == "right" && s.is(i + 1, "now")) {
        if (callToAction(s, i)) continue;
        hit.end = i + 2;
        hit.anchor = Anchor::AsOfMonth;
      } else if (w == "these" && s.is(i + 1, "days") && !oneOf(prev, {"of", "on", "for", "spend", "spent"})) {
        hit.end = i + 2;
        hit.anchor = Anchor::AsOfMonth;
      } else if (w == "now") {
        if (!nowMeansAtPresent(s, i, release_article)) continue;
        hit.anchor = Anchor::AsOfMonth;
      } else if (w == "today" || w == "today's") {
        if (!todayMeansNowadays(s, i) || callToAction(s, i)) continue;
        hit.anchor = w == "today" ? Anchor::AsOfMonth : Anchor::None;
      } else if (oneOf(w, {"this", "last", "next"}) && i + 1 < s.end() &&
                 oneOf(s.lower(i + 1), {"year", "month", "week", "year's", "month's", "week's"})) {
        if (w == "last" && oneOf(prev, {"the", "our", "their", "its", "his", "her", "my", "your", "a"})) continue;
        if (w == "next" && oneOf(prev, {"the", "our", "their", "its", "a"})) continue;
        if (nounUse(s, i, i + 2)) continue;
        const std::string_view unit = s.lower(i + 1);
        hit.end = i + 2;
        hit.offset = w == "last" ? -1 : w == "next" ? 1 : 0;
        hit.anchor = unit.starts_with("year") ? Anchor::Year : unit.starts_with("month") ? Anchor::Month : Anchor::Week;
        if (unit.ends_with("'s")) hit.anchor = Anchor::None;
      } else if (w == "soon") {
        if (prev == "as" || s.is(i + 1, "after") || s.is(i + 1, "afterwards") || s.is(i + 1, "enough") ||
            oneOf(prev, {"too", "how", "so", "very"}) || narrativePast(s, i))
          continue;
      } else if (w == "upcoming" || w == "forthcoming") {
        // "the upcoming release": what is upcoming changes; "upcoming (design) events" is a standing label.
        if (i + 1 >= s.end() || s.token(i + 1).kind == TokenKind::Punctuation || upcomingEvents(s, i + 1) ||
            narrativePast(s, i))
          continue;
      } else if (oneOf(w, {"lately", "nowadays"}) || (w == "so" && s.is(i + 1, "far") && soFar(s, i)) ||
                 (w == "to" && s.is(i + 1, "date") && !oneOf(prev, {"up", "out", "of", "a", "date", "back"}) &&
                  !s.is(i + 2, "with") && !s.is(i + 2, "of")) ||
                 (w == "for" && s.is(i + 1, "now") && !oneOf(prev, {"all", "enough", "it"}) &&
                  !tutorialAside(s, i + 2))) {
        hit.end = w == "lately" || w == "nowadays" ? i + 1 : i + 2;
        hit.anchor = w == "lately" ? Anchor::None : Anchor::AsOfMonth;
      } else if (w == "recent" && prev != "most" && prev != "until" && s.isWord(i + 1) &&
                 !oneOf(s.lower(i + 1), {"years", "months", "weeks", "versions", "releases", "version", "enough"}) &&
                 !narrativePast(s, i)) {
        // "Recent versions of Git support ...": evergreen; "recent work", "recent articles": as of when?
      } else if ((w == "current" || w == "latest" || w == "newest") &&
                 (currentNoun(s, i) || ((w == "latest" || w == "newest") && latestFigures(s, i)))) {
        hit.end = i + 2;
      } else if ((w == "latest" || w == "newest" || w == "current") && prev == "the" && i + 1 < s.end() &&
                 oneOf(s.lower(i + 1), {"version", "release", "stable"})) {
        // "install the latest version" is evergreen; "the latest version is 1.2" and "the current release
        // adds generics" are not.
        const std::uint32_t noun = s.lower(i + 1) == "stable" && s.is(i + 2, "release") ? i + 2 : i + 1;
        if ((!statesWhichVersion(s, noun) && !describesRelease(s, noun)) || announces(s)) continue;
        hit.first = i - 1;
        hit.end = noun + 1;
      } else if (w == "in" && s.is(i + 1, "the") && (s.is(i + 2, "near") || s.is(i + 2, "foreseeable")) &&
                 s.is(i + 3, "future") && !narrativePast(s, i) && !yearBefore(s, i)) {
        hit.end = i + 4;  // "in the near future": how near depends on when it was written
      } else if (w == "in" && s.is(i + 1, "recent") &&
                 (s.is(i + 2, "years") || s.is(i + 2, "months") || s.is(i + 2, "weeks"))) {
        hit.end = i + 3;
      } else if (facts::RelativeTime rel;
                 may_be_relative && facts::relativeTimeAt(s, i, rel) && !nounUse(s, i, rel.end)) {
        hit.end = rel.end;
        hit.relative = true;
        hit.rel = rel;
      } else {
        continue;
      }
      if (facts::insideQuotes(s, i)) continue;
      out.push_back(hit);
      i = hit.end - 1;
    }
  }

  // "The Romans gave this month the Latin name": a time phrase as the object of a verb, followed by
  // more of the clause, names the period itself rather than when something happens.
  static bool nounUse(const SentenceTokens& s, std::uint32_t first, std::uint32_t end) {
    if (first == s.begin() || !s.isWord(first - 1) || !s.isWord(end)) return false;
    const std::string_view prev = s.lower(first - 1);
    return oneOf(prev, {"gave", "give", "gives", "named", "name", "call", "called", "calls", "make", "made", "makes",
                        "spend", "spent", "spends", "devote", "devoted", "dedicate", "dedicated"});
  }

  // "and Spaniards soon colonized the island": a story told in the past, whose "soon" or "upcoming"
  // is relative to the story, not to the writer's now.
  static bool narrativePast(const SentenceTokens& s, std::uint32_t i) {
    for (std::uint32_t k = s.begin(); k < s.end(); ++k)
      if (oneOf(s.lower(k), {"will", "'ll", "going", "expect", "expected", "is", "are", "am", "can", "plan", "now"}))
        return false;
    const std::string_view next = i + 1 < s.end() ? s.lower(i + 1) : std::string_view();
    if (next.size() > 3 && next.ends_with("ed")) return true;
    for (std::uint32_t k = s.begin(); k < s.end(); ++k)
      if (oneOf(s.lower(k), {"was", "were", "had", "did"})) return true;
    return false;
  }

  // A year earlier in the sentence, also a historical one after a preposition ("In 1820", "by 1750"), which
  // facts::isYear leaves out (a bare 1820 may count things).
  static bool yearBefore(const SentenceTokens& s, std::uint32_t i) {
    int year = 0;
    for (std::uint32_t k = s.begin(); k < i; ++k) {
      if (facts::isYear(s, k, year)) return true;
      const std::string_view raw = s.raw(k);
      if (s.token(k).kind == TokenKind::Number && raw.size() == 4 && raw >= "1000" && raw <= "2199" &&
          std::all_of(raw.begin(), raw.end(), isAsciiDigit) && k > s.begin() &&
          oneOf(s.lower(k - 1), {"in", "by", "since", "until", "from", "during", "around", "circa"}))
        return true;
    }
    return false;
  }

  // "but for now it's enough to know", "for now, let's ignore": the tutorial's own pace, not the world's.
  static bool tutorialAside(const SentenceTokens& s, std::uint32_t from) {
    for (std::uint32_t k = from; k < s.end() && k < from + 4; ++k)
      if (oneOf(s.lower(k), {"let's", "let", "enough", "we'll", "just", "ignore", "assume", "skip"})) return true;
    return false;
  }

  // "So far, the projects ..." but not "so far so good", "so far as", "so far from".
  static bool soFar(const SentenceTokens& s, std::uint32_t i) {
    return !s.is(i + 2, "so") && !s.is(i + 2, "as") && !s.is(i + 2, "from") && !s.is(i + 2, "away") &&
           !(i > s.begin() && oneOf(s.lower(i - 1), {"as", "not", "only", "go", "went", "gone"}));
  }

  // "the current release", "our current roadmap", "the latest design draft", "GitHub's latest report":
  // the thing that is current when written (not "the current directory", a technical term).
  static bool currentNoun(const SentenceTokens& s, std::uint32_t i) {
    if (i == s.begin()) return false;
    const std::string_view prev = s.lower(i - 1);
    if (!oneOf(prev, {"the", "our", "its", "their", "this"}) && !prev.ends_with("'s")) return false;
    for (std::uint32_t j = i + 1; j < s.end() && j < i + 4; ++j) {
      if (s.token(j).kind == TokenKind::Number) continue;  // "the current stable 1.0.x release series"
      if (!s.isWord(j)) return false;
      const std::string_view n = s.lower(j);
      if (oneOf(n, {"implementation", "implementations", "roadmap",         "workflow",
                    "design",         "draft",           "approach",        "plan",
                    "plans",          "proposal",        "focus",           "status",
                    "situation",      "policy",          "policies",        "provider",
                    "landscape",      "generation",      "areas",           "priorities",
                    "limitations",    "recommendation",  "recommendations", "report",
                    "meeting",        "survey",          "maintainers",     "maintainer",
                    "series",         "releases",        "practice",        "practices",
                    "consensus",      "thinking",        "trend",           "trends",
                    "community"}))
        return true;
      if (!s.token(j).has(token_flag::kCapitalized) && !oneOf(n, {"stable", "design", "public", "official"}))
        return false;
    }
    return false;
  }

  // "head over and register right now", "you can try them out today": the reader is asked to act, on
  // whatever day they read.
  static bool callToAction(const SentenceTokens& s, std::uint32_t i) {
    for (std::uint32_t k = i > s.begin() + 4 ? i - 4 : s.begin(); k < i; ++k) {
      if (!s.isWord(k) || !oneOf(s.lower(k), {"try", "register", "download", "join", "sign", "grab", "upgrade", "apply",
                                              "install", "subscribe"}))
        continue;
      if (k == s.begin() || !s.isWord(k - 1) || oneOf(s.lower(k - 1), {"and", "please", "can", "to", "now"}))
        return true;
    }
    for (std::uint32_t k = s.begin(); k < i; ++k)  // "please do so today"
      if (s.is(k, "please")) return true;
    return false;
  }

  static bool upcomingEvents(const SentenceTokens& s, std::uint32_t from) {
    for (std::uint32_t k = from; k < s.end() && k < from + 2 && s.isWord(k); ++k)
      if (oneOf(s.lower(k), {"events", "event", "talks", "meetups", "meetings", "sessions"})) return true;
    return false;
  }

  // "We are happy to announce the latest version": what the post announces, which its date dates.
  static bool announces(const SentenceTokens& s) {
    for (std::uint32_t k = s.begin(); k < s.end(); ++k)
      if (s.isWord(k) && oneOf(s.lower(k), {"announce", "announcing", "announced", "delighted", "excited", "happy",
                                            "pleased", "proud", "thrilled"}))
        return true;
    return false;
  }

  // "With this release, X now has", "With the release of Swift 5.0, Swift is now": the release dates it.
  static bool namesTheRelease(const SentenceTokens& s) {
    for (std::uint32_t k = s.begin() + 1; k < s.end(); ++k)
      if (s.is(k, "release") && (s.is(k - 1, "this") || (s.is(k - 1, "the") && s.is(k + 1, "of")))) return true;
    return false;
  }

  // "The latest census", "the newest figures": counts and estimates that a later one replaces.
  static bool latestFigures(const SentenceTokens& s, std::uint32_t i) {
    return i > s.begin() && s.is(i - 1, "the") && s.isWord(i + 1) &&
           oneOf(s.lower(i + 1), {"census", "estimate", "estimates", "figures", "statistics", "count", "poll", "polls",
                                  "numbers", "study", "edition", "data"});
  }

  // "The latest version is 1.2", "the latest release, 1.75, ...".
  static bool statesWhichVersion(const SentenceTokens& s, std::uint32_t noun) {
    std::uint32_t j = noun + 1;
    if (s.is(j, "of")) j += 2;  // "of Rust"
    if (j < s.end() && (s.is(j, "is") || s.is(j, "was") || s.isPunct(j, ",") || s.isPunct(j, "("))) {
      for (std::uint32_t k = j; k < s.end() && k < j + 5; ++k)
        if (s.token(k).kind == TokenKind::Number) return true;
    }
    return false;
  }

  // "the current release adds generics", "the latest version of Go supports": what one release does.
  static bool describesRelease(const SentenceTokens& s, std::uint32_t noun) {
    std::uint32_t j = noun + 1;
    if (s.is(j, "of")) j += 2;  // "of Rust"
    return s.isWord(j) &&
           oneOf(s.lower(j), {"adds", "includes", "supports", "has", "ships", "brings", "requires", "lacks", "contains",
                              "introduces", "removes", "drops", "provides", "offers", "comes", "features", "fixes"});
  }

  static bool nowMeansAtPresent(const SentenceTokens& s, std::uint32_t i, bool release_article) {
    const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
    const std::string_view next = i + 1 < s.end() ? s.lower(i + 1) : std::string_view();
    // Fixed expressions that are not "at present".
    if (oneOf(next, {"that", "and", "or", "on", "then"})) return false;  // now that, now and then, now on
    if (oneOf(prev, {"from", "until", "till", "up", "by", "for", "just", "right", "than", "as", "of"})) return false;
    if (next == "," && prev.empty()) return false;  // "Now, let's ..."
    if (i == s.begin()) return false;               // sentence-initial "Now": discourse or sequence
    if (release_article || announces(s) || namesTheRelease(s)) return false;  // "X is now stable": the release dates it
    if (next == "here") return false;           // "that day is now here": an arrival the post announces
    if (facts::hasCodeOrLink(s)) return false;  // a changelog entry: "`foo` now accepts ..."
    // Tutorial steps and narration: "now run", "we can now", "you'll now see", "let's now".
    if (oneOf(prev, {"can",  "could", "will", "would", "should", "must", "may", "might", "let's", "we'll", "you'll",
                     "i'll", "we",    "you",  "i",     "it's",   "let",  "'ll", "shall", "and",   "to",    "then"}))
      return false;
    if (oneOf(next, {"we", "you", "i", "let's", "let", "if", "is", "was", "the", "a", "an", "it", "here", "there",
                     "what", "?", ".", "!"}) &&
        !oneOf(prev, {"is", "are", "has", "have", "was"}))
      return false;
    // A walkthrough's step: "You are now ready to commit".
    if (prev == "you're" || (prev == "are" && s.is(i - 2, "you"))) return false;
    // Past narration ("had now", "was now") tells a story rather than stating the present.
    if (oneOf(prev, {"had", "was", "were"})) return false;
    // A change done: "This has now been corrected", "the bug is now fixed" stays true however late it is read.
    const std::uint32_t participle = next == "been" ? i + 2 : i + 1;
    if (oneOf(prev, {"is", "are", "has", "have", "'s"}) && s.isWord(participle) &&
        oneOf(s.lower(participle),
              {"corrected", "fixed", "resolved", "repaired", "addressed", "implemented", "incorporated", "merged",
               "completed", "finished", "released", "removed", "reverted", "rectified", "added"}))
      return false;
    // A state of the world: "X now requires", "X is now", "has now", "are now".
    if (oneOf(prev, {"is", "are", "has", "have", "'s", "'re"})) return true;
    const Token& n = s.token(i + 1 < s.end() ? i + 1 : i);
    // "The API is stable now, ..."
    if ((next == "," || next == "." || next.empty()) &&
        oneOf(prev,
              {"stable", "available", "supported", "possible", "required", "default", "ready", "live", "deprecated"}))
      return true;
    if (i + 1 < s.end() && n.kind == TokenKind::Word) {
      if (oneOf(next, {"ship", "support", "use", "run", "require", "include", "offer", "provide", "need", "default",
                       "allow", "power", "dominate", "recommend", "block"}) &&
          prev.size() > 3 && prev.back() == 's')
        return true;
      // "now requires", "now supports": a present-tense verb in -s.
      if (next.size() > 3 && next.back() == 's' && !next.ends_with("ss") && !next.ends_with("'s")) return true;
      if (oneOf(next, {"accounts", "powers", "runs", "makes", "ships", "uses", "has", "stands", "sits", "lives"}))
        return true;
    }
    return false;
  }

  static bool todayMeansNowadays(const SentenceTokens& s, std::uint32_t i) {
    const std::string_view w = s.lower(i);
    const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
    const std::string_view next = i + 1 < s.end() ? s.lower(i + 1) : std::string_view();
    // "even today", "still ... today", "not true today", "the case today": a present, whatever the post
    // announces.
    if (oneOf(prev, {"even", "still", "true", "false", "case"})) return true;
    // Announcements and events happen "today": the post's date dates them.
    for (std::uint32_t k = s.begin(); k < s.end(); ++k) {
      const std::string_view x = s.lower(k);
      if (oneOf(x, {"announce", "announcing", "announced",   "release",  "releasing",   "released",    "releases",
                    "launch",   "launching",  "launched",    "publish",  "publishing",  "published",   "available",
                    "happy",    "excited",    "pleased",     "proud",    "welcome",     "introducing", "introduce",
                    "marks",    "celebrate",  "celebrating", "birthday", "anniversary", "date",        "meeting",
                    "call",     "posted",     "ship",        "shipping", "shipped",     "merged",      "landed",
                    "tomorrow", "yesterday",  "tonight"}))
        return false;
    }
    if (w == "today's") {
      return i + 1 < s.end() &&
             oneOf(s.lower(i + 1), {"world", "landscape", "ecosystem", "industry", "market", "era", "age",
                                    "environment", "climate", "standards", "developers", "programmers", "software",
                                    "hardware", "systems", "web", "internet", "economy"});
    }
    if (prev == "as" && s.is(i - 2, "of")) return true;
    if (oneOf(prev, {"until", "till", "since", "from", "to"})) return false;  // "until today", "to this day"
    // "Today, most teams ..." / "Today Rust is ..."
    if (i == s.begin()) {
      if (next == ",") return !(s.is(i + 2, "we") || s.is(i + 2, "i") || s.is(i + 2, "the"));
      return !oneOf(next, {"we", "we're", "i", "i'm", "is", "was", "marks", "the", "'s"});
    }
    // "The site is today a car park", "the species is today found only on two islands": between a copula and
    // what the thing is now.
    if (oneOf(prev, {"is", "are", "remains", "remain"}) &&
        (oneOf(next,
               {"a",      "an",   "the",   "one", "part",     "home",  "known", "used", "called", "mostly", "largely",
                "mainly", "only", "owned", "run", "operated", "found", "seen",  "held", "kept",   "housed"}) ||
         (next.size() > 4 && next.ends_with("ed"))))
      return true;
    // "and today serves as a hotel", ", today it is a museum": a present after the story.
    if ((oneOf(prev, {"and", "but"}) || s.isPunct(i - 1, ",")) && s.isWord(i + 1) &&
        ((next.size() > 3 && next.ends_with("s") && !next.ends_with("ss") && !next.ends_with("'s")) ||
         (oneOf(next, {"it", "they", "the"}) && s.isWord(i + 2) && oneOf(s.lower(i + 2), {"is", "are", "remains"}))))
      return true;
    // "This example doesn't compile today": a present the writer expects to change.
    for (std::uint32_t k = i > s.begin() + 4 ? i - 4 : s.begin(); k < i; ++k)
      if (oneOf(s.lower(k), {"doesn't", "don't", "isn't", "aren't", "can't", "cannot", "won't"})) return true;
    // "... still ... today", "it remains in use today".
    for (std::uint32_t k = s.begin(); k < i; ++k)
      if (s.is(k, "still") || s.is(k, "remains") || s.is(k, "remain")) return true;
    const bool clause_end = next.empty() || next == "." || next == "," || next == ";";
    if (oneOf(prev, {"exist", "exists", "used", "use", "stands", "works", "looks", "know", "is", "are"}) && clause_end)
      return true;
    // "these commands are somewhat slow today.": a present-tense state closing its clause; not the post's
    // own day ("the code I've discussed today", "the process is starting today").
    const bool passive = s.is(i - 2, "are") || s.is(i - 2, "is") || s.is(i - 2, "be");  // "are supported today"
    if (clause_end && s.isWord(i - 1) && !prev.ends_with("ing") && !(prev.ends_with("ed") && !passive))
      for (std::uint32_t k = s.begin(); k + 1 < i; ++k)
        if (oneOf(s.lower(k), {"is", "are", "isn't", "aren't", "remains", "remain"})) return true;
    return false;
  }

  static std::string anchorText(const Hit& hit, const CivilDate& d, std::string_view prev_word) {
    const bool bare = isPreposition(prev_word);
    switch (hit.anchor) {
      case Anchor::None: return {};
      case Anchor::AsOfMonth: return "as of " + d.monthYear();
      case Anchor::InMonth: return "in " + d.monthYear();
      case Anchor::Year: {
        const std::string y = std::to_string(d.year + hit.offset);
        return bare ? y : "in " + y;
      }
      case Anchor::Month: {
        int m = d.month + hit.offset;
        int y = d.year;
        if (m < 1) m += 12, --y;
        if (m > 12) m -= 12, ++y;
        const std::string my = std::string(monthName(m)) + " " + std::to_string(y);
        return bare ? my : "in " + my;
      }
      case Anchor::Week: {
        const CivilDate w = CivilDate::fromDaysSinceEpoch(d.daysSinceEpoch() + 7L * hit.offset);
        const std::string text = "the week of " + facts::longDate(w);
        return bare ? text : "in " + text;
      }
    }
    return {};
  }

  static void report(const SentenceTokens& s, const Hit& hit, const std::optional<CivilDate>& date, FindingSink& sink) {
    const Document& doc = s.document();
    Finding finding;
    finding.span = {s.token(hit.first).span.begin, s.token(hit.end - 1).span.end};
    const std::string_view phrase = doc.slice(finding.span);
    const std::string prev(hit.first > s.begin() ? s.lower(hit.first - 1) : std::string_view());
    std::string anchor = !date          ? std::string()
                         : hit.relative ? facts::anchorText(hit.rel, *date, isPreposition(prev))
                                        : anchorText(hit, *date, prev);
    if (!anchor.empty()) {
      anchor = facts::matchCase(phrase, anchor);
      finding.message = fmt::format("'{}' will go stale: anchor it to a date (the article is dated {}): '{}'", phrase,
                                    date->monthYear(), anchor);
      Fix fix;
      fix.title = fmt::format("Replace with '{}'", anchor);
      fix.edits.push_back({finding.span, anchor});
      fix.preferred = true;
      finding.fixes.push_back(std::move(fix));
    } else if (date) {
      finding.message =
          fmt::format("'{}' will go stale: say when (the article is dated {})", phrase, date->monthYear());
    } else {
      finding.message =
          fmt::format("'{}' will go stale and the article has no date: say when, e.g. 'as of <month year>'", phrase);
    }
    sink.add(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> makeRelativeTimeRule() { return std::make_unique<RelativeTimeRule>(); }

}  // namespace copydesk
