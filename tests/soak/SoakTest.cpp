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
// Memory: VmRSS at 25%, 50% and 100% of the edits; at the end it must not
// exceed the 50% figure by more than 25% + 16 MiB (every distinct word is
// cached once per process, so the vocabulary here is fixed).
//
// Environment: COPYDESK_SOAK_EDITS (default 2000; the long run uses 20000),
// COPYDESK_SOAK_DOCS (default 200), COPYDESK_SOAK_SEED.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "soak/ServerProcess.h"

namespace copydesk::soak {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

std::size_t envNumber(const char* name, std::size_t fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::strtoull(value, nullptr, 10) : fallback;
}

const std::vector<std::string> kWords = {
    "the", "server", "checks", "prose", "while", "writers", "type", "and", "editors", "stay", "open", "all", "day",
    "caf\xC3\xA9", "na\xC3\xAFve", "\xE4\xB8\xAD\xE6\x96\x87", "r\xC3\xA9sum\xC3\xA9", "\xF0\x9F\x8E\x89",
    "\xF0\x9F\x98\x80", "\xE2\x80\x94", "concensus", "recieve", "seperate", "definately", "occured", "it", "was",
    "very", "unique", "in", "2019", "42%", "of", "users", "utilize", "kernel", "Rust", "Linux", "fast", "a", "lot"};
const std::vector<std::string> kBreaks = {" ", " ", " ", ", ", ". ", "\n", "\r\n", "\n\n", "\r\n\r\n", ".\n\n- ",
                                          "\n\n# ", "\n\n> ", "! ", "? "};

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

class Soak : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/copydesk-soak-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    root_ = pattern;
    fs::create_directories(root_ / "docs");
    writeConfig(R"({"rules": {"style/sentence-length": "off"}})");
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

  fs::path root_;
};

