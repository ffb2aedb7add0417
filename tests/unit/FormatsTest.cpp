// The formats table (markup/Formats.h): extension and language id lookup, and
// the docs that list what it holds.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "markup/Formats.h"
#include "markup/Prose.h"

namespace copydesk {
namespace {

struct PathCase {
  const char* path;
  const char* format;  // "markdown", "plain", "" (no row)
};

std::string nameOf(const FormatInfo* row) {
  if (!row) return "";
  switch (row->format) {
    case DocumentFormat::Markdown: return "markdown";
    case DocumentFormat::PlainText: return "plain";
    default: return std::string(row->language_ids.front());
  }
}

TEST(Formats, ExtensionLookupIgnoresCase) {
  const PathCase cases[] = {
      {"post.md", "markdown"},
      {"README.MD", "markdown"},
      {"a/b/Notes.Markdown", "markdown"},
      {"page.mdx", "mdx"},
      {"PAGE.MDX", "mdx"},
      {"site/Index.HTML", "html"},
      {"old.htm", "html"},
      {"ch1.xhtml", "html"},
      {".git/COMMIT_EDITMSG", "git-commit"},
      {"MERGE_MSG", "git-commit"},
      {"commit_editmsg", "git-commit"},
      {"COMMIT_EDITMSG.md", "markdown"},
      {"old.mkd", "markdown"},
      {"old.mkdn", "markdown"},
      {"old.mdown", "markdown"},
      {"wiki.mdwn", "markdown"},
      {"notes.txt", "plain"},
      {"NOTES.TXT", "plain"},
      {"notes.text", "plain"},
      {"C:\\docs\\x.Md", "markdown"},
      {"archive.md.txt", "plain"},
      {"notes.txt.md", "markdown"},
      {"Makefile", ""},
      {"dir.md/file", ""},
      {"notes.rst", "restructuredtext"},
      {"Paper.TEX", "latex"},
      {"notes.json", ""},
      {"x.md~", ""},
      {".md", "markdown"},
      {"x.", ""},
      {"", ""},
      {"x.m", ""},
      {"x.mdxx", ""},
  };
  for (const PathCase& c : cases) EXPECT_EQ(nameOf(formatForExtension(c.path)), c.format) << c.path;
}

TEST(Formats, PathsOutsideTheTableAreCheckedAsPlainText) {
  const PathCase cases[] = {{"a/b/post.md", "markdown"}, {"README.MARKDOWN", "markdown"}, {"x.mdx", "mdx"},
                            {"notes.txt", "plain"},      {"dir.md/file", "plain"},        {"Makefile", "plain"},
                            {"notes.json", "plain"}};
  for (const PathCase& c : cases) EXPECT_EQ(nameOf(&formatInfo(formatForPath(c.path))), c.format) << c.path;
}

TEST(Formats, LanguageIdLookup) {
  const PathCase cases[] = {
      {"markdown", "markdown"},
      {"mdx", "mdx"},
      {"markdown.mdx", "mdx"},
      {"html", "html"},
      {"git-commit", "git-commit"},
      {"gitcommit", "git-commit"},
      {"quarto", "markdown"},
      {"rmd", "markdown"},
      {"pandoc", "markdown"},
      {"plaintext", "plain"},
      {"text", "plain"},
      {"txt", "plain"},
      {"json", ""},
      {"cpp", ""},
      {"", ""},
  };
  for (const PathCase& c : cases) EXPECT_EQ(nameOf(formatForLanguageId(c.path)), c.format) << c.path;
}

TEST(Formats, DocumentsGoByLanguageIdThenByExtension) {
  struct Case {
    const char* language_id;
    const char* path;
    const char* format;
  };
  const Case cases[] = {
      {"markdown", "/w/notes.txt", "markdown"},  // the editor's language wins
      {"plaintext", "/w/post.md", "plain"},
      {"json", "/w/post.MD", "markdown"},  // unknown id: the file name decides
      {"", "/w/page.Mdx", "mdx"},
      {"", "/repo/.git/COMMIT_EDITMSG", "git-commit"},
      {"", "/w/old.mkd", "markdown"},
      {"", "/w/notes.TEXT", "plain"},
      {"json", "/w/settings.json", ""},  // neither: not checked
      {"cpp", "/w/main.cpp", ""},
  };
  for (const Case& c : cases)
    EXPECT_EQ(nameOf(formatForDocument(c.language_id, c.path)), c.format) << c.language_id << " " << c.path;
}

TEST(Formats, EveryRowIsComplete) {
  std::set<std::string_view> extensions;
  std::set<std::string_view> ids;
  for (const FormatInfo& row : formats()) {
    EXPECT_EQ(&formatInfo(row.format), &row);
    EXPECT_FALSE(row.name.empty());
    EXPECT_FALSE(row.extensions.empty() && row.file_names.empty()) << row.name;
    EXPECT_FALSE(row.language_ids.empty()) << row.name;
    ASSERT_NE(row.extract, nullptr) << row.name;
    for (std::string_view ext : row.extensions) {
      EXPECT_TRUE(extensions.insert(ext).second) << "twice: " << ext;
      for (char c : ext) EXPECT_FALSE(c >= 'A' && c <= 'Z') << "not lower case: " << ext;
      EXPECT_EQ(ext.find('.'), std::string_view::npos) << ext;
    }
    for (std::string_view id : row.language_ids) EXPECT_TRUE(ids.insert(id).second) << "twice: " << id;
  }
  EXPECT_EQ(formatInfo(DocumentFormat::Markdown).comments, CommentSyntax::Html);
  EXPECT_EQ(formatInfo(DocumentFormat::PlainText).comments, CommentSyntax::None);
  EXPECT_EQ(formatInfo(DocumentFormat::Markdown).citations, CitationStyle::Footnote);
  EXPECT_EQ(formatInfo(DocumentFormat::PlainText).citations, CitationStyle::Marker);
}

TEST(Formats, ExtractProseUsesTheRowsExtractor) {
  const std::string text = "`code` here\n";
  EXPECT_EQ(extractProse(text, DocumentFormat::Markdown).blocks.front().pieces.front().kind, PieceKind::Code);
  EXPECT_EQ(extractProse(text, DocumentFormat::PlainText).blocks.front().pieces.front().kind, PieceKind::Prose);
}

TEST(Formats, DescribeFormatsNamesEveryExtension) {
  EXPECT_EQ(describeFormats(),
            "Markdown (.md, .markdown, .mkd, .mkdn, .mdown, .mdwn), plain text (.txt, .text), MDX (.mdx), HTML "
            "(.html, .htm, .xhtml), AsciiDoc (.adoc, .asciidoc, .asc), reStructuredText (.rst, .rest), LaTeX (.tex, "
            ".latex, .ltx), Org (.org), Typst (.typ) and git commit message (COMMIT_EDITMSG, MERGE_MSG, TAG_EDITMSG, "
            "SQUASH_MSG)");
}

TEST(Formats, CommentsAreWrittenInEachSyntax) {
  EXPECT_EQ(writeComment(CommentSyntax::None, "copydesk-disable"), "");
  EXPECT_EQ(writeComment(CommentSyntax::Html, "copydesk-disable"), "<!-- copydesk-disable -->");
  EXPECT_EQ(writeComment(CommentSyntax::Jsx, "copydesk-disable"), "{/* copydesk-disable */}");
  EXPECT_EQ(writeComment(CommentSyntax::DoubleSlash, "copydesk-disable"), "// copydesk-disable");
  EXPECT_EQ(writeComment(CommentSyntax::Percent, "copydesk-disable"), "% copydesk-disable");
  EXPECT_EQ(writeComment(CommentSyntax::Hash, "copydesk-disable"), "# copydesk-disable");
  EXPECT_EQ(writeComment(CommentSyntax::DotDot, "copydesk-disable"), ".. copydesk-disable");
  EXPECT_FALSE(commentForm(CommentSyntax::Html).own_line);
  EXPECT_TRUE(commentForm(CommentSyntax::Percent).own_line);
  EXPECT_TRUE(commentForm(CommentSyntax::DotDot).own_block);
}

TEST(Formats, NumberedCitationFormsHaveADefinition) {
  for (CitationStyle style : {CitationStyle::Footnote, CitationStyle::Marker, CitationStyle::HtmlSup,
                              CitationStyle::AsciiDocFootnote, CitationStyle::RestFootnote,
                              CitationStyle::LatexFootnote, CitationStyle::OrgFootnote, CitationStyle::TypstFootnote}) {
    const CitationForm form = citationForm(style);
    EXPECT_FALSE(form.reference.empty());
    const bool numbered = form.reference.find("{n}") != std::string_view::npos;
    EXPECT_EQ(numbered, form.definition.find("{n}") != std::string_view::npos) << form.reference;
  }
  EXPECT_EQ(citationForm(CitationStyle::LatexFootnote).reference, "\\footnote{Source needed}");
  EXPECT_EQ(citationForm(CitationStyle::RestFootnote).definition, ".. [{n}] Source needed");
}

std::string readSource(const std::string& relative) {
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The docs cannot read the table; this keeps what they list equal to it.
TEST(Formats, DocsListTheTablesExtensions) {
  std::string readme_list;  // "(`.md`,\n  `.markdown`, ...)" as written: compare without line breaks
  std::string regex = "(?i)\\.(";
  std::string ci_list;
  bool first = true;
  const auto rows = formats();
  for (const FormatInfo& row : rows) {
    if (&row != &rows.front()) readme_list += &row == &rows.back() ? " and " : ", ";
    readme_list += std::string(row.name) + " (";
    for (std::size_t i = 0; i < row.extensions.size(); ++i) {
      const std::string ext(row.extensions[i]);
      readme_list += (i ? ", `." : "`.") + ext + "`";
      regex += (first ? "" : "|") + ext;
      ci_list += (first ? "`." : ", `.") + ext + "`";
      first = false;
    }
    for (std::size_t i = 0; i < row.file_names.size(); ++i)
      readme_list += (i || !row.extensions.empty() ? ", `" : "`") + std::string(row.file_names[i]) + "`";
    readme_list += ")";
  }
  regex += ")$";
  const auto flat = [](std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\n') {
        out += text[i];
        continue;
      }
      out += ' ';
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
    }
    return out;
  };
  EXPECT_NE(flat(readSource("README.md")).find(readme_list), std::string::npos)
      << "README.md should say: " << readme_list;
  EXPECT_NE(flat(readSource("docs/ci.md")).find(ci_list), std::string::npos) << "docs/ci.md should say: " << ci_list;
  const std::string hooks = readSource(".pre-commit-hooks.yaml");
  std::size_t files = 0;
  for (std::size_t at = hooks.find("files: "); at != std::string::npos; at = hooks.find("files: ", at + 1)) {
    ++files;
    EXPECT_EQ(hooks.substr(at, hooks.find('\n', at) - at), "files: '" + regex + "'");
  }
  EXPECT_EQ(files, 2u);
}

}  // namespace
}  // namespace copydesk
