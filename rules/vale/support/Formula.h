#pragma once
// The arithmetic of Vale's metric rules: + - * / parentheses, numbers,
// variables (dotted names such as heading.h1) and math.sqrt / math.abs.
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace copydesk::vale {

class Formula {
 public:
  // Null with `error` when the text is not a formula.
  static std::unique_ptr<Formula> parse(std::string_view text, std::string& error);
  virtual ~Formula() = default;
  // False when a variable is unknown (`missing` names it).
  virtual bool evaluate(const std::map<std::string, double, std::less<>>& vars, double& out,
                        std::string& missing) const = 0;
};

}  // namespace copydesk::vale
