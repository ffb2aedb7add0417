// Thousands of random incremental edits (non-ASCII, CRLF, lone CR, surrogate
// pairs) applied through the DocumentStore must give exactly the text a full
// replacement gives. Positions are computed by an independent reference
// implementation (below), not by LineIndex.
#include <random>

#include <gtest/gtest.h>

#include "protocol/LspBasic.h"
#include "server/DocumentStore.h"

namespace copydesk::server {
namespace {

const std::vector<std::string> kPieces = {
    "a",
    "b",
    "Z",
    " ",
    "the ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\xC3\xA9" /* é */,
    "\xE4\xB8\xAD" /* 中 */,
    "\xE2\x80\x94" /* em dash */,
    "\xF0\x9F\x8E\x89" /* 🎉 */,
    "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD" /* 👍🏽 */,
    "x\xCC\x81" /* x + combining acute */,
    "concensus",
};

std::size_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// Reference: (line, character) of a byte offset, counting UTF-16 units or bytes.
protocol::Position referencePosition(const std::string& text, std::size_t offset, bool utf16) {
  protocol::Position p;
  std::size_t i = 0;
  while (i < offset) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      i += 2;
      ++p.line;
      p.character = 0;
    } else if (c == '\n' || c == '\r') {
      ++i;
      ++p.line;
      p.character = 0;
    } else {
      const std::size_t n = sequenceLength(c);
      p.character += utf16 ? (n == 4 ? 2 : 1) : static_cast<std::uint32_t>(n);
      i += n;
    }
  }
  return p;
}

// Offsets where an editor may put a position: code-point boundaries, not between \r and \n.
std::vector<std::size_t> boundaries(const std::string& text) {
  std::vector<std::size_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    out.push_back(i);
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') i += 2;
    else i += sequenceLength(c);
  }
  out.push_back(text.size());
  return out;
}

std::string randomText(std::mt19937& rng, int max_pieces) {
  std::uniform_int_distribution<int> count(0, max_pieces);
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::string out;
  for (int n = count(rng); n > 0; --n) out += kPieces[pick(rng)];
  return out;
}

void runDifferential(bool utf16, unsigned seed, int edits) {
  std::mt19937 rng(seed);
  const Encoding encoding = utf16 ? Encoding::Utf16 : Encoding::Utf8;
  DocumentStore incremental;
  DocumentStore full;
  const std::string uri = "file:///d.md";
  std::string expected = randomText(rng, 40);
  incremental.open(uri, "markdown", 0, expected);
  full.open(uri, "markdown", 0, expected);
  // A text the engine "saw", to check the changes the store gives since it.
  std::string seen_text = expected;
  std::uint64_t seen_id = incremental.find(uri)->content->id();
  for (int version = 1; version <= edits; ++version) {
    // One to three changes per notification, applied in order.
    std::vector<protocol::TextDocumentContentChangeEvent> changes(std::uniform_int_distribution<int>(1, 3)(rng));
    for (auto& change : changes) {
      const std::vector<std::size_t> cuts = boundaries(expected);
      std::uniform_int_distribution<std::size_t> at(0, cuts.size() - 1);
      std::size_t a = cuts[at(rng)];
      std::size_t b = cuts[at(rng)];
      if (a > b) std::swap(a, b);
      if (b - a > 64) b = a;  // mostly small edits, like typing
      // Avoid creating a position inside a CRLF that the reference and the
      // editor would disagree on: never split "\r" from a following "\n".
      change.text = randomText(rng, 3);
      if (a > 0 && expected[a - 1] == '\r' && !change.text.empty() && change.text.front() == '\n')
        change.text.insert(0, "x");
      if (b < expected.size() && expected[b] == '\n' && !change.text.empty() && change.text.back() == '\r')
        change.text += "x";
      if (a > 0 && expected[a - 1] == '\r' && b < expected.size() && expected[b] == '\n' && change.text.empty())
        change.text = "y";
      change.range = protocol::Range{referencePosition(expected, a, utf16), referencePosition(expected, b, utf16)};
      expected.replace(a, b - a, change.text);
    }
    const auto result = incremental.change(uri, version, changes, encoding);
    ASSERT_TRUE(result.found);
    ASSERT_EQ(result.clamped, 0) << "version " << version;
    full.change(uri, version, {protocol::TextDocumentContentChangeEvent{std::nullopt, std::nullopt, expected}},
                encoding);
    ASSERT_EQ(incremental.find(uri)->text(), full.find(uri)->text()) << "seed " << seed << " version " << version;
    ASSERT_EQ(incremental.find(uri)->version, version);
    if (version % 7 == 0) {
      // The store's changes since the seen text lead to the edit that comparing the texts finds.
      const std::uint64_t now_id = incremental.find(uri)->content->id();
      const std::vector<TextStep> history = incremental.historySince(uri, seen_id);
      const auto since = changesAfter(history, seen_id, now_id);
      ASSERT_TRUE(since) << "seed " << seed << " version " << version;
      const auto covering = composeChanges(*since);
      ASSERT_TRUE(covering);
      const auto narrowed = narrowChange(seen_text, expected, *covering);
      const auto found = findChange(seen_text, expected);
      ASSERT_EQ(narrowed.has_value(), found.has_value());
      if (found) {
        ASSERT_EQ(narrowed->begin, found->begin) << "seed " << seed << " version " << version;
        ASSERT_EQ(narrowed->old_end, found->old_end);
        ASSERT_EQ(narrowed->new_end, found->new_end);
      }
      seen_text = expected;
      seen_id = now_id;
    }
  }
}

TEST(DocumentStoreDifferential, RandomUtf16Edits) {
  for (unsigned seed = 1; seed <= 10; ++seed) runDifferential(true, seed, 400);
}

TEST(DocumentStoreDifferential, RandomUtf8Edits) {
  for (unsigned seed = 101; seed <= 110; ++seed) runDifferential(false, seed, 400);
}

TEST(DocumentStore, ClampsInsideASurrogatePairToTheCharacterStart) {
  IndexedText text("a\xF0\x9F\x8E\x89"
                   "b");
  protocol::TextDocumentContentChangeEvent change;
  change.range = protocol::Range{{0, 2}, {0, 2}};  // between the two UTF-16 units of the emoji
  change.text = "X";
  bool clamped = false;
  applyContentChange(text, change, Encoding::Utf16, clamped);
  EXPECT_TRUE(clamped);
  EXPECT_EQ(text.text(), "aX\xF0\x9F\x8E\x89"
                         "b");
}

TEST(DocumentStore, ChangeToAnUnknownDocumentIsReported) {
  DocumentStore store;
  EXPECT_FALSE(store.change("file:///nope.md", 2, {}, Encoding::Utf16).found);
}

}  // namespace
}  // namespace copydesk::server
