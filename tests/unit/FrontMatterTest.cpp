// Front matter detection and field parsing (YAML and TOML).
#include <gtest/gtest.h>

#include <string>

#include "markup/FrontMatter.h"
#include "markup/Prose.h"

namespace copydesk {
namespace {

FrontMatter parse(std::string_view text) { return markup::parseFrontMatter(text).front_matter; }

TEST(FrontMatter, YamlScalars) {
  const std::string text = "---\n"
                           "title: \"Rust in the \\\"Kernel\\\"\"  \n"
                           "date: 2026-03-07\n"
                           "published: 2026-03-07T10:00:00Z # a comment\n"
                           "updated: '2026-04-01'\n"
                           "review_after: 2026-09-01\n"
                           "summary: It's a plain: scalar\n"
                           "quoted: 'it''s'\n"
                           "---\n"
                           "Body\n";
  const auto result = markup::parseFrontMatter(text);
  const FrontMatter& fm = result.front_matter;
  EXPECT_EQ(fm.format, FrontMatterFormat::Yaml);
  EXPECT_EQ(fm.get("title"), "Rust in the \"Kernel\"");
  EXPECT_EQ(fm.get("date"), "2026-03-07");
  EXPECT_EQ(fm.get("published"), "2026-03-07T10:00:00Z");
  EXPECT_EQ(fm.get("updated"), "2026-04-01");
  EXPECT_EQ(fm.get("review_after"), "2026-09-01");
  EXPECT_EQ(fm.get("summary"), "It's a plain: scalar");
  EXPECT_EQ(fm.get("quoted"), "it's");
  EXPECT_EQ(fm.get("missing"), "");
  EXPECT_EQ(fm.span, (ByteSpan{0, text.find("---\nBody") + 3}));
  EXPECT_EQ(text.substr(result.body_begin), "Body\n");
}

TEST(FrontMatter, YamlNestedMapsAndLists) {
  const std::string text = "---\n"
                           "copydesk:\n"
                           "  disable: [spelling, \"style.hype\"]\n"
                           "  extra:\n"
                           "    deep: yes\n"
                           "tags:\n"
                           "  - rust\n"
                           "  - 'linux kernel'\n"
                           "by:\n"
                           "- Mark Freeman\n"
                           "- Ann\n"
                           "multi: [a,\n  b]\n"
                           "empty_list: []\n"
                           "after: done\n"
                           "...\n";
  const FrontMatter fm = parse(text);
  EXPECT_EQ(fm.format, FrontMatterFormat::Yaml);
  EXPECT_EQ(fm.get("copydesk.disable"), "spelling,style.hype");
  EXPECT_EQ(fm.get("copydesk.extra.deep"), "yes");
  EXPECT_EQ(fm.get("tags"), "rust,linux kernel");
  EXPECT_EQ(fm.get("by"), "Mark Freeman,Ann");
  EXPECT_EQ(fm.get("multi"), "a,b");
  EXPECT_EQ(fm.get("empty_list"), "");
  EXPECT_EQ(fm.get("after"), "done");
}

TEST(FrontMatter, YamlBlockScalars) {
  const std::string text = "---\nsummary: >\n  one\n  two\nnotes: |\n  a\n  b\ntitle: T\n---\n";
  const FrontMatter fm = parse(text);
  EXPECT_EQ(fm.get("summary"), "one two");
  EXPECT_EQ(fm.get("notes"), "a\nb");
  EXPECT_EQ(fm.get("title"), "T");
}

TEST(FrontMatter, Toml) {
  const std::string text = "+++\n"
                           "path = \"2025/06/26/Rust-1.88.0\"\n"
                           "title = \"Announcing Rust 1.88.0\" # comment\n"
                           "authors = [\"The Rust Release Team\", 'Someone']\n"
                           "date = 2025-06-26\n"
                           "draft = false\n"
                           "'quoted key' = 1\n"
                           "description = '''\nmulti\nline'''\n"
                           "list = [\n  \"a\", # first\n  \"b\",\n]\n"
                           "\n"
                           "[extra]\n"
                           "release = true\n"
                           "updated = 2025-07-01\n"
                           "site.name = \"x\"\n"
                           "[[aliases]]\n"
                           "from = \"old\"\n"
                           "+++\n"
                           "Body";
  const auto result = markup::parseFrontMatter(text);
  const FrontMatter& fm = result.front_matter;
  EXPECT_EQ(fm.format, FrontMatterFormat::Toml);
  EXPECT_EQ(fm.get("title"), "Announcing Rust 1.88.0");
  EXPECT_EQ(fm.get("path"), "2025/06/26/Rust-1.88.0");
  EXPECT_EQ(fm.get("authors"), "The Rust Release Team,Someone");
  EXPECT_EQ(fm.get("date"), "2025-06-26");
  EXPECT_EQ(fm.get("draft"), "false");
  EXPECT_EQ(fm.get("quoted key"), "1");
  EXPECT_EQ(fm.get("description"), "multi\nline");
  EXPECT_EQ(fm.get("list"), "a,b");
  EXPECT_EQ(fm.get("extra.release"), "true");
  EXPECT_EQ(fm.get("extra.updated"), "2025-07-01");
  EXPECT_EQ(fm.get("extra.site.name"), "x");
  EXPECT_EQ(fm.get("aliases.from"), "old");
  EXPECT_EQ(text.substr(result.body_begin), "Body");
}

TEST(FrontMatter, CrlfAndBom) {
  const std::string text = "\xEF\xBB\xBF---\r\ntitle: Hi\r\ndate: 2024-01-02\r\n---\r\nBody\r\n";
  const auto result = markup::parseFrontMatter(text);
  EXPECT_EQ(result.front_matter.format, FrontMatterFormat::Yaml);
  EXPECT_EQ(result.front_matter.get("title"), "Hi");
  EXPECT_EQ(result.front_matter.get("date"), "2024-01-02");
  EXPECT_EQ(result.front_matter.span.begin, 3u);
  EXPECT_EQ(text.substr(result.body_begin), "Body\r\n");
}

TEST(FrontMatter, NotFrontMatter) {
  for (const std::string text : {"", "---", "---\n", "---\ntitle: x\n", "+++\ntitle = 1\n---\n", "Hello\n---\n",
                                 " ---\na: b\n---\n", "----\na: b\n----\n", "\xEF\xBB\xBF"}) {
    const auto result = markup::parseFrontMatter(text);
    EXPECT_EQ(result.front_matter.format, FrontMatterFormat::None) << text;
    EXPECT_TRUE(result.front_matter.fields.empty());
    EXPECT_EQ(result.body_begin, text.substr(0, 3) == "\xEF\xBB\xBF" ? 3u : 0u);
  }
}

TEST(FrontMatter, EmptyFrontMatter) {
  const auto result = markup::parseFrontMatter("---\n---\nBody");
  EXPECT_EQ(result.front_matter.format, FrontMatterFormat::Yaml);
  EXPECT_TRUE(result.front_matter.fields.empty());
  EXPECT_EQ(result.body_begin, 8u);
}

TEST(FrontMatter, MalformedNeverCrashes) {
  using namespace std::string_literals;
  const std::string cases[] = {
      "---\n: no key\nkey without colon\n\"unterminated: x\n'also\n[list: 1\n- orphan\n  - deeper\n---\n",
      "---\ntitle: [a, [b, c], {d: e}\ntags: \"x\n---\n",
      "+++\n= 1\n[unclosed\nkey = \"unterminated\nk2 = [1, [2, 3]\nk3 = {a = \"}\"\nk4 = '''never closed\n+++\n",
      "+++\nx = \"\\\n+++\n",
      "---\n\0\xFF\xFE: \x80\n---\n"s,
  };
  for (const std::string& text : cases) {
    const auto result = markup::parseFrontMatter(text);
    EXPECT_NE(result.front_matter.format, FrontMatterFormat::None);
    EXPECT_LE(result.body_begin, text.size());
  }
  EXPECT_EQ(parse("---\ntitle: [a, [b, c], {d: e}]\n---\n").get("title"), "a,[b, c],{d: e}");
}

// Found by fuzzing (fuzz_markdown and fuzz_tokenizer timeouts): a '}' with no
// '{' before it inside a flow list made the list parser loop forever.
TEST(FrontMatter, StrayClosingBraceInAListEnds) {
  EXPECT_EQ(parse("---\ntags: [a}, b]\n---\nBody\n").get("tags"), "a},b");
  EXPECT_EQ(parse("---\ntags: [}]\n---\n").get("tags"), "}");
  EXPECT_EQ(parse("+++\ntags = [\"x\", }\n+++\n").get("tags"), "x,}");
}

TEST(FrontMatter, GetOnEmpty) {
  FrontMatter fm;
  EXPECT_EQ(fm.get("title"), "");
}

}  // namespace
}  // namespace copydesk
