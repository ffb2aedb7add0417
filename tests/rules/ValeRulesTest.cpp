// Vale rule kinds and keys, one short case each, through the same path as a
// user's .vale.ini: a style written to a temporary StylesPath, a section that
// switches it on, a Markdown text checked; plus the loading errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/ValeConfig.h"
#include "document/Document.h"
#include "engine/Engine.h"
#include "engine/Session.h"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

class ValeRules : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("vale-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "styles" / "T");
  }
  void TearDown() override { fs::remove_all(root_); }

  void rule(const std::string& name, const std::string& yaml) {
    std::ofstream(root_ / "styles" / "T" / (name + ".yml")) << yaml;
  }

  // "line:column:Rule:message" per finding of the T style (and Vale.*).
  std::vector<std::string> check(const std::string& markdown, const std::string& extra_ini = "") {
    const ValeIni ini = parseValeIni("StylesPath = styles\n" + extra_ini + "\n[*.md]\nBasedOnStyles = T\n",
                                     (root_ / ".vale.ini").string());
    Config config;
    problems_ = addValeStyles(ini, config);
    const std::string path = (root_ / "doc.md").string();
    auto document = Document::create(path, markdown, DocumentFormat::Markdown);
    std::vector<std::string> out;
    for (const Finding& f : checkDocument(*document, resolveRules(config, path).rules, CheckServices{})) {
      if (f.rule_id.find('.') == std::string::npos || f.rule_id.find('/') != std::string::npos) continue;
      const LinePosition at = document->lines().position(f.span.begin, Encoding::Utf32);
      out.push_back(std::to_string(at.line + 1) + ":" + std::to_string(at.character + 1) + ":" + f.rule_id + ":" +
                    f.message);
      fixes_.push_back(f.fixes);
    }
    return out;
  }

  fs::path root_;
  ValeSetupProblems problems_;
  std::vector<std::vector<Fix>> fixes_;
};

using Lines = std::vector<std::string>;

TEST_F(ValeRules, ExistenceTokensAreWordBoundedAndCaseSensitive) {
  rule("Weasel", "extends: existence\nmessage: \"Avoid '%s'\"\ntokens:\n  - very\n  - quite\n");
  EXPECT_EQ(check("It is very good, everyone, Very.\n"), Lines{"1:7:T.Weasel:Avoid 'very'"});
}

TEST_F(ValeRules, ExistenceIgnorecaseNonwordRawAndExceptions) {
  rule("Caps",
       "extends: existence\nmessage: \"'%s'\"\nignorecase: true\ntokens:\n  - '[A-Z]{3}'\nexceptions:\n  - API\n");
  rule("Dots", "extends: existence\nmessage: dots\nnonword: true\ntokens:\n  - '\\.\\.\\.'\n");
  rule("Raw", "extends: existence\nmessage: raw\nscope: raw\nraw:\n  - '\\*\\*TODO\\*\\*'\n");
  EXPECT_EQ(check("API xyz wait... **TODO**\n"), (Lines{"1:5:T.Caps:'xyz'", "1:13:T.Dots:dots", "1:17:T.Raw:raw"}));
}

TEST_F(ValeRules, ExistenceSkipsCodeLinksUrlsAndHonoursLevelAndLimit) {
  rule("Todo", "extends: existence\nmessage: todo\nlevel: error\nlimit: 1\ntokens:\n  - TODO\n");
  EXPECT_EQ(check("`TODO` [TODO](https://TODO.example) TODO TODO\n"), Lines{"1:9:T.Todo:todo"});
}

TEST_F(ValeRules, SubstitutionOffersTheSwapAsAFix) {
  rule("Use", "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nignorecase: true\nswap:\n"
              "  utilize: use\n  in order to: to\n");
  EXPECT_EQ(check("We utilize it in order to win; use it.\n"),
            (Lines{"1:4:T.Use:Use 'use' instead of 'utilize'.", "1:15:T.Use:Use 'to' instead of 'in order to'."}));
  ASSERT_EQ(fixes_.size(), 2u);
  ASSERT_EQ(fixes_[0].size(), 1u);
  EXPECT_EQ(fixes_[0][0].edits[0].new_text, "use");
}

