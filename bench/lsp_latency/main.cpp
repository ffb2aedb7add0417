// Latency of the language server from a one-character edit to fresh
// diagnostics: in-process (MemoryTransport, synchronous mode: no debounce, no
// pool), pull model, on a ~60 KB article made by concatenating articles of the
// corpus. Each sample: send textDocument/didChange (one character inserted or
// deleted at a random place), then textDocument/diagnostic, and time until the
// server has written its full report (the editor's own JSON work, building the
// messages and parsing the report, is not counted). Prints median, worst and p99.
//
// Usage: lsp_latency_bench [CORPUS_DIR] [--edits N] [--samples N] [--bytes N] [--seed N] [--json]
//        lsp_latency_bench --file FILE [...]: FILE repeated to --bytes instead,
//        opened under its format's language id (formats table: .html, .mdx,
//        COMMIT_EDITMSG, ...), to measure the formats other than Markdown
//        (default corpus: $COPYDESK_CORPUS, else shared/corpus beside the project,
//        in the first ancestor folder of the source tree that has one; 50 edits and, cheap enough, a
//        500-edit run for p99; --samples N: N edits in all, reporting p99;
//        --json: also print one JSON line with the figures, for bench/run)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "markup/Formats.h"
#include "protocol/JsonRpc.h"
#include "protocol/MemoryTransport.h"
#include "server/LspServer.h"
#include "text/LineIndex.h"

namespace {

namespace fs = std::filesystem;
using copydesk::protocol::json;
using Clock = std::chrono::steady_clock;

// The benchmark corpus when none is named: $COPYDESK_CORPUS, else shared/corpus
// in the first ancestor of the source tree that has one (a git worktree may sit deeper).
fs::path defaultCorpus() {
  if (const char* named = std::getenv("COPYDESK_CORPUS")) return named;
  const fs::path source = fs::path(COPYDESK_SOURCE_DIR);
  for (fs::path folder = source.parent_path(); folder.has_relative_path(); folder = folder.parent_path())
    if (fs::is_directory(folder / "shared" / "corpus")) return folder / "shared" / "corpus";
  return source.parent_path() / "shared" / "corpus";
}

std::string buildArticle(const fs::path& corpus, std::size_t target_bytes, std::size_t& files) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file() && entry.path().extension() == ".md" && entry.path().filename() != "README.md")
      paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::string article;
  files = 0;
  for (const fs::path& path : paths) {
    if (article.size() >= target_bytes) break;
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    article += text.str();
    article += "\n\n";
    ++files;
  }
  return article;
}

// `file` repeated until the article has `target_bytes`.
std::string repeatFile(const fs::path& file, std::size_t target_bytes, std::size_t& copies) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string once = text.str();
  std::string article;
  copies = 0;
  while (!once.empty() && article.size() < target_bytes) {
    article += once;
    article += "\n\n";
    ++copies;
  }
  return article;
}

struct Stats {
  double median = 0, p99 = 0, worst = 0, mean = 0;
};

Stats summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  Stats s;
  if (ms.empty()) return s;
  s.median = ms[ms.size() / 2];
  s.p99 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.99))];
  s.worst = ms.back();
  for (double v : ms) s.mean += v;
  s.mean /= static_cast<double>(ms.size());
  return s;
}

class Bench {
 public:
  Bench(std::string text, std::string uri, std::string language_id) : uri_(std::move(uri)), text_(std::move(text)) {
    logger_.silence();
    copydesk::server::ServerOptions options;
    options.synchronous = true;
    options.version = "bench";
    server_ = std::make_unique<copydesk::server::LspServer>(transport_, logger_, options);
    server_->start();
    request("initialize", {{"processId", nullptr},
                           {"rootUri", nullptr},
                           {"capabilities", {{"textDocument", {{"diagnostic", json::object()}}}}},
                           {"initializationOptions", {{"diagnosticMode", "pull"}}}});
    transport_.clientSend(copydesk::protocol::makeNotification("initialized", json::object()));
    transport_.clientSend(copydesk::protocol::makeNotification(
        "textDocument/didOpen",
        {{"textDocument", {{"uri", uri_}, {"languageId", language_id}, {"version", version_}, {"text", text_}}}}));
    findings_ = pull()["result"]["items"].size();  // warm-up: spelling caches, first check
  }

