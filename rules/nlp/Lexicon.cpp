#include "nlp/Lexicon.h"

#include <array>

#include "nlp/Tokenizer.h"
#include "text/Ascii.h"

namespace copydesk::nlp_detail {
namespace {

struct Entry {
  std::string_view word;
  bool before_number;
};

// Matched exactly (case-sensitive).
constexpr std::array kTitleCase = {
    Entry{"Mr", false},   Entry{"Mrs", false},  Entry{"Ms", false},    Entry{"Mx", false},   Entry{"Dr", false},
    Entry{"Prof", false}, Entry{"Sr", false},   Entry{"Jr", false},    Entry{"St", false},   Entry{"Mt", false},
    Entry{"Rev", false},  Entry{"Gen", false},  Entry{"Col", false},   Entry{"Lt", false},   Entry{"Capt", false},
    Entry{"Sgt", false},  Entry{"Gov", false},  Entry{"Sen", false},   Entry{"Rep", false},  Entry{"Hon", false},
    Entry{"Pres", false}, Entry{"Inc", false},  Entry{"Ltd", false},   Entry{"Corp", false}, Entry{"Co", false},
    Entry{"Bros", false}, Entry{"Jan", false},  Entry{"Feb", false},   Entry{"Mar", false},  Entry{"Apr", false},
    Entry{"Jun", false},  Entry{"Jul", false},  Entry{"Aug", false},   Entry{"Sep", false},  Entry{"Sept", false},
    Entry{"Oct", false},  Entry{"Nov", false},  Entry{"Dec", false},   Entry{"Mon", false},  Entry{"Tue", false},
    Entry{"Tues", false}, Entry{"Thu", false},  Entry{"Thurs", false}, Entry{"Fri", false},  Entry{"Fig", false},
    Entry{"Figs", false}, Entry{"Eq", false},   Entry{"Eqs", false},   Entry{"Vol", false},  Entry{"Vols", false},
    Entry{"Dept", false}, Entry{"Univ", false}, Entry{"Ave", false},   Entry{"Blvd", false}, Entry{"Ch", true},
    Entry{"Sec", true},   Entry{"Ref", true},   Entry{"Art", true},
};

// Matched exactly or with a capital first letter ("Etc", "Vs", "No").
constexpr std::array kLowerCase = {
    Entry{"etc", false}, Entry{"vs", false},   Entry{"approx", false}, Entry{"cf", false},  Entry{"al", false},
    Entry{"ca", false},  Entry{"esp", false},  Entry{"dept", false},   Entry{"est", false}, Entry{"incl", false},
    Entry{"viz", false}, Entry{"misc", false}, Entry{"resp", false},   Entry{"fig", false}, Entry{"figs", false},
    Entry{"eq", false},  Entry{"vol", false},  Entry{"ibid", false},   Entry{"aka", false}, Entry{"govt", false},
    Entry{"no", true},   Entry{"nos", true},   Entry{"p", true},       Entry{"pp", true},   Entry{"ch", true},
    Entry{"sec", true},  Entry{"ref", true},
};

constexpr std::string_view kTlds[] = {
    "com", "net",  "org", "edu",  "gov", "mil",    "int",  "io",   "dev",  "rs",   "go",   "uk",    "de", "fr", "jp",
    "cn",  "info", "app", "ai",   "co",  "us",     "eu",   "ca",   "au",   "me",   "tv",   "ly",    "sh", "so", "nl",
    "se",  "es",   "ch",  "ru",   "br",  "pl",     "cz",   "kr",   "nz",   "za",   "dk",   "fi",    "gg", "fm", "gl",
    "cc",  "ws",   "xyz", "tech", "biz", "online", "site", "blog", "page", "wiki", "news", "cloud",
};

constexpr std::string_view kExtensions[] = {
    "rs",  "md",  "sh",  "py",   "toml", "json", "yaml", "yml",   "txt", "cpp",   "hpp",  "cc",   "cxx",  "hh",
    "js",  "ts",  "tsx", "jsx",  "mjs",  "cjs",  "rb",   "java",  "kt",  "swift", "lock", "cfg",  "ini",  "conf",
    "log", "csv", "tsv", "html", "htm",  "css",  "scss", "xml",   "svg", "png",   "jpg",  "jpeg", "gif",  "webp",
    "pdf", "zip", "gz",  "tgz",  "tar",  "exe",  "dll",  "dylib", "mdx", "rst",   "adoc", "lua",  "wasm", "diff",
};

}  // namespace

Abbrev lookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 6) return Abbrev::None;
  for (const Entry& e : kTitleCase) {
    if (e.word == word) return e.before_number ? Abbrev::BeforeNumber : Abbrev::Always;
  }
  const bool capital = isAsciiUpper(word[0]);
  for (const Entry& e : kLowerCase) {
    if (e.word.size() != word.size()) continue;
    if (capital ? (e.word[0] == asciiLower(word[0]) && e.word.substr(1) == word.substr(1)) : e.word == word) {
      return e.before_number ? Abbrev::BeforeNumber : Abbrev::Always;
    }
  }
  return Abbrev::None;
}

bool isTopLevelDomain(std::string_view label) {
  for (std::string_view t : kTlds) {
    if (t == label) return true;
  }
  return false;
}

bool isFileExtension(std::string_view ext) {
  for (std::string_view e : kExtensions) {
    if (e == ext) return true;
  }
  return false;
}

}  // namespace copydesk::nlp_detail

namespace copydesk {

bool isKnownAbbreviation(std::string_view word, bool before_number) {
  switch (nlp_detail::lookupAbbreviation(word)) {
    case nlp_detail::Abbrev::Always: return true;
    case nlp_detail::Abbrev::BeforeNumber: return before_number;
    case nlp_detail::Abbrev::None: break;
  }
  return false;
}

}  // namespace copydesk
