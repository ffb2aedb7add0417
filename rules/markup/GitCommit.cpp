// A git commit message (COMMIT_EDITMSG, MERGE_MSG, ...) -> ProseMap, as git
// itself reads it:
//  - lines starting with '#' are comments (git drops them): kept for
//    suppression, never prose, and they do not split a paragraph;
//  - the scissors line ("# ------------------------ >8 ------------------------")
//    and everything after it (the diff of `git commit -v`) are not read; nor is
//    a diff pasted without one (from a line starting with "diff --git ");
//  - the subject (the first line) is a Heading of level 1; blank lines
//    separate paragraphs; a line starting with a bullet ("- ", "* ", "1. ")
//    starts a ListItem that runs until the next bullet or blank line;
//  - a paragraph whose lines are all indented (4 blanks or a tab) is code
//    (commands, output, quoted diffs): code_blocks, not prose; `inline code`
//    on one line is a Code piece;
//  - the trailers (the last paragraph when every line is "Token: value", an
//    indented continuation or "(cherry picked from commit ...)") are not prose.
// The output of `git log` (a line "commit <hash>" before each message, with the "Author:" and "Date:" lines
// and the message indented by four blanks unless a format such as %B left them out) is read as its
// messages, one after another; a diff of `git log -p` runs until the next "commit" line.
// A commit message has no date: the facts rules use the check date.
#include <string_view>
#include <vector>

#include "markup/Comments.h"
#include "markup/Prose.h"
#include "markup/ProseScan.h"
#include "markup/RunExtractor.h"

namespace copydesk {
namespace {

using namespace markup::detail;

struct Line {
  std::size_t begin = 0;  // first byte of the line
  std::size_t end = 0;    // before the line terminator
  std::size_t next = 0;   // after the line terminator
};

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

bool isIndented(std::string_view s) { return s.starts_with("    ") || s.starts_with("\t"); }

// "commit 4515c86fd95e..." and "commit 4515c86 (HEAD -> main)": the line before each message of `git log`.
bool isCommitHeader(std::string_view s) {
  if (!s.starts_with("commit ")) return false;
  std::size_t k = 7;
  while (k < s.size() && ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 'a' && s[k] <= 'f'))) ++k;
  return k - 7 >= 7 && (k == s.size() || s[k] == ' ');
}

// "Author: A <a@b>", "Date:   Mon Aug 10 ...", "Merge: 1a2b 3c4d": the lines after a header.
bool isHeaderField(std::string_view s) {
  for (std::string_view field : {"Author:", "Date:", "Merge:", "AuthorDate:", "Commit:", "CommitDate:"})
    if (s.starts_with(field)) return true;
  return false;
}

bool isScissors(std::string_view s) {
  return s.starts_with("#") && s.find(">8") != std::string_view::npos && s.find("----") != std::string_view::npos;
}

// "Signed-off-by: A <a@b>", "Fixes: 1234abcd (...)", "Co-authored-by: ...".
bool isTrailer(std::string_view s) {
  if (s.starts_with("(cherry picked from commit ")) return true;
  std::size_t k = 0;
  while (k < s.size() && (isAsciiAlnum(static_cast<unsigned char>(s[k])) || s[k] == '-')) ++k;
  return k > 0 && k < s.size() && s[k] == ':' && (k + 1 == s.size() || isSpaceOrTab(s[k + 1]));
}

class GitCommitExtractor {
 public:
  GitCommitExtractor(std::string_view text, ProseMap& map) : text_(text), map_(map) {}

  void run() {
    readLines();
    if (!git_log_) {
      readMessage(0, lines_.size());
      return;
    }
    // Each message runs from its header's fields to the next header.
    std::size_t first = 0;
    while (first < lines_.size()) {
      std::size_t body = first + 1;
      while (body < lines_.size() && isHeaderField(content(body))) ++body;
      std::size_t end = body;
      while (end < lines_.size() && !isCommitHeader(content(end))) ++end;
      dedentMessage(body, end);
      readMessage(body, end);
      first = end;
    }
  }

 private:
  // Plain `git log` indents every line of a message by four blanks: the message starts after them.
  void dedentMessage(std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
      if (!isBlank(content(i)) && !content(i).starts_with("    ")) return;
    for (std::size_t i = first; i < end; ++i)
      if (!isBlank(content(i))) lines_[i].begin += 4;
  }

