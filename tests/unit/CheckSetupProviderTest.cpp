// The engine's one check-setup provider (setup/CheckSetup.h), which both front
// ends use: what it shares, what it reports, what invalidate() drops.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/Config.h"
#include "setup/CheckSetup.h"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

class CheckSetupProviderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("copydesk-setup-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  static std::shared_ptr<const Config> configWith(std::vector<std::string> words, std::string language = "") {
    auto config = std::make_shared<Config>();
    config->spelling.words = std::move(words);
    if (!language.empty()) config->spelling.language = language;
    return config;
  }

  fs::path root_;
};

TEST_F(CheckSetupProviderTest, SharesWhatDependsOnTheConfigurationAlone) {
  CheckSetupProvider provider(CheckSetupOptions{});
  const auto config = configWith({"Frobnicator"});
  const auto a = provider.setupFor(write("a.md", ""), config);
  const auto b = provider.setupFor(write("b.md", ""), config);
  ASSERT_TRUE(a->spelling);
  EXPECT_EQ(a->spelling, b->spelling);
  EXPECT_EQ(a->words, b->words);  // same folder, same configuration
  EXPECT_EQ(a->rules.hash, b->rules.hash);
  EXPECT_EQ(a->services.spelling, a->spelling.get());
  EXPECT_TRUE(a->services.spelling_suggestions);
  ASSERT_TRUE(a->services.accepted_words);
  EXPECT_TRUE(a->services.accepted_words->contains("Frobnicator"));
  EXPECT_EQ(provider.setupFor((root_ / "a.md").string(), config), a);  // cached
  EXPECT_TRUE(provider.takeProblems().empty());
}

TEST_F(CheckSetupProviderTest, WorkspaceDictionaryAndConfigWordsAreAccepted) {
  write(".copydesk/dictionary.txt", "concensus\n");
  CheckSetupOptions options;
  options.spelling_suggestions = false;
  CheckSetupProvider provider(options);
  const auto setup = provider.setupFor(write("docs/a.md", ""), configWith({"Frobnicator"}));
  ASSERT_TRUE(setup->services.accepted_words);
  EXPECT_TRUE(setup->services.accepted_words->contains("concensus"));
  EXPECT_TRUE(setup->services.accepted_words->contains("Frobnicator"));
  EXPECT_FALSE(setup->services.spelling_suggestions);
  // No words at all: no word list in the services.
  EXPECT_EQ(CheckSetupProvider(options)
                .setupFor((fs::temp_directory_path() / "x.md").string(), configWith({}))
                ->services.accepted_words,
            nullptr);
}

TEST_F(CheckSetupProviderTest, AMissingSpellingLanguageIsOneErrorAndNoSpellChecker) {
  CheckSetupProvider provider(CheckSetupOptions{});
  const auto config = configWith({}, "xx_YY");
  EXPECT_EQ(provider.setupFor(write("a.md", ""), config)->spelling, nullptr);
  EXPECT_EQ(provider.setupFor(write("b.md", ""), config)->spelling, nullptr);
  const auto problems = provider.takeProblems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].level, SetupProblem::Level::Error);
  EXPECT_NE(problems[0].message.find("xx_YY"), std::string::npos) << problems[0].message;
}

TEST_F(CheckSetupProviderTest, TheLanguageOptionWinsOverTheConfiguration) {
  CheckSetupOptions options;
  options.language = "xx_YY";
  CheckSetupProvider provider(options);
  EXPECT_EQ(provider.setupFor(write("a.md", ""), configWith({}, "en_US"))->spelling, nullptr);
}

TEST_F(CheckSetupProviderTest, ABinaryWorkspaceDictionaryIsOneWarning) {
  write(".copydesk/dictionary.txt", std::string("PNG\0\0", 5));
  CheckSetupProvider provider(CheckSetupOptions{});
  const auto config = configWith({});
  EXPECT_TRUE(provider.setupFor(write("a.md", ""), config)->spelling);
  provider.invalidate();
  provider.setupFor(write("a.md", ""), config);  // read again: told once all the same
  const auto problems = provider.takeProblems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].level, SetupProblem::Level::Warning);
  EXPECT_NE(problems[0].message.find("dictionary.txt"), std::string::npos) << problems[0].message;
}

TEST_F(CheckSetupProviderTest, InvalidateRereadsWordListsButKeepsSpellCheckers) {
  const std::string dictionary = write(".copydesk/dictionary.txt", "alpha\n");
  CheckSetupProvider provider(CheckSetupOptions{});
  const auto config = configWith({});
  const auto before = provider.setupFor(write("a.md", ""), config);
  write(".copydesk/dictionary.txt", "alpha\nbeta\n");
  EXPECT_EQ(provider.setupFor((root_ / "a.md").string(), config), before);  // cached until told
  provider.invalidate();
  const auto after = provider.setupFor((root_ / "a.md").string(), config);
  EXPECT_NE(after, before);
  EXPECT_EQ(after->spelling, before->spelling);
  EXPECT_TRUE(after->services.accepted_words->contains("beta"));
}

}  // namespace
}  // namespace copydesk
