#include "spelling/support/EditDistance.h"

#include <algorithm>
#include <string>

#include "text/Ascii.h"

namespace copydesk {

bool sameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::string x = asciiLowerCopy(a), y = asciiLowerCopy(b);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return x == y;
}

}  // namespace copydesk
