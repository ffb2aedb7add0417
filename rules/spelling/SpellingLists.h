#pragma once
// The third-party word lists of the spelling rule (rules/spelling/data/, each
// file says its origin, version and licence; scripts/refresh-spelling-data
// regenerates them) and the small built-in ones. The big lists are sorted text
// compiled into the binary and binary-searched in place: no start-up cost, no
// memory beyond the binary's pages, safe from any thread.
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// Words of cspell's technical dictionaries (software terms, companies, node,
// npm, go, python, k8s, docker, aws, rust, swift); any capitalisation.
bool inTechnicalLists(std::string_view word);

// The corrections of a known misspelling (cspell's common misspellings, en +
// en-us), best first; empty when `word` (any capitalisation) is not one.
std::vector<std::string> knownMisspellingFixes(std::string_view word);

// Multi-word expressions whose words are not English words on their own
// ("de facto", "ad hoc", "et al.", "vice versa", "per se", "a priori"):
// true when word `index` of `words` (lower-cased) is part of one.
bool inAcceptedPhrase(const std::vector<std::string_view>& words, std::size_t index);
// True when `lower` is a whole expression written with hyphens ("de-facto").
bool isHyphenatedPhrase(std::string_view lower);

// Regular forms, for accepting a technical word's inflections (prerenders,
// prerendered, prerendering; profilers; memoized; cacheable): the stems `word`
// (lower case, five letters or more) may come from by a regular ending, most
// likely first. Callers accept the word when a stem is a listed technical word.
std::vector<std::string> suffixStems(std::string_view word);

// What follows a productive prefix (un-, re-, pre-, de-, non-, multi-, ...) when
// at least four letters do: "unmount" -> "mount", "deprioritize" ->
// "prioritize".
std::vector<std::string_view> prefixRemainders(std::string_view word);

}  // namespace copydesk
