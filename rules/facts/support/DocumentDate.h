#pragma once
// The two dates the facts/ rules reason with.
//
// The document's date: the latest of the front matter fields `date`,
// `published`, `updated` (also `lastmod`, `extra.updated`), else a dateline near
// the top of the document ("March 7, 2026", "7 March 2026", "2026-03-07" as a
// line of its own, or opening the first paragraphs), else none.
//
// The reference date for outdated claims and past predictions: the check date
// (RuleContext::check_date), or the document's date when
// RuleContext::judge_by_document_date is set and the document has one.
// Thread-safety: pure functions.
#include <optional>
#include <string>

#include "engine/RuleContext.h"

namespace copydesk::facts {

// Of the whole document, also when `doc` is a part.
std::optional<CivilDate> documentDate(const Document& doc);

struct ReferenceDate {
  CivilDate date;
  bool is_document_date = false;
  std::optional<CivilDate> document_date;

  // "article dated March 2026" or "checked on November 21, 2026".
  std::string describe() const;
};

ReferenceDate referenceDate(const RuleContext& ctx);

// "November 21, 2026".
std::string longDate(const CivilDate& date);

}  // namespace copydesk::facts
