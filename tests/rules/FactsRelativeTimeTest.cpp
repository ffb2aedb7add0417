#include "facts/support/TimeExpression.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/relative-time";

TEST(FactsRelativeTime, FlagsRelativeTime) {
  expectFindings(kRule, "The API is [[currently]] unstable.");
  expectFindings(kRule, "[[Right now]], Rust makes up a small fraction of the kernel.");
  expectFindings(kRule, "Compiling the kernel [[now]] requires a Rust toolchain.");
  expectFindings(kRule, "The team [[recently]] merged the patch.");
  expectFindings(kRule, "We shipped two releases [[this year]].");
  expectFindings(kRule, "[[At the time of writing]], the bug is open.");
  expectFindings(kRule, "[[Today]], most teams use CI.");
  expectFindings(kRule, "The feature lands [[soon]].");
}

TEST(FactsRelativeTime, NowAndTodayInOtherSenses) {
  expectNoFindings(kRule, "Now that the build is green, we can merge.");
  expectNoFindings(kRule, "From now on, use the new API.");
  expectNoFindings(kRule, "Now run the tests again.");
  expectNoFindings(kRule, "You can now call the function.");
  expectNoFindings(kRule, "You are now ready to commit.");
  expectNoFindings(kRule, "The width depends on the currently chosen font.");
  expectNoFindings(kRule, "The asterisk marks the branch you are currently on.");
  expectNoFindings(kRule, "If you are currently using AsciiDoc.py, read on.");
  expectFindings(kRule, "It calls the [[currently]] unstable intrinsic.");
  expectNoFindings(kRule, "Press SPC f r to find a recently opened file.");
  expectNoFindings(kRule, "You need a recent enough version of Emacs.");
  expectNoFindings(kRule, "The following three months are spent on beta releases.");
  expectNoFindings(kRule, "When LaTeX is rolled back to date 2020-10-01, the class is loaded as it was.");
  expectNoFindings(kRule, "Today we are happy to announce the release.");
  expectNoFindings(kRule, "Send the patch as soon as possible.");
  expectNoFindings(kRule, "Install the latest version of the compiler.");
  expectNoFindings(kRule, "Until recently, this was hard.");
  expectNoFindings(kRule, "Call `now()` to get the time.");
}

TEST(FactsRelativeTime, FixAnchorsToTheDocumentDate) {
  const std::string head = "---\ndate: 2026-03-07\n---\n\n";
  expectFix(kRule, head + "The API is currently unstable.\n", head + "The API is as of March 2026 unstable.\n");
  expectFix(kRule, head + "Recently the team merged it.\n", head + "In March 2026 the team merged it.\n");
  expectFix(kRule, head + "We shipped two releases this year.\n", head + "We shipped two releases in 2026.\n");
  expectFix(kRule, head + "By the end of next year it ships.\n", head + "By the end of 2027 it ships.\n");
  expectFix(kRule, "March 7, 2026\n\nRight now, it is small.\n", "March 7, 2026\n\nAs of March 2026, it is small.\n");
  // The Rust blog dates a post by its Zola path, also under a section ("inside-rust/").
  for (const std::string toml :
       {"+++\npath = \"2019/11/19/infra\"\n+++\n\n", "+++\npath = \"inside-rust/2019/11/19/infra\"\n+++\n\n"})
    expectFix(kRule, toml + "The API is currently unstable.\n", toml + "The API is as of November 2019 unstable.\n");
}

