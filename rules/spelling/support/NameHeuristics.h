#pragma once
// Where an unknown word is most likely a name or an identifier rather than a
// typo, judged from its surroundings. Measured on ../shared/corpus/: these
// cases made up most of the false alarms of a plain dictionary check.
#include <cstdint>

#include "document/Document.h"
#include "nlp/Token.h"

namespace copydesk {

// True when token `index` of `sentence` stands where names and identifiers
// stand: alone in parentheses ("Pietro Albini (pietroalbini)"), as link text
// that the link's address repeats ("[epage](https://github.com/epage)"), glued
// to code, numbers or symbols ("`match`ing", "df=true"), in a list of names,
// as the first word of a multi-word proper name, with an underscore
// (snake_case), as a single letter, or with no Latin letters (CJK, Greek: not
// something an English dictionary can judge).
bool standsAsIdentifier(const Document& document, const Sentence& sentence, std::uint32_t index);

// True for an elided particle before a capital, as in names (d'Antras, O'Neil).
bool isElidedName(std::string_view word);

// Prefixes that stand before a hyphen in correct compounds ("un-decoded",
// "re-export", "non-trivial").
bool isCompoundPrefix(std::string_view part);

}  // namespace copydesk
