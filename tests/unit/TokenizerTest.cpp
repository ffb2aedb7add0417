// Tokenizer: words, numbers, URLs, paths, punctuation with exact byte spans.
// ProseMaps are built by hand so these tests do not depend on the extractors.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/Tokenizer.h"
#include "unit/OneParagraph.h"

namespace copydesk {
namespace {

using namespace token_flag;
using Texts = std::vector<std::string>;

std::vector<Token> lex(std::string_view text) { return tokenize(text, oneParagraph(text)).tokens; }

std::string_view slice(std::string_view text, const Token& t) { return text.substr(t.span.begin, t.span.size()); }

Texts texts(std::string_view text) {
  Texts out;
  for (const Token& t : lex(text)) out.emplace_back(slice(text, t));
  return out;
}

const char* kindName(TokenKind k) {
  switch (k) {
    case TokenKind::Word: return "Word";
    case TokenKind::Number: return "Number";
    case TokenKind::Punctuation: return "Punctuation";
    case TokenKind::Symbol: return "Symbol";
    case TokenKind::Url: return "Url";
    case TokenKind::Email: return "Email";
    case TokenKind::Handle: return "Handle";
    case TokenKind::Path: return "Path";
    case TokenKind::Opaque: return "Opaque";
  }
  return "?";
}

// The token spelled exactly `needle` in `text` must exist, have `kind`, carry
// every flag of `with` and none of `without`.
void expectToken(std::string_view text, std::string_view needle, TokenKind kind, std::uint16_t with = 0,
                 std::uint16_t without = 0) {
  SCOPED_TRACE(std::string("text: ") + std::string(text) + "  token: " + std::string(needle));
  const std::vector<Token> tokens = lex(text);
  for (const Token& t : tokens) {
    if (slice(text, t) != needle) continue;
    EXPECT_STREQ(kindName(t.kind), kindName(kind));
    EXPECT_EQ(t.flags & with, with) << "flags " << t.flags;
    EXPECT_EQ(t.flags & without, 0) << "flags " << t.flags;
    return;
  }
  std::string all;
  for (const Token& t : tokens) all += "[" + std::string(slice(text, t)) + "]";
  ADD_FAILURE() << "no token '" << needle << "' in " << all;
}

// ---- words -----------------------------------------------------------------

TEST(TokenizerWords, SimpleSentenceWithExactSpans) {
  const std::string_view text = "The cat sat.";
  const auto tokens = lex(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].span, (ByteSpan{0, 3}));
  EXPECT_EQ(tokens[1].span, (ByteSpan{4, 7}));
  EXPECT_EQ(tokens[2].span, (ByteSpan{8, 11}));
  EXPECT_EQ(tokens[3].span, (ByteSpan{11, 12}));
  EXPECT_EQ(tokens[3].kind, TokenKind::Punctuation);
  EXPECT_TRUE(tokens[0].has(kCapitalized));
  EXPECT_FALSE(tokens[1].has(kCapitalized));
}

TEST(TokenizerWords, Apostrophes) {
  EXPECT_EQ(texts("it’s don't Ferrocene’s"), (Texts{"it’s", "don't", "Ferrocene’s"}));
  expectToken("it’s fine", "it’s", TokenKind::Word, kApostrophe | kNonAscii);
  expectToken("don't", "don't", TokenKind::Word, kApostrophe, kNonAscii);
  expectToken("Ferrocene’s compiler", "Ferrocene’s", TokenKind::Word, kApostrophe | kCapitalized, kMixedCase);
  expectToken("O'Brien", "O'Brien", TokenKind::Word, kCapitalized, kMixedCase);
}

TEST(TokenizerWords, RockAndRoll) {
  EXPECT_EQ(texts("rock 'n' roll"), (Texts{"rock", "'n'", "roll"}));
  EXPECT_EQ(texts("rock ’n’ roll"), (Texts{"rock", "’n’", "roll"}));
  EXPECT_EQ(texts("rock ‘n’ roll"), (Texts{"rock", "‘n’", "roll"}));
  expectToken("rock 'n' roll", "'n'", TokenKind::Word, kApostrophe);
}

TEST(TokenizerWords, Elisions) {
  EXPECT_EQ(texts("get 'em in the '90s"), (Texts{"get", "'em", "in", "the", "'90s"}));
  expectToken("the '90s", "'90s", TokenKind::Word, kApostrophe | kHasDigit);
}

TEST(TokenizerWords, QuotesAroundWordsAreSeparate) {
  EXPECT_EQ(texts("'hello' “world” ‘x’"), (Texts{"'", "hello", "'", "“", "world", "”", "‘", "x", "’"}));
  EXPECT_EQ(texts("the students' books"), (Texts{"the", "students", "'", "books"}));
}

TEST(TokenizerWords, Hyphenated) {
  EXPECT_EQ(texts("state-of-the-art use-after-free C-developers"),
            (Texts{"state-of-the-art", "use-after-free", "C-developers"}));
  expectToken("a state-of-the-art tool", "state-of-the-art", TokenKind::Word, kHyphenated);
  expectToken("C-developers", "C-developers", TokenKind::Word, kHyphenated | kCapitalized, kMixedCase | kAllCaps);
  expectToken("Jean-Luc", "Jean-Luc", TokenKind::Word, kHyphenated, kMixedCase);
  expectToken("x86-64", "x86-64", TokenKind::Word, kHyphenated | kHasDigit);
  expectToken("COVID-19", "COVID-19", TokenKind::Word, kHyphenated | kHasDigit | kAllCaps);
  expectToken("a 64-bit build", "64-bit", TokenKind::Word, kHyphenated | kHasDigit);
  expectToken("a 5-year plan", "5-year", TokenKind::Word, kHyphenated | kHasDigit);
}

TEST(TokenizerWords, DashesAndDoubleHyphensSplit) {
  EXPECT_EQ(texts("word--word"), (Texts{"word", "-", "-", "word"}));
  EXPECT_EQ(texts("one—two – three"), (Texts{"one", "—", "two", "–", "three"}));
  expectToken("one—two", "—", TokenKind::Punctuation, kNonAscii);
  EXPECT_EQ(texts("trailing- hyphen"), (Texts{"trailing", "-", "hyphen"}));
}

TEST(TokenizerWords, CaseFlags) {
  for (const char* w : {"NASA", "GPU", "CVE"}) {
    expectToken(w, w, TokenKind::Word, kAllCaps | kCapitalized, kMixedCase);
  }
  for (const char* w : {"NVMe", "ClamAV", "iPhone", "GitHub", "macOS", "eBPF"}) {
    expectToken(w, w, TokenKind::Word, kMixedCase, kAllCaps);
  }
  expectToken("Linux", "Linux", TokenKind::Word, kCapitalized, kAllCaps | kMixedCase);
  expectToken("I", "I", TokenKind::Word, kCapitalized, kAllCaps);
  expectToken("linux", "linux", TokenKind::Word, 0, kCapitalized | kAllCaps | kMixedCase | kHasDigit);
  expectToken("GPUs", "GPUs", TokenKind::Word, kMixedCase, kAllCaps);
  expectToken("AT&T", "AT&T", TokenKind::Word, kAllCaps);
}

TEST(TokenizerWords, Digits) {
  expectToken("M1", "M1", TokenKind::Word, kHasDigit | kCapitalized, kAllCaps);
  expectToken("QT2025", "QT2025", TokenKind::Word, kHasDigit | kAllCaps);
  expectToken("x86_64", "x86_64", TokenKind::Word, kHasDigit);
  expectToken("the 3rd time", "3rd", TokenKind::Word, kHasDigit);
  expectToken("5GB", "5GB", TokenKind::Word, kHasDigit);
  expectToken("0x1F", "0x1F", TokenKind::Word, kHasDigit);
  expectToken("snake_case", "snake_case", TokenKind::Word, 0, kHasDigit);
}

TEST(TokenizerWords, NonAscii) {
  EXPECT_EQ(texts("café naïve Zürich"), (Texts{"café", "naïve", "Zürich"}));
  expectToken("café", "café", TokenKind::Word, kNonAscii);
  expectToken("Zürich", "Zürich", TokenKind::Word, kNonAscii | kCapitalized, kMixedCase);
  expectToken("Ärger", "Ärger", TokenKind::Word, kNonAscii | kCapitalized);
  // Decomposed e + combining acute stays one word.
  EXPECT_EQ(texts("cafe\xCC\x81 ok"), (Texts{"cafe\xCC\x81", "ok"}));
  expectToken("Москва", "Москва", TokenKind::Word, kNonAscii | kCapitalized);
}

TEST(TokenizerWords, CjkIsOneTokenPerIdeograph) {
  EXPECT_EQ(texts("中文 ok"), (Texts{"中", "文", "ok"}));
  EXPECT_EQ(texts("日本語abc"), (Texts{"日", "本", "語", "abc"}));
  expectToken("中文", "中", TokenKind::Word, kNonAscii, kCapitalized);
  EXPECT_EQ(texts("한국어 단어"), (Texts{"한국어", "단어"}));
}

TEST(TokenizerWords, CSharpAndCpp) {
  EXPECT_EQ(texts("C# and C++ and F#."), (Texts{"C#", "and", "C++", "and", "F#", "."}));
}

// ---- abbreviations -----------------------------------------------------------

TEST(TokenizerAbbreviations, ListedOnesKeepTheirPeriod) {
  for (const char* a :
       {"e.g.", "i.e.", "etc.",  "vs.",  "Dr.",     "Mr.",  "Mrs.", "Ms.",   "Prof.", "U.S.", "U.K.", "Inc.", "Ltd.",
        "Jan.", "Feb.", "Sept.", "Dec.", "approx.", "Fig.", "a.m.", "Ph.D.", "Etc.",  "E.g.", "cf.",  "St."}) {
    const std::string text = std::string("x ") + a + " y";
    expectToken(text, a, TokenKind::Word, kAbbreviation);
  }
  EXPECT_EQ(texts("e.g., fruit"), (Texts{"e.g.", ",", "fruit"}));
  EXPECT_EQ(texts("(i.e. this)"), (Texts{"(", "i.e.", "this", ")"}));
}

TEST(TokenizerAbbreviations, WithoutFinalDot) {
  EXPECT_EQ(texts("e.g fruit"), (Texts{"e.g", "fruit"}));
  expectToken("e.g fruit", "e.g", TokenKind::Word, kAbbreviation);
  EXPECT_EQ(texts("i.e, this"), (Texts{"i.e", ",", "this"}));
}

TEST(TokenizerAbbreviations, NumberAbbreviationsNeedANumber) {
  expectToken("see No. 5", "No.", TokenKind::Word, kAbbreviation);
  expectToken("on pp. 10-12", "pp.", TokenKind::Word, kAbbreviation);
  EXPECT_EQ(texts("I said No."), (Texts{"I", "said", "No", "."}));
}

TEST(TokenizerAbbreviations, Initials) {
  EXPECT_EQ(texts("J. R. R. Tolkien"), (Texts{"J.", "R.", "R.", "Tolkien"}));
  expectToken("J. R. R. Tolkien", "J.", TokenKind::Word, kAbbreviation | kCapitalized);
  EXPECT_EQ(texts("J.R.R. Tolkien"), (Texts{"J.R.R.", "Tolkien"}));
  EXPECT_EQ(texts("a plan B."), (Texts{"a", "plan", "B", "."}));
  EXPECT_EQ(texts("in C. The"), (Texts{"in", "C", ".", "The"}));
  EXPECT_EQ(texts("C. S. Lewis"), (Texts{"C.", "S.", "Lewis"}));
  EXPECT_EQ(texts("Felix S. Klock II"), (Texts{"Felix", "S.", "Klock", "II"}));
}

TEST(TokenizerAbbreviations, OrdinaryWordsBeforePeriodsAreNot) {
  EXPECT_EQ(texts("The end. Next"), (Texts{"The", "end", ".", "Next"}));
  expectToken("U.S. law", "U.S.", TokenKind::Word, kAbbreviation | kAllCaps);
}

// ---- numbers -----------------------------------------------------------------

TEST(TokenizerNumbers, PlainAndDecimal) {
  EXPECT_EQ(texts("42 3.14 1,234,567 0.5."), (Texts{"42", "3.14", "1,234,567", "0.5", "."}));
  expectToken("3.14", "3.14", TokenKind::Number, 0, kVersion);
  expectToken("1,234,567", "1,234,567", TokenKind::Number);
  expectToken("1,234.56", "1,234.56", TokenKind::Number);
  EXPECT_EQ(texts("1,2,3"), (Texts{"1", ",", "2", ",", "3"}));
  expectToken("about .5 of it", ".5", TokenKind::Number);
}

TEST(TokenizerNumbers, Magnitudes) {
  expectToken("1.8M users", "1.8M", TokenKind::Number, kMagnitude, kVersion);
  expectToken("1.8M+ users", "1.8M+", TokenKind::Number, kMagnitude, kVersion);
  expectToken("8M", "8M", TokenKind::Number, kMagnitude);
  expectToken("8M?", "8M", TokenKind::Number, kMagnitude);
  expectToken("10k stars", "10k", TokenKind::Number, kMagnitude);
  expectToken("$4.5bn deal", "4.5bn", TokenKind::Number, kMagnitude);
  expectToken("$2B.", "2B", TokenKind::Number, kMagnitude);
}

TEST(TokenizerNumbers, Multipliers) {
  expectToken("3.5x faster", "3.5x", TokenKind::Number, kMultiplier);
  expectToken("3x faster", "3x", TokenKind::Number, kMultiplier);
  expectToken("10× faster", "10×", TokenKind::Number, kMultiplier | kNonAscii);
}

TEST(TokenizerNumbers, Percent) {
  expectToken("70% of", "70%", TokenKind::Number, kPercent);
  expectToken("12.5%.", "12.5%", TokenKind::Number, kPercent);
}

TEST(TokenizerNumbers, CurrencyIsASymbolThenANumber) {
  EXPECT_EQ(texts("$4.5 and €3"), (Texts{"$", "4.5", "and", "€", "3"}));
  expectToken("$4.5", "$", TokenKind::Symbol);
  expectToken("$4.5", "4.5", TokenKind::Number);
}

TEST(TokenizerNumbers, DatesAndTimes) {
  expectToken("on 2026-03-07.", "2026-03-07", TokenKind::Number);
  expectToken("at 10:30 today", "10:30", TokenKind::Number);
  expectToken("at 10:30:15", "10:30:15", TokenKind::Number);
  expectToken("on 03/07/2026", "03/07/2026", TokenKind::Number);
  EXPECT_EQ(texts("10-20 pages"), (Texts{"10", "-", "20", "pages"}));
  EXPECT_EQ(texts("ratio 16:9"), (Texts{"ratio", "16", ":", "9"}));
}

TEST(TokenizerNumbers, Versions) {
  expectToken("Rust 1.75+", "1.75+", TokenKind::Number, kVersion);
  expectToken("Linux 6.12 is", "6.12", TokenKind::Number, 0, kVersion);
  expectToken("Linux 6.12.1 is", "6.12.1", TokenKind::Number, kVersion);
  expectToken("tag v1.2.3.", "v1.2.3", TokenKind::Number, kVersion);
  expectToken("API v2 is", "v2", TokenKind::Number, kVersion);
  expectToken("ships 2.0-rc1 now", "2.0-rc1", TokenKind::Number, kVersion);
  expectToken("ships 2.0-beta today", "2.0-beta", TokenKind::Number, kVersion);
  expectToken("100+ users", "100+", TokenKind::Number, 0, kVersion);
  EXPECT_EQ(texts("version 1.2.3."), (Texts{"version", "1.2.3", "."}));
  EXPECT_EQ(texts("C++ 2.0-rc1."), (Texts{"C++", "2.0-rc1", "."}));
}

// ---- URLs, e-mails, handles, paths ---------------------------------------------

TEST(TokenizerUrls, SchemeUrls) {
  expectToken("see https://x.y/z?q=1.", "https://x.y/z?q=1", TokenKind::Url);
  expectToken("(https://en.wikipedia.org/wiki/Foo_(bar)) ok", "https://en.wikipedia.org/wiki/Foo_(bar)",
              TokenKind::Url);
  expectToken("(see https://a.org/b)", "https://a.org/b", TokenKind::Url);
  expectToken("at http://localhost:8080/x, then", "http://localhost:8080/x", TokenKind::Url);
  expectToken("mailto:someone@example.com", "mailto:someone@example.com", TokenKind::Url);
}

TEST(TokenizerUrls, Domains) {
  expectToken("visit www.example.com.", "www.example.com", TokenKind::Url);
  expectToken("read LWN.net today", "LWN.net", TokenKind::Url);
  expectToken("on pbxscience.com.", "pbxscience.com", TokenKind::Url);
  expectToken("at example.co.uk", "example.co.uk", TokenKind::Url);
  expectToken("crates.io, docs", "crates.io", TokenKind::Url);
  expectToken("github.com/rust-lang/rust.", "github.com/rust-lang/rust", TokenKind::Url);
  expectToken("example.com's policy", "example.com", TokenKind::Url);
}

TEST(TokenizerUrls, MissingSpaceAfterPeriodIsNotADomain) {
  EXPECT_EQ(texts("the end.Next one"), (Texts{"the", "end", ".", "Next", "one"}));
  EXPECT_EQ(texts("Node.js is"), (Texts{"Node", ".", "js", "is"}));
  EXPECT_EQ(texts("the end.it was"), (Texts{"the", "end", ".", "it", "was"}));
}

TEST(TokenizerUrls, EmailsAndHandles) {
  expectToken("mail name.surname@example.com.", "name.surname@example.com", TokenKind::Email);
  expectToken("ping @rustlang now", "@rustlang", TokenKind::Handle);
  expectToken("ping @user@mastodon.social.", "@user@mastodon.social", TokenKind::Handle);
  EXPECT_EQ(texts("a @ b"), (Texts{"a", "@", "b"}));
}

TEST(TokenizerUrls, Paths) {
  expectToken("run /usr/bin/rustc now", "/usr/bin/rustc", TokenKind::Path);
  expectToken("run ./scripts/run.", "./scripts/run", TokenKind::Path);
  expectToken("edit ~/.config today", "~/.config", TokenKind::Path);
  expectToken("open C:\\Windows\\System32.", "C:\\Windows\\System32", TokenKind::Path);
  expectToken("see src/main.rs:42 for", "src/main.rs:42", TokenKind::Path);
  expectToken("see src/main.rs.", "src/main.rs", TokenKind::Path);
  expectToken("at foo.rs:10:5.", "foo.rs:10:5", TokenKind::Path);
  expectToken("edit README.md now", "README.md", TokenKind::Path);
  expectToken("edit Cargo.toml now", "Cargo.toml", TokenKind::Path);
  expectToken("a .gitignore file", ".gitignore", TokenKind::Path);
  EXPECT_EQ(texts("and/or TCP/IP 1/2"), (Texts{"and", "/", "or", "TCP", "/", "IP", "1", "/", "2"}));
}

// ---- punctuation and symbols -----------------------------------------------------

TEST(TokenizerPunctuation, OneCodePointEach) {
  EXPECT_EQ(texts("Wait... what?!"), (Texts{"Wait", ".", ".", ".", "what", "?", "!"}));
  EXPECT_EQ(texts("so…"), (Texts{"so", "…"}));
  expectToken("so…", "…", TokenKind::Punctuation, kNonAscii);
  expectToken("a & b", "&", TokenKind::Symbol);
  expectToken("#1", "#", TokenKind::Symbol);
  expectToken("(a)", "(", TokenKind::Punctuation);
}

TEST(TokenizerPunctuation, EmojiAreSymbolsWithTheirModifiers) {
  EXPECT_EQ(texts("ok 🎉 done"), (Texts{"ok", "🎉", "done"}));
  EXPECT_EQ(texts("👍🏽!"), (Texts{"👍🏽", "!"}));
  EXPECT_EQ(texts("👩‍💻 x"), (Texts{"👩‍💻", "x"}));
  EXPECT_EQ(texts("🇫🇷🇩🇪"), (Texts{"🇫🇷", "🇩🇪"}));
  expectToken("🎉", "🎉", TokenKind::Symbol, kNonAscii);
}

// ---- robustness ------------------------------------------------------------------

TEST(TokenizerRobustness, EmptyInput) {
  const TokenizedProse empty = tokenize("", ProseMap{});
  EXPECT_TRUE(empty.tokens.empty());
  EXPECT_TRUE(empty.sentences.empty());
  EXPECT_TRUE(empty.block_tokens.empty());
  const TokenizedProse blank = tokenize("", oneParagraph(""));
  EXPECT_TRUE(blank.tokens.empty());
  EXPECT_TRUE(blank.sentences.empty());
  ASSERT_EQ(blank.block_tokens.size(), 1u);
  EXPECT_EQ(blank.block_tokens[0], (std::pair<std::uint32_t, std::uint32_t>{0, 0}));
  EXPECT_TRUE(lex("   \n\t ").empty());
}

TEST(TokenizerRobustness, InvalidUtf8) {
  const std::string text = "ab\xFF\xFE cd \xC3 e\xE2\x82 f\xF0\x9F\x98";
  const auto tokens = lex(text);
  ASSERT_FALSE(tokens.empty());
  std::size_t last = 0;
  for (const Token& t : tokens) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, text.size());
    EXPECT_GE(t.span.begin, last);
    last = t.span.end;
  }
  EXPECT_EQ(texts(text)[0], "ab");
  EXPECT_EQ(texts(text)[1], "\xFF");
}

