#include <sys/stat.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "LspTestSupport.h"
#include "io/AtomicFile.h"

namespace copydesk::io {
namespace {

using lsptest::TempDir;

TEST(AtomicFile, CreatesAndReplacesKeepingPermissions) {
  TempDir dir;
  const std::string path = (dir.path() / "a.txt").string();
  std::string error;
  ASSERT_TRUE(writeFileAtomically(path, "one\n", std::nullopt, error)) << error;
  EXPECT_EQ(dir.read("a.txt"), "one\n");
  ::chmod(path.c_str(), 0640);
  ASSERT_TRUE(writeFileAtomically(path, "two\n", std::string("one\n"), error)) << error;
  EXPECT_EQ(dir.read("a.txt"), "two\n");
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  // No temporary files left behind.
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) files += entry.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST(AtomicFile, RefusesWhenTheFileChangedSinceRead) {
  TempDir dir;
  dir.write("a.txt", "changed by someone else\n");
  std::string error;
  EXPECT_FALSE(writeFileAtomically((dir.path() / "a.txt").string(), "mine\n", std::string("original\n"), error));
  EXPECT_NE(error.find("changed since it was read"), std::string::npos) << error;
  EXPECT_EQ(dir.read("a.txt"), "changed by someone else\n");
}

TEST(AtomicFile, RefusesPathsOutsideTheRoot) {
  TempDir root;
  TempDir other;
  std::string error;
  AtomicWriteOptions options;
  options.root = root.path().string();
  EXPECT_FALSE(writeFileAtomically((other.path() / "x.txt").string(), "x", std::nullopt, error, options));
  EXPECT_NE(error.find("outside the workspace"), std::string::npos) << error;
  EXPECT_FALSE(writeFileAtomically((root.path() / ".." / "escape.txt").string(), "x", std::nullopt, error, options));
  EXPECT_TRUE(isInsideFolder(root.path().string(), (root.path() / "a" / ".." / "b.txt").string()));
  // A symlink pointing out of the root does not let a write escape.
  std::filesystem::create_directory_symlink(other.path(), root.path() / "link");
  EXPECT_FALSE(writeFileAtomically((root.path() / "link" / "x.txt").string(), "x", std::nullopt, error, options));
}

TEST(AtomicFile, AppendLineCreatesFoldersAndTerminatesTheLastLine) {
  TempDir dir;
  AtomicWriteOptions options;
  options.root = dir.path().string();
  options.create_parent_folders = true;
  std::string error;
  const std::string path = (dir.path() / ".copydesk" / "dictionary.txt").string();
  ASSERT_TRUE(appendLineAtomically(path, "alpha", error, options)) << error;
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "alpha\n");
  dir.write(".copydesk/dictionary.txt", "alpha\nbeta");
  ASSERT_TRUE(appendLineAtomically(path, "gamma", error, options)) << error;
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "alpha\nbeta\ngamma\n");
  ASSERT_TRUE(appendLineAtomically(path, "beta", error, options)) << error;  // already there
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "alpha\nbeta\ngamma\n");
  EXPECT_FALSE(appendLineAtomically(path, "two\nlines", error, options));
}

TEST(AtomicFile, RefusesToReplaceASymlink) {
  TempDir dir;
  dir.write("real.txt", "real\n");
  std::filesystem::create_symlink(dir.path() / "real.txt", dir.path() / "link.txt");
  std::string error;
  EXPECT_FALSE(writeFileAtomically((dir.path() / "link.txt").string(), "x", std::nullopt, error));
  EXPECT_EQ(dir.read("real.txt"), "real\n");
}

}  // namespace
}  // namespace copydesk::io
