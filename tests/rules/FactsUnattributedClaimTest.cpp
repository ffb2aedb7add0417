#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/unattributed-claim";

TEST(FactsUnattributedClaim, FlagsWeaselAttributions) {
  expectFindings(kRule, "[[Many experts say]] Rust is the future.");
  expectFindings(kRule, "[[Studies show]] that typed code has fewer bugs.");
  expectFindings(kRule, "[[It is widely believed]] that C is faster.");
  expectFindings(kRule, "[[Critics argue]] that the borrow checker is too strict.");
  expectFindings(kRule, "[[Some say]] that Go is too simple.");
  expectFindings(kRule, "[[It has been reported]] that the kernel will drop C.");
}

TEST(FactsUnattributedClaim, NamedSourcesAreFine) {
  expectNoFindings(kRule, "Studies show fewer bugs in typed code [1].");
  expectNoFindings(kRule, "[Studies show](https://example.com) fewer bugs in typed code.");
  expectNoFindings(kRule, "According to Google, studies show fewer memory bugs.");
  expectNoFindings(kRule, "Some teams say hello in their commit messages.");
  expectNoFindings(kRule, "For some, say, a small team, this works.");
}

TEST(FactsUnattributedClaim, FixAddsCitation) {
  expectFix(kRule, "Studies show that tests help.\n", "Studies show that tests help.[^1]\n\n[^1]: Source needed\n");
}

// Issue 20: the attribution grammar, one sentence per form.
TEST(FactsUnattributedClaim, AttributionGrammar) {
  constexpr std::string_view kId = "facts/unattributed-claim";
  expectFindings(kId, "[[Some historians believe]] that the fort was never finished.");
  expectFindings(kId, "[[Others worried]] that the dam would flood the valley.");
  expectFindings(kId, "[[Many ask]] whether the fork will survive.");
  expectFindings(kId, "[[Many in the Linux community weren't convinced]].");
  expectFindings(kId, "[[Many in the local community weren't convinced]] by the plan.");
  expectNoFindings(kId, "Some developers at Google say the API is stable.");
  expectFindings(kId, "It is used less often than [[some would have you believe]].");
  expectFindings(kId, "[[Some still argue]] that the design is wrong.");
  expectFindings(kId, "[[It is widely accepted]] that the manuscript is a forgery.");
  expectFindings(kId, "Kubernetes [[is considered]] the biggest open source platform.");
  expectFindings(kId, "The drivers [[are believed to be]] unaffected.");
  expectFindings(kId, "[[Performance benchmarks indicate]] that the engine is faster.");
  expectNoFindings(kId, "The historian Mary Beard believes that the story is a legend.");
  expectNoFindings(kId, "All other pods are considered regular.");
  expectNoFindings(kId, "Our benchmarks show a small gain.");
  expectNoFindings(kId, "Text.[^1]\n\n[^1]: \"Critics Say New Video Game Is Too Realistic\", 2004.");
}

// Issue 20, second blog set: forms found in its tuning half.
TEST(FactsUnattributedClaim, MoreAttributionForms) {
  expectFindings(kRule, "So [[it's thought]] that the impact will be small.");
  expectFindings(kRule, "The scheme [[is believed to work]] well.");
  expectFindings(kRule, "[[We've heard that]] the form is hard to reach.");
  expectFindings(kRule, "[[We have heard from users]] that setup is hard.");
  expectNoFindings(kRule, "We have heard from Google that setup is hard.");
  expectFindings(kRule, "[[Many people thought]] he was a bot.");
  expectFindings(kRule, "[[Some users had previously reported]] that the term was confusing.");
  expectNoFindings(kRule, "Users report bugs on the tracker.");
  expectFindings(kRule, "[[Some leaders found]] that staff ramped up quickly.");
  expectNoFindings(kRule, "Users will find it easy to begin.");
  expectFindings(kRule, "[[Many users expect]] ranges to be copyable.");
  expectNoFindings(kRule, "Users expect pods to terminate gracefully.");
  expectFindings(kRule, "[[Many users have asked]] for more runtimes.");
  expectFindings(kRule, "[[Many of these authors have said]] that the project needs Go.");
  expectFindings(kRule, "[[People tell]] us Go is a great choice.");
  expectFindings(kRule, "[[Go developers said]] they want better tooling.");
  expectNoFindings(kRule, "The developers said they want better tooling.");
  expectFindings(kRule, "This is consistent with [[previous research that showed]] the same.");
  expectNoFindings(kRule, "However, our case studies found that it comes up often.");
  expectFindings(kRule, "[[By many reports]], the event was a success.");
  expectNoFindings(kRule, "If you use Go even though it was considered, tell us.");
  expectNoFindings(kRule, "Few would argue over it today.");
}

