#pragma once
// Text inside XML attributes and elements, for the JUnit and Checkstyle reports.
#include <string>
#include <string_view>

namespace copydesk::cli {

// Appends `text` escaped for an XML 1.0 attribute value or element content:
// markup characters and line breaks as references, and what XML 1.0 cannot
// hold (control characters, U+FFFE, U+FFFF, bytes that are not UTF-8) as U+FFFD.
void appendXmlEscaped(std::string_view text, std::string& out);

}  // namespace copydesk::cli
