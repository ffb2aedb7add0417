// LaTeX -> ProseMap: a hand-written scanner of the body's commands and
// environments (no TeX parser with source positions is packaged for Debian).
// What is prose and what is left out:
// README.md, Formats; the ProseMap contract: markup/Prose.h.
#include <algorithm>
#include <string>
#include <vector>

#include "markup/BlockBuilder.h"
#include "markup/Comments.h"
#include "markup/Prose.h"
#include "markup/RunExtractor.h"
#include "markup/ScannerBase.h"

namespace copydesk {

namespace {

using namespace markup::detail;

constexpr std::size_t npos = std::string_view::npos;

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

int sectionLevel(std::string_view name) {
  if (name == "part" || name == "chapter") return 1;
  if (name == "section") return 2;
  if (name == "subsection") return 3;
  if (name == "subsubsection") return 4;
  if (name == "paragraph") return 5;
  if (name == "subparagraph") return 6;
  return 0;
}

// Environments whose content is never prose.
bool isVerbatimEnvironment(std::string_view env) {
  return oneOf(env, {"verbatim", "verbatim*", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting", "minted",
                     "filecontents", "filecontents*", "tikzpicture", "pspicture", "comment", "alltt", "code", "decl",
                     "sourcecode", "listing"});
}

bool isMathEnvironment(std::string_view env) {
  return oneOf(env, {"equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
                     "eqnarray", "eqnarray*", "displaymath", "math", "flalign", "flalign*", "alignat", "alignat*"});
}

bool isQuoteEnvironment(std::string_view env) { return oneOf(env, {"quote", "quotation", "verse", "displayquote"}); }

bool isTableEnvironment(std::string_view env) {
  return oneOf(env, {"tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular", "tblr"});
}

// Commands whose argument is text of the sentence around them.
bool isTextCommand(std::string_view name) {
  return oneOf(name, {"emph",         "textbf", "textit", "textsl",          "textsc",
                      "textup",       "textmd", "textrm", "textsf",          "textnormal",
                      "underline",    "mbox",   "text",   "enquote",         "uline",
                      "hbox",         "fbox",   "textls", "foreignlanguage", "textsuperscript",
                      "textsubscript"});
}

// Commands that print nothing checkable: left out with their arguments.
bool isLayoutCommand(std::string_view name) {
  return oneOf(name, {"label",
                      "index",
                      "vspace",
                      "hspace",
                      "setlength",
                      "addtolength",
                      "setcounter",
                      "addtocounter",
                      "addcontentsline",
                      "pagestyle",
                      "thispagestyle",
                      "bibliographystyle",
                      "bibliography",
                      "usepackage",
                      "RequirePackage",
                      "documentclass",
                      "input",
                      "include",
                      "includegraphics",
                      "includeonly",
                      "author",
                      "date",
                      "title",
                      "maketitle",
                      "tableofcontents",
                      "listoffigures",
                      "listoftables",
                      "newpage",
                      "clearpage",
                      "cleardoublepage",
                      "noindent",
                      "indent",
                      "par",
                      "centering",
                      "raggedright",
                      "raggedleft",
                      "hline",
                      "toprule",
                      "midrule",
                      "bottomrule",
                      "cline",
                      "cmidrule",
                      "smallskip",
                      "medskip",
                      "bigskip",
                      "hfill",
                      "vfill",
                      "hfil",
                      "vfil",
                      "linebreak",
                      "pagebreak",
                      "newline",
                      "nobreak",
                      "unskip",
                      "relax",
                      "strut",
                      "quad",
                      "qquad",
                      "small",
                      "footnotesize",
                      "scriptsize",
                      "tiny",
                      "large",
                      "Large",
                      "LARGE",
                      "huge",
                      "Huge",
                      "normalsize",
                      "bfseries",
                      "itshape",
                      "slshape",
                      "scshape",
                      "upshape",
                      "mdseries",
                      "rmfamily",
                      "sffamily",
                      "ttfamily",
                      "normalfont",
                      "em",
                      "bf",
                      "it",
                      "tt",
                      "rm",
                      "sf",
                      "sc",
                      "sl",
                      "selectfont",
                      "makeatletter",
                      "makeatother",
                      "protect",
                      "phantomsection",
                      "null",
                      "leavevmode",
                      "penalty",
                      "kern",
                      "hskip",
                      "vskip",
                      "allowbreak",
                      "looseness",
                      "appendix",
                      "frontmatter",
                      "mainmatter",
                      "backmatter",
                      "NeedsTeXFormat",
                      "ProvidesFile",
                      "ProvidesPackage",
                      "color",
                      "pagenumbering",
                      "setbox",
                      "onecolumn",
                      "twocolumn",
                      "fontsize",
                      "ignorespaces",
                      "sloppy",
                      "fussy",
                      "hyphenation",
                      "hypersetup",
                      "geometry",
                      "newblock"});
}

bool isDefinitionCommand(std::string_view name) {
  return oneOf(name, {"newcommand",
                      "renewcommand",
                      "providecommand",
                      "newenvironment",
                      "renewenvironment",
                      "def",
                      "gdef",
                      "edef",
                      "xdef",
                      "let",
                      "DeclareRobustCommand",
                      "NewDocumentCommand",
                      "RenewDocumentCommand",
                      "DeclareDocumentCommand",
                      "newcounter",
                      "newlength",
                      "newif",
                      "DeclareOption",
                      "ExecuteOptions",
                      "ProcessOptions",
                      "newtheorem"});
}

bool isCiteCommand(std::string_view name) {
  return name.starts_with("cite") || name.ends_with("cite") || name.ends_with("cites") || name == "nocite";
}

bool isReferenceCommand(std::string_view name) {
  return oneOf(name, {"ref", "eqref", "pageref", "autoref", "cref", "Cref", "nameref", "vref", "hyperref"});
}

class LatexScanner : public ScannerBase {
 public:
  using ScannerBase::ScannerBase;

