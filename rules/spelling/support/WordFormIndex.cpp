#include "spelling/support/WordFormIndex.h"

#include <array>
#include <fstream>
#include <sstream>
#include <utility>

#include "spelling/support/AffixTable.h"
#include "text/Ascii.h"
#include "text/Hash.h"

namespace copydesk {

namespace {

bool isAsciiWordCharacter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\''; }

bool onlyAsciiWordCharacters(std::string_view text) {
  for (char c : text)
    if (!isAsciiWordCharacter(c)) return false;
  return true;
}

// FNV-1a over the ASCII-lower-cased bytes, then a 64-bit finaliser so that
// the low bits (the slot) are well mixed. Never 0, the empty-slot mark. Two
// forms sharing one only cost a needless hunspell call.
std::uint64_t lowerFnvStep(std::uint64_t h, char c) { return fnvStep(h, static_cast<unsigned char>(asciiLower(c))); }
std::uint32_t finishFingerprint(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  const auto f = static_cast<std::uint32_t>(h);
  return f ? f : 1;
}
std::uint32_t fingerprint(std::string_view form) {
  std::uint64_t h = kFnvOffset;
  for (char c : form) h = lowerFnvStep(h, c);
  return finishFingerprint(h);
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  out = content.str();
  return true;
}

// Affix classes by flag byte, so that an entry's flags find theirs at once.
struct AffixesByFlag {
  std::array<std::vector<const AffixClass*>, 256> prefixes, suffixes;

  explicit AffixesByFlag(const AffixTable& table) {
    for (const AffixClass& c : table.classes)
      (c.prefix ? prefixes : suffixes)[static_cast<unsigned char>(c.flag)].push_back(&c);
  }
};

// A compound is a word only hunspell can judge. Letter-only candidates can be
// ruled out only if no letter-only compound exists: every entry that may join
// one must carry another character (en_US: only numbers, "1st", "21th"), and
// no affix may strip that character away.
bool compoundsNeedOtherCharacters(const AffixTable& table, std::string_view word, std::string_view flags) {
  if (flags.find_first_of(table.compound_flags) == std::string_view::npos) return true;
  if (onlyAsciiWordCharacters(word)) return false;
  for (const AffixClass& c : table.classes)
    for (const AffixEntry& e : c.entries)
      if (!onlyAsciiWordCharacters(e.strip)) return false;
  return true;
}

}  // namespace

std::optional<WordFormIndex> WordFormIndex::build(const std::string& aff_path,
                                                  const std::vector<std::string>& dic_paths, std::string& why) {
  std::string aff;
  if (!readFile(aff_path, aff)) {
    why = "cannot read " + aff_path;
    return std::nullopt;
  }
  std::vector<std::string> dics(dic_paths.size());
  for (std::size_t i = 0; i < dic_paths.size(); ++i) {
    if (!readFile(dic_paths[i], dics[i])) {
      why = "cannot read " + dic_paths[i];
      return std::nullopt;
    }
  }
  return fromText(aff, std::vector<std::string_view>(dics.begin(), dics.end()), why);
}

std::optional<WordFormIndex> WordFormIndex::fromText(std::string_view aff_text,
                                                     const std::vector<std::string_view>& dics, std::string& why) {
  const std::optional<AffixTable> table = AffixTable::parse(aff_text, why);
  if (!table) return std::nullopt;
  const AffixesByFlag affixes(*table);
  WordFormIndex index;
  std::size_t lines = 0;
  for (std::string_view dic : dics)
    for (char c : dic) lines += c == '\n' ? 1 : 0;
  index.rehash(lines * 5);  // ~2.2 forms an entry, at most half full

  std::vector<std::string> cross_suffixed;
  std::string word, form;
  for (std::string_view dic : dics) {
    while (!dic.empty()) {
      const std::size_t newline = dic.find('\n');
      std::string_view line = dic.substr(0, newline);
      dic = newline == std::string_view::npos ? std::string_view{} : dic.substr(newline + 1);
      // "word/FLAGS morphology": the word ends at white space (a word with a
      // space is never a candidate) and at its first unescaped '/'.
      line = line.substr(0, line.find_first_of(" \t\r"));
      std::size_t slash = 0;
      while ((slash = line.find('/', slash)) != std::string_view::npos && slash > 0 && line[slash - 1] == '\\') ++slash;
      word.assign(line.substr(0, slash));
      if (word.find('\\') != std::string::npos)
        for (std::size_t at; (at = word.find("\\/")) != std::string::npos;) word.erase(at, 1);
      const std::string_view flags = slash == std::string_view::npos ? std::string_view{} : line.substr(slash + 1);
      if (word.empty()) continue;
      if (!compoundsNeedOtherCharacters(*table, word, flags)) {
        why = "the dictionary compounds letter-only words (" + word + ")";
        return std::nullopt;
      }
      index.insert(word);
      cross_suffixed.clear();
      for (char flag : flags) {
        for (const AffixClass* c : affixes.suffixes[static_cast<unsigned char>(flag)]) {
          for (const AffixEntry& e : c->entries) {
            if (!word.ends_with(e.strip) || !conditionHolds(e.condition, word, false)) continue;
            form.assign(word, 0, word.size() - e.strip.size());
            form += e.append;
            index.insert(form);
            if (c->cross_product) cross_suffixed.push_back(form);
          }
        }
      }
      for (char flag : flags) {
        for (const AffixClass* c : affixes.prefixes[static_cast<unsigned char>(flag)]) {
          for (const AffixEntry& e : c->entries) {
            if (!word.starts_with(e.strip) || !conditionHolds(e.condition, word, true)) continue;
            form = e.append;
            form.append(word, e.strip.size());
            index.insert(form);
            if (!c->cross_product) continue;
            for (const std::string& suffixed : cross_suffixed) {
              if (!suffixed.starts_with(e.strip)) continue;
              form = e.append;
              form.append(suffixed, e.strip.size());
              index.insert(form);
            }
          }
        }
      }
    }
  }
  return index;
}

void WordFormIndex::rehash(std::size_t wanted) {
  std::size_t slots = 1024;
  while (slots < wanted) slots *= 2;
  std::vector<std::uint32_t> old = std::exchange(slots_, std::vector<std::uint32_t>(slots, 0));
  for (std::uint32_t f : old) {
    if (!f) continue;
    std::size_t i = f & (slots_.size() - 1);
    while (slots_[i]) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = f;
  }
}

void WordFormIndex::insert(std::string_view form) {
  if ((forms_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
  const std::uint32_t f = fingerprint(form);
  std::size_t i = f & (slots_.size() - 1);
  for (; slots_[i]; i = (i + 1) & (slots_.size() - 1))
    if (slots_[i] == f) return;
  slots_[i] = f;
  ++forms_;
}

bool WordFormIndex::containsFingerprint(std::uint32_t f) const {
  if (slots_.empty()) return false;
  for (std::size_t i = f & (slots_.size() - 1); slots_[i]; i = (i + 1) & (slots_.size() - 1))
    if (slots_[i] == f) return true;
  return false;
}

bool WordFormIndex::mayAccept(std::string_view word) const {
  if (word.empty()) return true;  // hunspell accepts "", oddly
  // fingerprint() and the test for other characters in one pass: this runs
  // for every one-edit variant of every unknown word.
  std::uint64_t h = kFnvOffset;
  for (const char c : word) {
    if (!isAsciiWordCharacter(c)) return true;
    h = lowerFnvStep(h, c);
  }
  return containsFingerprint(finishFingerprint(h));
}

}  // namespace copydesk