  // One sample: a one-character edit at a random place, then a pull.
  double sample(std::mt19937& rng) {
    const copydesk::LineIndex lines(text_);
    std::uniform_int_distribution<std::size_t> line_pick(0, lines.lineCount() - 1);
    const std::size_t line = line_pick(rng);
    const std::size_t start = lines.lineStart(line);
    const std::size_t length = lines.lineEnd(line) - start;
    // A random byte may fall inside a multi-byte character: use its start.
    const auto pos =
        lines.position(start + std::uniform_int_distribution<std::size_t>(0, length)(rng), copydesk::Encoding::Utf16);
    const std::size_t offset = lines.offset(pos, copydesk::Encoding::Utf16);
    const bool remove =
        length > 0 && offset < lines.lineEnd(line) && static_cast<unsigned char>(text_[offset]) < 0x80 && (rng() & 1);
    json change;
    if (remove) {
      change = {{"range",
                 {{"start", {{"line", pos.line}, {"character", pos.character}}},
                  {"end", {{"line", pos.line}, {"character", pos.character + 1}}}}},
                {"text", ""}};
      text_.erase(offset, 1);
    } else {
      change = {{"range",
                 {{"start", {{"line", pos.line}, {"character", pos.character}}},
                  {"end", {{"line", pos.line}, {"character", pos.character}}}}},
                {"text", "e"}};
      text_.insert(offset, "e");
    }
    // The editor's side stays out of the timing: both messages are serialised
    // before, and the response is parsed after, the clock runs (from the
    // didChange bytes reaching the server to the report's bytes leaving it).
    std::string edit = copydesk::protocol::makeNotification("textDocument/didChange",
                                                            {{"textDocument", {{"uri", uri_}, {"version", ++version_}}},
                                                             {"contentChanges", json::array({change})}})
                           .dump();
    const std::int64_t id = next_id_++;
    std::string pull_request =
        copydesk::protocol::makeRequest(copydesk::protocol::RequestId{id}, "textDocument/diagnostic",
                                        {{"textDocument", {{"uri", uri_}}}})
            .dump();
    const auto started = Clock::now();
    transport_.clientSend(std::move(edit));
    transport_.clientSend(std::move(pull_request));
    const std::optional<std::string> body = transport_.nextMessage(std::chrono::milliseconds(60000));
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    const json report = body ? json::parse(*body, nullptr, false) : json();
    if (report.value("id", json()) != id || transport_.outboxSize() != 0 || report["result"]["kind"] != "full") {
      std::fprintf(stderr, "unexpected report: %s\n", report.dump().substr(0, 200).c_str());
      std::exit(1);
    }
    return ms;
  }

  std::size_t findings() const { return findings_; }
  bool inSync() const { return server_->documents().find(uri_)->text() == text_; }

 private:
  json request(const std::string& method, const json& params) {
    const std::int64_t id = next_id_++;
    transport_.clientSend(copydesk::protocol::makeRequest(copydesk::protocol::RequestId{id}, method, params));
    auto reply = transport_.waitForResponse(copydesk::protocol::RequestId{id}, std::chrono::milliseconds(60000));
    transport_.takeAll();
    return reply.value_or(json());
  }
  json pull() { return request("textDocument/diagnostic", {{"textDocument", {{"uri", uri_}}}}); }