  void run() {
    // "|\cs|" is verbatim under \MakeShortVerb{\|} and in the ltxguide class.
    if (text_.find("\\MakeShortVerb{\\|}") != npos || text_.find("{ltxguide}") != npos) short_verb_ = '|';
    const std::size_t begin_document = findIn(text_, 0, text_.size(), "\\begin{document}");
    std::size_t body_begin = 0;
    std::size_t body_end = text_.size();
    if (begin_document != npos) {
      preamble(begin_document);
      body_begin = begin_document + 16;
      if (const std::size_t end_document = findIn(text_, body_begin, text_.size(), "\\end{document}");
          end_document != npos)
        body_end = end_document;
    }
    scan(body_begin, body_end);
    out_.close();
  }

 private:
  // Before \begin{document}: only comments, \title and \date are read, and the issue date of LaTeX News
  // (ltnews.cls: \publicationday, \publicationmonth, \publicationyear) when there is no \date.
  void preamble(std::size_t end) {
    std::string_view day, month, year;
    for (std::size_t i = 0; i < end; ++i) {
      if (text_[i] == '%' && (i == 0 || text_[i - 1] != '\\')) {
        i = comment(i, end) - 1;
        continue;
      }
      if (text_[i] != '\\') continue;
      std::string_view* part = startsWithAt(text_, i, "\\publicationday{")     ? &day
                               : startsWithAt(text_, i, "\\publicationmonth{") ? &month
                               : startsWithAt(text_, i, "\\publicationyear{")  ? &year
                                                                               : nullptr;
      if (!part && !startsWithAt(text_, i, "\\title{") && !startsWithAt(text_, i, "\\date{")) continue;
      const std::size_t open = text_.find('{', i);
      const std::size_t close = findClosing(text_, open, end, '{', '}');
      if (close == npos) continue;
      const std::string_view value = text_.substr(open + 1, close - open - 1);
      if (part) *part = value;
      else setMetadata(map_.front_matter, text_[i + 1] == 't' ? "title" : "date", value);
      i = close;
    }
    if (!month.empty() && !year.empty() && map_.front_matter.get("date").empty())
      setMetadata(map_.front_matter, "date",
                  std::string(day.empty() ? "1" : day) + " " + std::string(month) + " " + std::string(year));
  }

  // A comment from "%" to the end of its line; returns the line end.
  std::size_t comment(std::size_t at, std::size_t end) {
    std::size_t eol = at;
    while (eol < end && !isLineEnd(text_[eol])) ++eol;
    std::size_t body = at;
    while (body < eol && text_[body] == '%') ++body;
    map_.comments.push_back(makeComment(text_, {at, eol}, {body, eol}));
    return eol;
  }

