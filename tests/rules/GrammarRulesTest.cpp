#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

TEST(GrammarArticle, FlagsTheWrongArticleAndFixesIt) {
  expectFindings("grammar/article", "We waited [[a hour]].");
  expectFindings("grammar/article", "It is [[an university]] town.");
  expectFindings("grammar/article", "The doctor ordered [[a MRI]].");
  expectFindings("grammar/article", "Paste [[an URL]] here.");
  expectFindings("grammar/article", "It is [[an one-time]] fee.");
  expectFindings("grammar/article", "It has [[a 8-bit]] bus.");
  expectFindings("grammar/article", "I ate [[a apple]].");
  expectFix("grammar/article", "I ate a apple.", "I ate an apple.");
  expectFix("grammar/article", "A hour passed.", "An hour passed.");
  expectFix("grammar/article", "It is an useful tool.", "It is a useful tool.");
}

TEST(GrammarArticle, StaysSilentOnRightUse) {
  for (const char* ok :
       {"We waited an hour.", "It is a university town.", "The doctor ordered an MRI.", "Paste a URL here.",
        "Run an SQL query.", "Run a SQL query.", "It is a one-time fee.", "It has an 8-bit bus.",
        "Choose plan A for now.", "It was a historic day.", "It was an historic day.", "We use `a` and `an` here.",
        "Write *a apple* to see it.", "It is a HUGE deal.", "An NVMe drive is fast.", "We held an EU session.",
        "It is a European host."})
    expectNoFindings("grammar/article", ok);
  expectNoFindings("grammar/article", "# A apple\n\nText.\n");
}

TEST(GrammarConfusedWords, FlagsAndFixes) {
  expectFindings("grammar/confused-words", "[[Its]] a bug.");
  expectFindings("grammar/confused-words", "[[Your]] welcome.");
  expectFindings("grammar/confused-words", "It is faster [[then]] before.");
  expectFindings("grammar/confused-words", "[[Their]] is a problem.");
  expectFindings("grammar/confused-words", "You will [[loose]] your data.");
  expectFix("grammar/confused-words", "Its a bug.", "It's a bug.");
  expectFix("grammar/confused-words", "It is faster then before.", "It is faster than before.");
  expectFix("grammar/confused-words", "The app has it's own menu.", "The app has its own menu.");
}

TEST(GrammarConfusedWords, StaysSilentOnRightUse) {
  for (const char* ok : {"It's a bug.",
                         "The app has its own menu.",
                         "You're welcome.",
                         "Your code is fine.",
                         "It is faster than before.",
                         "We built it and then shipped it.",
                         "There is a problem.",
                         "Their code is clean.",
                         "You will lose your data.",
                         "The screw came loose.",
                         "Whose car is that?",
                         "Who's going?",
                         "The change will affect users.",
                         "It had no effect.",
                         "We accept cash.",
                         "Everyone except Sam came.",
                         "The phrase *your welcome* is wrong.",
                         "Write \"its a\" only in jokes.",
                         "It was too late.",
                         "I want to go."})
    expectNoFindings("grammar/confused-words", ok);
}

TEST(GrammarModalOf, FlagsAndFixes) {
  expectFindings("grammar/modal-of", "I could [[of]] told you.");
  expectFix("grammar/modal-of", "I could of told you.", "I could have told you.");
  expectFix("grammar/modal-of", "We shouldn't of merged it.", "We shouldn't have merged it.");
  expectNoFindings("grammar/modal-of", "I could have told you.");
  expectNoFindings("grammar/modal-of", "The phrase *could of* is wrong.");
  expectNoFindings("grammar/modal-of", "The might of the empire.");
  expectNoFindings("grammar/modal-of", "Use `could of` in the test.");
}

TEST(GrammarAgreement, FlagsAndFixes) {
  expectFindings("grammar/agreement", "He [[go]] to work.");
  expectFindings("grammar/agreement", "They [[was]] late.");
  expectFindings("grammar/agreement", "The results [[is]] clear.");
  expectFindings("grammar/agreement", "Every user [[have]] a key.");
  expectFix("grammar/agreement", "He go to work.", "He goes to work.");
  expectFix("grammar/agreement", "They was late.", "They were late.");
  expectFix("grammar/agreement", "It don't work.", "It doesn't work.");
  for (const char* ok : {"He goes to work.", "They were late.", "Did he go to work?", "Let it go.",
                         "The results are clear.", "Every user has a key.", "Make it work.", "The news is good.",
                         "Among the options is a new one.", "These users are new."})
    expectNoFindings("grammar/agreement", ok);
}

TEST(GrammarVerbForm, FlagsAndFixes) {
  expectFindings("grammar/verb-form", "This can [[helps]] you.");
  expectFindings("grammar/verb-form", "I want to [[went]] home.");
  expectFindings("grammar/verb-form", "She did not [[knew]] it.");
  expectFindings("grammar/verb-form", "He has [[went]] home.");
  expectFix("grammar/verb-form", "This can helps you.", "This can help you.");
  expectFix("grammar/verb-form", "He has went home.", "He has gone home.");
  expectFix("grammar/verb-form", "She did not knew it.", "She did not know it.");
  for (const char* ok : {"This can help you.", "I want to go home.", "She did not know it.", "He has gone home.",
                         "We can focus on it.", "Talk to known users.", "It will speed up."})
    expectNoFindings("grammar/verb-form", ok);
}

TEST(GrammarDoubledWordClass, FlagsAndOffersFixes) {
  expectFindings("grammar/doubled-word-class", "Click [[a the]] button.");
  expectFindings("grammar/doubled-word-class", "The list [[of for]] items.");
  expectFix("grammar/doubled-word-class", "Click a the button.", "Click the button.");
  for (const char* ok : {"Click the button.", "Click a button.", "Get on with it.", "Fit in with the team.",
                         "Move out of the way.", "The A team won."})
    expectNoFindings("grammar/doubled-word-class", ok);
}

TEST(GrammarComparative, FlagsAndFixes) {
  expectFindings("grammar/comparative", "It is [[more]] faster.");
  expectFindings("grammar/comparative", "The [[most]] easiest way.");
  expectFix("grammar/comparative", "It is more faster now.", "It is faster now.");
  expectFix("grammar/comparative", "It is more better.", "It is better.");
  for (const char* ok : {"It is faster.", "It is more useful.", "Buy more cleaner.", "More later.",
                         "The most honest answer.", "We need more water."})
    expectNoFindings("grammar/comparative", ok);
}

}  // namespace
}  // namespace copydesk::testing
