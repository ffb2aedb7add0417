#include "protocol/Uri.h"

#include <gtest/gtest.h>

namespace copydesk::protocol {
namespace {

TEST(Uri, PosixPathToUri) {
  EXPECT_EQ(pathToFileUri("/home/ann/notes.md"), "file:///home/ann/notes.md");
  EXPECT_EQ(pathToFileUri("/home/ann/my notes.md"), "file:///home/ann/my%20notes.md");
  EXPECT_EQ(pathToFileUri("/tmp/caf\xC3\xA9/\xE4\xB8\xAD.md"), "file:///tmp/caf%C3%A9/%E4%B8%AD.md");
  EXPECT_EQ(pathToFileUri("/a/#?%[]:@!$&'()*+,;="), "file:///a/%23%3F%25%5B%5D%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D");
  EXPECT_EQ(pathToFileUri("/a-b_c.d~e"), "file:///a-b_c.d~e");
  EXPECT_EQ(pathToFileUri("/"), "file:///");
}

TEST(Uri, WindowsPathToUri) {
  EXPECT_EQ(pathToFileUri("C:\\Users\\Ann\\My Docs\\a.md"), "file:///C:/Users/Ann/My%20Docs/a.md");
  EXPECT_EQ(pathToFileUri("d:/notes/x.md"), "file:///d:/notes/x.md");
}

TEST(Uri, UriToPosixPath) {
  EXPECT_EQ(fileUriToPath("file:///home/ann/notes.md"), "/home/ann/notes.md");
  EXPECT_EQ(fileUriToPath("file:///home/ann/my%20notes.md"), "/home/ann/my notes.md");
  EXPECT_EQ(fileUriToPath("file:///tmp/caf%c3%a9/%E4%B8%AD.md"), "/tmp/caf\xC3\xA9/\xE4\xB8\xAD.md");
  EXPECT_EQ(fileUriToPath("FILE:///x"), "/x");
  EXPECT_EQ(fileUriToPath("file://localhost/etc/hosts"), "/etc/hosts");
  EXPECT_EQ(fileUriToPath("file:/etc/hosts"), "/etc/hosts");
  EXPECT_EQ(fileUriToPath("file:///a/b.md?query#frag"), "/a/b.md");
  EXPECT_EQ(fileUriToPath("file:///a/%3F%23.md"), "/a/?#.md");
  EXPECT_EQ(fileUriToPath("file:///"), "/");
}

TEST(Uri, UriToWindowsPath) {
  EXPECT_EQ(fileUriToPath("file:///C:/Users/Ann/a.md"), "C:/Users/Ann/a.md");
  EXPECT_EQ(fileUriToPath("file:///c%3A/Users/My%20Docs/a.md"), "c:/Users/My Docs/a.md");
  EXPECT_EQ(fileUriToPath("file:///c%3a/x"), "c:/x");
  EXPECT_EQ(fileUriToPath("file://server/share/a.md"), "//server/share/a.md");
}

TEST(Uri, RejectsNonFileAndMalformed) {
  EXPECT_EQ(fileUriToPath("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(fileUriToPath("https://example.org/a"), std::nullopt);
  EXPECT_EQ(fileUriToPath("file:///a%2"), std::nullopt);
  EXPECT_EQ(fileUriToPath("file:///a%zz"), std::nullopt);
  EXPECT_EQ(fileUriToPath("file:///a%00b"), std::nullopt);
  EXPECT_EQ(fileUriToPath(""), std::nullopt);
}

TEST(Uri, RoundTrips) {
  for (const std::string path : {"/home/ann/notes.md", "/with space/and%percent", "/\xF0\x9F\x98\x80/emoji.md",
                                 "/a/b c/d#e?f.md", "/tab\there"}) {
    EXPECT_EQ(fileUriToPath(pathToFileUri(path)), path) << path;
  }
  EXPECT_EQ(fileUriToPath(pathToFileUri("C:\\dir\\f g.md")), "C:/dir/f g.md");
}

TEST(Uri, PercentHelpers) {
  EXPECT_EQ(percentEncode("a b/c", "/"), "a%20b/c");
  EXPECT_EQ(percentEncode("a b/c"), "a%20b%2Fc");
  EXPECT_EQ(percentDecode("a%20b%2fc"), "a b/c");
  EXPECT_EQ(percentDecode("100%"), std::nullopt);
  EXPECT_EQ(percentDecode("plain"), "plain");
}

}  // namespace
}  // namespace copydesk::protocol
