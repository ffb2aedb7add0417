#pragma once
// The release checks of facts/outdated-claim: statements about a software
// release cycle (latest version, LTS and support status, end of life, plans)
// judged against the release knowledge base (ReleaseBase) at the reference
// date. Thread-safety: pure apart from the lazily loaded bases.
#include <cstdint>

#include "engine/Rule.h"

namespace copydesk::facts {

void checkReleaseClaims(const RuleContext& ctx, FindingSink& sink);

// A hash of the products the document's title names (bare versions resolve
// through them), for ParagraphRule::documentInputs.
std::uint64_t releaseTitleInputs(const Document& doc);

}  // namespace copydesk::facts
