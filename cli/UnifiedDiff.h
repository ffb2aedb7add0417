#pragma once
// A line-based unified diff (what `diff -u` and `git diff` print), for
// `copydesk check --fix --dry-run`. Lines end at "\n" (a "\r" before it is
// part of the line); a last line without "\n" is followed by
// "\ No newline at end of file". Hunks carry `context` lines of context and
// merge when their contexts touch. The edit script is a shortest one (Myers'
// O((N+M)D) algorithm after trimming the common prefix and suffix).
#include <string>
#include <string_view>

namespace copydesk::cli {

// Empty when `before` and `after` are equal; otherwise "--- old_name",
// "+++ new_name" and the hunks.
std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view old_name,
                        std::string_view new_name, std::size_t context = 3);

}  // namespace copydesk::cli