// Issue 20, third blog set: forms found in its tuning half.
TEST(FactsUnattributedClaim, FeelingsComplaintsAndCrowdAdjectives) {
  expectFindings(kRule, "However, [[people feel]] quite strongly about naming.");
  expectFindings(kRule, "[[Some felt]] uncomfortable with a blank line ending the buffer.");
  expectNoFindings(kRule, "Some felt free to leave early.");
  expectFindings(kRule, "[[New users often complain]] about the module system.");
  expectNoFindings(kRule, "New users can sign up on the website.");
  expectFindings(kRule, "Contributing is popular, as [[it is often seen as]] being fun.");
  expectFindings(kRule, "Uptime is a [[widely held]] priority.");
  expectNoFindings(kRule, "The format is widely accepted by browsers.");
}

// The weasel forms of encyclopedia style guides, one sentence each.
TEST(FactsUnattributedClaim, TextbookWeaselForms) {
  expectFindings(kRule, "[[Many scholars state]] that the manuscript is older.");
  expectFindings(kRule, "[[Experts declare]] that the language is dying.");
  expectFindings(kRule, "[[Some have criticized]] the decision as rushed.");
  expectFindings(kRule, "[[Some critics have described]] the film as boring.");
  expectNoFindings(kRule, "Some users have described their setup in the forum.");
  expectFindings(kRule, "[[Detractors point]] out that the rules are vague.");
  expectNoFindings(kRule, "Some people pointed out their favorite missing feature.");
  expectFindings(kRule, "[[Supporters contend]] that the law protects workers.");
  expectFindings(kRule, "[[There is evidence that]] the system leaks memory.");
  expectNoFindings(kRule, "An owner is fine as long as there is evidence that they work on it.");
  expectFindings(kRule, "[[There are those who]] believe the project is dead.");
  expectFindings(kRule, "[[Many are of the opinion]] that the tax is unfair.");
  expectFindings(kRule, "[[It is commonly understood]] that the API is stable.");
  expectFindings(kRule, "The framework [[is often cited as]] the fastest on the market.");
  expectNoFindings(kRule, "This is often called stack-pinning.");
  expectFindings(kRule, "[[It is often called]] the best editor ever made.");
}

