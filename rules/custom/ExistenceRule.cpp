// Custom "existence" rules: report every occurrence of some phrases or of an
// RE2 pattern in the prose.
#include <re2/re2.h>

#include "custom/support/CustomRuleSupport.h"

namespace copydesk {

namespace {

using custom::CustomRule;

constexpr std::string_view kDefaultMessage = "Avoid '%s'";

// The prose of one block between opaque pieces (code, URLs, ...), as one string
// with the source offset of each of its bytes.
struct ProseRun {
  std::string text;
  std::vector<std::size_t> source;

  ByteSpan sourceSpan(std::size_t begin, std::size_t end) const { return {source[begin], source[end - 1] + 1}; }
};

template <typename F>
void forEachProseRun(const Document& document, F&& visit) {
  ProseRun run;
  const auto flush = [&] {
    if (!run.text.empty()) visit(run);
    run.text.clear();
    run.source.clear();
  };
  for (const Block& block : document.prose().blocks) {
    for (const Piece& piece : block.pieces) {
      if (piece.kind != PieceKind::Prose && piece.kind != PieceKind::LineBreak) {
        flush();
        continue;
      }
      run.text += document.slice(piece.span);
      for (std::size_t i = piece.span.begin; i < piece.span.end; ++i) run.source.push_back(i);
    }
    flush();
  }
}

std::size_t nextCodePoint(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

class PhraseExistenceRule final : public CustomRule {
 public:
  explicit PhraseExistenceRule(CustomRuleSpec spec) : CustomRule(std::move(spec), "Custom existence rule") {
    for (std::size_t i = 0; i < spec_.tokens.size(); ++i) {
      matcher_.add(spec_.tokens[i], static_cast<std::uint32_t>(i));
      phrases_.push_back(spec_.tokens[i]);
    }
  }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::string_view message = spec_.message.empty() ? kDefaultMessage : std::string_view(spec_.message);
    custom::forEachPhrase(ctx.document, matcher_, phrases_, spec_.ignore_case, [&](ByteSpan span, std::uint32_t) {
      Finding finding;
      finding.span = span;
      finding.message = custom::formatMessage(message, {ctx.document.slice(span)});
      sink.add(std::move(finding));
    });
  }

 private:
  PhraseMatcher matcher_;
  std::vector<std::string_view> phrases_;
};

class PatternExistenceRule final : public CustomRule {
 public:
  PatternExistenceRule(CustomRuleSpec spec, std::unique_ptr<RE2> re)
      : CustomRule(std::move(spec), "Custom existence rule"), re_(std::move(re)) {}

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::string_view message = spec_.message.empty() ? kDefaultMessage : std::string_view(spec_.message);
    forEachProseRun(ctx.document, [&](const ProseRun& run) {
      const std::string_view text = run.text;
      std::size_t pos = 0;
      re2::StringPiece match;
      while (pos <= text.size() && re_->Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
        const std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
        const std::size_t end = begin + match.size();
        if (end == begin) {  // an empty match reports nothing
          pos = nextCodePoint(text, begin);
          continue;
        }
        Finding finding;
        finding.span = run.sourceSpan(begin, end);
        finding.message = custom::formatMessage(message, {text.substr(begin, end - begin)});
        sink.add(std::move(finding));
        pos = end;
      }
    });
  }

 private:
  std::unique_ptr<RE2> re_;
};

}  // namespace

std::shared_ptr<const Rule> makeExistenceRule(CustomRuleSpec spec, std::string& error) {
  if (spec.pattern.empty()) return std::make_shared<PhraseExistenceRule>(std::move(spec));
  RE2::Options options;
  options.set_case_sensitive(!spec.ignore_case);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(spec.pattern, options);
  if (!re->ok()) {
    error = "invalid pattern: " + re->error();
    return nullptr;
  }
  return std::make_shared<PatternExistenceRule>(std::move(spec), std::move(re));
}

}  // namespace copydesk
