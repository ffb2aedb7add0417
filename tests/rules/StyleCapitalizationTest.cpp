#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/capitalization";

TEST(StyleCapitalization, FlagsWrongCase) {
  expectFindings(kRule, "The code lives on [[Github]].");
  expectFindings(kRule, "It is written in [[Javascript]].");
  expectFindings(kRule, "Port it to [[Typescript]] first.");
  expectFindings(kRule, "It runs on [[linux]] and [[MacOS]].");
  expectFindings(kRule, "Watch it on [[Youtube]].");
  expectFindings(kRule, "We store rows in [[Postgresql]].");
  expectFindings(kRule, "The slides are in [[Powerpoint]].");
  expectFindings(kRule, "Find us on [[Linkedin]].");
  expectFindings(kRule, "Pay with [[Paypal]].");
  expectFindings(kRule, "It works on the [[iphone]] and the [[Iphone]].");
  expectFindings(kRule, "The blog runs on [[Wordpress]].");
  expectFindings(kRule, "We moved from [[Mysql]] to [[MongoDb]].");
  expectFindings(kRule, "Compile to [[Webassembly]].");
}

TEST(StyleCapitalization, PossessivesAndHeadings) {
  expectFindings(kRule, "[[Github]]'s API changed.");
  expectFindings(kRule, "## Deploying With [[Github]] Actions");
  expectFindings(kRule, "[[Macos]] users should update.");
}

TEST(StyleCapitalization, AcceptsCorrectForms) {
  expectNoFindings(kRule, "The code lives on GitHub.");
  expectNoFindings(kRule, "It is written in JavaScript and TypeScript.");
  expectNoFindings(kRule, "It runs on Linux, macOS and iOS.");
  expectNoFindings(kRule, "GitHub's API changed.");
  expectNoFindings(kRule, "We use PostgreSQL and MySQL.");
  expectNoFindings(kRule, "Run mysql and openssl from the shell.");
  expectNoFindings(kRule, "GITHUB and LINUX in capitals are a style choice.");
  expectNoFindings(kRule, "The go command and the rust compiler are tools.");
  expectNoFindings(kRule, "Swift birds drink java in the morning.");
  expectNoFindings(kRule, "Open the windows.");
  expectNoFindings(kRule, "It works on the iPhone.");
}

TEST(StyleCapitalization, NotInUrlsPathsCodeOrIdentifiers) {
  expectNoFindings(kRule, "Clone https://github.com/rust-lang/rust today.");
  expectNoFindings(kRule, "Visit github.com for details.");
  expectNoFindings(kRule, "Write to support@github.com now.");
  expectNoFindings(kRule, "Follow @github for news.");
  expectNoFindings(kRule, "Edit /usr/share/linux/config first.");
  expectNoFindings(kRule, "Run `linux` and `javascript` here.");
  expectNoFindings(kRule, "```\ngithub linux javascript\n```\n");
  expectNoFindings(kRule, "Set GOOS=linux for the build.");
  expectNoFindings(kRule, "Build for linux_amd64 first.");
}

TEST(StyleCapitalization, SafeFix) {
  expectFix(kRule, "Hosted on Github.", "Hosted on GitHub.");
  expectFix(kRule, "Github's API.", "GitHub's API.");
  expectFix(kRule, "Uses Javascript.", "Uses JavaScript.");
  const RuleRun run = runRule(kRule, "Runs on linux.");
  ASSERT_EQ(run.findings.size(), 1u);
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes[0].safe);
  EXPECT_EQ(run.findings[0].message, "'linux' is spelled 'Linux'");
}

}  // namespace
}  // namespace copydesk::testing
