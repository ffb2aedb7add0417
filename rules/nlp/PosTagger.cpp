#include "nlp/PosTagger.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "nlp/PosLexicon.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

constexpr std::string_view kLeftQuote = "\xE2\x80\x9C", kRightQuote = "\xE2\x80\x9D";
constexpr std::string_view kLeftSingle = "\xE2\x80\x98", kRightSingle = "\xE2\x80\x99";

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The punctuation mark `text` starts (leading) or ends (trailing) with, as a
// length in bytes; 0 when none.
std::size_t leadingMark(std::string_view text) {
  if (text.empty()) return 0;
  if (text.starts_with(kLeftQuote) || text.starts_with(kLeftSingle)) return 3;
  return std::string_view("\"'([{").find(text.front()) != std::string_view::npos ? 1 : 0;
}

std::size_t trailingMark(std::string_view text) {
  if (text.empty()) return 0;
  if (text.ends_with(kRightQuote) || text.ends_with(kRightSingle)) return 3;
  const char c = text.back();
  // A full stop inside the word too ("i.e.", "p.m.") belongs to an abbreviation.
  if (c == '.' && text.substr(0, text.size() - 1).find('.') != std::string_view::npos) return 0;
  return std::string_view(".,;:!?)]}\"'").find(c) != std::string_view::npos ? 1 : 0;
}

// Lower case, with curly apostrophes straightened (the lexicon's form).
std::string fold(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, kRightSingle.size(), kRightSingle) == 0) {
      out += '\'';
      i += kRightSingle.size() - 1;
    } else {
      out += asciiLower(word[i]);
    }
  }
  return out;
}

// The bytes of a contraction's ending at the end of `word` ("n't", "'s", "’re",
// ...), any case; 0 when none.
std::size_t contractionEnding(std::string_view word) {
  for (const std::string_view ending : {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}) {
    const std::size_t apostrophe = ending.find('\'');
    for (const std::string_view mark : {std::string_view("'"), kRightSingle}) {
      const std::string form =
          std::string(ending.substr(0, apostrophe)) + std::string(mark) + std::string(ending.substr(apostrophe + 1));
      if (word.size() >= form.size() && equalsNoCase(word.substr(word.size() - form.size()), form)) return form.size();
    }
  }
  return 0;
}

// Splits a sentence into tokens (see the header).
std::vector<ByteSpan> splitTokens(std::string_view text) {
  std::vector<ByteSpan> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && isSpace(text[i])) ++i;
    std::size_t begin = i;
    while (i < text.size() && !isSpace(text[i])) ++i;
    std::size_t end = i;
    const auto piece = [&] { return text.substr(begin, end - begin); };
    // A lone "'s" or "'re" is a contraction's ending, not a quote.
    while (begin < end && contractionEnding(piece()) != end - begin) {
      const std::size_t n = leadingMark(piece());
      if (n == 0) break;
      out.push_back({begin, begin + n});
      begin += n;
    }
    std::vector<ByteSpan> trailing;
    while (begin < end) {
      const std::size_t n = trailingMark(piece());
      if (n == 0) break;
      trailing.push_back({end - n, end});
      end -= n;
    }
    if (begin < end) {
      const std::size_t ending = contractionEnding(piece());
      if (ending > 0 && ending < end - begin) {
        out.push_back({begin, end - ending});
        out.push_back({end - ending, end});
      } else {
        out.push_back({begin, end});
      }
    }
    out.insert(out.end(), trailing.rbegin(), trailing.rend());
  }
  return out;
}

bool isWord(std::string_view token) {
  return std::any_of(token.begin(), token.end(),
                     [](char c) { return isAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }) &&
         token != kLeftQuote && token != kRightQuote && token != kLeftSingle && token != kRightSingle;
}

std::string_view punctuationTag(std::string_view token, bool opening) {
  if (token == ",") return ",";
  if (token == "." || token == "!" || token == "?") return ".";
  if (token == ":" || token == ";" || token == "-" || token == "--") return ":";
  if (token == "(" || token == "[" || token == "{") return "(";
  if (token == ")" || token == "]" || token == "}") return ")";
  if (token == "\"" || token == "'" || token.size() == 3) return opening ? "``" : "''";
  return "SYM";
}

template <typename Words>
bool isOneOf(std::string_view word, const Words& words) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool isOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return isOneOf<std::initializer_list<std::string_view>>(word, words);
}

