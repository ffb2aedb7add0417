#include "engine/ParagraphCache.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

#include "document/BlockKeys.h"
#include "engine/ParagraphRule.h"
#include "engine/RelativeFindings.h"

namespace copydesk {

namespace {

void mix(std::uint64_t& seed, std::uint64_t value) {
  seed ^= value + 0x9E3779B97F4A7C15ull + (seed << 12) + (seed >> 4);
}

// Everything besides the blocks themselves that the findings of any rule depend on.
std::uint64_t configurationKey(const RuleSet& rules, const CheckServices& services, std::uint64_t salt) {
  std::uint64_t key = salt;
  for (const EnabledRule& enabled : rules.rules) {
    mix(key, reinterpret_cast<std::uintptr_t>(enabled.rule));
    mix(key, static_cast<std::uint64_t>(enabled.severity));
    if (!enabled.options.empty()) mix(key, std::hash<std::string>{}(enabled.options.dump()));
  }
  mix(key, reinterpret_cast<std::uintptr_t>(services.spelling));
  mix(key, reinterpret_cast<std::uintptr_t>(services.accepted_words));
  mix(key, static_cast<std::uint64_t>(services.check_date.daysSinceEpoch()));
  mix(key, services.judge_by_document_date ? 1 : 0);
  return key;
}

// What a slot holds for a block without findings: one shared empty list, so
// that emptiness is seen without reading the list.
const std::shared_ptr<const std::vector<Finding>>& noFindings() {
  static const auto none = std::make_shared<const std::vector<Finding>>();
  return none;
}

// One paragraph rule's work in a check: the blocks it must run on and what it found there.
struct RuleWork {
  std::size_t rule = 0;  // index into RuleSet::rules
  std::uint64_t inputs = 0;
  std::vector<std::uint32_t> blocks;           // ascending
  std::vector<std::vector<Finding>> findings;  // per entry of `blocks`
};

// Runs `work`'s rule on the part of `document` made of `work.blocks`, and
// hands each finding to the block it starts in, or to the next one when it
// starts in the markup before a block (the space of a list marker).
void runOnBlocks(const Document& document, const Document& part, const EnabledRule& rule, const CheckServices& services,
                 RuleWork& work) {
  std::vector<Finding> found;
  runRule(rule, part, services, found);
  const std::vector<Block>& blocks = document.prose().blocks;
  work.findings.resize(work.blocks.size());
  for (Finding& finding : found) {
    const std::size_t offset = finding.span.begin;
    auto holder = std::upper_bound(work.blocks.begin(), work.blocks.end(), offset,
                                   [&](std::size_t at, std::uint32_t b) { return at < blocks[b].span.end; });
    const bool in_gap = holder == work.blocks.end() || offset < blocks[*holder].span.begin;
    if (holder != work.blocks.begin() &&
        (holder == work.blocks.end() || (in_gap && blocks[holder[-1]].span.end == offset)))
      --holder;  // at the end of the previous block ("add a period here")
    work.findings[static_cast<std::size_t>(holder - work.blocks.begin())].push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> ParagraphCache::check(std::shared_ptr<const Document> document, const RuleSet& rules,
                                           const CheckServices& services, std::uint64_t salt) {
  const Document& doc = *document;
  const std::vector<Block>& blocks = doc.prose().blocks;
  const std::vector<std::uint64_t>& keys = doc.blockKeys();
  std::shared_ptr<const State> previous;
  {
    std::lock_guard lock(mutex_);
    previous = state_;
  }

  // What each paragraph rule must run on: the blocks without reusable findings.
  const std::uint64_t configuration = configurationKey(rules, services, salt);
  std::vector<RuleWork> work;
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    const EnabledRule& enabled = rules.rules[r];
    if (!isParagraphRule(*enabled.rule)) continue;
    const RuleContext ctx{doc,
                          enabled.options,
                          services.spelling,
                          services.accepted_words,
                          services.check_date,
                          services.judge_by_document_date,
                          services.spelling_suggestions};
    std::uint64_t inputs = configuration;
    mix(inputs, documentInputsOf(*enabled.rule, ctx));
    work.push_back({r, inputs, {}, {}});
  }
  std::vector<std::shared_ptr<const Entry>> known;
  if (previous) known = knownEntries(*previous, keys);
  known.resize(blocks.size());
  for (auto& entry : known)
    if (entry && entry->size() != work.size()) entry = nullptr;
  // Block by block (each block's entry is read once: a 1 MB document has
  // thousands, and walking them once per rule was mostly cache misses).
  std::vector<bool> checked(blocks.size(), false);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    for (std::size_t s = 0; s < work.size(); ++s) {
      const Slot* slot = known[b] ? &(*known[b])[s] : nullptr;
      if (slot && slot->found && slot->inputs == work[s].inputs) continue;
      work[s].blocks.push_back(static_cast<std::uint32_t>(b));
      checked[b] = true;
    }
  }

  // Run the paragraph rules on parts; rules with the same blocks share one.
  std::size_t rule_runs = 0;
  std::unique_ptr<const Document> part;
  const std::vector<std::uint32_t>* part_blocks = nullptr;
  for (RuleWork& w : work) {
    if (w.blocks.empty()) continue;
    if (!part_blocks || *part_blocks != w.blocks) {
      part = Document::part(doc, w.blocks);
      part_blocks = &w.blocks;
    }
    runOnBlocks(doc, *part, rules.rules[w.rule], services, w);
    ++rule_runs;
  }

  // Places of the blocks that have findings to move (found when first needed).
  std::vector<std::optional<BlockPlace>> places(blocks.size());
  const auto placeOf = [&](std::size_t b) {
    if (!places[b]) places[b] = BlockPlace{blockLines(doc.text(), blocks[b]), doc.text().size()};
    return *places[b];
  };
  // The paragraph rules' findings block by block, then the document rules'.
  // finishFindings() orders them by span and rule id, and keeps each rule's
  // own order (block order) among equals: the order collected in is free.
  std::vector<Finding> findings;
  const auto& none = noFindings();
  std::vector<std::size_t> next_fresh(work.size(), 0);  // into each work[s].blocks
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    for (std::size_t s = 0; s < work.size(); ++s) {
      const RuleWork& w = work[s];
      std::size_t& next = next_fresh[s];
      if (next < w.blocks.size() && w.blocks[next] == b) {
        const std::vector<Finding>& fresh = w.findings[next++];
        findings.insert(findings.end(), fresh.begin(), fresh.end());
      } else if (const auto& reused = (*known[b])[s].found; reused != none) {
        appendPlacedFindings(*reused, placeOf(b), findings);
      }
    }
  }
  std::size_t s = 0;
  for (const EnabledRule& enabled : rules.rules) {
    if (s < work.size() && &rules.rules[work[s].rule] == &enabled) ++s;
    else runRule(enabled, doc, services, findings);
  }
  finishFindings(doc, rules, findings);