  std::string uri_;
  copydesk::server::Logger logger_;
  copydesk::protocol::MemoryTransport transport_;
  std::unique_ptr<copydesk::server::LspServer> server_;
  std::string text_;
  std::int64_t version_ = 1;
  std::int64_t next_id_ = 1;
  std::size_t findings_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = defaultCorpus();
  int edits = 50;
  int long_edits = 500;
  std::size_t bytes = 60 * 1024;
  unsigned seed = 42;
  bool as_json = false;
  fs::path file;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--edits" && i + 1 < argc) edits = std::atoi(argv[++i]), long_edits = 0;
    else if (arg == "--samples" && i + 1 < argc) long_edits = std::atoi(argv[++i]), edits = std::min(50, long_edits);
    else if (arg == "--json") as_json = true;
    else if (arg == "--bytes" && i + 1 < argc) bytes = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (arg == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::atol(argv[++i]));
    else if (arg == "--file" && i + 1 < argc) file = argv[++i];
    else corpus = arg;
  }
  std::string article;
  std::string uri = "file:///bench/article.md";
  std::string language_id = "markdown";
  std::size_t files = 0;
  if (!file.empty()) {
    const copydesk::FormatInfo* format = copydesk::formatForExtension(file.string());
    if (format == nullptr) {
      std::fprintf(stderr, "%s: not a format copydesk reads (see copydesk check --help)\n", file.c_str());
      return 2;
    }
    article = repeatFile(file, bytes, files);
    if (article.empty()) {
      std::fprintf(stderr, "%s: cannot read it, or it is empty\n", file.c_str());
      return 2;
    }
    uri = "file:///bench/" + file.filename().string();
    language_id = std::string(format->language_ids.front());
    std::printf("article: %s (%s) repeated %zu times\n", file.c_str(), std::string(format->name).c_str(), files);
  } else {
    if (!fs::is_directory(corpus)) {
      std::fprintf(stderr,
                   "no benchmark corpus at %s: the benchmark edits Markdown articles of a corpus (shared/corpus "
                   "beside the project); name one: lsp_latency_bench CORPUS_DIR, or COPYDESK_CORPUS=DIR\n",
                   corpus.c_str());
      return 2;
    }
    std::printf("corpus: %s\n", corpus.c_str());
    article = buildArticle(corpus, bytes, files);
    if (article.empty()) {
      std::fprintf(stderr, "no Markdown articles under %s\n", corpus.c_str());
      return 1;
    }
  }
  const auto setup_started = Clock::now();
  Bench bench(article, uri, language_id);
  const double setup_ms = std::chrono::duration<double, std::milli>(Clock::now() - setup_started).count();
  std::printf("article: %zu bytes from %zu corpus files, %zu findings; first open + check: %.1f ms\n", article.size(),
              files, bench.findings(), setup_ms);

  std::mt19937 rng(seed);
  std::vector<double> samples;
  for (int i = 0; i < edits; ++i) samples.push_back(bench.sample(rng));
  Stats s = summarise(samples);
  std::printf(
      "didChange (1 char) -> fresh textDocument/diagnostic, %d edits: median %.2f ms, worst %.2f ms (mean %.2f)\n",
      edits, s.median, s.worst, s.mean);
  if (long_edits > 0) {
    for (int i = 0; i < long_edits - edits; ++i) samples.push_back(bench.sample(rng));
    s = summarise(samples);
    std::printf("                                             %d edits: median %.2f ms, p99 %.2f ms, worst %.2f ms\n",
                long_edits, s.median, s.p99, s.worst);
  }
  if (as_json) {
    const int n = long_edits > 0 ? long_edits : edits;
    std::printf("{\"bytes\": %zu, \"edits\": %d, \"first_check_ms\": %.3f, \"median_ms\": %.3f, "
                "\"p99_ms\": %.3f, \"worst_ms\": %.3f, \"mean_ms\": %.3f, \"findings\": %zu}\n",
                article.size(), n, setup_ms, s.median, s.p99, s.worst, s.mean, bench.findings());
  }
  if (!bench.inSync()) {
    std::fprintf(stderr, "the server's text drifted from the benchmark's\n");
    return 1;
  }
  return 0;
}