TEST(TokenizerRobustness, TruncatedAtPieceEnd) {
  // A run that ends in the middle of a multibyte code point stays inside the run.
  const std::string text = "café";
  std::vector<Token> out;
  tokenizeRun(text, ByteSpan{0, 4}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].span, (ByteSpan{0, 3}));
  EXPECT_EQ(out[1].span, (ByteSpan{3, 4}));  // the lone lead byte of "é"
  EXPECT_EQ(out[1].kind, TokenKind::Symbol);
  out.clear();
  tokenizeRun(text, ByteSpan{2, 100}, out);  // clamped to the text
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span, (ByteSpan{2, 5}));
}

TEST(TokenizerRobustness, AllBytesNeverCrash) {
  std::string text;
  for (int round = 0; round < 4; ++round) {
    for (int c = 0; c < 256; ++c) {
      text.push_back(static_cast<char>(c));
      if (c % 7 == round) text += "a.b@c/d:e\\f-'’";
    }
  }
  for (std::size_t cut = 0; cut < text.size(); cut += 37) {
    const std::string_view part = std::string_view(text).substr(0, cut);
    const TokenizedProse p = tokenize(part, oneParagraph(part));
    std::size_t last = 0;
    for (const Token& t : p.tokens) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_LE(t.span.end, part.size());
      ASSERT_GE(t.span.begin, last);
      last = t.span.end;
    }
  }
}

