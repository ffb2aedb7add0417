#pragma once
// One Vale rule as a copydesk Rule: runs its check over the document's
// cached View and turns hits into findings (in-text controls, limit, dedup).
#include <memory>

#include "engine/Rule.h"
#include "vale/support/Check.h"

namespace copydesk::vale {

std::shared_ptr<const Rule> makeValeRule(RuleDefinition definition, std::unique_ptr<Check> check,
                                         std::shared_ptr<const Vocabulary> vocab,
                                         std::shared_ptr<const Prefilter> prefilter, ViewNeeds needs);

}  // namespace copydesk::vale
