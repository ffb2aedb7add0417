#include "engine/Finding.h"

#include <algorithm>

namespace copydesk {

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Information: return "information";
    case Severity::Hint: return "hint";
  }
  return "warning";
}

bool parseSeverity(std::string_view name, Severity& out) {
  if (name == "error") out = Severity::Error;
  else if (name == "warning") out = Severity::Warning;
  else if (name == "information" || name == "info") out = Severity::Information;
  else if (name == "hint") out = Severity::Hint;
  else return false;
  return true;
}

std::string applyEdits(std::string_view text, std::vector<TextEdit> edits) {
  std::sort(edits.begin(), edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.span.begin < b.span.begin; });
  std::string out;
  out.reserve(text.size());
  std::size_t cursor = 0;
  for (const TextEdit& edit : edits) {
    const std::size_t begin = std::min(std::max(edit.span.begin, cursor), text.size());
    const std::size_t end = std::min(std::max(edit.span.end, begin), text.size());
    out.append(text.substr(cursor, begin - cursor));
    out.append(edit.new_text);
    cursor = end;
  }
  out.append(text.substr(cursor));
  return out;
}

}  // namespace copydesk
