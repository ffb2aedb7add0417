#include "IncrementalTestSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "RuleTestHelpers.h"

namespace copydesk::testing {

namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> filesUnder(const fs::path& folder, std::string_view extension) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == extension && it->path().filename() != "README.md")
      out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

// Snippets an edit may insert: plain typing and the markup that moves block boundaries.
const std::vector<std::string>& snippets() {
  static const std::vector<std::string> kSnippets = {"e",
                                                     " ",
                                                     "x",
                                                     ".",
                                                     ",",
                                                     "\n",
                                                     "\n\n",
                                                     "teh ",
                                                     "very unique ",
                                                     " — ",
                                                     "—",
                                                     "  ",
                                                     "# ",
                                                     "\n## Title\n",
                                                     "- ",
                                                     "\n- item\n",
                                                     "`",
                                                     "```\n",
                                                     "*",
                                                     "[",
                                                     "](https://example.com)",
                                                     "[^1]",
                                                     "\n[^1]: A note.\n",
                                                     "<!-- copydesk-disable-next-line spelling -->\n",
                                                     "<!-- copydesk-disable -->",
                                                     "<!-- copydesk-enable -->",
                                                     "\n<!-- copydesk-review-after 2020-01 -->\n",
                                                     "In 2019, ",
                                                     "70% of users ",
                                                     "March 7, 2020\n\n",
                                                     "> ",
                                                     "| a | b |\n|---|---|\n| c | d |\n",
                                                     "Studies show that ",
                                                     "will be released next year. ",
                                                     "'",
                                                     "\"",
                                                     "é",
                                                     "中文",
                                                     "\r\n"};
  return kSnippets;
}

std::size_t characterStart(const std::string& text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

std::vector<Article> articlesToEdit() {
  const fs::path data = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "data";
  std::vector<Article> out;
  for (const fs::path& path : filesUnder(data / "seeds", ".txt"))
    out.push_back({path.lexically_relative(data).string(), readFile(path), DocumentFormat::PlainText});
  for (const fs::path& path : filesUnder(data / "corpus", ".md"))
    out.push_back({path.lexically_relative(data).string(), readFile(path), DocumentFormat::Markdown});
  return out;
}

std::string typeOrDelete(std::string& text, std::mt19937& rng, std::string_view typed, unsigned delete_one_in) {
  std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size())(rng);
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  if (rng() % delete_one_in == 0 && at < text.size()) {
    std::size_t end = at + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    text.erase(at, end - at);
    return "delete at " + std::to_string(at);
  }
  const char c = typed[rng() % typed.size()];
  text.insert(at, 1, c);
  return std::string("type '") + c + "' at " + std::to_string(at);
}

std::string randomEdit(std::string& text, std::mt19937& rng) {
  const std::size_t at = characterStart(text, std::uniform_int_distribution<std::size_t>(0, text.size())(rng));
  std::ostringstream what;
  switch (rng() % 6) {
    case 0: {  // delete a few bytes
      std::size_t end = std::min(text.size(), at + 1 + rng() % 12);
      end = characterStart(text, end);
      what << "delete [" << at << ", " << end << ")";
      text.erase(at, end - at);
      break;
    }
    case 1: {  // repeat the line (duplicate paragraphs and headings)
      const std::size_t begin = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;
      std::size_t end = text.find('\n', at);
      end = end == std::string::npos ? text.size() : end + 1;
      const std::string line = text.substr(begin, end - begin);
      what << "repeat the line at " << begin;
      text.insert(end, (line.empty() || line.back() != '\n' ? "\n" : "") + line);
      break;
    }
    default: {
      const std::string& snippet = snippets()[rng() % snippets().size()];
      what << "insert '" << snippet << "' at " << at;
      text.insert(at, snippet);
      break;
    }
  }
  return what.str();
}

std::string render(const std::vector<Finding>& findings) {
  std::ostringstream out;
  for (const Finding& f : findings) {
    out << f.rule_id << ' ' << f.span.begin << '-' << f.span.end << ' ' << static_cast<int>(f.severity) << ' '
        << f.severity_escalated << ' ' << f.message << '\n';
    for (const Fix& fix : f.fixes) {
      out << "  fix '" << fix.title << "' safe=" << fix.safe << " preferred=" << fix.preferred << '\n';
      for (const TextEdit& edit : fix.edits)
        out << "    " << edit.span.begin << '-' << edit.span.end << " '" << edit.new_text << "'\n";
    }
  }
  return out.str();
}

std::string renderProse(const ProseMap& prose) {
  std::ostringstream out;
  out << "front " << static_cast<int>(prose.front_matter.format) << ' ' << prose.front_matter.span.begin << '-'
      << prose.front_matter.span.end << '\n';
  for (const auto& [key, value] : prose.front_matter.fields) out << "  " << key << '=' << value << '\n';
  for (const Block& b : prose.blocks) {
    out << "block " << static_cast<int>(b.kind) << ' ' << b.level << ' ' << b.in_blockquote << ' ' << b.span.begin
        << '-' << b.span.end << '\n';
    for (const Piece& p : b.pieces)
      out << "  piece " << static_cast<int>(p.kind) << ' ' << p.span.begin << '-' << p.span.end << '\n';
    for (const Link& l : b.links) out << "  link " << l.text.begin << '-' << l.text.end << ' ' << l.destination << '\n';
  }
  for (const Comment& c : prose.comments)
    out << "comment " << c.span.begin << '-' << c.span.end << ' ' << c.own_line << " '" << c.body << "'\n";
  for (const FootnoteDefinition& f : prose.footnotes)
    out << "footnote " << f.label << ' ' << f.span.begin << '-' << f.span.end << '\n';
  for (const ByteSpan& c : prose.code_blocks) out << "code " << c.begin << '-' << c.end << '\n';
  return out.str();
}

std::string renderTokens(const Document& document) {
  std::ostringstream out;
  const TokenizedProse& t = document.tokens();
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    out << t.tokens[i].span.begin << '-' << t.tokens[i].span.end << ':' << static_cast<int>(t.tokens[i].kind) << ':'
        << t.tokens[i].flags;
    if (i < t.folded_words.size()) {
      const FoldedWord& w = t.folded_words[i];
      out << ':' << w.hash << ':' << w.begin << ':' << std::string_view(t.folded).substr(w.begin, w.length);
    }
    out << '\n';
  }
  for (const Sentence& s : t.sentences)
    out << "s " << s.span.begin << '-' << s.span.end << ' ' << s.block << ' ' << s.first_token << '-' << s.end_token
        << '\n';
  for (const auto& [first, end] : t.block_tokens) out << "b " << first << '-' << end << '\n';
  out << "folded " << t.folded << '\n';
  return out.str();
}

const RuleSet& allDefaultRules() {
  static const RuleSet kRules = defaultRuleSet();
  return kRules;
}

CheckServices testServices() {
  CheckServices services;
  services.spelling = testSpellChecker();
  services.check_date = CivilDate{2026, 1, 1};
  return services;
}

}  // namespace copydesk::testing