TEST(TokenizerRobustness, OneMegabyte) {
  std::string text;
  const std::string_view chunk =
      "Dr. Smith’s state-of-the-art GPU runs 3.5x faster (e.g. 1.8M+ ops) at https://x.y/z, see LWN.net. ";
  while (text.size() < (1u << 20)) text += chunk;
  const TokenizedProse p = tokenize(text, oneParagraph(text));
  EXPECT_GT(p.tokens.size(), 100000u);
  EXPECT_GT(p.sentences.size(), 9000u);
  EXPECT_EQ(p.sentences.back().span.end, text.size() - 1);
  // A single 1 MB word and a 1 MB run of dots do not blow up either.
  const std::string word(1u << 20, 'a');
  EXPECT_EQ(lex(word).size(), 1u);
  const std::string dots(1u << 20, '.');
  EXPECT_EQ(tokenize(dots, oneParagraph(dots)).sentences.size(), 1u);
}

// ---- pieces of the prose map -------------------------------------------------------

TEST(TokenizerPieces, OpaquePiecesAndLineBreaks) {
  // "Use `cargo` and $x$ see[^1] at <https://a.b>\nnext line"
  const std::string text = "Use `cargo` and $x$ see[^1] at <https://a.b>\nnext line";
  ProseMap map;
  Block block;
  block.span = {0, text.size()};
  block.pieces = {
      {{0, 4}, PieceKind::Prose},       {{4, 11}, PieceKind::Code},
      {{11, 16}, PieceKind::Prose},     {{16, 19}, PieceKind::Math},
      {{19, 23}, PieceKind::Prose},     {{23, 27}, PieceKind::FootnoteRef},
      {{27, 31}, PieceKind::Prose},     {{32, 43}, PieceKind::Url},
      {{44, 45}, PieceKind::LineBreak}, {{45, text.size()}, PieceKind::Prose},
  };
  map.blocks.push_back(block);
  const TokenizedProse p = tokenize(text, map);
  Texts got;
  for (const Token& t : p.tokens) got.emplace_back(slice(text, t));
  EXPECT_EQ(got, (Texts{"Use", "`cargo`", "and", "$x$", "see", "[^1]", "at", "https://a.b", "next", "line"}));
  EXPECT_EQ(p.tokens[1].kind, TokenKind::Opaque);
  EXPECT_TRUE(p.tokens[1].has(kCode));
  EXPECT_TRUE(p.tokens[3].has(kCode));
  EXPECT_EQ(p.tokens[5].kind, TokenKind::Opaque);
  EXPECT_TRUE(p.tokens[5].has(kFootnoteRef));
  EXPECT_EQ(p.tokens[7].kind, TokenKind::Url);
  EXPECT_TRUE(p.tokens[8].has(kNewline));
  EXPECT_FALSE(p.tokens[7].has(kNewline));
  ASSERT_EQ(p.sentences.size(), 1u);
  EXPECT_EQ(p.sentences[0].span, (ByteSpan{0, text.size()}));
}