TEST_F(ValeRules, SubstitutionAlternativesAndCapitalize) {
  rule("Alt", "extends: substitution\nmessage: \"Use %s, not '%s'.\"\ncapitalize: true\nignorecase: true\nswap:\n"
              "  mankind: humanity|people\n");
  EXPECT_EQ(check("Mankind wins.\n"), Lines{"1:1:T.Alt:Use 'Humanity' or 'People', not 'Mankind'."});
  ASSERT_EQ(fixes_.size(), 1u);
  EXPECT_EQ(fixes_[0].size(), 2u);
}

TEST_F(ValeRules, SubstitutionSwapUsesTheKeysGroups) {
  rule("Dir", "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nignorecase: true\nswap:\n"
              "  'change into the (\\w+) folder': change to the $1 folder\n");
  EXPECT_EQ(check("Now change into the home folder.\n"),
            Lines{"1:5:T.Dir:Use 'change to the home folder' instead of 'change into the home folder'."});
  ASSERT_EQ(fixes_.size(), 1u);
  EXPECT_EQ(fixes_[0][0].edits[0].new_text, "change to the home folder");
}

TEST_F(ValeRules, SubstitutionLookaroundRunsOnPcre2) {
  rule("Look", "extends: substitution\nmessage: \"Use '%s' not '%s'\"\nswap:\n  'is not(?! only)': isn't\n");
  EXPECT_EQ(check("It is not only that; it is not.\n"), Lines{"1:25:T.Look:Use 'isn't' not 'is not'"});
}

// RE2 finds where a PCRE2 pattern may start with its look-arounds relaxed: a
// look-ahead where a match ends is matched as text, any other one dropped.
TEST_F(ValeRules, ExistenceLookaheadsRunOnPcre2) {
  rule("Me", "extends: existence\nmessage: \"'%s'\"\nignorecase: true\nnonword: true\ntokens:\n"
             "  - (?:^|\\s)I(?=\\s)\n  - (?:^|\\s)I(?=,\\s)\n  - \\bme\\b\n");
  rule("Inner", "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens:\n  - '(?:q(?=z)|k)\\w'\n");
  EXPECT_EQ(check("I think, as i, in me. In qz and qa I\n"),
            (Lines{"1:1:T.Me:'I'", "1:12:T.Me:' i'", "1:19:T.Me:'me'", "1:26:T.Inner:'qz'"}));
}

TEST_F(ValeRules, OccurrenceMaxAndMin) {
  rule("Commas", "extends: occurrence\nmessage: \"%s commas\"\nscope: sentence\nmax: 2\ntoken: ','\n");
  rule("Intro", "extends: occurrence\nmessage: No intro\nscope: raw\nmin: 1\ntoken: '# Introduction'\n");
  EXPECT_EQ(check("A, b, c, d. E, f.\n"), (Lines{"1:1:T.Intro:No intro", "1:2:T.Commas:3 commas"}));
}

TEST_F(ValeRules, RepetitionWithinABlock) {
  rule("Rep", "extends: repetition\nmessage: \"'%s' twice\"\nignorecase: true\nalpha: true\ntokens:\n  - '[^\\s]+'\n");
  EXPECT_EQ(check("See the The cat. 1 1 go.\n"), Lines{"1:5:T.Rep:'The' twice"});
}

TEST_F(ValeRules, ConsistencyFlagsTheLaterForm) {
  rule("Spell", "extends: consistency\nmessage: \"Inconsistent '%s'\"\nignorecase: true\neither:\n  color: colour\n");
  EXPECT_EQ(check("The color.\n\nThe colour.\n"), Lines{"3:5:T.Spell:Inconsistent 'colour'"});
}

