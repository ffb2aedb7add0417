#pragma once
// The fixes offered for a misspelled word, shared by the spelling rule (CLI
// output) and the language server, which computes them only when a code
// action asks for them: on every keystroke they were a tenth of the check.
#include <string>
#include <string_view>
#include <vector>

#include "engine/Finding.h"
#include "spelling/SpellChecker.h"

namespace copydesk {

// One "Replace with '...'" per cheap suggestion (SpellChecker::quickSuggest,
// cached per process), best first: the first is preferred, and safe when it is
// the one clear correction (the only suggestion one edit away, for a word of
// four letters or more).
std::vector<Fix> spellingFixes(const SpellChecker& spelling, std::string_view word, ByteSpan span);

// "Unknown word 'x'", with ": did you mean 'y'?" when `fixes` offers one.
std::string spellingMessage(std::string_view word, const std::vector<Fix>& fixes);

}  // namespace copydesk