  // Keep what was found for the blocks of this version only.
  auto state = std::make_shared<State>();
  state->document = std::move(document);
  state->entries.resize(blocks.size());
  std::vector<std::size_t> next(work.size(), 0);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!checked[b] && known[b]) {
      state->entries[b] = std::move(known[b]);
      continue;
    }
    auto entry = std::make_shared<Entry>(work.size());
    for (std::size_t k = 0; k < work.size(); ++k) {
      RuleWork& w = work[k];
      if (next[k] < w.blocks.size() && w.blocks[next[k]] == b) {
        std::optional<std::vector<Finding>> relative = relativeFindings(w.findings[next[k]++], placeOf(b));
        if (relative)
          (*entry)[k] = {w.inputs,
                         relative->empty() ? none : std::make_shared<const std::vector<Finding>>(std::move(*relative))};
      } else {
        (*entry)[k] = (*known[b])[k];
      }
    }
    state->entries[b] = std::move(entry);
  }

  std::lock_guard lock(mutex_);
  state_ = std::move(state);
  ++stats_.checks;
  stats_.blocks = blocks.size();
  stats_.blocks_checked = static_cast<std::size_t>(std::count(checked.begin(), checked.end(), true));
  stats_.rule_runs = rule_runs;
  return findings;
}

std::vector<std::shared_ptr<const ParagraphCache::Entry>>
ParagraphCache::knownEntries(const State& previous, const std::vector<std::uint64_t>& keys) {
  // Blocks keep their order across an edit: walk both lists side by side.
  // Where they part, look at the few blocks around (an edited, added, removed
  // or nearby moved block), and only then look keys up in a table of every
  // block (building it on every keystroke cost more than the walk). A block
  // whose next one is nearby and that is not itself is taken as new.
  const std::vector<std::uint64_t>& previous_keys = previous.document->blockKeys();
  std::vector<std::shared_ptr<const Entry>> known(keys.size());
  constexpr std::size_t kNearby = 8;
  const auto nearby = [&](std::size_t around, std::uint64_t key) {
    const std::size_t end = std::min(previous_keys.size(), around + kNearby);
    for (std::size_t k = around > kNearby ? around - kNearby : 0; k < end; ++k)
      if (previous_keys[k] == key) return k;
    return previous_keys.size();
  };
  std::unordered_map<std::uint64_t, std::size_t> by_key;  // built when looking ahead is not enough
  std::size_t p = 0;                                      // the previous block expected next
  for (std::size_t b = 0; b < keys.size(); ++b) {
    if (p < previous_keys.size() && previous_keys[p] == keys[b]) {
      known[b] = previous.entries[p++];
      continue;
    }
    if (const std::size_t k = nearby(p, keys[b]); k < previous_keys.size()) {
      known[b] = previous.entries[k];
      p = k + 1;
      continue;
    }
    // A new block (edited or inserted) when the next one is found nearby.
    if (b + 1 < keys.size() && nearby(p, keys[b + 1]) < previous_keys.size()) continue;
    if (by_key.empty()) {
      by_key.reserve(previous_keys.size());
      for (std::size_t k = 0; k < previous_keys.size(); ++k) by_key.emplace(previous_keys[k], k);
    }
    const auto it = by_key.find(keys[b]);
    if (it == by_key.end()) continue;
    known[b] = previous.entries[it->second];
    p = it->second + 1;
  }
  return known;
}

std::shared_ptr<const Document> ParagraphCache::lastDocument() const {
  std::lock_guard lock(mutex_);
  return state_ ? state_->document : nullptr;
}

ParagraphCacheStats ParagraphCache::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace copydesk
