#pragma once
// `copydesk claims check FILE...`: validates claims knowledge-base files
// (schema, dates, duplicate ids) and prints `file:line: message` per error.
// Exit status: 0 when every file is valid, 2 on any error.

namespace copydesk::cli {

int runClaims(int argc, char** argv);

}  // namespace copydesk::cli