TEST(TokenizerPieces, EmailUrlPieceAndOpaqueAfterLineBreak) {
  const std::string text = "a\n`x` b@c.de";
  ProseMap map;
  Block block;
  block.pieces = {{{0, 1}, PieceKind::Prose},
                  {{1, 2}, PieceKind::LineBreak},
                  {{2, 5}, PieceKind::Code},
                  {{5, 6}, PieceKind::Prose},
                  {{6, 12}, PieceKind::Url}};
  map.blocks.push_back(block);
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.tokens.size(), 3u);
  EXPECT_TRUE(p.tokens[1].has(kNewline));
  EXPECT_TRUE(p.tokens[1].has(kCode));
  EXPECT_EQ(p.tokens[2].kind, TokenKind::Email);
}

TEST(TokenizerPieces, NewlineInsideProsePiece) {
  const auto tokens = lex("one\ntwo  three");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_FALSE(tokens[0].has(kNewline));
  EXPECT_TRUE(tokens[1].has(kNewline));
  EXPECT_FALSE(tokens[2].has(kNewline));
}

TEST(TokenizerPieces, ContiguousProsePiecesAreOneRun) {
  const std::string text = "state-of-the-art";
  ProseMap map;
  Block block;
  block.pieces = {{{0, 6}, PieceKind::Prose}, {{6, 16}, PieceKind::Prose}};
  map.blocks.push_back(block);
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].span, (ByteSpan{0, 16}));
}

TEST(TokenizerPieces, BlockTokensAndOutOfRangeSpans) {
  const std::string text = "One. Two\nThree";
  ProseMap map;
  Block a;
  a.pieces = {{{0, 8}, PieceKind::Prose}};
  Block b;
  b.pieces = {{{9, 14}, PieceKind::Prose}, {{20, 30}, PieceKind::Code}};  // out of range: ignored
  map.blocks = {a, b};
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.block_tokens.size(), 2u);
  EXPECT_EQ(p.block_tokens[0], (std::pair<std::uint32_t, std::uint32_t>{0, 3}));
  EXPECT_EQ(p.block_tokens[1], (std::pair<std::uint32_t, std::uint32_t>{3, 4}));
  ASSERT_EQ(p.sentences.size(), 3u);
  EXPECT_EQ(p.sentences[2].block, 1u);
  EXPECT_EQ(p.sentences[2].first_token, 3u);
  EXPECT_EQ(p.sentences[2].end_token, 4u);
}

}  // namespace
}  // namespace copydesk
