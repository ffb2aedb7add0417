#pragma once
// Small closed word lists used by the tokenizer: abbreviations, domain TLDs,
// file extensions. Internal to rules/nlp.
#include <string_view>

namespace copydesk::nlp_detail {

// Abbreviation lookup; see isKnownAbbreviation in nlp/Tokenizer.h.
enum class Abbrev { None, Always, BeforeNumber };
Abbrev lookupAbbreviation(std::string_view word);

// Lower-case top-level domains that make "name.tld" a domain.
bool isTopLevelDomain(std::string_view label);

// File extensions that make "name.ext" a path.
bool isFileExtension(std::string_view ext);

}  // namespace copydesk::nlp_detail
