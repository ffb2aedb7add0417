// Soak test: one real `copydesk lsp` process over pipes, 200 documents, a
// stream of random incremental edits (non-ASCII, CRLF, emoji, huge pastes,
// deleting everything), hovers, code actions and pulled diagnostics in
// between, and the configuration changed half-way (.copydesk.json rewritten +
// didChangeWatchedFiles, then workspace/didChangeConfiguration).
//
// How the server's text is observed without a debug request: every spelling
// diagnostic carries data.word, the word the server sliced from ITS copy of
// the document; the test slices the same range from the client's copy and
// requires equality. Before the final check a marker misspelling is appended
// to every document at a known offset, and its diagnostic must sit exactly
// there. Pulled diagnostics carry resultId "<generation>:<version>": the
// version must be the client's last one, and the last pushed diagnostics of
// every document must be for its last version.
//
// Memory: the same work is done twice in one process (two rounds with the
// same seed: open the documents, the same edits, verify, close them all). A
// leak leaves the second round's RSS higher by what the first round leaked;
// without one, RSS after the second round is where the first left it (the
// caches are warm and the allocator reuses what it kept). RSS is also printed
// every 10% of the edits with the total text size.
//
// Environment: COPYDESK_SOAK_EDITS (edits in all, split over the two rounds;
// default 2000, the long run uses 20000), COPYDESK_SOAK_DOCS (default 200),
// COPYDESK_SOAK_SEED, COPYDESK_SOAK_LOG (set: the server logs at debug level).
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "process/Sanitizers.h"
#include "soak/ServerProcess.h"

namespace copydesk::soak {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

// ThreadSanitizer's allocator does not give freed memory back (malloc_trim does
// nothing there) and its shadow memory follows every address touched, so RSS
// says nothing about leaks in that build: the Release stage compares it, and
// LeakSanitizer looks for leaks in the ASan stage. Texts, versions and crashes
// are checked in every build.
#ifdef COPYDESK_UNDER_TSAN
constexpr bool kRssShowsLeaks = false;
#else
constexpr bool kRssShowsLeaks = true;
#endif

// How long the server is left alone before RSS is read (it trims after 2 s
// idle).
constexpr auto kIdle = 3s;
constexpr const char* kBaseConfig = R"({"rules": {"style/sentence-length": "off"}})";
constexpr const char* kStrictConfig = R"({"rules": {"style/sentence-length": "off", "spelling": "error"}})";

std::size_t envNumber(const char* name, std::size_t fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::strtoull(value, nullptr, 10) : fallback;
}

const std::vector<std::string> kWords = {"the",
                                         "server",
                                         "checks",
                                         "prose",
                                         "while",
                                         "writers",
                                         "type",
                                         "and",
                                         "editors",
                                         "stay",
                                         "open",
                                         "all",
                                         "day",
                                         "caf\xC3\xA9",
                                         "na\xC3\xAFve",
                                         "\xE4\xB8\xAD\xE6\x96\x87",
                                         "r\xC3\xA9sum\xC3\xA9",
                                         "\xF0\x9F\x8E\x89",
                                         "\xF0\x9F\x98\x80",
                                         "\xE2\x80\x94",
                                         "concensus",
                                         "recieve",
                                         "seperate",
                                         "definately",
                                         "occured",
                                         "it",
                                         "was",
                                         "very",
                                         "unique",
                                         "in",
                                         "2019",
                                         "42%",
                                         "of",
                                         "users",
                                         "utilize",
                                         "kernel",
                                         "Rust",
                                         "Linux",
                                         "fast",
                                         "a",
                                         "lot"};
const std::vector<std::string> kBreaks = {" ",    " ",        " ",       ", ",     ". ",     "\n", "\r\n",
                                          "\n\n", "\r\n\r\n", ".\n\n- ", "\n\n# ", "\n\n> ", "! ", "? "};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  std::string words(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
      out += kWords[below(kWords.size())];
      out += kBreaks[below(kBreaks.size())];
    }
    return out;
  }
  // A byte offset on a code point boundary and not between "\r" and "\n".
  std::size_t offsetIn(const std::string& text) {
    std::size_t o = below(text.size() + 1);
    while (o > 0 && o < text.size() && (static_cast<unsigned char>(text[o]) & 0xC0) == 0x80) --o;
    if (o > 0 && o < text.size() && text[o - 1] == '\r' && text[o] == '\n') --o;
    return o;
  }

 private:
  std::mt19937 rng_;
};

