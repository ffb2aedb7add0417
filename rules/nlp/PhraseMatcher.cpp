#include "nlp/PhraseMatcher.h"

#include "text/Utf.h"

namespace copydesk {

namespace {
// Tokens a phrase never starts in, ends in or crosses: inline code, math,
// URLs, e-mail addresses, handles and paths are not prose words.
bool opaqueForPhrases(TokenKind kind) {
  return kind == TokenKind::Opaque || kind == TokenKind::Url || kind == TokenKind::Email ||
         kind == TokenKind::Handle || kind == TokenKind::Path;
}
}  // namespace

std::string_view normalizedWord(std::string_view word, std::string& buffer) {
  buffer.clear();
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char c : word) buffer.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return buffer;
  }
  buffer = utf::toLower(word);
  for (std::size_t i = buffer.find("\xE2\x80\x99"); i != std::string::npos; i = buffer.find("\xE2\x80\x99", i))
    buffer.replace(i, 3, "'");
  return buffer;
}

std::vector<std::string> PhraseMatcher::phraseWords(std::string_view phrase) {
  // Phrases are split the way the tokenizer splits prose: runs of letters,
  // digits and inner ' - . form words; other characters are words of their own.
  std::vector<std::string> words;
  std::string current;
  std::string buffer;
  const auto flush = [&] {
    if (!current.empty()) words.emplace_back(normalizedWord(current, buffer));
    current.clear();
  };
  for (std::size_t i = 0; i < phrase.size();) {
    const utf::Decoded d = utf::decode(phrase, i);
    const char32_t c = d.code_point;
    const bool word_char = utf::isLetter(c) || utf::isDigit(c) ||
                           ((c == '\'' || c == U'’' || c == '-' || c == '.') && !current.empty());
    if (word_char) {
      current.append(phrase.substr(i, d.length));
    } else {
      flush();
      if (c != ' ' && c != '\t') words.emplace_back(phrase.substr(i, d.length));
    }
    i += d.length;
  }
  flush();
  // A trailing period belongs to the sentence, not to the phrase.
  for (std::string& w : words)
    if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();
  return words;
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t id) {
  const auto words = phraseWords(phrase);
  if (words.empty()) return;
  std::uint32_t node = 0;
  for (const std::string& word : words) {
    auto w = words_.find(word);
    if (w == words_.end()) {
      w = words_.emplace(word, static_cast<std::uint32_t>(words_.size())).first;
      root_children_.push_back(0);
    }
    const std::uint32_t word_id = w->second;
    std::uint32_t* child = nullptr;
    if (node == 0) {
      child = &root_children_[word_id];
    } else {
      child = &edges_[(static_cast<std::uint64_t>(node) << 32) | word_id];
    }
    if (*child == 0) {
      *child = static_cast<std::uint32_t>(node_phrase_.size());
      node_phrase_.push_back(-1);
    }
    node = *child;
  }
  if (node_phrase_[node] < 0) ++phrase_count_;
  node_phrase_[node] = id;
}

void PhraseMatcher::findAll(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                            std::uint32_t end, std::vector<Match>& out) const {
  if (first >= end || words_.empty()) return;
  // One vocabulary lookup per token.
  thread_local std::vector<std::uint32_t> ids;
  thread_local std::string buffer;
  ids.resize(end - first);
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (opaqueForPhrases(t.kind)) {
      ids[i - first] = kBarrier;
      continue;
    }
    const auto it = words_.find(normalizedWord(text.substr(t.span.begin, t.span.size()), buffer));
    ids[i - first] = it == words_.end() ? kUnknownWord : it->second;
  }
  for (std::uint32_t start = first; start < end; ++start) {
    const std::uint32_t head = ids[start - first];
    if (head >= kBarrier || root_children_[head] == 0) continue;
    std::uint32_t node = root_children_[head];
    std::int64_t best_phrase = node_phrase_[node];
    std::uint32_t best_end = start + 1;
    for (std::uint32_t i = start + 1; i < end; ++i) {
      const std::uint32_t word = ids[i - first];
      if (word >= kBarrier) break;
      const auto next = edges_.find((static_cast<std::uint64_t>(node) << 32) | word);
      if (next == edges_.end()) break;
      node = next->second;
      if (node_phrase_[node] >= 0) {
        best_phrase = node_phrase_[node];
        best_end = i + 1;
      }
    }
    if (best_phrase >= 0) out.push_back({start, best_end, static_cast<std::uint32_t>(best_phrase)});
  }
}

}  // namespace copydesk
