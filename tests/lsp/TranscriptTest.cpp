// Runs tests/transcripts/*.txt against the real binary over pipes.
//
// A transcript is a list of blocks, each starting with a "--- KIND [ARG]" line:
//   --- send            a JSON message, framed and written to the server
//   --- raw             the text is written framed as is (malformed JSON, ...)
//   --- bytes           the text is written unframed as is ("\r\n" written as CRLF)
//   --- expect          a JSON subset: server messages are read until one matches
//                       (others are skipped; expectations match in order). Arrays
//                       match as ordered subsequences; [] must be empty.
//   --- file PATH       creates PATH (relative to the workspace) with the text
//   --- close           closes the server's stdin
//   --- exit N          the server must exit with status N within 5 s
// Lines starting with "#" before the first block are comments. ${ROOT_URI} and
// ${ROOT} are replaced by the URI and path of a fresh temporary workspace.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "ChildProcess.h"
#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

namespace fs = std::filesystem;

struct Block {
  std::string kind;
  std::string arg;
  std::string text;
  int line = 0;
};

std::vector<Block> parseTranscript(const std::string& content) {
  std::vector<Block> blocks;
  std::istringstream in(content);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("---", 0) == 0) {
      Block block;
      std::istringstream header(line.substr(3));
      header >> block.kind >> block.arg;
      block.line = number;
      blocks.push_back(block);
    } else if (!blocks.empty()) {
      blocks.back().text += line + "\n";
    }
  }
  return blocks;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string trimmedNewline(std::string text) {
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::vector<std::string> transcriptFiles() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(fs::path(COPYDESK_SOURCE_DIR) / "tests" / "transcripts"))
    if (entry.path().extension() == ".txt") out.push_back(entry.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

class Transcript : public ::testing::TestWithParam<std::string> {};

TEST_P(Transcript, Replays) {
  const fs::path file = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "transcripts" / (GetParam() + ".txt");
  std::ifstream in(file);
  std::stringstream content;
  content << in.rdbuf();
  TempDir root;
  const std::string text =
      replaceAll(replaceAll(content.str(), "${ROOT_URI}", root.uri()), "${ROOT}", root.path().string());
  const std::vector<Block> blocks = parseTranscript(text);
  ASSERT_FALSE(blocks.empty()) << file;

  // Files first: the server reads configuration at start-up.
  for (const Block& block : blocks)
    if (block.kind == "file") root.write(block.arg, block.text);

  const std::string log = (root.path() / "server.log").string();
  ChildProcess server({COPYDESK_BINARY, "lsp", "--log-level", "debug"}, log);
  bool exited = false;
  for (const Block& block : blocks) {
    SCOPED_TRACE(file.filename().string() + ":" + std::to_string(block.line) + " (" + block.kind + ")");
    if (block.kind == "send") {
      ASSERT_TRUE(server.send(json::parse(block.text)));
    } else if (block.kind == "raw") {
      ASSERT_TRUE(server.writeRaw(protocol::frame(trimmedNewline(block.text))));
    } else if (block.kind == "bytes") {
      ASSERT_TRUE(server.writeRaw(replaceAll(trimmedNewline(block.text), "\\r\\n", "\r\n")));
    } else if (block.kind == "expect") {
      const json expected = json::parse(block.text);
      std::vector<std::string> skipped;
      bool matched = false;
      while (!matched) {
        const auto body = server.readBody(std::chrono::milliseconds(10000));
        if (!body) break;
        const json message = json::parse(*body, nullptr, false);
        matched = jsonSubset(message, expected, nullptr, "", true);
        if (!matched) skipped.push_back(body->substr(0, 300));
      }
      if (!matched) {
        std::string seen;
        for (const std::string& s : skipped) seen += "\n  " + s;
        FAIL() << "no server message matched " << expected.dump() << "\nseen:" << seen;
      }
    } else if (block.kind == "close") {
      server.closeInput();
    } else if (block.kind == "exit") {
      const auto status = server.wait(std::chrono::milliseconds(5000));
      ASSERT_TRUE(status.has_value()) << "the server did not exit";
      EXPECT_EQ(*status, std::stoi(block.arg));
      exited = true;
    } else if (block.kind != "file") {
      FAIL() << "unknown block kind '" << block.kind << "'";
    }
  }
  EXPECT_EQ(server.framingErrors(), 0u) << "the server wrote something that is not an LSP frame to stdout";
  if (!exited) server.closeInput();
}

INSTANTIATE_TEST_SUITE_P(Transcripts, Transcript, ::testing::ValuesIn(transcriptFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name;
                           for (char c : info.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
}  // namespace copydesk::lsptest