struct ClientDocument {
  std::string uri;
  std::string text;
  std::int64_t version = 1;
};

json range(const std::string& text, std::size_t a, std::size_t b) {
  return {{"start", positionAt(text, a)}, {"end", positionAt(text, b)}};
}

// What one round did, for the report.
struct RoundFigures {
  std::size_t rss_opened = 0, rss_peak = 0, rss_end = 0, rss_closed = 0;
  std::size_t text_peak = 0, requests = 0, huge_pastes = 0, wipes = 0, diagnostics = 0, verified_words = 0;
};

class Soak : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/copydesk-soak-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    root_ = pattern;
    fs::create_directories(root_ / "docs");
    writeConfig(kBaseConfig);
  }
  void TearDown() override {
    std::error_code ec;
    if (!HasFailure()) fs::remove_all(root_, ec);
    else std::fprintf(stderr, "soak: kept %s for inspection\n", root_.c_str());
  }
  void writeConfig(const std::string& text) {
    std::ofstream(root_ / ".copydesk.json", std::ios::binary | std::ios::trunc) << text;
  }
  std::string uri(const fs::path& p) const { return "file://" + p.string(); }

  void startServer() {
    const char* level = std::getenv("COPYDESK_SOAK_LOG") ? "debug" : "warn";
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{COPYDESK_BINARY, "lsp", "--log-level", level,
                                                                       "--log-file", (root_ / "lsp.log").string()});
    const json caps = {{"textDocument", {{"diagnostic", json::object()}}}};
    ASSERT_TRUE(server_->request(1, "initialize",
                                 {{"processId", ::getpid()},
                                  {"rootUri", uri(root_)},
                                  {"capabilities", caps},
                                  {"initializationOptions", {{"diagnosticMode", "both"}, {"debounceMs", 50}}}}));
    ASSERT_TRUE(server_->response(1, 30s).has_value());
    server_->notify("initialized", json::object());
  }

  // Waits until the server has handled everything sent so far (a request is
  // answered after the notifications before it), then leaves it idle long
  // enough to give free memory back, so that RSS is read at a quiet moment.
  void settle() {
    const std::int64_t id = next_id_++;
    server_->request(
        id, "textDocument/hover",
        {{"textDocument", {{"uri", uri(root_ / "not-open.md")}}}, {"position", {{"line", 0}, {"character", 0}}}});
    EXPECT_TRUE(server_->response(id, 60s).has_value()) << "the server stopped answering";
    std::this_thread::sleep_for(kIdle);
  }

  json ask(const std::string& method, const json& params, RoundFigures& figures) {
    const std::int64_t id = next_id_++;
    ++figures.requests;
    server_->request(id, method, params);
    const auto reply = server_->response(id, 60s);
    EXPECT_TRUE(reply.has_value()) << method << " " << id << " was not answered";
    if (reply) {
      EXPECT_TRUE(reply->contains("result")) << reply->dump().substr(0, 400);
    }
    return reply.value_or(json());
  }

  void change(ClientDocument& doc, std::size_t a, std::size_t b, const std::string& insert) {
    const json edit = {{"range", range(doc.text, a, b)}, {"text", insert}};
    doc.text.replace(a, b - a, insert);
    ++doc.version;
    server_->notify("textDocument/didChange",
                    {{"textDocument", {{"uri", doc.uri}, {"version", doc.version}}}, {"contentChanges", {edit}}});
  }

  // Waits until the last push of every document is for its current version;
  // returns how many documents got there.
  std::size_t waitForPushes(const std::vector<ClientDocument>& docs, std::chrono::seconds limit) {
    std::map<std::string, std::int64_t> last;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::size_t settled = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      while (auto m = server_->take(
                 [](const json& m) { return m.value("method", "") == "textDocument/publishDiagnostics"; }, 200ms)) {
        const json& params = (*m)["params"];
        if (params.contains("version")) last[params["uri"]] = params["version"];
      }
      settled = 0;
      for (const ClientDocument& doc : docs)
        if (last.count(doc.uri) && last[doc.uri] == doc.version) ++settled;
      if (settled == docs.size()) break;
    }
    return settled;
  }

  // One random edit of one document (and, now and then, a request).
  void editRandomly(std::vector<ClientDocument>& docs, Generator& gen, std::size_t n, RoundFigures& figures) {
    ClientDocument& doc = docs[gen.below(docs.size())];
    const std::string& text = doc.text;
    const std::size_t op = gen.below(1000);
    std::size_t a = gen.offsetIn(text), b = a;
    std::string insert;
    if (op < 5) {  // delete everything
      a = 0;
      b = text.size();
      ++figures.wipes;
    } else if (op < 10) {  // a huge paste (~100 KB)
      insert = gen.words(15000);
      ++figures.huge_pastes;
    } else if (op < 600) {
      insert = gen.words(1 + gen.below(6));
    } else if (op < 850) {
      b = gen.offsetIn(text);
      if (b < a) std::swap(a, b);
      if (b - a > 200) b = a;  // keep deletions small; wipes are separate
    } else {
      b = gen.offsetIn(text);
      if (b < a) std::swap(a, b);
      insert = gen.words(1 + gen.below(3));
    }
    if (text.size() > 150000) {  // keep documents bounded: drop the first half
      a = 0;
      b = text.size() / 2;
      while (b < text.size() && ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80 || text[b] == '\n')) ++b;
      insert.clear();
    }
    change(doc, a, b, insert);

    if (n % 97 == 0) {
      const std::size_t at = gen.offsetIn(doc.text);
      ask("textDocument/hover", {{"textDocument", {{"uri", doc.uri}}}, {"position", positionAt(doc.text, at)}},
          figures);
    }
    if (n % 101 == 0) {
      const std::size_t x = gen.offsetIn(doc.text), y = gen.offsetIn(doc.text);
      ask("textDocument/codeAction",
          {{"textDocument", {{"uri", doc.uri}}},
           {"range", range(doc.text, std::min(x, y), std::max(x, y))},
           {"context", {{"diagnostics", json::array()}}}},
          figures);
    }
    if (n % 499 == 0) ask("textDocument/diagnostic", {{"textDocument", {{"uri", doc.uri}}}}, figures);
    if (n % 200 == 0) server_->takeAll();  // pushed diagnostics are checked at the end
  }

  // The configuration changes: the file (spelling becomes an error), then the
  // editor settings; or both back to the start.
  void changeConfiguration(bool strict) {
    writeConfig(strict ? kStrictConfig : kBaseConfig);
    server_->notify("workspace/didChangeWatchedFiles",
                    {{"changes", {{{"uri", uri(root_ / ".copydesk.json")}, {"type", 2}}}}});
    const json rules = strict ? json{{"style/hedging", "off"}} : json::object();
    server_->notify("workspace/didChangeConfiguration", {{"settings", {{"copydesk", {{"rules", rules}}}}}});
  }

  // Appends a marker misspelling to every document, pulls the diagnostics of
  // each and checks them against the client's text.
  void verify(std::vector<ClientDocument>& docs, RoundFigures& figures) {
    const std::string marker = "lemonx";
    std::vector<std::size_t> marker_at(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const std::size_t end = docs[i].text.size();
      marker_at[i] = end + 9;
      change(docs[i], end, end, "\n\nwe saw " + marker + " here.\n");
    }
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const ClientDocument& doc = docs[i];
      const json reply = ask("textDocument/diagnostic", {{"textDocument", {{"uri", doc.uri}}}}, figures);
      ASSERT_TRUE(reply.contains("result")) << reply.dump();
      const json& result = reply["result"];
      const std::string id = result.value("resultId", "");
      EXPECT_EQ(id.substr(id.find(':') + 1), std::to_string(doc.version)) << doc.uri;
      bool marker_found = false;
      for (const json& d : result["items"]) {
        ++figures.diagnostics;
        if (d.value("code", "") != "spelling") continue;
        const auto& r = d["range"];
        const std::size_t a = offsetAt(doc.text, r["start"]["line"], r["start"]["character"]);
        const std::size_t b = offsetAt(doc.text, r["end"]["line"], r["end"]["character"]);
        ASSERT_LE(a, b);
        const std::string client_word = doc.text.substr(a, b - a);
        EXPECT_EQ(client_word, d["data"].value("word", "?")) << doc.uri << " " << r.dump();
        EXPECT_EQ(d.value("severity", 0), 1) << "spelling is an error since the config change";
        ++figures.verified_words;
        if (client_word == marker && a == marker_at[i]) marker_found = true;
      }
      EXPECT_TRUE(marker_found) << doc.uri << ": no diagnostic for the marker at byte " << marker_at[i];
    }
    EXPECT_EQ(waitForPushes(docs, 60s), docs.size()) << "documents whose last push is for their last version";
  }

  // Opens the documents, edits them, verifies and closes them all.
  RoundFigures round(int number, std::size_t edits, std::size_t documents, unsigned seed) {
    RoundFigures figures;
    Generator gen(seed);
    std::vector<ClientDocument> docs(documents);
    for (std::size_t i = 0; i < documents; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "doc-%03zu.%s", i, i % 5 == 4 ? "txt" : "md");
      docs[i].uri = uri(root_ / "docs" / name);
      docs[i].text = "# Notes " + std::to_string(i) + "\n\n" + gen.words(20 + gen.below(400));
      server_->notify("textDocument/didOpen", {{"textDocument",
                                                {{"uri", docs[i].uri},
                                                 {"languageId", i % 5 == 4 ? "plaintext" : "markdown"},
                                                 {"version", 1},
                                                 {"text", docs[i].text}}}});
    }
    EXPECT_EQ(waitForPushes(docs, 120s), docs.size()) << "first versions not all checked";
    settle();
    figures.rss_opened = figures.rss_peak = server_->rssKiB();

    for (std::size_t n = 0; n < edits; ++n) {
      editRandomly(docs, gen, n, figures);
      if (n == edits / 2) changeConfiguration(true);
      if (n % std::max<std::size_t>(edits / 10, 1) == 0) {
        std::size_t bytes = 0;
        for (const ClientDocument& d : docs) bytes += d.text.size();
        const std::size_t rss = server_->rssKiB();
        figures.rss_peak = std::max(figures.rss_peak, rss);
        figures.text_peak = std::max(figures.text_peak, bytes);
        std::printf("soak: round %d, after %zu edits RSS %zu KiB, %zu bytes of text\n", number, n, rss, bytes);
      }
      if (!server_->running()) {
        ADD_FAILURE() << "the server died after " << n << " edits of round " << number;
        return figures;
      }
    }
    verify(docs, figures);
    figures.rss_end = server_->rssKiB();

    for (const ClientDocument& doc : docs)
      server_->notify("textDocument/didClose", {{"textDocument", {{"uri", doc.uri}}}});
    changeConfiguration(false);
    settle();
    figures.rss_closed = server_->rssKiB();
    std::printf("soak: round %d: %zu documents, %zu edits (%zu huge pastes, "
                "%zu wipes), %zu requests, %zu diagnostics "
                "at the end (%zu spelling ranges verified against the client "
                "text); RSS with the first versions "
                "open %zu KiB, peak %zu KiB (text peak %zu bytes), at the end "
                "%zu KiB, all closed %zu KiB\n",
                number, documents, edits, figures.huge_pastes, figures.wipes, figures.requests, figures.diagnostics,
                figures.verified_words, figures.rss_opened, figures.rss_peak, figures.text_peak, figures.rss_end,
                figures.rss_closed);
    EXPECT_GT(figures.verified_words, documents);
    return figures;
  }

  fs::path root_;
  std::unique_ptr<ServerProcess> server_;
  std::int64_t next_id_ = 100;
};

