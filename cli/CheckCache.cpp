#include "cli/CheckCache.h"

#include <charconv>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>

#include "io/AtomicFile.h"

namespace copydesk::cli {

namespace {

constexpr std::string_view kMagic = "copydesk-cache 1 ";

// The file's tokens: numbers in decimal (keys in hex), strings as LENGTH:BYTES
// (any bytes, so a finding quoting a file that is not UTF-8 comes back as it
// was), separated by one space; a newline ends each file and each finding.
// Reading it takes a tenth of the time JSON took, and a cached run is mostly
// reading it.
void putString(std::string& out, std::string_view text) {
  fmt::format_to(std::back_inserter(out), "{}:", text.size());
  out += text;
}

void putFinding(std::string& out, const Finding& finding) {
  putString(out, finding.rule_id);
  fmt::format_to(std::back_inserter(out), " {} {} {} {} ", finding.span.begin, finding.span.end,
                 static_cast<int>(finding.severity), finding.severity_escalated ? 1 : 0);
  putString(out, finding.message);
  fmt::format_to(std::back_inserter(out), " {}", finding.fixes.size());
  for (const Fix& fix : finding.fixes) {
    out += ' ';
    putString(out, fix.title);
    fmt::format_to(std::back_inserter(out), " {} {} {}", fix.safe ? 1 : 0, fix.preferred ? 1 : 0, fix.edits.size());
    for (const TextEdit& edit : fix.edits) {
      fmt::format_to(std::back_inserter(out), " {} {} ", edit.span.begin, edit.span.end);
      putString(out, edit.new_text);
    }
  }
  out += '\n';
}

// Reads what putString and putFinding write; throws std::runtime_error on anything else.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool atEnd() const { return pos_ == text_.size(); }

  std::uint64_t number(int base = 10) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text_.data() + pos_, text_.data() + text_.size(), value, base);
    if (error != std::errc()) fail("a number");
    pos_ = static_cast<std::size_t>(end - text_.data());
    return value;
  }

  std::string_view string() {
    const std::uint64_t size = number();
    separator(':');
    if (size > text_.size() - pos_) fail("a string");
    const std::string_view out = text_.substr(pos_, size);
    pos_ += size;
    return out;
  }

  bool flag() {
    const std::uint64_t value = number();
    if (value > 1) fail("0 or 1");
    return value == 1;
  }

  // A count of items that take at least `min_bytes` each: never more than the rest of the file holds.
  std::size_t count(std::size_t min_bytes) {
    const std::uint64_t n = number();
    if (n > (text_.size() - pos_) / min_bytes) fail("a count");
    return n;
  }

  void separator(char c) {
    if (pos_ >= text_.size() || text_[pos_] != c) fail(c == '\n' ? "a line end" : std::string("'") + c + "'");
    ++pos_;
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(fmt::format("{} expected at byte {}", what, pos_));
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

ByteSpan span(Reader& in) {
  ByteSpan out{in.number(), 0};
  in.separator(' ');
  out.end = in.number();
  if (out.end < out.begin) in.fail("a span that does not end before it begins");
  return out;
}

Finding readFinding(Reader& in) {
  Finding finding;
  finding.rule_id = in.string();
  in.separator(' ');
  finding.span = span(in);
  in.separator(' ');
  const std::uint64_t severity = in.number();
  if (severity < 1 || severity > 4) in.fail("a severity from 1 to 4");
  finding.severity = static_cast<Severity>(severity);
  in.separator(' ');
  finding.severity_escalated = in.flag();
  in.separator(' ');
  finding.message = in.string();
  in.separator(' ');
  finding.fixes.resize(in.count(8));
  for (Fix& fix : finding.fixes) {
    in.separator(' ');
    fix.title = in.string();
    in.separator(' ');
    fix.safe = in.flag();
    in.separator(' ');
    fix.preferred = in.flag();
    in.separator(' ');
    fix.edits.resize(in.count(6));
    for (TextEdit& edit : fix.edits) {
      in.separator(' ');
      edit.span = span(in);
      in.separator(' ');
      edit.new_text = in.string();
    }
  }
  in.separator('\n');
  return finding;
}

}  // namespace

std::string CheckCache::load(const std::string& path, const std::string& build_id) {
  path_ = path;
  build_id_ = build_id;
  entries_.clear();
  changed_ = true;  // until the whole file is read
  std::string text, error;
  bool missing = false;
  if (!io::readWholeFile(path, text, error, &missing))
    return missing ? std::string() : "ignoring the cache " + path + ": " + error;
  if (!std::string_view(text).starts_with(kMagic))
    return "ignoring the cache " + path + ": not a copydesk cache file (it will be replaced)";
  try {
    Reader in(std::string_view(text).substr(kMagic.size()));
    if (in.string() != build_id) return "";  // another build: every file is checked again
    in.separator('\n');
    while (!in.atEnd()) {
      const std::string_view file = in.string();
      in.separator(' ');
      Entry entry;
      entry.key = in.number(16);
      in.separator(' ');
      entry.findings.resize(in.count(16));
      in.separator('\n');
      for (Finding& finding : entry.findings) finding = readFinding(in);
      entries_.insert_or_assign(std::string(file), std::move(entry));
    }
  } catch (const std::exception& e) {
    entries_.clear();
    return "ignoring the cache " + path + ": it is corrupt (" + e.what() + "; it will be replaced)";
  }
  changed_ = false;
  return "";
}

const std::vector<Finding>* CheckCache::find(const std::string& file, std::uint64_t key) const {
  const auto it = entries_.find(file);
  return it != entries_.end() && it->second.key == key ? &it->second.findings : nullptr;
}

void CheckCache::store(const std::string& file, std::uint64_t key, std::vector<Finding> findings) {
  changed_ = true;
  entries_[file] = Entry{key, std::move(findings)};
}

bool CheckCache::save(std::string& error) const {
  if (!changed_) return true;
  std::string out(kMagic);
  putString(out, build_id_);
  out += '\n';
  for (const auto& [file, entry] : entries_) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) continue;  // deleted since: forget it
    putString(out, file);
    fmt::format_to(std::back_inserter(out), " {:x} {}\n", entry.key, entry.findings.size());
    for (const Finding& finding : entry.findings) putFinding(out, finding);
  }
  return io::writeFileAtomically(path_, out, std::nullopt, error);
}

}  // namespace copydesk::cli
