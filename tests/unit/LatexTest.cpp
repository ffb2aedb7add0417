// LaTeX prose extraction: input -> blocks with exact piece spans (markup/Latex.cpp).
#include <gtest/gtest.h>

#include <string>

#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

class LatexExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(LatexExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractLatex(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"PreambleIsLeftOut",
     "\\documentclass{article}\n\\usepackage{x}\n\\title{The Title}\n\\date{2024-05-06}\n\\begin{document}\nBody "
     "text.\n\\end{document}\nAfter end.\n",
     "paragraph: \"Body text.\"@92\n"},
    {"SectionsWithLevels", "\\section{Intro}\nText.\n\\subsection*{Sub}\n\\chapter[short]{Long}\n",
     "heading2: \"Intro\"@9\nparagraph: \"Text.\"@16\nheading3: \"Sub\"@35\nheading1: \"Long\"@56\n"},
    {"ParagraphsSplitAtBlankLines", "One line\nand another.\n\nNext.\n",
     "paragraph: \"One line\"@0 br\"\\n\"@8 \"and another.\"@9\nparagraph: \"Next.\"@23\n"},
    {"CommentsLeftOut", "Text % a comment\nmore.\n% whole line\n",
     "paragraph: \"Text \"@0 br\"\\n\"@16 \"more.\"@17\n"},
    {"EscapedPercentIsText", "Rose 40\\% today.\n", "paragraph: \"Rose 40\"@0 \"% today.\"@8\n"},
    {"MathIsOpaque", "Area $\\pi r^2$ and \\(x\\) and \\[y\\] and $$z$$.\n",
     "paragraph: \"Area \"@0 math\"$\\pi r^2$\"@5 \" and \"@14 math\"\\(x\\)\"@19 \" and \"@24 math\"\\[y\\]\"@29 \" "
     "and \"@34 math\"$$z$$\"@39 \".\"@44\n"},
    {"VerbatimAndListingsLeftOut",
     "Before.\n\\begin{verbatim}\ncode here\n\\end{verbatim}\n\\begin{lstlisting}\nmore\n\\end{lstlisting}\nAfter.\n",
     "paragraph: \"Before.\"@0\nparagraph: \"After.\"@91\n"},
    {"MathEnvironmentIsOpaque", "As\n\\begin{equation}\nx = 1\n\\end{equation}\nshows.\n",
     "paragraph: \"As\"@0 br\"\\n\"@2 math\"\\begin{equation}\\nx = 1\\n\\end{equation}\"@3 br\"\\n\"@40 "
     "\"shows.\"@41\n"},
    {"InlineVerbIsCode", "Use \\verb|foo()| and \\texttt{bar}.\n",
     "paragraph: \"Use \"@0 code\"\\verb|foo()|\"@4 \" and \"@16 code\"\\texttt{bar}\"@21 \".\"@33\n"},
    {"TextCommandsKeepTheirText", "Some \\emph{em} and \\textbf{bold} text.\n",
     "paragraph: \"Some \"@0 \"em\"@11 \" and \"@14 \"bold\"@27 \" text.\"@32\n"},
    {"UnknownCommandsAreOpaque", "The \\LaTeX{} kernel and \\pkg{xcolor} package.\n",
     "paragraph: \"The \"@0 code\"\\LaTeX{}\"@4 \" kernel and \"@12 code\"\\pkg{xcolor}\"@24 \" package.\"@36\n"},
    {"LayoutCommandsLeftOut", "\\noindent Text\\label{x} here\\vspace{1em}.\n",
     "paragraph: \"Text\"@10 \" here\"@23 \".\"@40\n"},
    {"ItemsAreListItems", "\\begin{itemize}\n\\item One.\n\\item[Term] Two.\n\\end{itemize}\n",
     "list-item: \"One.\"@22\nlist-item: \"Term\"@33 \" Two.\"@38\n"},
    {"QuoteEnvironment", "\\begin{quote}\nQuoted.\n\\end{quote}\n", "paragraph quote: \"Quoted.\"@14\n"},
    {"TabularCells", "\\begin{tabular}{ll}\n\\hline\na & b c \\\\\nd & e \\\\\n\\end{tabular}\n",
     "table-cell: \"a\"@27\ntable-cell: \"b c\"@31\ntable-cell: \"d\"@38\ntable-cell: \"e\"@42\n"},
    {"CaptionIsACaption", "\\begin{figure}[h]\n\\includegraphics{a.png}\n\\caption{A caption.}\n\\end{figure}\n",
     "caption: \"A caption.\"@51\n"},
    {"FootnoteIsItsOwnBlock", "It rose.\\footnote{See the report.} Then fell.\n",
     "paragraph: \"It rose.\"@0 fn\"\\footnote{\"@8\nparagraph: \"See the report.\"@18\nparagraph: \"Then "
     "fell.\"@35\n"},
    {"CitationsAndReferences", "As shown~\\cite[p.~2]{knuth} in Section~\\ref{sec}.\n",
     "paragraph: \"As shown\"@0 fn\"\\cite[p.~2]{knuth}\"@9 \" in Section\"@27 code\"\\ref{sec}\"@39 \".\"@48\n"},
    {"HrefKeepsItsText", "See \\href{https://x.org}{the site} or \\url{https://y.org}.\n",
     "paragraph: \"See \"@0 \"the site\"@25 \" or \"@34 url\"\\url{https://y.org}\"@38 \".\"@57\n"},
    {"DefinitionsLeftOut", "\\newcommand{\\foo}[1]{bar #1}\n\\def\\baz{qux}\nText.\n", "paragraph: \"Text.\"@43\n"},
    {"BracesAndTildesLeftOut", "A {\\em grouped} word~here.\n",
     "paragraph: \"A \"@0 \" grouped\"@6 \" word\"@15 \"here.\"@21\n"},
    {"CommentEnvironment", "\\begin{comment}\nhidden\n\\end{comment}\nShown.\n", "paragraph: \"Shown.\"@37\n"},
};

INSTANTIATE_TEST_SUITE_P(Latex, LatexExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(Latex, ReadsTitleDateCommentsAndFootnotes) {
  const std::string text = "\\title{My Paper}\n\\date{March 3, 2024}\n\\begin{document}\n% copydesk-disable "
                           "spelling\nClaim.\\footnote{See it.}\n\\end{document}\n";
  const ProseMap map = extractLatex(text);
  EXPECT_EQ(map.front_matter.get("title"), "My Paper");
  EXPECT_EQ(map.front_matter.get("date"), "March 3, 2024");
  ASSERT_EQ(map.comments.size(), 1u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  ASSERT_EQ(map.footnotes.size(), 1u);
  EXPECT_EQ(text.substr(map.footnotes[0].span.begin, map.footnotes[0].span.size()), "See it.");
}

TEST(Latex, RecordsLinksAndCodeBlocks) {
  const std::string text = "See \\href{https://x.org}{docs}.\n\\begin{verbatim}\nx\n\\end{verbatim}\n";
  const ProseMap map = extractLatex(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 1u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "\\begin{verbatim}\nx\n\\end{verbatim}");
}

}  // namespace
}  // namespace copydesk