TEST_F(Soak, ManyDocumentsManyEditsTextStaysInSyncAndMemoryLevelsOff) {
  const std::size_t edits = envNumber("COPYDESK_SOAK_EDITS", 2000);
  const std::size_t documents = envNumber("COPYDESK_SOAK_DOCS", 200);
  const auto seed = static_cast<unsigned>(envNumber("COPYDESK_SOAK_SEED", 20261121));
  const auto started = std::chrono::steady_clock::now();
  startServer();
  if (HasFatalFailure()) return;

  const RoundFigures first = round(1, edits / 2, documents, seed);
  RoundFigures second = round(2, edits - edits / 2, documents, seed);

  ask("shutdown", nullptr, second);
  server_->notify("exit", nullptr);
  const auto status = server_->wait(10s);
  ASSERT_TRUE(status.has_value()) << "the server did not exit";
  EXPECT_EQ(*status, 0);
  EXPECT_EQ(server_->framingErrors(), 0u);

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("soak: %zu edits over two rounds, peak RSS %zu KiB, %.1f s\n", edits,
              std::max(first.rss_peak, second.rss_peak), seconds);
  if (!kRssShowsLeaks) {
    std::printf("soak: RSS not compared under ThreadSanitizer (its allocator keeps freed memory)\n");
    return;
  }
  EXPECT_LE(second.rss_closed, first.rss_closed + first.rss_closed / 8 + 8 * 1024)
      << "the same work done again left RSS higher: memory kept growing";
}

}  // namespace
}  // namespace copydesk::soak