  bool quoted() const {
    for (std::string_view env : envs_)
      if (isQuoteEnvironment(env)) return true;
    return false;
  }
  bool inTable() const { return !envs_.empty() && isTableEnvironment(envs_.back()); }

  void updateDefault() { out_.setDefaultBlock(inTable() ? BlockKind::TableCell : BlockKind::Paragraph, quoted()); }

  // Skips blanks (not a blank line) and then "[...]" / "{...}" groups, at most
  // `braces` brace groups; returns the index after them.
  // "Mittelbach:TB39-1" of "\bibitem[label]{Mittelbach:TB39-1}", read from just after "\bibitem".
  std::string bibliographyKey(std::size_t after, std::size_t end) const {
    const std::size_t label_end = skipArguments(after, end, 0);
    const std::size_t open = skipBlanks(text_, label_end, end);
    if (open >= end || text_[open] != '{') return {};
    const std::size_t close = findClosing(text_, open, end, '{', '}');
    return close == npos ? std::string() : std::string(text_.substr(open + 1, close - open - 1));
  }

  std::size_t skipArguments(std::size_t i, std::size_t end, int braces, bool allow_blanks = true) const {
    while (i < end) {
      std::size_t k = allow_blanks ? skipBlanks(text_, i, end) : i;
      if (allow_blanks && k < end && isLineEnd(text_[k])) {  // one line break, not a blank line
        const Line next = lineAt(text_, k + lineEndLength(text_, k));
        if (next.begin < end && !isBlankRange(text_, next.begin, next.end)) k = skipBlanks(text_, next.begin, end);
      }
      if (k >= end) return i;
      if (text_[k] == '*' && k == i) {
        i = k + 1;
        continue;
      }
      if (text_[k] == '[') {
        const std::size_t close = findClosing(text_, k, end, '[', ']');
        if (close == npos) return i;
        i = close + 1;
        continue;
      }
      if (text_[k] == '{' && braces > 0) {
        const std::size_t close = findClosing(text_, k, end, '{', '}');
        if (close == npos) return i;
        i = close + 1;
        --braces;
        continue;
      }
      return i;
    }
    return i;
  }

  // "[...]" groups then the index of the next "{" (npos when none follows).
  std::size_t braceAfterOptionals(std::size_t i, std::size_t end) const {
    std::size_t k = skipArguments(i, end, 0);
    k = skipBlanks(text_, k, end);
    return k < end && text_[k] == '{' ? k : npos;
  }

  void scan(std::size_t begin, std::size_t end) {
    std::size_t run = begin;
    auto flush = [&](std::size_t at) {
      if (at > run) out_.text(run, at);
    };
    updateDefault();
    for (std::size_t i = begin; i < end;) {
      const char c = text_[i];
      if (c == '%') {
        flush(i);
        run = i = comment(i, end);
        continue;
      }
      if (isLineEnd(c)) {  // a blank line ends the paragraph
        const Line next = lineAt(text_, i + lineEndLength(text_, i));
        if (next.begin < end && isBlankRange(text_, next.begin, next.end) && next.end < end) {
          flush(i);
          out_.close();
          run = i = next.next;
          continue;
        }
        ++i;
        continue;
      }
      if (c == '$') {
        const bool display = i + 1 < end && text_[i + 1] == '$';
        const std::size_t close = findIn(text_, i + (display ? 2 : 1), end, display ? "$$" : "$");
        if (close != npos) {
          flush(i);
          out_.opaque(i, close + (display ? 2 : 1), PieceKind::Math);
          run = i = close + (display ? 2 : 1);
          continue;
        }
      }
      if (c == short_verb_) {
        const Line line = lineAt(text_, i);  // i is inside the line; only its end matters
        const std::size_t close = findIn(text_, i + 1, std::min(line.end, end), std::string_view(&c, 1));
        if (close != npos) {
          flush(i);
          out_.opaque(i, close + 1, PieceKind::Code);
          run = i = close + 1;
          continue;
        }
      }
      if (c == '{' || c == '}' || c == '~') {
        flush(i);
        run = ++i;
        continue;
      }
      if (c == '&' && inTable()) {
        flush(i);
        out_.open(BlockKind::TableCell, 0, quoted());
        run = ++i;
        continue;
      }
      if (c != '\\' || i + 1 >= end) {
        ++i;
        continue;
      }
      if (std::string_view("%&$#_{} ").find(text_[i + 1]) != npos) {  // "\%" prints "%"
        flush(i);
        run = i + 1;
        i += 2;
        continue;
      }
      flush(i);
      run = i = command(i, end);
      updateDefault();
    }
    flush(end);
  }

