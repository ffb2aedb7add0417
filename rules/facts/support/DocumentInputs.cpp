#include "facts/support/DocumentInputs.h"

#include "facts/support/CitationFix.h"
#include "facts/support/DocumentDate.h"
#include "facts/support/FactsText.h"

namespace copydesk::facts {

std::uint64_t documentInputs(const Document& doc, unsigned inputs) {
  std::uint64_t hash = 0;
  const auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull + 0x9E3779B97F4A7C15ull; };
  if (inputs & document_input::kDate) {
    const auto date = documentDate(doc);
    mix(date ? static_cast<std::uint64_t>(date->daysSinceEpoch()) + 1 : 0);
  }
  if (inputs & document_input::kArticleKind) {
    const ArticleKind kind = articleKind(doc);
    mix((kind.release_or_update ? 1u : 0u) | (kind.survey_report ? 2u : 0u));
  }
  if (inputs & document_input::kCitationFix) mix(citationFixInputs(doc));
  if (inputs & document_input::kSourceSections) mix(sourceSectionsHash(doc));
  if (inputs & document_input::kFirstPerson) mix(writtenInFirstPerson(doc) ? 1 : 2);
  return hash;
}

}  // namespace copydesk::facts