TEST_F(Soak, ManyDocumentsManyEditsTextStaysInSyncAndMemoryLevelsOff) {
  const std::size_t edits = envNumber("COPYDESK_SOAK_EDITS", 2000);
  const std::size_t documents = envNumber("COPYDESK_SOAK_DOCS", 200);
  Generator gen(static_cast<unsigned>(envNumber("COPYDESK_SOAK_SEED", 20261121)));
  const auto started = std::chrono::steady_clock::now();

  ServerProcess server({COPYDESK_BINARY, "lsp", "--log-level", "warn", "--log-file", (root_ / "lsp.log").string()});
  const json caps = {{"textDocument", {{"diagnostic", json::object()}}}};
  ASSERT_TRUE(server.request(1, "initialize",
                             {{"processId", ::getpid()},
                              {"rootUri", uri(root_)},
                              {"capabilities", caps},
                              {"initializationOptions", {{"diagnosticMode", "both"}, {"debounceMs", 50}}}}));
  ASSERT_TRUE(server.response(1, 30s).has_value());
  server.notify("initialized", json::object());

  std::vector<ClientDocument> docs(documents);
  for (std::size_t i = 0; i < documents; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "doc-%03zu.%s", i, i % 5 == 4 ? "txt" : "md");
    docs[i].uri = uri(root_ / "docs" / name);
    docs[i].text = "# Notes " + std::to_string(i) + "\n\n" + gen.words(20 + gen.below(400));
    server.notify("textDocument/didOpen", {{"textDocument",
                                            {{"uri", docs[i].uri},
                                             {"languageId", i % 5 == 4 ? "plaintext" : "markdown"},
                                             {"version", 1},
                                             {"text", docs[i].text}}}});
  }

  std::int64_t next_id = 100;
  std::size_t requests = 0, huge_pastes = 0, wipes = 0;
  const auto ask = [&](const std::string& method, const json& params) {
    const std::int64_t id = next_id++;
    ++requests;
    server.request(id, method, params);
    const auto reply = server.response(id, 60s);
    EXPECT_TRUE(reply.has_value()) << method << " " << id << " was not answered";
    if (reply) {
      EXPECT_TRUE(reply->contains("result")) << reply->dump().substr(0, 400);
    }
    return reply.value_or(json());
  };
  std::size_t rss_quarter = 0, rss_half = 0, rss_end = 0;
  const std::size_t rss_start = server.rssKiB();

  for (std::size_t n = 0; n < edits; ++n) {
    ClientDocument& doc = docs[gen.below(docs.size())];
    std::string& text = doc.text;
    const std::size_t op = gen.below(1000);
    std::size_t a = gen.offsetIn(text), b = a;
    std::string insert;
    if (op < 5) {  // delete everything
      a = 0;
      b = text.size();
      ++wipes;
    } else if (op < 10) {  // a huge paste (~100 KB)
      insert = gen.words(15000);
      ++huge_pastes;
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
    const json change = {{"range", range(text, a, b)}, {"text", insert}};
    text.replace(a, b - a, insert);
    ++doc.version;
    server.notify("textDocument/didChange",
                  {{"textDocument", {{"uri", doc.uri}, {"version", doc.version}}}, {"contentChanges", {change}}});

    if (n % 97 == 0) {
      const std::size_t at = gen.offsetIn(text);
      ask("textDocument/hover", {{"textDocument", {{"uri", doc.uri}}}, {"position", positionAt(text, at)}});
    }
    if (n % 101 == 0) {
      const std::size_t x = gen.offsetIn(text), y = gen.offsetIn(text);
      ask("textDocument/codeAction", {{"textDocument", {{"uri", doc.uri}}},
                                      {"range", range(text, std::min(x, y), std::max(x, y))},
                                      {"context", {{"diagnostics", json::array()}}}});
    }
    if (n % 499 == 0) ask("textDocument/diagnostic", {{"textDocument", {{"uri", doc.uri}}}});
    if (n == edits / 4) rss_quarter = server.rssKiB();
    if (n == edits / 2) {
      rss_half = server.rssKiB();
      // Configuration changes half-way: the file (spelling becomes an error)...
      writeConfig(R"({"rules": {"style/sentence-length": "off", "spelling": "error"}})");
      server.notify("workspace/didChangeWatchedFiles",
                    {{"changes", {{{"uri", uri(root_ / ".copydesk.json")}, {"type", 2}}}}});
      // ...and the editor settings.
      server.notify("workspace/didChangeConfiguration",
                    {{"settings", {{"copydesk", {{"rules", {{"style/hedging", "off"}}}}}}}});
    }
    if (n % 200 == 0) server.takeAll();  // pushed diagnostics are checked at the end
    ASSERT_TRUE(server.running()) << "the server died after " << n << " edits";
  }

  // A marker misspelling at a known place at the end of every document.
  const std::string marker = "zorbleflap";
  std::vector<std::size_t> marker_at(docs.size());
  for (ClientDocument& doc : docs) {
    const std::string insert = "\n\nwe saw " + marker + " here.\n";
    const std::size_t end = doc.text.size();
    const json change = {{"range", range(doc.text, end, end)}, {"text", insert}};
    marker_at[static_cast<std::size_t>(&doc - docs.data())] = end + 9;
    doc.text += insert;
    ++doc.version;
    server.notify("textDocument/didChange",
                  {{"textDocument", {{"uri", doc.uri}, {"version", doc.version}}}, {"contentChanges", {change}}});
  }

  std::size_t verified_words = 0, diagnostics_seen = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const ClientDocument& doc = docs[i];
    const json reply = ask("textDocument/diagnostic", {{"textDocument", {{"uri", doc.uri}}}});
    ASSERT_TRUE(reply.contains("result")) << reply.dump();
    const json& result = reply["result"];
    const std::string id = result.value("resultId", "");
    EXPECT_EQ(id.substr(id.find(':') + 1), std::to_string(doc.version)) << doc.uri;
    bool marker_found = false;
    for (const json& d : result["items"]) {
      ++diagnostics_seen;
      if (d.value("code", "") != "spelling") continue;
      const auto& r = d["range"];
      const std::size_t a = offsetAt(doc.text, r["start"]["line"], r["start"]["character"]);
      const std::size_t b = offsetAt(doc.text, r["end"]["line"], r["end"]["character"]);
      ASSERT_LE(a, b);
      const std::string client_word = doc.text.substr(a, b - a);
      EXPECT_EQ(client_word, d["data"].value("word", "?")) << doc.uri << " " << r.dump();
      EXPECT_EQ(d.value("severity", 0), 1) << "spelling is an error since the config change";
      ++verified_words;
      if (client_word == marker && a == marker_at[i]) marker_found = true;
    }
    EXPECT_TRUE(marker_found) << doc.uri << ": no diagnostic for the marker at byte " << marker_at[i];
  }

  // Pushed diagnostics settle on the last version of every document.
  std::map<std::string, std::int64_t> last_pushed;
  const auto settle_deadline = std::chrono::steady_clock::now() + 60s;
  std::size_t settled = 0;
  while (std::chrono::steady_clock::now() < settle_deadline) {
    while (auto m = server.take([](const json& m) { return m.value("method", "") == "textDocument/publishDiagnostics"; },
                                200ms)) {
      const json& params = (*m)["params"];
      if (params.contains("version")) last_pushed[params["uri"]] = params["version"];
    }
    settled = 0;
    for (const ClientDocument& doc : docs)
      if (last_pushed.count(doc.uri) && last_pushed[doc.uri] == doc.version) ++settled;
    if (settled == docs.size()) break;
  }
  EXPECT_EQ(settled, docs.size()) << "documents whose last push is for their last version";
  rss_end = server.rssKiB();

  ask("shutdown", nullptr);
  server.notify("exit", nullptr);
  const auto status = server.wait(10s);
  ASSERT_TRUE(status.has_value()) << "the server did not exit";
  EXPECT_EQ(*status, 0);
  EXPECT_EQ(server.framingErrors(), 0u);

  std::size_t bytes = 0;
  for (const ClientDocument& doc : docs) bytes += doc.text.size();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("soak: %zu documents, %zu edits (%zu huge pastes, %zu wipes), %zu requests, %zu diagnostics at the end "
              "(%zu spelling ranges verified against the client text), %zu bytes of text\n"
              "soak: RSS start %zu KiB, 25%% %zu KiB, 50%% %zu KiB, end %zu KiB; %.1f s\n",
              docs.size(), edits, huge_pastes, wipes, requests, diagnostics_seen, verified_words, bytes, rss_start,
              rss_quarter, rss_half, rss_end, seconds);
  EXPECT_GT(verified_words, docs.size());
  EXPECT_LE(rss_end, rss_half + rss_half / 4 + 16 * 1024) << "memory kept growing";
}

}  // namespace
}  // namespace copydesk::soak