  void readMessage(std::size_t first_line, std::size_t end_line) {
    // Paragraphs: runs of non-blank, non-comment lines.
    std::vector<std::vector<std::size_t>> paragraphs;
    std::vector<std::size_t> current;
    for (std::size_t i = first_line; i < end_line; ++i) {
      const std::string_view s = content(i);
      if (s.starts_with("#")) continue;
      if (isBlank(s)) {
        if (!current.empty()) paragraphs.push_back(std::move(current));
        current.clear();
        continue;
      }
      current.push_back(i);
    }
    if (!current.empty()) paragraphs.push_back(std::move(current));
    if (!paragraphs.empty() && paragraphs.size() > 1 && allTrailers(paragraphs.back())) paragraphs.pop_back();

    bool subject = true;
    for (const std::vector<std::size_t>& paragraph : paragraphs) {
      std::size_t first = 0;
      if (subject) {
        subject = false;
        block_.kind = BlockKind::Heading;
        block_.level = 1;
        addLine(paragraph[0], 0);
        endBlock();
        first = 1;
      }
      if (first < paragraph.size() && allIndented(paragraph, first)) {
        map_.code_blocks.push_back({lines_[paragraph[first]].begin, lines_[paragraph.back()].end});
        continue;
      }
      for (std::size_t k = first; k < paragraph.size(); ++k) {
        const std::string_view s = content(paragraph[k]);
        const std::size_t indent = s.find_first_not_of(" \t");
        const std::size_t bullet = bulletLength(s.substr(indent));
        if (bullet != 0) {
          endBlock();
          block_.kind = BlockKind::ListItem;
          addLine(paragraph[k], indent + bullet);
        } else {
          if (block_.pieces.empty()) block_.kind = BlockKind::Paragraph;
          addLine(paragraph[k], indent);
        }
      }
      endBlock();
    }
  }

  std::string_view content(std::size_t i) const { return slice(text_, lines_[i].begin, lines_[i].end); }

  void readLines() {
    bool in_diff = false;  // `git log -p`: from "diff --git" to the next header
    for (std::size_t p = 0; p < text_.size();) {
      Line line;
      line.begin = p;
      while (p < text_.size() && !isLineEnd(text_[p])) ++p;
      line.end = p;
      line.next = p + lineEndLength(text_, p);
      p = line.next;
      const std::string_view s = slice(text_, line.begin, line.end);
      if (lines_.empty() && isCommitHeader(s)) git_log_ = true;
      if (git_log_) {
        in_diff = (in_diff || s.starts_with("diff --git ")) && !isCommitHeader(s);
        if (!in_diff) lines_.push_back(line);
        continue;
      }
      if (isScissors(s)) {
        map_.comments.push_back(makeComment(text_, {line.begin, line.end}, {line.begin + 1, line.end}));
        return;
      }
      if (s.starts_with("diff --git ")) return;
      if (s.starts_with("#"))
        map_.comments.push_back(makeComment(text_, {line.begin, line.end}, {line.begin + 1, line.end}));
      lines_.push_back(line);
    }
  }

  bool allTrailers(const std::vector<std::size_t>& paragraph) const {
    if (!isTrailer(content(paragraph[0]))) return false;
    for (std::size_t i : paragraph) {
      const std::string_view s = content(i);
      if (!isTrailer(s) && !isSpaceOrTab(s[0])) return false;
    }
    return true;
  }

  bool allIndented(const std::vector<std::size_t>& paragraph, std::size_t first) const {
    for (std::size_t k = first; k < paragraph.size(); ++k)
      if (!isIndented(content(paragraph[k]))) return false;
    return true;
  }

  // The line's text from `skip`, trailing blanks left out; a LineBreak before
  // it when the block already has a line.
  void addLine(std::size_t i, std::size_t skip) {
    const Line& line = lines_[i];
    if (!block_.pieces.empty() && previous_ < lines_.size()) {
      const Line& prev = lines_[previous_];
      if (prev.next > prev.end) block_.pieces.push_back(Piece{{prev.end, prev.next}, PieceKind::LineBreak});
    }
    std::size_t end = line.end;
    while (end > line.begin + skip && isSpaceOrTab(text_[end - 1])) --end;
    addText(line.begin + skip, end);
    previous_ = i;
  }

  // Prose, with `inline code` (closed on the same line) as Code pieces.
  void addText(std::size_t begin, std::size_t end) {
    std::size_t prose = begin;
    for (std::size_t open = text_.find('`', begin); open < end; open = text_.find('`', open + 1)) {
      const std::size_t close = text_.find('`', open + 1);
      if (close == std::string_view::npos || close >= end) break;
      if (prose < open) block_.pieces.push_back(Piece{{prose, open}, PieceKind::Prose});
      block_.pieces.push_back(Piece{{open, close + 1}, PieceKind::Code});
      prose = close + 1;
      open = close;
    }
    if (prose < end) block_.pieces.push_back(Piece{{prose, end}, PieceKind::Prose});
  }

  void endBlock() {
    if (!block_.pieces.empty()) {
      splitOpaque(text_, block_.pieces, scratch_);
      if (finishBlock(block_)) map_.blocks.push_back(std::move(block_));
    }
    block_ = Block{};
  }

  std::string_view text_;
  ProseMap& map_;
  std::vector<Line> lines_;
  Block block_;
  std::vector<Piece> scratch_;
  std::size_t previous_ = 0;
  bool git_log_ = false;
};

}  // namespace

ProseMap extractGitCommit(std::string_view text) { return extractWith<GitCommitExtractor>(text); }

bool looksLikeGitLog(std::string_view text) {
  const std::size_t eol = text.find_first_of("\r\n");
  return isCommitHeader(text.substr(0, eol));
}

}  // namespace copydesk
