// A Vale rule's check wrapped as a copydesk Rule.
#include "vale/support/ValeRule.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "engine/ParagraphRule.h"

namespace copydesk::vale {

namespace {

Severity severityOf(Level level) {
  switch (level) {
    case Level::Error: return Severity::Error;
    case Level::Warning: return Severity::Warning;
    case Level::Suggestion: return Severity::Information;
  }
  return Severity::Warning;
}

// TokenIgnores / BlockIgnores patterns, compiled once per process.
std::shared_ptr<const Pattern> ignorePattern(const std::string& source) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Pattern>, std::less<>> compiled;
  std::lock_guard lock(mutex);
  const auto it = compiled.find(source);
  if (it != compiled.end()) return it->second;
  std::string error;
  return compiled[source] = Pattern::compile(source, error);  // null: reported when the .vale.ini was read
}

ViewSettings settingsFrom(const nlohmann::json& options, const ViewNeeds& needs) {
  ViewSettings settings;
  settings.needs = needs;
  for (const char* key : {"tokenIgnores", "blockIgnores"}) {
    const auto it = options.find(key);
    if (it == options.end() || !it->is_array()) continue;
    for (const auto& item : *it) {
      if (!item.is_string()) continue;
      if (auto pattern = ignorePattern(item.get<std::string>()))
        (key[0] == 't' ? settings.token_ignores : settings.block_ignores).push_back(std::move(pattern));
    }
  }
  if (const auto it = options.find("lintCode"); it != options.end() && it->is_boolean()) settings.lint_code = *it;
  return settings;
}

// Every Vale rule of one check reads the same View: the last one built on
// this thread is kept, keyed by the text it was built from (held, so its
// address cannot be reused), the document and the settings.
std::shared_ptr<const View> viewFor(const Document& document, const nlohmann::json& options, const ViewNeeds& needs) {
  struct Cached {
    std::shared_ptr<const IndexedText> text;
    const Document* document = nullptr;
    std::vector<std::size_t> block_starts;  // a part's address may be reused for other blocks of the same text
    nlohmann::json options;
    ViewNeeds needs;
    std::shared_ptr<const View> view;
  };
  thread_local Cached cached;
  const std::vector<Block>& blocks = document.prose().blocks;
  const auto sameBlocks = [&] {
    return std::equal(cached.block_starts.begin(), cached.block_starts.end(), blocks.begin(), blocks.end(),
                      [](std::size_t start, const Block& block) { return start == block.span.begin; });
  };
  if (cached.view && cached.text == document.indexedText() && cached.document == &document && sameBlocks() &&
      cached.needs == needs && cached.options == options)
    return cached.view;
  cached = {document.indexedText(),
            &document,
            {},
            options,
            needs,
            std::make_shared<const View>(buildView(document, settingsFrom(options, needs)))};
  for (const Block& block : blocks) cached.block_starts.push_back(block.span.begin);
  return cached.view;
}

// outsideBlocksKey of the document, once per text and thread (every paragraph
// rule of a check asks).
std::uint64_t outsideBlocksKeyFor(const Document& document, const nlohmann::json& options) {
  struct Cached {
    std::shared_ptr<const IndexedText> text;
    bool ignore_patterns = false;
    std::uint64_t key = 0;
  };
  thread_local Cached cached;
  const bool ignore_patterns = options.contains("tokenIgnores") || options.contains("blockIgnores");
  if (cached.text != document.indexedText() || cached.ignore_patterns != ignore_patterns)
    cached = {document.indexedText(), ignore_patterns, outsideBlocksKey(document, ignore_patterns)};
  return cached.key;
}

// Base: Rule, or ParagraphRule for a rule whose hits in a block depend only
// on that block (ParagraphValeRule below).
template <class Base>
class ValeRule : public Base {
 public:
  ValeRule(RuleDefinition definition, std::unique_ptr<Check> check, std::shared_ptr<const Vocabulary> vocab,
           std::shared_ptr<const Prefilter> prefilter, ViewNeeds needs)
      : definition_(std::move(definition)), needs_(needs), check_(std::move(check)), vocab_(std::move(vocab)),
        prefilter_(std::move(prefilter)) {
    info_.id = definition_.name;
    info_.default_severity = severityOf(definition_.level);
    info_.description = definition_.description.empty() ? definition_.message : definition_.description;
    info_.explanation = definition_.description;
    info_.enabled_by_default = false;
  }

