// The spelling rule's word lists (issue 19): technical lists, inflections,
// British/American variants, known misspellings first, phrases, terms of an
// unknown words that look like terms; and style/spelling-variant.
#include <fstream>
#include <sstream>

#include "rules/RuleTestHelpers.h"

#include "config/Config.h"
#include "nlp/SpellingVariants.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellingLists.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(spelling_cspell_vocabulary_txt)
COPYDESK_EMBEDDED(spelling_common_misspellings_txt)

namespace copydesk::testing {
namespace {

TEST(SpellingLists, AcceptsTechnicalWordsFromTheCspellLists) {
  expectNoFindings("spelling", "The webpack bundler can memoize the result with a mutator.");
  expectNoFindings("spelling", "Use libuv, then prefetch and preload what is cacheable.");
}

TEST(SpellingLists, AcceptsProductNamesInLowerCase) {
  expectNoFindings("spelling", "We put nginx before redis, with lua and css and javascript.");
}

TEST(SpellingLists, AcceptsRegularFormsOfListedWords) {
  expectNoFindings("spelling", "The page prerenders what was prerendered while prerendering.");
  expectNoFindings("spelling", "Both profilers counted the navigations.");
  expectNoFindings("spelling", "The function was memoized, and memoization helped.");
  expectNoFindings("spelling", "We unmount and deprioritize virtualized lists on multicores.");
  expectNoFindings("spelling", "An unopinionated framework.");
}

TEST(SpellingLists, InflectionsDoNotHideTypos) {
  expectFindings("spelling", "We [[unlaod]] it.");
  expectFindings("spelling", "We [[reoder]] them.");
}

TEST(SpellingLists, BritishSpellingsAreNotMisspellings) {
  expectNoFindings("spelling", "The grey centres of colour were organised.");
  expectNoFindings("spelling", "The gray centers of color were organized.");
}

TEST(SpellingLists, KnownMisspellingsComeFirstWithOneSafeFix) {
  expectFix("spelling", "We will recieve it.", "We will receive it.");
  const RuleRun run = runRule("spelling", "We will recieve it.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.at(0).safe);
  EXPECT_EQ(run.findings[0].fixes.size(), 1u);
}

TEST(SpellingLists, KnownMisspellingAtSentenceStartIsFlaggedThoughCapitalised) {
  expectFindings("spelling", "[[Recieve]] the files first.");
  expectFix("spelling", "Recieve the files first.", "Receive the files first.");
}

TEST(SpellingLists, KnownMisspellingsBeatPrefixesAndRepetition) {
  expectFindings("spelling", "Wait [[untill]] noon.");
  expectFindings("spelling", "We [[recieve]], [[recieve]] and [[recieve]] it.");
}

TEST(SpellingLists, PhrasesAreAcceptedAsAWhole) {
  expectNoFindings("spelling", "It is the de facto standard, built ad hoc.");
  expectNoFindings("spelling", "Smith et al. said so, and vice versa.");
  expectNoFindings("spelling", "Not bad per se, but known a priori.");
}

TEST(SpellingLists, WordsOfAPhraseAloneAreStillChecked) { expectFindings("spelling", "The [[facto]] value."); }

TEST(SpellingLists, TriBeforeAHyphen) { expectNoFindings("spelling", "A tri-color collector."); }

TEST(SpellingLists, UnknownWordsWithNoWordOneEditAwayAreTermsNotTypos) {
  expectNoFindings("spelling", "Run qwzxtool with the dockershim and jenkins on rkt.");
  expectFindings("spelling", "Ask the [[mantainers]] first.");
}

TEST(SpellingLists, EveryListedWordIsFound) {
  std::istringstream vocabulary{std::string(data::spelling_cspell_vocabulary_txt)};
  std::string line;
  int words = 0;
  while (std::getline(vocabulary, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++words;
    EXPECT_TRUE(inTechnicalLists(line)) << line;
  }
  EXPECT_GT(words, 10000);
  std::istringstream misspellings{std::string(data::spelling_common_misspellings_txt)};
  int entries = 0;
  while (std::getline(misspellings, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (++entries % 97 != 0) continue;  // a sample: each lookup builds a vector
    EXPECT_FALSE(knownMisspellingFixes(line.substr(0, line.find('\t'))).empty()) << line;
  }
  EXPECT_GT(entries, 50000);
}

TEST(SpellingLists, ListsAreSortedAndFound) {
  EXPECT_TRUE(inTechnicalLists("webpack"));
  EXPECT_TRUE(inTechnicalLists("Webpack"));
  EXPECT_FALSE(inTechnicalLists("qwzxtool"));
  EXPECT_EQ(knownMisspellingFixes("teh"), std::vector<std::string>{"the"});
  EXPECT_TRUE(knownMisspellingFixes("the").empty());
  EXPECT_EQ(americanSpelling("grey"), "gray");
  EXPECT_EQ(britishSpelling("centers"), "centres");
  EXPECT_TRUE(americanSpelling("gray").empty());
}

// The 300 pairs bench/spelling injects into corpus text, each in a sentence of
// its own: found, with the right first suggestion most of the time.
TEST(SpellingLists, InjectedMisspellingsAreFoundWithTheRightFix) {
  std::ifstream in(COPYDESK_SOURCE_DIR "/tests/data/spelling/injected-misspellings.txt");
  ASSERT_TRUE(in) << "tests/data/spelling/injected-misspellings.txt";
  std::string line;
  int pairs = 0, found = 0, right = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string typo = line.substr(0, tab), fix = line.substr(tab + 1);
    ++pairs;
    const RuleRun run = runRule("spelling", "We saw the " + typo + " today.");
    if (run.findings.size() != 1) continue;
    ++found;
    if (!run.findings[0].fixes.empty() && run.findings[0].fixes[0].edits.at(0).new_text == fix) ++right;
  }
  EXPECT_EQ(pairs, 300);
  EXPECT_GE(found, 285);               // recall >= 0.95
  EXPECT_GE(right, found * 85 / 100);  // first suggestion right >= 85%
}

TEST(SpellingVariant, FlagsTheLessFrequentSpellingOfAWord) {
  expectFindings("style/spelling-variant", "The grey box. The grey line. A [[gray]] dot.");
  expectFix("style/spelling-variant", "The grey box. The grey line. A gray dot.",
            "The grey box. The grey line. A grey dot.");
}

TEST(SpellingVariant, OneSpellingThroughoutIsFine) {
  expectNoFindings("style/spelling-variant", "The grey box has a grey line and a colour.");
  expectNoFindings("style/spelling-variant", "The gray box has a gray line and a color.");
}

TEST(SpellingVariant, InflectedFormsCountAsTheSameWord) {
  expectFindings("style/spelling-variant", "Colours matter. Colours fade. The [[color]] stays.");
}

TEST(SpellingVariant, ConfiguredVariantFlagsTheOther) {
  expectFindings("style/spelling-variant", "The [[colour]] of the [[centre]].", {{"variant", "en-US"}});
  expectFix("style/spelling-variant", "The colour is fine.", "The color is fine.", {{"variant", "en-US"}});
  expectFix("style/spelling-variant", "Organize it.", "Organise it.", {{"variant", "en-GB"}});
  expectNoFindings("style/spelling-variant", "The color of the center.", {{"variant", "en-US"}});
}

// "spelling": {"variant": ...} in .copydesk.json reaches style/spelling-variant.
int variantFindings(std::string_view config_json, std::string text) {
  const ConfigParseResult config = parseConfigText(config_json, "/test/.copydesk.json");
  for (const ConfigError& e : config.errors) ADD_FAILURE() << e.format();
  const ResolvedRules resolved = resolveRules(config.config, "/test/test.md");
  const auto document = Document::create("/test/test.md", std::move(text), DocumentFormat::Markdown);
  int n = 0;
  for (const Finding& f : checkDocument(*document, resolved.rules, {testSpellChecker(), nullptr}))
    n += f.rule_id == "style/spelling-variant" ? 1 : 0;
  return n;
}

TEST(SpellingVariant, TheConfigurationsSpellingVariantReachesTheRule) {
  EXPECT_EQ(variantFindings(R"({"spelling": {"variant": "en-US"}})", "The colour is fine.\n"), 1);
  EXPECT_EQ(variantFindings(R"({"spelling": {"variant": "en-GB"}})", "The colour is fine.\n"), 0);
  EXPECT_EQ(variantFindings(R"({})", "The colour is fine.\n"), 0);
}

TEST(SpellingVariant, AVariantOtherThanEnUsOrEnGbIsAConfigError) {
  EXPECT_FALSE(parseConfigText(R"({"spelling": {"variant": "en-AU"}})", "/test/.copydesk.json").errors.empty());
}

TEST(SpellingVariant, NamesAndCodeAreLeftAlone) {
  expectNoFindings("style/spelling-variant", "We met Earl Grey and a gray cat.");
  expectNoFindings("style/spelling-variant", "Set `colour` to a gray value.", {{"variant", "en-US"}});
}

}  // namespace
}  // namespace copydesk::testing
