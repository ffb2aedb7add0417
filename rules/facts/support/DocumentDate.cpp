#include "facts/support/DocumentDate.h"

#include <fmt/format.h>

namespace copydesk::facts {

namespace {

// How far into the document a dateline may stand.
constexpr std::size_t kDatelineBlocks = 6;
constexpr std::size_t kDatelineMaxLength = 40;

std::optional<CivilDate> frontMatterDate(const FrontMatter& fm) {
  std::optional<CivilDate> latest;
  for (std::string_view key : {"date", "published", "updated", "lastmod", "last_modified", "extra.updated"}) {
    const std::string_view value = fm.get(key);
    if (value.empty()) continue;
    const auto d = parseDate(value);
    if (d && (!latest || *d > *latest)) latest = d;
  }
  // Zola-style `path = "2018/04/06/all-hands"`, also under a section: "inside-rust/2019/11/19/infra-team" (the
  // Rust blog).
  const std::string_view path = fm.get("path");
  for (std::size_t at = 0; !latest && at + 10 <= path.size();) {
    if (path[at + 4] == '/' && path[at + 7] == '/') {
      std::string iso(path.substr(at, 10));
      iso[4] = '-';
      iso[7] = '-';
      latest = parseDate(iso);
    }
    const std::size_t slash = path.find('/', at);
    if (slash == std::string_view::npos) break;
    at = slash + 1;
  }
  return latest;
}

// "March 7, 2026" alone, or opening a block: "March 7, 2026 — Berlin: ...".
std::optional<CivilDate> datelineAt(std::string_view text) {
  if (text.size() > kDatelineMaxLength) {
    // The first few words of a longer block.
    std::size_t cut = 0;
    int words = 0;
    for (std::size_t i = 0; i < text.size() && i < kDatelineMaxLength; ++i) {
      if (text[i] == ' ' && ++words == 3) {
        cut = i;
        break;
      }
    }
    for (std::size_t len : {cut, std::size_t{10}}) {
      if (len == 0 || len > text.size()) continue;
      std::string_view head = text.substr(0, len);
      while (!head.empty() && (head.back() == ',' || head.back() == ' ' || head.back() == ':')) head.remove_suffix(1);
      // The date must be followed by a separator, not more words of a sentence.
      const char next = len < text.size() ? text[len] : ' ';
      if (next != ' ' && next != '\n' && next != ',' && next != ':') continue;
      if (auto d = parseDate(head)) {
        const std::string_view rest = text.substr(len);
        // "March 7, 2026 Berlin" is fine; "2026-03-07 was the day" is a sentence.
        if (rest.find_first_not_of(" ") == std::string_view::npos) return d;
        const char c = rest[rest.find_first_not_of(" ")];
        if (!(c >= 'a' && c <= 'z')) return d;
      }
    }
    return std::nullopt;
  }
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '.')) t.remove_suffix(1);
  return parseDate(t);
}

}  // namespace

std::optional<CivilDate> documentDate(const Document& checked) {
  const Document& doc = checked.whole();  // also when checking a part
  const ProseMap& prose = doc.prose();
  if (auto d = frontMatterDate(prose.front_matter)) return d;
  const std::size_t n = std::min(prose.blocks.size(), kDatelineBlocks);
  for (std::size_t b = 0; b < n; ++b) {
    const Block& block = prose.blocks[b];
    if (block.pieces.empty()) continue;
    // Plain text keeps lines of a paragraph together: look at each line start.
    const std::string_view text = doc.slice(block.span);
    std::size_t line = 0;
    for (int lines = 0; line < text.size() && lines < 4; ++lines) {
      std::size_t eol = text.find('\n', line);
      if (eol == std::string_view::npos) eol = text.size();
      if (auto d = datelineAt(text.substr(line, eol - line))) return d;
      line = eol + 1;
    }
  }
  return std::nullopt;
}

ReferenceDate referenceDate(const RuleContext& ctx) {
  ReferenceDate ref;
  ref.date = ctx.check_date;
  ref.document_date = documentDate(ctx.document);
  if (ctx.judge_by_document_date && ref.document_date) {
    ref.date = *ref.document_date;
    ref.is_document_date = true;
  }
  return ref;
}

std::string longDate(const CivilDate& d) { return fmt::format("{} {}, {}", monthName(d.month), d.day, d.year); }

std::string ReferenceDate::describe() const {
  if (is_document_date) return fmt::format("judged by the article's date, {}", date.monthYear());
  if (document_date) return fmt::format("checked on {}; article dated {}", longDate(date), document_date->monthYear());
  return fmt::format("checked on {}", longDate(date));
}

}  // namespace copydesk::facts