TEST_F(ValeRules, ConditionalAcronymNeedsADefinition) {
  rule("Def", "extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\n"
              "second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\nexceptions:\n  - ABC\n");
  EXPECT_EQ(check("The World Health Organization (WHO) and NFL and ABC.\n"),
            Lines{"1:41:T.Def:'NFL' has no definition"});
}

TEST_F(ValeRules, ConditionalReadsDefinitionsInOtherBlocksWhenTheSetRuns) {
  rule("Def", "extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\n"
              "second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\n");
  rule("Also", "extends: existence\nmessage: also\ntokens:\n  - also\n");  // runs the prefilter over every block
  EXPECT_EQ(check("The World Health Organization (WHO).\n\nThe NFL and the WHO also.\n\nNothing.\n"),
            (Lines{"3:5:T.Def:'NFL' has no definition", "3:21:T.Also:also"}));
}

// A sentence's paragraph answers for it in the prefilter, except for patterns
// with anchors, which may match at a sentence's start and not in its paragraph.
TEST_F(ValeRules, SentenceScopedPatternsSeeEachSentence) {
  rule("Semi", "extends: existence\nmessage: semi\nscope: sentence\nnonword: true\ntokens:\n  - ';'\n");
  rule("Opening", "extends: existence\nmessage: opening\nscope: sentence\nraw:\n  - '^Also'\n");
  rule("Word", "extends: existence\nmessage: word\ntokens:\n  - none\n");  // paragraphs read too
  EXPECT_EQ(check("First one. Also this; that.\n\nNone here.\n"),
            (Lines{"1:12:T.Opening:opening", "1:21:T.Semi:semi"}));
}

TEST_F(ValeRules, CapitalizationOfHeadings) {
  rule("Head",
       "extends: capitalization\nmessage: \"'%s' should be sentence-cased\"\nscope: heading\nmatch: $sentence\n");
  rule("Title", "extends: capitalization\nmessage: \"'%s' title\"\nscope: heading.h1\nmatch: $title\n");
  EXPECT_EQ(check("# A Tale of Two Cities\n\n## Getting Started Now Please\n\n## Getting started\n"),
            (Lines{"1:3:T.Head:'A Tale of Two Cities' should be sentence-cased",
                   "3:4:T.Head:'Getting Started Now Please' should be sentence-cased"}));
}

