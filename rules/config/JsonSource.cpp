#include "config/JsonSource.h"

#include <cctype>

#include "text/LineIndex.h"

namespace copydesk {

namespace {

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Index just past the string literal that starts at `i` (a '"').
std::size_t skipString(std::string_view text, std::size_t i) {
  for (++i; i < text.size(); ++i) {
    if (text[i] == '\\') ++i;
    else if (text[i] == '"') return i + 1;
  }
  return text.size();
}

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end && k < text.size(); ++k)
    if (text[k] != '\n' && text[k] != '\r') text[k] = ' ';
}

// Blanks a comma followed only by white space and a closing bracket, unless
// it follows an opening bracket or another comma ("[,]" stays an error).
void removeTrailingCommas(std::string& text) {
  std::size_t pending_comma = std::string::npos;
  char previous = '\0';  // the last significant character
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"') {
      pending_comma = std::string::npos;
      previous = c;
      i = skipString(text, i);
      continue;
    }
    if ((c == ']' || c == '}') && pending_comma != std::string::npos) text[pending_comma] = ' ';
    if (!isJsonSpace(c)) {
      const bool after_value = previous != '[' && previous != '{' && previous != ',' && previous != '\0';
      pending_comma = c == ',' && after_value ? i : std::string::npos;
      previous = c;
    }
    ++i;
  }
}

// The parser reports the last character it read; when that ends a string or
// a literal, the start of that token is where the reader should look.
std::size_t tokenStart(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return offset;
  if (text[offset] == '"') {
    std::size_t k = offset;
    while (k > 0) {
      --k;
      if (text[k] != '"') continue;
      std::size_t backslashes = 0;
      while (k > backslashes && text[k - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return k;
    }
    return offset;
  }
  const auto literal = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
  };
  if (!literal(text[offset])) return offset;
  while (offset > 0 && literal(text[offset - 1])) --offset;
  return offset;
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax
// error while parsing value - invalid literal; last read: 'x'" -> the part after
// the position.
std::string syntaxMessage(const std::string& what) {
  const std::size_t column = what.find(", column ");
  if (column != std::string::npos) {
    const std::size_t colon = what.find(": ", column);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  const std::size_t bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

}  // namespace

std::string jsonPointerToken(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

bool stripJsonComments(std::string& text, std::size_t& error_offset) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      i = skipString(text, i);
    } else if (text.compare(i, 2, "//") == 0) {
      const std::size_t end = text.find('\n', i);
      blank(text, i, end == std::string::npos ? text.size() : end);
      i = end == std::string::npos ? text.size() : end;
    } else if (text.compare(i, 2, "/*") == 0) {
      const std::size_t close = text.find("*/", i + 2);
      if (close == std::string::npos) {
        error_offset = i;
        return false;
      }
      blank(text, i, close + 2);
      i = close + 2;
    } else {
      ++i;
    }
  }
  removeTrailingCommas(text);
  return true;
}

bool JsonSource::parse(std::string_view text, std::string& message, SourcePosition& where) {
  text_.assign(text);
  offsets_.clear();
  std::string stripped(text);
  std::size_t error_offset = 0;
  if (!stripJsonComments(stripped, error_offset)) {
    message = "unterminated /* comment";
    where = positionAt(error_offset);
    return false;
  }
  try {
    value_ = nlohmann::json::parse(stripped);
  } catch (const nlohmann::json::parse_error& e) {
    message = syntaxMessage(e.what());
    where = positionAt(tokenStart(stripped, e.byte == 0 ? 0 : e.byte - 1));
    return false;
  } catch (const nlohmann::json::exception& e) {
    // Not only parse_error: a number too large for a double ("1e999") throws
    // out_of_range.406, which used to escape and abort (found by fuzz_config).
    message = syntaxMessage(e.what());
    where = positionAt(0);
    return false;
  }
  std::size_t i = 0;
  locate(stripped, i, "");
  return true;
}

// Walks text already validated by the parser, recording where each value starts.
void JsonSource::locate(std::string_view text, std::size_t& i, const std::string& pointer) {
  const auto skipSpace = [&] {
    while (i < text.size() && isJsonSpace(text[i])) ++i;
  };
  skipSpace();
  if (i >= text.size()) return;
  offsets_[pointer].value = i;
  const char open = text[i];
  if (open == '"') {
    i = skipString(text, i);
    return;
  }
  if (open != '{' && open != '[') {
    while (i < text.size() && !isJsonSpace(text[i]) && text[i] != ',' && text[i] != '}' && text[i] != ']') ++i;
    return;
  }
  const char close = open == '{' ? '}' : ']';
  ++i;
  for (std::size_t index = 0;; ++index) {
    skipSpace();
    if (i >= text.size()) return;
    if (text[i] == close) {
      ++i;
      return;
    }
    if (text[i] == ',') {
      ++i;
      skipSpace();
    }
    std::string child = pointer + "/";
    std::size_t key_offset = i;
    if (open == '{') {
      const std::size_t end = skipString(text, i);
      child += jsonPointerToken(nlohmann::json::parse(text.substr(i, end - i)).get<std::string>());
      i = end;
      skipSpace();
      ++i;  // ':'
    } else {
      child += std::to_string(index);
    }
    locate(text, i, child);
    if (open == '{') offsets_[child].key = key_offset;
    else offsets_[child].key = offsets_[child].value;
  }
}

SourcePosition JsonSource::position(std::string_view pointer, bool key) const {
  for (std::string_view p = pointer;;) {
    const auto it = offsets_.find(p);
    if (it != offsets_.end()) return positionAt(key && p == pointer ? it->second.key : it->second.value);
    const std::size_t slash = p.rfind('/');
    if (slash == std::string_view::npos) return {};
    p = p.substr(0, slash);
  }
}

SourcePosition JsonSource::positionAt(std::size_t offset) const {
  const LineIndex lines(text_);
  const LinePosition p = lines.position(offset, Encoding::Utf32);
  return {static_cast<int>(p.line) + 1, static_cast<int>(p.character) + 1};
}

}  // namespace copydesk
