#include "cli/CacheKeys.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "io/AtomicFile.h"
#include "spelling/WordList.h"
#include "text/Hash.h"

namespace copydesk::cli {

namespace fs = std::filesystem;

namespace {

std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) hash = fnvStep(hash, static_cast<unsigned char>(value >> (8 * i)));
  return hash;
}

std::uint64_t mix(std::uint64_t hash, std::string_view text) { return mix(hashBytes(text, hash), text.size()); }

// Eight bytes a step (FNV-1a's one byte a step was a sixth of a cached run):
// each step is a bijection of the state for a given word, so two texts of the
// same length that differ anywhere never meet on the way. Words are read in
// the machine's byte order: keys differ between architectures, as the build
// in every key does anyway.
std::uint64_t hashText(std::uint64_t seed, std::string_view text) {
  std::uint64_t hash = mix(seed, text.size());
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    hash = (hash ^ word) * 0xff51afd7ed558ccdull;
    hash ^= hash >> 32;
  }
  for (; i < text.size(); ++i) hash = fnvStep(hash, static_cast<unsigned char>(text[i]));
  return hash;
}

// A missing or unreadable file hashes as its error, so that it differs from an empty one.
std::uint64_t fileHash(const std::string& path) {
  std::string content, error;
  bool missing = false;
  if (!io::readWholeFile(path, content, error, &missing)) return mix(kFnvOffset, missing ? "missing" : error);
  return hashText(kFnvOffset, content);
}

// The user dictionary ($XDG_CONFIG_HOME/copydesk/dictionary.txt, else
// ~/.config/copydesk/dictionary.txt), whose words every check accepts.
std::string userDictionaryPath() {
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
    return std::string(config) + "/copydesk/dictionary.txt";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.config/copydesk/dictionary.txt";
  return "";
}

}  // namespace

std::string buildId() { return fmt::format("{}-{:016x}", COPYDESK_VERSION, fileHash("/proc/self/exe")); }

std::uint64_t fileKey(std::uint64_t setup_key, std::string_view text) { return hashText(setup_key, text); }

SetupKeys::SetupKeys(const SetupOptions& options) : options_(options) {
  base_ = mix(kFnvOffset, options.language.value_or(""));
  for (const std::string& dir : options.spelling.dictionary_dirs) base_ = mix(base_, dir);
  for (const std::string& dictionary : options.spelling.extra_dictionaries) base_ = mix(base_, contentHash(dictionary));
  const std::string user_dictionary = userDictionaryPath();
  if (!user_dictionary.empty()) base_ = mix(base_, fileHash(user_dictionary));
}

std::uint64_t SetupKeys::contentHash(const std::string& path) {
  const auto it = contents_.find(path);
  if (it != contents_.end()) return it->second;
  std::error_code ec;
  std::uint64_t hash = kFnvOffset;
  if (fs::is_directory(path, ec)) {
    // Every file below it, by relative path, in a stable order.
    std::set<std::string> files;
    for (fs::recursive_directory_iterator walk(path, ec), end; !ec && walk != end; walk.increment(ec))
      if (walk->is_regular_file(ec)) files.insert(walk->path().string());
    for (const std::string& file : files) hash = mix(mix(hash, file.substr(path.size())), fileHash(file));
  } else {
    hash = fileHash(path);
  }
  return contents_[path] = hash;
}

std::uint64_t SetupKeys::workspaceDictionaryHash(const std::string& file) {
  const std::string folder = fs::absolute(fs::path(file)).parent_path().lexically_normal().string();
  const auto it = workspace_dictionaries_.find(folder);
  if (it != workspace_dictionaries_.end()) return it->second;
  WordList ignored;
  const std::string dictionary = loadWorkspaceDictionary(file, ignored);
  return workspace_dictionaries_[folder] = dictionary.empty() ? 0 : mix(contentHash(dictionary), dictionary);
}

std::uint64_t SetupKeys::keyOf(const std::string& file, const Config& config, std::uint64_t rules_hash) {
  std::uint64_t key = mix(mix(base_, config.hash), rules_hash);
  for (const std::string& dictionary : config.spelling.dictionaries) key = mix(key, contentHash(dictionary));
  const nlohmann::json& facts = config.factsSettings();
  if (const auto claims = facts.find("claims"); claims != facts.end() && claims->is_array())
    for (const nlohmann::json& path : *claims)
      if (path.is_string()) key = mix(key, contentHash(path.get<std::string>()));
  if (const auto data = facts.find("releaseData"); data != facts.end() && data->is_string())
    key = mix(key, contentHash(data->get<std::string>()));
  key = mix(key, workspaceDictionaryHash(file));
  CheckServices dates;
  applyDateSettings(config, options_.as_of, dates);
  const CivilDate day = dates.check_date;
  return mix(key, fmt::format("{}-{}-{} {}", day.year, day.month, day.day, dates.judge_by_document_date));
}

}  // namespace copydesk::cli
