#include "cli/UnifiedDiff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace copydesk::cli {

namespace {

using Lines = std::vector<std::string_view>;

Lines splitLines(std::string_view text) {
  Lines lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, next - start));
    start = next;
  }
  return lines;
}

enum class OpKind { Equal, Delete, Insert };

struct Op {
  OpKind kind;
  std::size_t old_line;  // index in the old lines (for an Insert: how many old lines precede it)
  std::size_t new_line;  // index in the new lines (for a Delete: how many new lines precede it)
};

// Myers' greedy algorithm on a[a_begin, a_end) and b[b_begin, b_end); appends
// the edit script to `ops`.
void myers(const Lines& a, std::size_t a_begin, std::size_t a_end, const Lines& b, std::size_t b_begin,
           std::size_t b_end, std::vector<Op>& ops) {
  const long n = static_cast<long>(a_end - a_begin);
  const long m = static_cast<long>(b_end - b_begin);
  const auto same = [&](long x, long y) { return a[a_begin + x] == b[b_begin + y]; };
  std::vector<std::vector<long>> trace;  // trace[d][k + d]: furthest x on diagonal k after d edits
  for (long d = 0;; ++d) {
    std::vector<long> v(static_cast<std::size_t>(2 * d + 1));
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = 0;
      if (d > 0) {
        const std::vector<long>& prev = trace.back();
        const bool down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
        x = down ? prev[k + 1 + d - 1] : prev[k - 1 + d - 1] + 1;
      }
      long y = x - k;
      while (x < n && y < m && same(x, y)) ++x, ++y;
      v[k + d] = x;
      if (x >= n && y >= m) done = true;
    }
    trace.push_back(std::move(v));
    if (done) break;
  }
  std::vector<Op> reversed;
  long x = n, y = m;
  const auto equal = [&](long old_x, long old_y) {
    while (x > old_x && y > old_y) {
      --x, --y;
      reversed.push_back({OpKind::Equal, a_begin + x, b_begin + y});
    }
  };
  for (long d = static_cast<long>(trace.size()) - 1; d > 0; --d) {
    const std::vector<long>& prev = trace[d - 1];
    const long k = x - y;
    const bool down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
    const long prev_k = down ? k + 1 : k - 1;
    const long prev_x = prev[prev_k + d - 1];
    const long prev_y = prev_x - prev_k;
    equal(down ? prev_x : prev_x + 1, down ? prev_y + 1 : prev_y);
    if (down) reversed.push_back({OpKind::Insert, a_begin + x, b_begin + --y});
    else reversed.push_back({OpKind::Delete, a_begin + --x, b_begin + y});
  }
  equal(0, 0);
  ops.insert(ops.end(), reversed.rbegin(), reversed.rend());
}

std::vector<Op> editScript(const Lines& a, const Lines& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::vector<Op> ops;
  for (std::size_t i = 0; i < prefix; ++i) ops.push_back({OpKind::Equal, i, i});
  myers(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, ops);
  for (std::size_t i = suffix; i > 0; --i) ops.push_back({OpKind::Equal, a.size() - i, b.size() - i});
  return ops;
}

std::string range(std::size_t first, std::size_t count) {
  const std::size_t start = count ? first + 1 : first;  // an empty range names the line before it
  return count == 1 ? fmt::format("{}", start) : fmt::format("{},{}", start, count);
}

void appendLine(char prefix, std::string_view line, std::string& out) {
  out += prefix;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

void appendHunk(const std::vector<Op>& ops, std::size_t begin, std::size_t end, const Lines& a, const Lines& b,
                std::string& out) {
  std::size_t old_count = 0, new_count = 0;
  for (std::size_t i = begin; i < end; ++i) {
    old_count += ops[i].kind != OpKind::Insert;
    new_count += ops[i].kind != OpKind::Delete;
  }
  fmt::format_to(std::back_inserter(out), "@@ -{} +{} @@\n", range(ops[begin].old_line, old_count),
                 range(ops[begin].new_line, new_count));
  for (std::size_t i = begin; i < end; ++i) {
    const Op& op = ops[i];
    if (op.kind == OpKind::Equal) appendLine(' ', a[op.old_line], out);
    else if (op.kind == OpKind::Delete) appendLine('-', a[op.old_line], out);
    else appendLine('+', b[op.new_line], out);
  }
}

}  // namespace

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view old_name,
                        std::string_view new_name, std::size_t context) {
  if (before == after) return {};
  const Lines a = splitLines(before);
  const Lines b = splitLines(after);
  const std::vector<Op> ops = editScript(a, b);
  std::string out = fmt::format("--- {}\n+++ {}\n", old_name, new_name);
  for (std::size_t i = 0; i < ops.size();) {
    if (ops[i].kind == OpKind::Equal) {
      ++i;
      continue;
    }
    const std::size_t begin = i > context ? i - context : 0;
    std::size_t last_change = i;
    for (std::size_t j = i; j < ops.size();) {
      if (ops[j].kind != OpKind::Equal) {
        last_change = j++;
        continue;
      }
      std::size_t run_end = j;
      while (run_end < ops.size() && ops[run_end].kind == OpKind::Equal) ++run_end;
      if (run_end == ops.size() || run_end - j > 2 * context) break;
      j = run_end;
    }
    const std::size_t end = std::min(last_change + 1 + context, ops.size());
    appendHunk(ops, begin, end, a, b, out);
    i = end;
  }
  return out;
}

}  // namespace copydesk::cli
