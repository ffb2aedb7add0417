// phrase_matcher_bench: times the style phrase rules over a corpus of Markdown
// articles, with the built-in lists and again with 5,000 extra synthetic
// phrases in every list, and prints ns/byte for both; then counts findings per
// 1,000 words for every style/* rule.
//
//   phrase_matcher_bench [--corpus DIR] [--runs N] [--extra N]
//   phrase_matcher_bench --show RULE [--samples N] [--corpus DIR]   sample findings of one rule
//
// The corpus defaults to ../shared/corpus (from the project root) or
// $COPYDESK_CORPUS. Only *.md files are read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "document/Document.h"
#include "engine/Rule.h"
#include "registry/Registry.h"
#include "style/support/PhraseList.h"
#include "style/support/StyleSupport.h"
#include "text/Ascii.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(style_puffery_txt)
COPYDESK_EMBEDDED(style_cliche_txt)
COPYDESK_EMBEDDED(style_wordiness_txt)
COPYDESK_EMBEDDED(style_hedging_txt)

namespace {

using namespace copydesk;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// CPU time of this thread in nanoseconds: other processes on a shared machine
// do not inflate it the way they inflate wall-clock time.
double cpuNanoseconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

struct Corpus {
  std::vector<std::shared_ptr<const Document>> documents;
  std::size_t bytes = 0;
  std::size_t words = 0;  // Word and Number tokens of the prose
};

Corpus loadCorpus(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Corpus corpus;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    corpus.bytes += text.size();
    auto doc = Document::create(file.string(), std::move(text), DocumentFormat::Markdown);
    for (const Token& t : doc->tokens().tokens)
      corpus.words += t.kind == TokenKind::Word || t.kind == TokenKind::Number ? 1 : 0;
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

class CountingSink final : public FindingSink {
 public:
  void add(Finding) override { ++count; }
  std::size_t count = 0;
};

class CollectingSink final : public FindingSink {
 public:
  void add(Finding f) override { findings.push_back(std::move(f)); }
  std::vector<Finding> findings;
};

RuleContext contextFor(const Document& doc, const nlohmann::json& options) {
  return RuleContext{doc, options, nullptr, nullptr, CivilDate{}, false};
}

constexpr style::PhraseMessages kMessage{"{}"};

// The four phrase lists, optionally grown by `extra` synthetic phrases each.
// Synthetic phrases are 2-4 words drawn from the corpus's most frequent words,
// so their first words hit the trie as often as real phrases would.
std::vector<style::PhraseList> buildLists(const Corpus& corpus, std::size_t extra) {
  std::vector<style::PhraseList> lists;
  for (std::string_view data :
       {data::style_puffery_txt, data::style_cliche_txt, data::style_wordiness_txt, data::style_hedging_txt})
    lists.push_back(style::PhraseList::parse(data));
  if (extra == 0) return lists;
  std::unordered_map<std::string, std::size_t> frequency;
  for (const auto& doc : corpus.documents)
    for (const Token& t : doc->tokens().tokens)
      if (t.kind == TokenKind::Word) ++frequency[asciiLowerCopy(doc->slice(t.span))];
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (auto& [word, n] : frequency) ranked.emplace_back(n, word);
  std::sort(ranked.rbegin(), ranked.rend());
  ranked.resize(std::min<std::size_t>(ranked.size(), 3000));
  std::mt19937 rng(42);
  for (style::PhraseList& list : lists) {
    for (std::size_t i = 0; i < extra; ++i) {
      const std::size_t length = 2 + rng() % 3;
      std::string phrase;
      for (std::size_t w = 0; w < length; ++w) {
        if (w) phrase += ' ';
        phrase += ranked[rng() % ranked.size()].second;
      }
      style::PhraseEntry entry;
      entry.phrase = std::move(phrase);
      list.add(std::move(entry));
    }
  }
  return lists;
}

struct Timing {
  double ns_per_byte = 0;
  std::size_t findings = 0;
  std::size_t phrases = 0;
};

Timing timeLists(const Corpus& corpus, const std::vector<style::PhraseList>& lists, int runs) {
  Timing timing;
  for (const auto& list : lists) timing.phrases += list.entries().size();
  const nlohmann::json options = nlohmann::json::object();
  double best = 1e300;
  for (int run = 0; run < runs; ++run) {
    CountingSink sink;
    const double start = cpuNanoseconds();
    for (const auto& doc : corpus.documents) {
      const RuleContext ctx = contextFor(*doc, options);
      for (const auto& list : lists) style::checkPhraseList(ctx, list, kMessage, sink);
    }
    const double ns = cpuNanoseconds() - start;
    best = std::min(best, ns);
    timing.findings = sink.count;
  }
  timing.ns_per_byte = best / static_cast<double>(corpus.bytes);
  return timing;
}

void printRuleFigures(const Corpus& corpus) {
  std::printf("\nFindings per 1,000 words (%zu words of prose, all style/* rules at default options):\n", corpus.words);
  std::printf("  %-28s %9s %10s %10s\n", "rule", "findings", "per 1k", "CPU ns/byte");
  const nlohmann::json options = nlohmann::json::object();
  for (const Rule* rule : builtinRules()) {
    if (!rule->info().id.starts_with("style/")) continue;
    CountingSink sink;
    const double start = cpuNanoseconds();
    for (const auto& doc : corpus.documents) rule->check(contextFor(*doc, options), sink);
    const double ns = cpuNanoseconds() - start;
    std::printf("  %-28s %9zu %10.3f %10.2f%s\n", std::string(rule->info().id).c_str(), sink.count,
                1000.0 * static_cast<double>(sink.count) / static_cast<double>(corpus.words),
                ns / static_cast<double>(corpus.bytes), rule->info().enabled_by_default ? "" : "  (off by default)");
  }
}

void showSamples(const Corpus& corpus, std::string_view rule_id, std::size_t samples) {
  const Rule* rule = findBuiltinRule(rule_id);
  if (!rule) {
    std::fprintf(stderr, "no rule %s\n", std::string(rule_id).c_str());
    std::exit(2);
  }
  struct Sample {
    const Document* doc;
    Finding finding;
  };
  std::vector<Sample> all;
  std::map<std::string, std::size_t> by_text;
  const nlohmann::json options = nlohmann::json::object();
  for (const auto& doc : corpus.documents) {
    CollectingSink sink;
    rule->check(contextFor(*doc, options), sink);
    for (Finding& f : sink.findings) {
      ++by_text[asciiLowerCopy(doc->slice(f.span).substr(0, 40))];
      all.push_back({doc.get(), std::move(f)});
    }
  }
  std::vector<std::pair<std::size_t, std::string>> top;
  for (auto& [text, n] : by_text) top.emplace_back(n, text);
  std::sort(top.rbegin(), top.rend());
  std::printf("%zu findings of %s; most frequent texts:\n", all.size(), std::string(rule_id).c_str());
  for (std::size_t i = 0; i < std::min<std::size_t>(top.size(), 25); ++i)
    std::printf("  %6zu  %s\n", top[i].first, top[i].second.c_str());
  std::mt19937 rng(7);
  std::shuffle(all.begin(), all.end(), rng);
  std::printf("\nSample:\n");
  for (std::size_t i = 0; i < std::min(samples, all.size()); ++i) {
    const Sample& s = all[i];
    const std::size_t line = s.doc->lines().lineOf(s.finding.span.begin);
    std::string context(s.doc->text().substr(s.doc->lines().lineStart(line),
                                             s.doc->lines().lineEnd(line) - s.doc->lines().lineStart(line)));
    if (context.size() > 160) {
      const std::size_t col = s.finding.span.begin - s.doc->lines().lineStart(line);
      const std::size_t from = col > 70 ? col - 70 : 0;
      context = "..." + context.substr(from, 160) + "...";
    }
    std::printf("%s:%zu: [%s] %s\n    %s\n", fs::path(s.doc->path()).filename().string().c_str(), line + 1,
                std::string(s.doc->slice(s.finding.span).substr(0, 80)).c_str(), s.finding.message.c_str(),
                context.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus_dir = std::getenv("COPYDESK_CORPUS") ? std::getenv("COPYDESK_CORPUS") : "../shared/corpus";
  int runs = 5;
  std::size_t extra = 5000;
  std::string show;
  std::size_t samples = 40;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--corpus") corpus_dir = value();
    else if (arg == "--runs") runs = std::max(1, std::atoi(value().c_str()));
    else if (arg == "--extra") extra = static_cast<std::size_t>(std::atol(value().c_str()));
    else if (arg == "--show") show = value();
    else if (arg == "--samples") samples = static_cast<std::size_t>(std::atol(value().c_str()));
    else {
      std::fprintf(stderr, "usage: %s [--corpus DIR] [--runs N] [--extra N] [--show RULE [--samples N]]\n", argv[0]);
      return 2;
    }
  }
  if (!fs::is_directory(corpus_dir)) {
    std::fprintf(stderr, "no corpus at %s (use --corpus DIR or COPYDESK_CORPUS)\n", corpus_dir.string().c_str());
    return 2;
  }
  const auto load_start = Clock::now();
  const Corpus corpus = loadCorpus(corpus_dir);
  const double load_s = std::chrono::duration<double>(Clock::now() - load_start).count();
  std::printf("corpus: %zu files, %zu bytes, %zu words of prose (loaded, extracted and tokenized in %.2f s)\n",
              corpus.documents.size(), corpus.bytes, corpus.words, load_s);
  if (!show.empty()) {
    showSamples(corpus, show, samples);
    return 0;
  }

  const Timing builtin = timeLists(corpus, buildLists(corpus, 0), runs);
  const Timing grown = timeLists(corpus, buildLists(corpus, extra), runs);
  std::printf("\nPhrase rules (puffery, cliche, wordiness, hedging), CPU time, best of %d runs:\n", runs);
  std::printf("  built-in lists:          %6zu phrases  %7.2f ns/byte  (%zu findings)\n", builtin.phrases,
              builtin.ns_per_byte, builtin.findings);
  std::printf("  + %zu phrases per list: %6zu phrases  %7.2f ns/byte  (%zu findings)\n", extra, grown.phrases,
              grown.ns_per_byte, grown.findings);
  std::printf("  ratio: %.2fx\n", grown.ns_per_byte / builtin.ns_per_byte);

  printRuleFigures(corpus);
  return 0;
}
