// grammar/article: "a" or "an" chosen by the sound the next word starts with,
// not its letter: "an hour", "a university", "an MRI", "a URL", "an 8-bit".
// How words are said where the letter misleads is data (data/article.txt).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "grammar/GrammarRules.h"
#include "grammar/support/Grammar.h"
#include "nlp/PhraseMatcher.h"
#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(grammar_article_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/article",
    Severity::Warning,
    "'a' or 'an' that does not match the sound of the next word (a hour, an university, a MRI)",
    "English chooses between *a* and *an* by the sound the next word starts with, not by its "
    "first letter: *an hour* (silent h), *a university* and *a one-time* (a \"y\" or \"w\" sound), "
    "*an MRI* and *an SSD* (read letter by letter: \"em\", \"ess\"), *a URL*, *an 8-bit*. "
    "Where both are heard (*a SQL* / *an SQL*, *a historic* / *an historic*) both are accepted. "
    "Abbreviations read as words (*NASA*, *RAM*) and other exceptions are listed in the rule's data.\n\n"
    "**Fix:** the other article (safe for dictionary words; for abbreviations the fix is offered, "
    "not applied automatically).",
};

enum class Sound { Consonant, Vowel, Either, Unknown };

struct Pronunciations {
  grammar::WordMap<Sound> exact;
  std::vector<std::pair<std::string, Sound>> prefixes;  // longest first

