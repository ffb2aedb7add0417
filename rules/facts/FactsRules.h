#pragma once
// The fact-check rules (facts/*): the factories the registry (rules/registry) lists; each is
// defined in the rule's own file.
#include <memory>

#include "engine/Rule.h"

namespace copydesk {

std::unique_ptr<Rule> makeIncorrectClaimRule();
std::unique_ptr<Rule> makeOutdatedClaimRule();
std::unique_ptr<Rule> makePastPredictionRule();
std::unique_ptr<Rule> makeRelativeTimeRule();
std::unique_ptr<Rule> makeReviewDueRule();
std::unique_ptr<Rule> makeStaleAsOfRule();
std::unique_ptr<Rule> makeUnattributedClaimRule();
std::unique_ptr<Rule> makeUnsourcedStatisticRule();

}  // namespace copydesk
