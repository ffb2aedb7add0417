#include "custom/support/CustomRuleSupport.h"

#include <cctype>

namespace copydesk::custom {

namespace {

std::string withoutSpaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

}  // namespace

std::string formatMessage(std::string_view text, const std::vector<std::string_view>& args) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == 's') {
      if (next < args.size()) out.append(args[next++]);
      ++i;
    } else if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == '%') {
      out.push_back('%');
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

CustomRule::CustomRule(CustomRuleSpec spec, std::string_view default_description) : spec_(std::move(spec)) {
  info_.id = spec_.id;
  info_.default_severity = spec_.severity;
  info_.description = spec_.description.empty() ? default_description : std::string_view(spec_.description);
  info_.explanation = spec_.explanation.empty() ? info_.description : std::string_view(spec_.explanation);
  info_.enabled_by_default = true;
}

void forEachPhrase(const Document& document, const PhraseMatcher& matcher, const std::vector<std::string_view>& phrases,
                   bool ignore_case, const std::function<void(ByteSpan, std::uint32_t)>& found) {
  const TokenizedProse& prose = document.tokens();
  std::vector<PhraseMatcher::Match> matches;
  for (const Sentence& sentence : prose.sentences) {
    matches.clear();
    matcher.findAll(document.text(), prose, sentence.first_token, sentence.end_token, matches);
    std::uint32_t covered_until = sentence.first_token;
    for (const PhraseMatcher::Match& match : matches) {
      if (match.first_token < covered_until) continue;  // overlaps the previous match
      const ByteSpan span{prose.tokens[match.first_token].span.begin, prose.tokens[match.end_token - 1].span.end};
      if (!ignore_case) {
        std::string written;
        for (std::uint32_t t = match.first_token; t < match.end_token; ++t)
          written += document.slice(prose.tokens[t].span);
        if (written != withoutSpaces(phrases[match.phrase])) continue;
      }
      covered_until = match.end_token;
      found(span, match.phrase);
    }
  }
}

std::string matchCapitalization(std::string_view original, std::string_view replacement) {
  std::string out(replacement);
  if (!original.empty() && !out.empty() && std::isupper(static_cast<unsigned char>(original[0])) &&
      std::islower(static_cast<unsigned char>(out[0])))
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace copydesk::custom
