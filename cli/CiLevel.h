#pragma once
// The CI formats (Checkstyle, GitHub annotations, SARIF) know three levels of
// finding: "error", "warning" and one below them that each names its own way.
#include <string_view>

#include "engine/Finding.h"

namespace copydesk::cli {

// "error" or "warning", or `lesser` ("info", "notice", "note") for
// information and hints.
inline std::string_view ciLevel(Severity severity, std::string_view lesser) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Information:
    case Severity::Hint: return lesser;
  }
  return "warning";
}

}  // namespace copydesk::cli