TEST_F(ValeRules, ReadabilityAndMetric) {
  rule("Grade", "extends: readability\nmessage: \"Grade %s\"\ngrade: 1\nmetrics:\n  - Flesch-Kincaid\n");
  rule("Lists", "extends: metric\nmessage: \"%s lists\"\nformula: list + heading.h2\ncondition: \"> 1\"\n");
  const Lines found = check("## Notes\n\n- Considerable deliberation accompanies institutional reorganization.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].starts_with("1:1:T.Grade:Grade 4")) << found[0];  // Flesch-Kincaid about 45
  EXPECT_EQ(found[1], "1:1:T.Lists:2.00 lists");
}

TEST_F(ValeRules, SequenceOfPatterns) {
  rule("Seq", "extends: sequence\nmessage: \"'%[1]s %[2]s'\"\ntokens:\n  - pattern: of\n  - pattern: all\n  - pattern: "
              "times\n");
  EXPECT_EQ(check("The best of all times.\n"), Lines{"1:10:T.Seq:'of all'"});
}

TEST_F(ValeRules, SequenceWithTagsUsesTheTagger) {
  // "meet" only as a noun: "a meet up", not "should meet up".
  rule("Meetup", "extends: sequence\nmessage: \"Use 'meetup' for '%[1]s %[2]s'\"\ntokens:\n  - tag: NN\n"
                 "    pattern: meet\n  - pattern: up\n");
  // A noun, up to two tokens, then "using".
  rule("Using", "extends: sequence\nmessage: by %[1]s\ntokens:\n  - tag: NN|NNS\n    skip: 2\n  - pattern: using\n");
  EXPECT_EQ(check("We should meet up. A meet up on Sunday.\n\nWe improved the system using new tools.\n"),
            (Lines{"1:22:T.Meetup:Use 'meetup' for 'meet up'", "3:17:T.Using:by system"}));
  EXPECT_TRUE(problems_.unsupported.empty());
}

TEST_F(ValeRules, ScriptIsReportedUnsupported) {
  rule("Script", "extends: script\nmessage: x\nscript: 'matches := []'\n");
  check("x\n");
  ASSERT_EQ(problems_.unsupported.size(), 1u);
  EXPECT_NE(problems_.unsupported[0].find("not supported"), std::string::npos);
  EXPECT_TRUE(problems_.errors.empty());
}

TEST_F(ValeRules, ValeCommentsSwitchRulesOff) {
  rule("Very", "extends: existence\nmessage: very\ntokens:\n  - very\n");
  EXPECT_EQ(check("very\n\n<!-- vale off -->\n\nvery\n\n<!-- vale on -->\n\n<!-- vale T.Very = NO -->\n\nvery\n\n"
                  "<!-- vale T.Very = YES -->\n\nvery\n\n<!-- vale T = NO -->\n\nvery\n"),
            (Lines{"1:1:T.Very:very", "15:1:T.Very:very"}));
}

TEST_F(ValeRules, IniLevelsMinAlertLevelAndTokenIgnores) {
  rule("A", "extends: existence\nmessage: a\nlevel: suggestion\ntokens:\n  - alpha\n");
  rule("B", "extends: existence\nmessage: b\ntokens:\n  - beta\n");
  EXPECT_EQ(check("alpha beta {{beta}}\n", "MinAlertLevel = warning\nTokenIgnores = (\\{\\{[^}]+\\}\\})\n"),
            Lines{"1:7:T.B:b"});
}

TEST_F(ValeRules, VocabularyFeedsTermsAndAvoid) {
  fs::create_directories(root_ / "styles" / "config" / "vocabularies" / "Team");
  std::ofstream(root_ / "styles" / "config" / "vocabularies" / "Team" / "accept.txt") << "JavaScript\n";
  std::ofstream(root_ / "styles" / "config" / "vocabularies" / "Team" / "reject.txt") << "blacklist\n";
  EXPECT_EQ(
      check("Write javascript, not a blacklist; JavaScript is fine.\n", "Vocab = Team\n[*]\nBasedOnStyles = Vale\n"),
      (Lines{"1:7:Vale.Spelling:Did you really mean 'javascript'?",
             "1:7:Vale.Terms:Use 'JavaScript' instead of 'javascript'.", "1:25:Vale.Avoid:Avoid using 'blacklist'."}));
}

// In the language server block-local Vale rules re-run only on the edited
// paragraphs: each version's findings are still exactly checkDocument()'s,
// with front matter, alt text, vale controls and a definition elsewhere in play.
TEST_F(ValeRules, EditedVersionsFindWhatAWholeCheckFinds) {
  rule("Weasel", "extends: existence\nmessage: \"Avoid '%s'\"\ntokens:\n  - very\n");
  rule("Long", "extends: occurrence\nmessage: \"%s words\"\nscope: sentence\nmax: 5\ntoken: \\b(\\w+)\\b\n");
  rule("Acronyms", "extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\n"
                   "second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\n");
  const ValeIni ini = parseValeIni("StylesPath = styles\n[*.md]\nBasedOnStyles = T\n", (root_ / ".vale.ini").string());
  Config config;
  addValeStyles(ini, config);
  const std::string path = (root_ / "doc.md").string();
  const RuleSet rules = resolveRules(config, path).rules;
  const std::vector<std::string> versions = {
      "---\ntitle: A very good title\n---\n\nThe NASA team was very quick.\n\n![a very big image](x.png)\n\n"
      "One two three four five six seven.\n",
      "---\ntitle: A very good title\n---\n\nThe NASA team was very quick.\n\n![a very big image](x.png)\n\n"
      "One two three four five six seven eight.\n",
      "---\ntitle: A good title\n---\n\nThe NASA team was very quick.\n\n![a very big image](x.png)\n\n"
      "One two three four five six seven eight.\n",
      "---\ntitle: A good title\n---\n\n<!-- vale T.Weasel = NO -->\n\nThe NASA team was very quick.\n\n"
      "![a very big image](x.png)\n\nOne two three four five six seven eight.\n",
      "---\ntitle: A good title\n---\n\n<!-- vale T.Weasel = NO -->\n\nThe NASA team was very quick.\n\n"
      "![a very big image](x.png)\n\nOne two three. National Space Agency (NASA) is very far.\n",
  };
  const auto lines = [](const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings)
      out.push_back(std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) + ":" + f.rule_id + ":" +
                    f.message);
    return out;
  };
  DocumentSession session;
  for (std::size_t v = 0; v < versions.size(); ++v) {
    const auto whole = Document::create(path, versions[v], DocumentFormat::Markdown);
    const std::vector<std::string> expected = lines(checkDocument(*whole, rules, CheckServices{}));
    const auto checked = session.check(path, versions[v], DocumentFormat::Markdown, static_cast<std::int64_t>(v), rules,
                                       CheckServices{}, 0);
    EXPECT_EQ(lines(checked.findings), expected) << "version " << v;
    EXPECT_FALSE(expected.empty());
  }
}

