#include "cli/XmlText.h"

#include "text/Utf.h"

namespace copydesk::cli {

void appendXmlEscaped(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size();) {
    const utf::Decoded d = utf::decode(text, i);
    const char32_t c = d.code_point;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // As references, so that attribute value normalisation keeps them.
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (!d.valid || c < 0x20 || c == 0xFFFE || c == 0xFFFF) utf::append(out, utf::kReplacement);
        else out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
}

}  // namespace copydesk::cli