  Pronunciations() {
    for (const std::string_view line : DataLines(data::grammar_article_txt)) {
      const std::size_t space = line.find(' ');
      if (space == std::string_view::npos) continue;
      std::string word(line.substr(0, space));
      const std::string_view what = line.substr(space + 1);
      const Sound sound = what == "an" ? Sound::Vowel : what == "a" ? Sound::Consonant : Sound::Either;
      if (!word.empty() && word.back() == '*') {
        word.pop_back();
        prefixes.emplace_back(std::move(word), sound);
      } else {
        exact.emplace(std::move(word), sound);
      }
    }
    std::sort(prefixes.begin(), prefixes.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

  // `prefixes` is false for a word in capitals (EU is said letter by letter, not like "euro").
  std::optional<Sound> lookup(std::string_view w, bool use_prefixes = true) const {
    if (const auto it = exact.find(w); it != exact.end()) return it->second;
    if (!use_prefixes) return std::nullopt;
    for (const auto& [prefix, sound] : prefixes)
      if (w.substr(0, prefix.size()) == prefix) return sound;
    return std::nullopt;
  }
};

const Pronunciations& pronunciations() {
  static const Pronunciations p;
  return p;
}

bool isVowelLetter(char c) {
  const char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
char lowerAscii(char c) { return isUpperAscii(c) ? static_cast<char>(c + 32) : c; }

// The sound of a letter's name: "F" is "eff", "U" is "you".
Sound letterName(char c) {
  switch (lowerAscii(c)) {
    case 'a':
    case 'e':
    case 'f':
    case 'h':
    case 'i':
    case 'l':
    case 'm':
    case 'n':
    case 'o':
    case 'r':
    case 's':
    case 'x': return Sound::Vowel;
    default: return Sound::Consonant;
  }
}

struct Judgement {
  Sound sound = Sound::Unknown;
  bool certain = false;  // a safe fix
};

Judgement judge(std::string_view raw, std::string_view folded) {
  if (raw.empty() || static_cast<unsigned char>(raw[0]) >= 0x80) return {};
  const grammar::Lexicon& lex = grammar::Lexicon::get();
  if (isDigit(raw[0])) {
    if (raw[0] == '8') return {Sound::Vowel, true};
    std::size_t n = 0;
    while (n < raw.size() && isDigit(raw[n])) ++n;
    const std::string_view lead = raw.substr(0, n);
    const bool grouped = n < raw.size() && raw[n] == ',';
    if (lead == "11" || lead == "18") return {n == 2 || grouped ? Sound::Vowel : Sound::Either, true};
    if (n == 4 && (lead.substr(0, 2) == "11" || lead.substr(0, 2) == "18")) return {Sound::Either, false};
    return {Sound::Consonant, true};
  }
  bool caps = raw.size() >= 2;
  for (char c : raw.substr(0, 2)) caps = caps && isUpperAscii(c);
  if (const auto s = pronunciations().lookup(folded, !caps)) return {*s, true};
  if (const std::size_t dash = folded.find('-'); dash != std::string_view::npos && dash > 0)
    if (const auto s = pronunciations().exact.find(folded.substr(0, dash)); s != pronunciations().exact.end())
      return {s->second, true};  // hour-long
  std::size_t letters = 0, upper = 0;
  bool vowel = false;
  for (char c : raw) {
    if (c == '-' || c == '.' || c == '\'') break;
    if ((c >= 'a' && c <= 'z') || isUpperAscii(c)) {
      ++letters;
      if (isUpperAscii(c)) ++upper;
      const char l = lowerAscii(c);
      vowel = vowel || l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'y';
    } else if (!isDigit(c)) {
      return {};
    }
  }
  if (letters == 0) return {};
  for (char c : raw)
    if (isDigit(c)) return {};  // n1-standard, M1, x86: said many ways
  // A letter on its own ("an x-axis", "an X", "a B-tree").
  if (letters == 1) return {letterName(raw[0]), false};
  std::string word_part(folded.substr(0, folded.find_first_of("-.'")));
  // Read letter by letter: all capitals (not a shouted word), two leading
  // capitals (NVMe), a lower-case letter before a capital (iPhone, eBay), or no vowel (npm).
  const bool all_caps = upper == letters;
  const bool shouted = all_caps && letters >= 4 && lex.known(word_part);
  const bool lead_caps = raw.size() >= 2 && isUpperAscii(raw[0]) && isUpperAscii(raw[1]);
  const bool lower_then_upper = raw.size() >= 2 && !isUpperAscii(raw[0]) && isUpperAscii(raw[1]);
  if (!vowel && !all_caps && !lead_caps && !lower_then_upper) return {};  // std, npm: said many ways
  if (!shouted && (all_caps || lead_caps || lower_then_upper)) {
    // An all-caps word that starts consonant-vowel (REPL, SIG, NASA, FIPS) may
    // well be said as a word: no judgement unless the data knows it.
    const auto vowelAt = [&](std::size_t i) {
      const char l = i < raw.size() ? lowerAscii(raw[i]) : '\0';
      return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
    };
    if (letters >= 3 && !vowelAt(0) && vowelAt(1)) return {};
    return {letterName(raw[0]), false};
  }
  const char first = lowerAscii(raw[0]);
  const bool certain = lex.known(word_part) && first != 'u' && first != 'h' && first != 'e' && first != 'o';
  if (first == 'x' && raw.size() > 1 && !isVowelLetter(raw[1])) return {Sound::Vowel, false};  // Xcode
  switch (first) {
    case 'a':
    case 'e':
    case 'i':
    case 'o': return {Sound::Vowel, certain};
    case 'u': return {Sound::Vowel, false};
    default: return {Sound::Consonant, certain};
  }
}

class ArticleRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const TokenizedProse& prose = doc.tokens();
    const auto& tokens = prose.tokens;
    std::string buffer, next_buffer;
    for (const Sentence& s : prose.sentences) {
      if (grammar::skipBlock(doc, s)) continue;
      for (std::uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
        if (tokens[i].kind != TokenKind::Word) continue;
        const std::string_view w = foldedWord(doc.text(), prose, i, buffer);
        if (w != "a" && w != "an") continue;
        const std::string_view article = doc.slice(tokens[i].span);
        if (article == "A" || article == "AN") {
          bool first = true;
          for (std::uint32_t j = s.first_token; j < i; ++j)
            if (tokens[j].kind != TokenKind::Punctuation) first = false;
          if (!first) continue;  // "plan A", "vitamin A"
        }
        const Token& next = tokens[i + 1];
        if (next.kind != TokenKind::Word && next.kind != TokenKind::Number) continue;
        const std::string_view gap = doc.text().substr(tokens[i].span.end, next.span.begin - tokens[i].span.end);
        bool plain_gap = !gap.empty();
        for (char c : gap) plain_gap = plain_gap && (c == ' ' || c == '\n' || c == '*' || c == '_' || c == '[');
        if (!plain_gap || (gap.find(' ') == std::string_view::npos && gap.find('\n') == std::string_view::npos))
          continue;
        const std::string_view raw = doc.slice(next.span);
        {
          std::string b;
          const std::string_view nw = foldedWord(doc.text(), prose, i + 1, b);
          if (nw == "a" || nw == "an" || nw == "the") continue;  // grammar/doubled-word-class
        }
        const Judgement j = judge(raw, foldedWord(doc.text(), prose, i + 1, next_buffer));
        const bool is_an = w == "an";
        if (j.sound == Sound::Unknown || j.sound == Sound::Either) continue;
        if (is_an == (j.sound == Sound::Vowel)) continue;
        {
          // "a in", "a is", "a another": the article is a variable's name or a slip of another kind.
          std::string b;
          const std::string_view nw = foldedWord(doc.text(), prose, i + 1, b);
          const grammar::Lexicon& lex = grammar::Lexicon::get();
          bool function_word = false;
          for (std::string_view cls : {"det", "prep", "aux", "modal", "pron-subj", "object", "clause", "function"})
            function_word = function_word || lex.inClass(cls, nw);
          if (function_word) continue;
        }
        if (grammar::quotedOrEmphasised(doc, s, i, i + 2)) continue;
        std::string replacement = is_an ? "a" : "an";
        if (grammar::startsUpper(article)) replacement = grammar::capitalizeFirst(replacement);
        Finding finding =
            grammar::makeFinding({tokens[i].span.begin, next.span.end},
                                 is_an ? fmt::format("Use 'a' before '{}': it starts with a consonant sound", raw)
                                       : fmt::format("Use 'an' before '{}': it starts with a vowel sound", raw));
        Fix fix;
        fix.title = fmt::format("Replace with '{}'", replacement);
        fix.edits.push_back({tokens[i].span, replacement});
        fix.safe = j.certain;
        fix.preferred = true;
        finding.fixes.push_back(std::move(fix));
        sink.add(std::move(finding));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGrammarArticleRule() { return std::make_unique<ArticleRule>(); }

}  // namespace copydesk
