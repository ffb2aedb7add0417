#pragma once
// `copydesk check`: checks files and folders, prints findings, sets the exit status.
namespace copydesk::cli {

int runCheck(int argc, char** argv);  // argv[0] is "check"

}  // namespace copydesk::cli
