#pragma once
// `copydesk rules` (a table of every rule) and `copydesk explain RULE`.
namespace copydesk::cli {

int runRules(int argc, char** argv);    // argv[0] is "rules"
int runExplain(int argc, char** argv);  // argv[0] is "explain"

}  // namespace copydesk::cli