  const RuleInfo& info() const override { return info_; }
  std::string_view link() const override { return definition_.link; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::shared_ptr<const View> view = viewFor(ctx.document, ctx.options, needs_);
    std::vector<Hit> hits;
    CheckNotes notes;
    check_->run(CheckInput{*view, vocab_.get(), prefilter_.get()}, hits, notes);
    // Text and sentence blocks may see one hit twice. Sorted; hits mostly come in order.
    std::vector<std::pair<std::size_t, std::size_t>> seen;
    int reported = 0;
    for (Hit& hit : hits) {
      if (view->offFor(definition_.name, hit.span.begin)) continue;
      const std::pair<std::size_t, std::size_t> span{hit.span.begin, hit.span.end};
      const auto at = std::lower_bound(seen.begin(), seen.end(), span);
      if (at != seen.end() && *at == span) continue;
      seen.insert(at, span);
      if (definition_.limit > 0 && ++reported > definition_.limit) break;
      Finding finding;
      finding.span = hit.span;
      finding.message = std::move(hit.message);
      finding.fixes = std::move(hit.fixes);
      sink.add(std::move(finding));
    }
    if (notes.limit_hit) {
      Finding finding;
      finding.span = {0, 0};
      finding.message = definition_.name +
                        ": a pattern reached PCRE2's match or depth limit on this file; the rule "
                        "was skipped where it did (" +
                        definition_.file + ")";
      sink.add(std::move(finding));
    }
  }

 private:
  RuleDefinition definition_;
  ViewNeeds needs_;  // of the whole style set, so that its rules share one View
  std::unique_ptr<Check> check_;
  std::shared_ptr<const Vocabulary> vocab_;
  std::shared_ptr<const Prefilter> prefilter_;
  RuleInfo info_;
};

// Its findings in a block depend on that block and on what lies outside every
// block (View.h: outsideBlocksKey), so the engine re-runs it only on the
// blocks an edit touched.
class ParagraphValeRule final : public ValeRule<ParagraphRule> {
 public:
  using ValeRule::ValeRule;
  std::uint64_t documentInputs(const RuleContext& ctx) const override {
    return outsideBlocksKeyFor(ctx.document, ctx.options);
  }
};

// A rule may run on the blocks an edit touched when its kind judges each block
// on its own, its scope reads no document-wide block (summary, raw) and no
// per-file limit couples its blocks.
bool paragraphLocal(const RuleDefinition& definition, const Check& check) {
  const std::vector<ScopeSelector> scopes = parseScopes(definition.scopes);
  ViewBlock summary, raw;
  summary.parts = kSummary;
  raw.parts = kRaw;
  return check.blockLocal() && definition.limit == 0 && !scopeMatches(scopes, summary) && !scopeMatches(scopes, raw);
}

}  // namespace

std::shared_ptr<const Rule> makeValeRule(RuleDefinition definition, std::unique_ptr<Check> check,
                                         std::shared_ptr<const Vocabulary> vocab,
                                         std::shared_ptr<const Prefilter> prefilter, ViewNeeds needs) {
  if (paragraphLocal(definition, *check))
    return std::make_shared<ParagraphValeRule>(std::move(definition), std::move(check), std::move(vocab),
                                               std::move(prefilter), needs);
  return std::make_shared<ValeRule<Rule>>(std::move(definition), std::move(check), std::move(vocab),
                                          std::move(prefilter), needs);
}

}  // namespace copydesk::vale