// Wikipedia's [who?] forms: any plural group made vague by a quantifier, a vague agent, a description.
TEST(FactsUnattributedClaim, EncyclopediaAttributionForms) {
  expectFindings(kRule, "[[Some Christians believe]] that the relic is genuine.");
  expectFindings(kRule, "[[Many local residents say]] the river has changed course.");
  expectFindings(kRule, "Several [[sources claim]] that the deal was signed in secret.");
  expectNoFindings(kRule, "Most packages claim to support Windows.");
  expectNoFindings(kRule, "Some functions say nothing about errors.");
  expectFindings(kRule, "The painting [[is considered by some]] to be a forgery.");
  expectFindings(kRule, "The law [[was criticized by many critics]] as too broad.");
  expectNoFindings(kRule, "The lock is held by some goroutine.");
  expectNoFindings(kRule, "The bug was reported by some users.");
  expectFindings(kRule, "The film [[has been described as]] a masterpiece.");
  expectFindings(kRule, "The method [[has been criticized as]] unreliable.");
  expectFindings(kRule, "[[Critics have called]] it the worst film of the year.");
  expectNoFindings(kRule, "Users call it from Go code.");
  expectNoFindings(kRule, "The format is described as follows.");
  expectNoFindings(kRule, "The format can be described as a list of records.");
  expectFindings(kRule, "The album [[was widely praised]] for its production.");
  expectNoFindings(kRule, "The album was praised by Rolling Stone.");
  expectFindings(kRule, "[[Most historians agree]] that the war ended in 1453.");
  expectNoFindings(kRule, "Users mostly agreed that they could find libraries.");
  expectNoFindings(kRule, "Everyone agreed to delete the files after three months.");
  expectNoFindings(kRule, "No experts agree on the definition.");
  expectFindings(kRule, "[[Some might argue]] that the tax is fair.");
  expectNoFindings(kRule, "We are all intimately (some may say painfully) familiar with it.");
  expectFindings(kRule, "[[Legend has it]] that the bridge was built in a night.");
  expectFindings(kRule, "[[It is common knowledge]] that the site is haunted.");
}

// A link on a name leads to the thing named; a link on what the sentence says is its source.
// The grammar, filled out from its word classes: amounts of a crowd, "the community", a crowd's
// belief as a noun, adverbs between subject and verb, evidence with "have", "generally agreed".
TEST(FactsUnattributedClaim, CrowdAmountsCommunityAndBeliefNouns) {
  expectFindings(kRule, "[[A lot of people think]] Rust is hard to learn.");
  expectFindings(kRule, "[[Lots of developers say]] the borrow checker is confusing.");
  expectFindings(kRule, "[[A growing number of users believe]] that the API is unstable.");
  expectFindings(kRule, "[[The majority of developers agree]] that tests help.");
  expectFindings(kRule, "[[Numerous scholars state]] that the syntax is ugly.");
  expectFindings(kRule, "[[The community believes]] that async is the future.");
  expectFindings(kRule, "[[The Go community has long argued]] that the defaults are wrong.");
  expectFindings(kRule, "[[Users have long complained]] about compile times.");
  expectFindings(kRule, "There is [[a widespread belief]] that Go is slow.");
  expectFindings(kRule, "[[The general consensus]] is that monorepos scale poorly.");
  expectFindings(kRule, "[[Benchmarks have shown]] that the new allocator is faster.");
  expectFindings(kRule, "[[Research has consistently shown]] that code review finds bugs.");
  expectFindings(kRule, "[[It is generally agreed]] that tests help.");
  // Not a crowd, or the writers' own view.
  expectNoFindings(kRule, "A lot of thought went into the design.");
  expectNoFindings(kRule, "The number of users said to be affected is small.");
  expectNoFindings(kRule, "A number of users reported bugs in the parser.");
  expectNoFindings(kRule, "The Kubernetes community believes that we can help teams restore their footing.");
  expectNoFindings(kRule, "I think there is a general consensus that we want to focus on the long term.");
  expectNoFindings(kRule, "It was agreed that the release moves to May.");
  expectNoFindings(kRule, "The community meets every Tuesday.");
}

// Found in documents outside the blogs (shared/formats): a question of how many, and people who maintain
// software, are no attributions.
TEST(FactsUnattributedClaim, QuestionsAndMaintenanceAreNoAttributions) {
  expectNoFindings(kRule, "To give an idea of how many people maintain Python, inactive members say so.");
  expectNoFindings(kRule, "Many people maintain Python in their spare time.");
  expectNoFindings(kRule, "Some developers maintain the library in their spare time.");
  expectFindings(kRule, "[[Many people maintain]] that Python is slow.");
  expectFindings(kRule, "[[Some critics have claimed]] that the assignment expressions should allow tuples.");
}

