#pragma once
// The sentence loop shared by facts/outdated-claim and facts/incorrect-claim:
// matches every sentence against the built-in and project claims bases and
// reports the entries of one kind.
#include "engine/Rule.h"
#include "facts/ClaimsBase.h"

namespace copydesk::facts {

void checkClaims(const RuleContext& ctx, ClaimKind kind, FindingSink& sink);

}  // namespace copydesk::facts