std::string_view firstWith(const std::vector<std::string_view>& tags, std::string_view prefix) {
  const auto it = std::find_if(tags.begin(), tags.end(), [&](std::string_view t) { return t.starts_with(prefix); });
  return it == tags.end() ? std::string_view{} : *it;
}

std::string_view firstOf(const std::vector<std::string_view>& tags, std::initializer_list<std::string_view> wanted) {
  for (const std::string_view w : wanted)
    if (std::find(tags.begin(), tags.end(), w) != tags.end()) return w;
  return {};
}

// The contextual rules: the tag of a word with candidates `tags` (the likeliest
// first) after a word `prev` (lower case) tagged `prev_tag`.
std::string_view inContext(const std::string& lower, const std::vector<std::string_view>& tags, const std::string& prev,
                           std::string_view prev_tag) {
  std::string_view pick;
  if (lower == "'s") {
    if (prev == "let") return "PRP";  // let's
    return prev_tag == "PRP" || prev_tag == "EX" || prev_tag.starts_with("W") ? "VBZ" : "POS";
  }
  if (isOneOf(prev_tag, {"DT", "PRP$", "POS"})) {
    // "a meet", "my opinion"; but "the great ...", "the best ...".
    if (!tags.front().starts_with("JJ")) pick = firstWith(tags, "NN");
  } else if (prev_tag.starts_with("JJ")) {
    // "local meet-ups"; "great write" has no noun reading and stays a verb.
    if (tags.front().starts_with("VB") || tags.front().starts_with("RB")) pick = firstWith(tags, "NN");
  } else if (prev_tag == "MD" || prev_tag == "TO") {
    pick = firstOf(tags, {"VB"});  // "should meet", "to write"
  } else if (isOneOf(prev, {"be", "am", "are", "is", "was", "were", "been", "being", "'re", "'m"})) {
    pick = firstOf(tags, {"VBN"});  // "is organized", "be great", "are using"
    if (pick.empty()) pick = firstWith(tags, "JJ");
    if (pick.empty()) pick = firstOf(tags, {"VBG"});
  } else if (isOneOf(prev, {"have", "has", "had", "having", "'ve"})) {
    pick = firstOf(tags, {"VBN"});
  } else if (isOneOf(prev, {"i", "you", "we", "they"})) {
    pick = firstOf(tags, {"VBD", "VBP"});  // "we improved", "they meet"
    if (pick.empty() && firstOf(tags, {"VB"}) == "VB") pick = "VBP";
  } else if (isOneOf(prev, {"he", "she", "it"})) {
    pick = firstOf(tags, {"VBD", "VBZ", "MD"});
  }
  return pick.empty() ? tags.front() : pick;
}

}  // namespace

std::vector<TaggedToken> tagSentence(std::string_view sentence) {
  std::vector<TaggedToken> out;
  std::string prev;
  std::string_view prev_tag;
  bool first_word = true;
  std::size_t opener = 0;                     // the index of the sentence's first word
  std::vector<std::string_view> opener_tags;  // and its candidates
  for (const ByteSpan span : splitTokens(sentence)) {
    const std::string_view token = sentence.substr(span.begin, span.size());
    if (!isWord(token)) {
      const bool opening = out.empty() || prev_tag == "(" || prev_tag == "``" || prev_tag == ":" ||
                           sentence.substr(0, span.begin).ends_with(' ');
      out.push_back({span, punctuationTag(token, opening)});
      prev = std::string(token);
      prev_tag = out.back().tag;
      continue;
    }
    const std::string folded = fold(token);
    const std::vector<std::string_view> tags = candidateTags(folded);
    std::string_view tag;
    // A capitalised word inside a sentence is a name, unless it is a closed-class word
    // ("I"); so is one that starts a sentence and that the lexicon does not know.
    if (isAsciiUpper(token.front()) && !isOneOf(tags.front(), {"PRP", "DT", "IN", "CC", "MD"}) &&
        (!first_word || !isKnownWord(folded)))
      tag = "NNP";
    else tag = inContext(folded, tags, prev, prev_tag);
    if (first_word) {
      opener = out.size();
      opener_tags = tags;
    } else if (out.size() == opener + 1 && out[opener].tag.starts_with("NN") && out[opener].tag != "NNP" &&
               isOneOf(tag, {"DT", "PRP$", "PRP"}) && isOneOf("VB", opener_tags)) {
      out[opener].tag = "VB";  // an instruction: "Use the ...", "Meet them ..."
    }
    out.push_back({span, tag});
    prev = folded;
    prev_tag = tag;
    first_word = false;
  }
  return out;
}

}  // namespace copydesk