TEST_F(ValeRules, BrokenYamlIsAnErrorWithFileAndLine) {
  rule("Broken", "extends: existence\nmessage: x\ntokens: [a, b\n");
  rule("NoExtends", "message: x\ntokens:\n  - a\n");
  rule("BadPattern", "extends: existence\nmessage: x\ntokens:\n  - '(unclosed'\n");
  check("a\n");
  ASSERT_EQ(problems_.errors.size(), 3u);
  std::string all;
  for (const std::string& e : problems_.errors) all += e + "\n";
  EXPECT_NE(all.find("Broken.yml:"), std::string::npos) << all;
  EXPECT_NE(all.find("NoExtends.yml:1: missing extension point!"), std::string::npos) << all;
  EXPECT_NE(all.find("BadPattern.yml: T.BadPattern: pattern accepted by neither RE2 nor PCRE2"), std::string::npos)
      << all;
}

TEST(ValeIniTest, ReadsSectionsAndReportsBrokenLines) {
  const ValeIni ini = parseValeIni(
      "StylesPath = s\nVocab = A, B\n[*.{md,txt}]\nBasedOnStyles = X, Y\nX.R = error\nX.S = maybe\nnot a line\n[bad\n",
      "/p/.vale.ini");
  EXPECT_EQ(ini.styles_path, "/p/s");
  EXPECT_EQ(ini.vocab, (std::vector<std::string>{"A", "B"}));
  ASSERT_EQ(ini.sections.size(), 1u);
  EXPECT_EQ(ini.sections[0].globs, (std::vector<std::string>{"*.md", "*.txt"}));
  EXPECT_EQ(ini.sections[0].based_on_styles, (std::vector<std::string>{"X", "Y"}));
  ASSERT_EQ(ini.errors.size(), 3u);
  EXPECT_EQ(ini.errors[0], "/p/.vale.ini:6: X.S must be YES, NO, suggestion, warning or error");
  EXPECT_EQ(ini.errors[1], "/p/.vale.ini:7: expected 'Key = value', got 'not a line'");
  EXPECT_EQ(ini.errors[2], "/p/.vale.ini:8: a section header must end with ']'");
}

}  // namespace
}  // namespace copydesk
