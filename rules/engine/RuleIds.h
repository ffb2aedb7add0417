#pragma once
// Rule ids and the patterns that name several rules at once, as written in
// configuration and suppression comments:
//   "*"         every rule
//   "style/*"   every rule whose id starts with "style/" (any depth)
//   "spelling"  exactly that rule
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

bool ruleIdMatches(std::string_view pattern, std::string_view id);
// 0 for "*", 1 for "area/*", 2 for an exact id: more specific settings win.
int ruleIdSpecificity(std::string_view pattern);
// The areas rule ids live in: spelling, style, facts, custom, config.
bool isKnownRuleArea(std::string_view area);

// True when `pattern` is a known id or names a known area ("style/*", "*").
bool isKnownRuleIdOrPattern(std::string_view pattern, const std::vector<std::string>& known_ids);

// The first candidate that `word` (3+ characters) abbreviates, else the one
// closest to it (edit distance at most a third of its length, at least 2), or
// "" when none is close.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);
// " (did you mean 'x'?)" or "".
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace copydesk