  // The command at text[i] == '\\'; returns the index after what it consumed.
  std::size_t command(std::size_t i, std::size_t end) {
    const char next = text_[i + 1];
    if (!isLetter(next)) {
      if (next == '(' || next == '[') {  // \( math \) and \[ math \]
        const std::size_t close = findIn(text_, i + 2, end, next == '(' ? "\\)" : "\\]");
        if (close != npos) {
          out_.opaque(i, close + 2, PieceKind::Math);
          return close + 2;
        }
      }
      if (next == '\\') {
        if (inTable()) out_.close();  // a row ends
        return skipArguments(i + 2, end, 0, false);
      }
      return i + 2;  // \, \; \! \- \/ \@ and accents print nothing to check
    }
    std::size_t name_end = i + 1;
    while (name_end < end && isLetter(text_[name_end])) ++name_end;
    const std::string_view name = text_.substr(i + 1, name_end - i - 1);
    std::size_t after = name_end;
    if (after < end && text_[after] == '*') ++after;

    if (name == "begin" || name == "end") return environment(i, name == "begin", after, end);
    if (name == "verb" || name == "lstinline") {
      if (after < end && text_[after] != '{' && text_[after] != '[') {
        const std::size_t close = findIn(text_, after + 1, end, std::string_view(&text_[after], 1));
        if (close != npos) {
          out_.opaque(i, close + 1, PieceKind::Code);
          return close + 1;
        }
      }
    }
    if (const int level = sectionLevel(name); level > 0) {
      const std::size_t open = braceAfterOptionals(after, end);
      const std::size_t close = open == npos ? npos : findClosing(text_, open, end, '{', '}');
      if (close != npos) {
        out_.open(BlockKind::Heading, level, quoted());
        scan(open + 1, close);
        out_.close();
        return close + 1;
      }
    }
    if (name == "caption" || name == "item" || name == "bibitem") {
      out_.open(name == "item"      ? BlockKind::ListItem
                : name == "caption" ? BlockKind::Caption
                                    : BlockKind::Paragraph,
                0, quoted());
      if (name == "bibitem") {
        // A bibliography entry is source material, recorded like a footnote definition: it runs to the
        // next entry or the end of the bibliography. The end is looked for only up to the next entry, so that
        // each byte of a long bibliography is read once, not once per entry.
        const std::size_t next_entry = std::min(text_.substr(0, end).find("\\bibitem", after), end);
        const std::size_t entry_end =
            std::min(text_.substr(0, next_entry).find("\\end{thebibliography}", after), next_entry);
        map_.footnotes.push_back({bibliographyKey(after, end), {i, entry_end}});
        return skipArguments(after, end, 1);
      }
      if (name == "item") {  // "\item[term]": the term is prose of the item
        const std::size_t k = skipBlanks(text_, after, end);
        if (k < end && text_[k] == '[') {
          const std::size_t close = findClosing(text_, k, end, '[', ']');
          if (close != npos) {
            scan(k + 1, close);
            return close + 1;
          }
        }
        return after;
      }
      const std::size_t open = braceAfterOptionals(after, end);
      const std::size_t close = open == npos ? npos : findClosing(text_, open, end, '{', '}');
      if (close == npos) return after;
      scan(open + 1, close);
      out_.close();
      return close + 1;
    }
    if (name == "footnote") {
      const std::size_t open = braceAfterOptionals(after, end);
      const std::size_t close = open == npos ? npos : findClosing(text_, open, end, '{', '}');
      if (close != npos) {
        out_.beginFootnote({i, open + 1});
        scan(open + 1, close);
        out_.endFootnote(std::to_string(map_.footnotes.size() + 1), {open + 1, close});
        updateDefault();
        return close + 1;
      }
    }
    if (name == "href") {
      const std::size_t url_open = skipBlanks(text_, after, end);
      const std::size_t url_close =
          url_open < end && text_[url_open] == '{' ? findClosing(text_, url_open, end, '{', '}') : npos;
      const std::size_t open = url_close == npos ? npos : skipBlanks(text_, url_close + 1, end);
      const std::size_t close = open < end && text_[open] == '{' ? findClosing(text_, open, end, '{', '}') : npos;
      if (close != npos) {
        scan(open + 1, close);
        out_.link(open + 1, close, std::string(text_.substr(url_open + 1, url_close - url_open - 1)));
        return close + 1;
      }
    }
    if (isTextCommand(name)) {
      const std::size_t open = braceAfterOptionals(after, end);
      const std::size_t close = open == npos ? npos : findClosing(text_, open, end, '{', '}');
      if (close != npos) {
        scan(open + 1, close);
        return close + 1;
      }
      return after;
    }
    if (name == "title" || name == "date") {
      const std::size_t open = braceAfterOptionals(after, end);
      const std::size_t close = open == npos ? npos : findClosing(text_, open, end, '{', '}');
      if (close != npos) setMetadata(map_.front_matter, name, text_.substr(open + 1, close - open - 1));
    }
    if (isDefinitionCommand(name)) {
      std::size_t k = skipBlanks(text_, after, end);
      if (k < end && text_[k] == '\\') {  // \def\name, \providecommand\name
        ++k;
        while (k < end && isLetter(text_[k])) ++k;
        if (k < end && k == after + 2 && !isLetter(text_[k - 1])) ++k;
      }
      while (k < end && (text_[k] == '#' || (text_[k] >= '0' && text_[k] <= '9'))) ++k;  // \def\x#1#2
      return skipArguments(k, end, name.starts_with("new") && name.ends_with("environment") ? 3 : 2);
    }
    if (isLayoutCommand(name)) return skipArguments(after, end, name == "setlength" || name == "addtolength" ? 2 : 1);
    // Citations, URLs, references and every other command: one opaque piece
    // with the arguments written right after it.
    const std::size_t args_end = skipArguments(after, end, 3, false);
    PieceKind kind = PieceKind::Code;
    if (isCiteCommand(name)) kind = PieceKind::FootnoteRef;
    if (name == "url" || name == "nolinkurl") kind = PieceKind::Url;
    if (isReferenceCommand(name)) kind = PieceKind::Code;
    out_.opaque(i, args_end, kind);
    return args_end;
  }

