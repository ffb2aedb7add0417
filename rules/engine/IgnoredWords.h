#pragma once
// Words a document accepts for itself ("Ignore in this document"): a list in
// its front matter, the third tier of accepted words after the user and the
// workspace dictionaries (setup/CheckSetup.h).
//
//   ---                              +++
//   copydesk:                        [copydesk]
//     ignore_words: [kubelet, etcd]  ignore_words = ["kubelet", "etcd"]
//   ---                              +++
//
// A spelling finding whose text is one of them (as written, or the list's word
// in lower case matching the finding's lower-cased text) is dropped, like a
// suppressed finding, after the rules ran; so the paragraph cache never holds
// a result that depends on the list.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "engine/Finding.h"

namespace copydesk {

inline constexpr std::string_view kIgnoreWordsKey = "copydesk.ignore_words";

// The document's ignored words, in the order written.
std::vector<std::string> ignoredWords(const Document& document);

// Removes the spelling findings of the ignored words.
void dropIgnoredWords(const Document& document, std::vector<Finding>& findings);

// The edit that adds `word` to the list, creating the list (and a YAML front
// matter in a Markdown document without one) when needed; nullopt when the
// front matter's shape is not one this edit understands (a flow map
// `copydesk: {...}`) or the format has no front matter (plain text).
std::optional<TextEdit> ignoreWordEdit(const Document& document, std::string_view word);

}  // namespace copydesk
