#pragma once
// Path globs as in .gitignore and configuration overrides: '*' and '?' match
// within one path segment, '**' matches any number of whole segments, '[a-z]'
// and '[!x]' are character classes, '\' escapes. Paths use '/' separators.
#include <string_view>

namespace copydesk {

// True when the whole `path` matches the whole `pattern`.
bool globMatch(std::string_view pattern, std::string_view path);

}  // namespace copydesk