  // \begin{env} or \end{env} at `i`.
  std::size_t environment(std::size_t i, bool begin, std::size_t after, std::size_t end) {
    const std::size_t open = skipBlanks(text_, after, end);
    const std::size_t close = open < end && text_[open] == '{' ? findClosing(text_, open, end, '{', '}') : npos;
    if (close == npos) return after;
    const std::string_view env = text_.substr(open + 1, close - open - 1);
    if (!begin) {
      out_.close();
      for (std::size_t k = envs_.size(); k > 0; --k) {
        if (envs_[k - 1] == env) {
          envs_.resize(k - 1);
          break;
        }
      }
      return close + 1;
    }
    if (isVerbatimEnvironment(env) || isMathEnvironment(env)) {
      const std::string closing = "\\end{" + std::string(env) + "}";
      const std::size_t stop = findIn(text_, close + 1, end, closing);
      const std::size_t finish = stop == npos ? end : stop + closing.size();
      if (isMathEnvironment(env)) {
        out_.opaque(i, finish, PieceKind::Math);
      } else if (env == "comment") {
        out_.close();
        map_.comments.push_back(makeComment(text_, {i, finish}, {close + 1, stop == npos ? end : stop}));
      } else {
        out_.close();
        map_.code_blocks.push_back({i, finish});
      }
      return finish;
    }
    out_.close();
    envs_.push_back(env);
    int braces = 0;
    if (isTableEnvironment(env)) braces = env == "tabular" || env == "longtable" ? 1 : 2;
    if (oneOf(env, {"minipage", "thebibliography", "multicols", "wrapfigure"})) braces = env == "wrapfigure" ? 2 : 1;
    if (env == "list") braces = 2;
    return skipArguments(close + 1, end, braces, false);
  }

  std::vector<std::string_view> envs_;  // open environments, innermost last
  char short_verb_ = '\0';              // a character that delimits verbatim text, if any
};

}  // namespace

ProseMap extractLatex(std::string_view text) { return extractWith<LatexScanner>(text); }

}  // namespace copydesk