TEST(FactsRelativeTime, NoFixWithoutADate) {
  const RuleRun run = runRule(kRule, "The API is currently unstable.\n");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

// Issue 20: each form of the time-expression grammar, anchored to the article's date.
TEST(FactsRelativeTime, CalendarDistancesAnchorToTheDocumentDate) {
  const std::string head = "---\ndate: 2026-03-07\n---\n\n";
  expectFix(kRule, head + "Four and a half years ago the project started.\n",
            head + "In late 2021 the project started.\n");
  expectFix(kRule, head + "Just fifteen years ago it was rare.\n", head + "Just in early 2011 it was rare.\n");
  expectFix(kRule, head + "A year ago it was slow.\n", head + "In March 2025 it was slow.\n");
  expectFix(kRule, head + "We will grow over the next year.\n", head + "We will grow until March 2027.\n");
  expectFix(kRule, head + "Within the past 5 years, three schools opened.\n",
            head + "Since March 2021, three schools opened.\n");
  expectFix(kRule, head + "Prices rose during the last few years.\n", head + "Prices rose since March 2023.\n");
  expectFix(kRule, head + "It was hard for the next few months.\n", head + "It was hard until June 2026.\n");
  expectFix(kRule, head + "We fixed it the past couple months.\n", head + "We fixed it since January 2026.\n");
  expectFix(kRule, head + "It ships a few weeks from now.\n", head + "It ships in March 2026.\n");
  expectFix(kRule, head + "It ships in a few weeks.\n", head + "It ships in March 2026.\n");
  expectFix(kRule, head + "We released it earlier this year.\n", head + "We released it earlier in 2026.\n");
  expectFix(kRule, head + "It lands later this month.\n", head + "It lands later in March 2026.\n");
  expectFix(kRule, head + "This morning the fix was released.\n", head + "On March 7, 2026 the fix was released.\n");
  expectFix(kRule, head + "It stays open throughout the next decade.\n", head + "It stays open until March 2036.\n");
  expectFix(kRule, head + "It grows next decade.\n", head + "It grows in the 2030s.\n");
  expectFix(kRule, head + "The plan changes in the coming months.\n", head + "The plan changes by June 2026.\n");
  expectFix(kRule, head + "So far, two teams use it.\n", head + "As of March 2026, two teams use it.\n");
  expectFix(kRule, head + "For now, the feature is limited to Linux.\n",
            head + "As of March 2026, the feature is limited to Linux.\n");
}

TEST(FactsRelativeTime, WordsRelativeToWriting) {
  expectFindings(kRule, "The museum is [[now]] maintained by the city.");
  expectFindings(kRule, "Read the [[recent]] articles about Go.");
  expectFindings(kRule, "Test the [[upcoming]] removal.");
  expectFindings(kRule, "The most watched talk [[to date]] is the keynote.");
  expectFindings(kRule, "Builds have been slow [[lately]].");
  expectFindings(kRule, "The [[current roadmap]] lists three goals.");
  expectFindings(kRule, "Read the [[latest design]] draft.");
}

TEST(FactsRelativeTime, NarrativePastAndNounUses) {
  expectNoFindings(kRule, "The Spaniards soon colonized the island.");
  expectNoFindings(kRule, "The Romans gave this month the Latin name Aprilis.");
  expectNoFindings(kRule, "You can view currently configured clusters.");
  expectNoFindings(kRule, "Recent versions of Git support partial clones.");
  expectNoFindings(kRule, "So far so good.");
  expectNoFindings(kRule, "In 1820 the town was recently founded and had few houses.");
  expectFindings(kRule, "The 1820 houses were [[recently]] renovated.");
}

// Wikipedia's [when?] forms.
TEST(FactsRelativeTime, EncyclopediaWhenForms) {
  expectFindings(kRule, "[[At present]] the line carries freight only.");
  expectNoFindings(kRule, "The bond is priced at present value.");
  expectFindings(kRule, "The site is [[today]] a car park.");
  expectNoFindings(kRule, "The release is today.");
  expectFindings(kRule, "The plant should open [[in the near future]].");
  expectNoFindings(kRule, "In 1910 the owners hoped to reopen the mine in the near future.");
  expectFindings(kRule, "The [[latest census]] counted 4,000 residents.");
  expectNoFindings(kRule, "The current data is written to disk.");
  expectFindings(kRule, "[[The current release]] adds generics.");
  expectFindings(kRule, "[[The latest version]] of Go supports fuzzing.");
  expectNoFindings(kRule, "Upgrade to the current release.");
  expectFindings(kRule, "The species is [[today]] found only on two islands.");
  expectFindings(kRule, "The castle was later converted into a prison, and [[today]] serves as a hotel.");
  expectNoFindings(kRule, "The meeting was moved, and today we merged the patch.");
}

// Named months and seasons, relative only with this/last/next or "over the": "in March" and "March 7"
// name a date of their own.
TEST(FactsRelativeTime, NamedMonthsAndSeasons) {
  const std::string head = "---\ndate: 2026-03-07\n---\n\n";
  const std::pair<std::string_view, std::string_view> anchored[] = {
      {"The summit is this November.", "The summit is in November 2026."},
      {"We moved last March.", "We moved in March 2025."},
      {"It ships next spring.", "It ships in spring 2027."},  // the spring of 2026 has begun
      {"Over the summer, the team grew.", "In summer 2025, the team grew."},
      {"Over the summer we will rewrite it.", "In summer 2026 we will rewrite it."},
      {"It was cold this past winter.", "It was cold in the winter of 2025-26."},
  };
  for (const auto& [text, fixed] : anchored)
    expectFix(kRule, head + std::string(text) + "\n", head + std::string(fixed) + "\n");
  for (std::string_view text : {"We moved the office in March.", "Join us on March 7 in Berlin.",
                                "The summer of 2016 was hot.", "You may march on."})
    expectNoFindings(kRule, head + std::string(text) + "\n");
}

TEST(FactsRelativeTime, ResolveTimeExpression) {
  const CivilDate march{2026, 3, 7};
  const auto later = facts::resolveTimeExpression("later this year", march);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->interval.last, (CivilDate{2026, 12, 31}));
  const auto q3 = facts::resolveTimeExpression("in Q3", march);
  ASSERT_TRUE(q3);
  EXPECT_EQ(q3->interval.start, (CivilDate{2026, 7, 1}));
  const auto end = facts::resolveTimeExpression("by the end of the year", march);
  ASSERT_TRUE(end);
  EXPECT_EQ(end->anchor, "by the end of 2026");
  const auto next = facts::resolveTimeExpression("next year", CivilDate{2020, 5, 1});
  ASSERT_TRUE(next);
  EXPECT_EQ(next->interval.last, (CivilDate{2021, 12, 31}));
  EXPECT_FALSE(facts::resolveTimeExpression("the cat sat", march));
}