TEST(FactsSourcing, ALinkToTheNamedThingIsNoSource) {
  constexpr std::string_view kStatistic = "facts/unsourced-statistic";
  expectFindings(
      kStatistic,
      "[Prometheus](https://github.com/prometheus/prometheus) has become the [[most used]] monitoring system.");
  expectFindings(kStatistic, "[Homebrew](https://brew.sh/) has had [[over 600 million downloads]] this month.");
  expectNoFindings(kStatistic, "Prometheus has become [the most used](https://example.com/survey) monitoring system.");
  expectNoFindings(kStatistic, "[The CNCF survey](https://example.com/s) says it is the most used monitoring system.");
  expectNoFindings(kStatistic, "The fund has $100k for maintainers ([RFC#3919](https://example.com/rfcs/3919)).");
  expectNoFindings(kStatistic, "[99.98%](https://example.com/nfc-faq) of web text is already normalized.");
  expectFindings(kRule, "[[Many experts say]] [Chalk](https://github.com/rust-lang/chalk) is the future.");
  expectNoFindings(kRule, "Many experts say [Chalk is the future](https://example.com/interview).");
}

// Encyclopedia [who?] forms: a crowd's judgement after "from", a vague agent with "other", speculation,
// "generally agree", "often described as", local groups.
TEST(FactsUnattributedClaim, CrowdJudgementsAndSpeculation) {
  expectFindings(kRule, "The album received mixed [[reviews from critics]].");
  expectFindings(kRule, "The move was met with [[criticism from environmental groups]].");
  expectFindings(kRule, "The theory [[has been disputed by other researchers]].");
  expectFindings(kRule, "[[There is speculation that]] the company will be sold.");
  expectFindings(kRule, "[[Some have speculated]] that the author was a woman.");
  expectFindings(kRule, "[[Historians generally agree]] that the treaty was a failure.");
  expectFindings(kRule, "The dish [[is often described as]] the national dish of the country.");
  expectFindings(kRule, "[[Local residents claim]] that the lake is haunted.");
  expectNoFindings(kRule, "The patch got code reviews from community members.");
  expectNoFindings(kRule, "The plan drew criticism from Greenpeace.");
  expectNoFindings(kRule, "Users mostly agreed that the tooling was good.");
  expectNoFindings(kRule, "The format is described as follows.");
  expectFindings(kRule, "[[One surprisingly common complaint]] about Go is that it has no Min function.");
  expectFindings(kRule, "This is [[reportedly]] common practice for low-jitter workloads.");
  expectNoFindings(kRule, "One common complaint handler is registered per process.");
}

// Weasel forms of style guides ("words to watch"), written before measuring: readers who told the writers,
// hearsay with "you", worries expressed or raised, a crowd's belief stated as existing, a common criticism.
TEST(FactsUnattributedClaim, HearsayWorriesAndCommonCriticism) {
  expectFindings(kRule, "[[Many of you have told]] us that the build is too slow.");
  expectFindings(kRule, "[[We often hear people say]] that Rust is hard to learn.");
  expectFindings(kRule, "[[You'll often hear that]] Kubernetes is complex.");
  expectFindings(kRule, "[[Plenty of developers will tell]] you that Go is boring.");
  expectFindings(kRule, "[[Some folks have expressed]] concern that the API is unstable.");
  expectFindings(kRule, "[[Many in the community have raised]] concerns about the change.");
  expectFindings(kRule, "[[There's a perception that]] Go is verbose.");
  expectFindings(kRule, "[[A frequent criticism]] of Go is that it lacks generics.");
  expectFindings(kRule, "[[It is no secret that]] the build is slow.");
  expectNoFindings(kRule, "Many of us have worked on the compiler.");
  expectNoFindings(kRule, "Users raised issues in the tracker.");
  expectNoFindings(kRule, "There's a feeling that we should ship it sooner.");
  expectNoFindings(kRule, "We often hear from Google about their deployments.");
}

}  // namespace
}  // namespace copydesk::testing
