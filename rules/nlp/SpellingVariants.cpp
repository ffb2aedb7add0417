#include "nlp/SpellingVariants.h"

#include <bitset>
#include <cstddef>
#include <unordered_map>

#include "text/DataLines.h"
#include "text/EmbeddedData.h"
#include "text/Hash.h"

COPYDESK_EMBEDDED(nlp_variants_en_gb_us_txt)

namespace copydesk {

namespace {

constexpr std::size_t kVariantBits = std::size_t{1} << 16;

std::size_t variantBit(std::string_view lower) {
  const std::uint64_t h = hashBytes(lower);
  return static_cast<std::size_t>(h ^ (h >> 32)) & (kVariantBits - 1);
}

struct Variants {
  std::unordered_map<std::string_view, std::string_view> to_american, to_british;
  std::bitset<kVariantBits> bits;
};

const Variants& variants() {
  static const Variants v = [] {
    Variants out;
    for (const std::string_view line : DataLines(data::nlp_variants_en_gb_us_txt)) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string_view gb = line.substr(0, tab), us = line.substr(tab + 1);
      out.to_american.emplace(gb, us);
      out.to_british.emplace(us, gb);  // the first British form listed for it
      out.bits.set(variantBit(gb));
      out.bits.set(variantBit(us));
    }
    return out;
  }();
  return v;
}

std::string_view lookUp(const std::unordered_map<std::string_view, std::string_view>& map, std::string_view word) {
  const auto it = map.find(word);
  return it == map.end() ? std::string_view{} : it->second;
}

}  // namespace

bool mayHaveVariant(std::string_view lower) { return variants().bits.test(variantBit(lower)); }

std::string_view americanSpelling(std::string_view british_lower) {
  return lookUp(variants().to_american, british_lower);
}

std::string_view britishSpelling(std::string_view american_lower) {
  return lookUp(variants().to_british, american_lower);
}

}  // namespace copydesk