// Found in LaTeX News (shared/formats): a change done stays true however late it is read.
TEST(FactsRelativeTime, ChangesDoneAreNotRelative) {
  expectNoFindings(kRule, "The parser raised low-level errors. This has now been corrected.");
  expectNoFindings(kRule, "The loop hung on empty input; this bug is now fixed.");
  expectNoFindings(kRule, "Support for hooks has now been added to the kernel.");
  expectFindings(kRule, "The kernel has [[now]] been ported to Rust by most vendors.");
  expectFindings(kRule, "The language is [[now]] used by every major cloud provider.");
}

// Git dates a commit message; "Currently, X does Y" describes the state the change starts from.
TEST(FactsRelativeTime, SkipsCommitMessages) {
  constexpr std::string_view kMessage =
      "diff: respect color settings\n\nCurrently, the option ignores color settings. Recently we added one.\n";
  expectNoFindings(kRule, kMessage, {}, DocumentFormat::GitCommit);
  expectNoFindings(kRule, "commit 4515c86fd95e\n\n" + std::string(kMessage), {}, DocumentFormat::PlainText);  // git log
  expectFindings(kRule, "[[Currently]], the option ignores color settings.", {}, DocumentFormat::PlainText);
}

// Tuned on blogs6's tuning half (README-blogs6.md): what a post announces is dated by the post; a present
// the reader will not share is not.
TEST(FactsRelativeTime, AnnouncementsAndCallsToAction) {
  expectNoFindings(kRule, "We are delighted to announce that our token page now supports scopes.");
  expectNoFindings(kRule, "The Rust team is happy to announce the latest version of Rust, 1.8.");
  expectNoFindings(kRule, "With this release, SwiftPM now has a unified build engine.");
  expectNoFindings(kRule, "And that day is now here, with support for multiple platforms.");
  expectNoFindings(kRule, "The team has scheduled our next batch of upcoming design meetings.");
  expectNoFindings(kRule, "Head over to the site and register right now!");
  expectNoFindings(kRule, "If there are issues to raise, please do so today.");
  expectNoFindings(kRule, "These are the kinds of generic code I've discussed today.");
  expectNoFindings(kRule, "The selection process for the council is starting today.");
  expectNoFindings(kRule,
                   "---\ntitle: Changes to x.py defaults\n---\n\nThe default stage is now dependent on the command.");
  expectFindings(kRule, "That is not true [[today]] for the web application.");
  expectFindings(kRule, "This example doesn't compile [[today]], though there's no good reason for that.");
  expectFindings(kRule, "These commands are unfortunately somewhat slow [[today]].");
  expectFindings(kRule, "NodeJS and Python are supported [[today]].");
  expectFindings(kRule, "We are looking for people outside Rust's [[current community]].");
}

TEST(FactsRelativeTime, SkipsFootnoteDefinitionsAndReferenceLists) {
  expectNoFindings(kRule, "Text.[^1]\n\n[^1]: Smith, \"Why Rust is currently popular\", 2021.");
  expectNoFindings(kRule, "# Notes\n\nText.\n\n## References\n\n- Jones, \"Currently in beta\", 2020.");
}

}  // namespace
}  // namespace copydesk::testing
