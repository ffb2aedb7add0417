// A recursive-descent parser building an expression tree.
#include "vale/support/Formula.h"

#include <cctype>
#include <cmath>
#include <vector>

namespace copydesk::vale {

namespace {

class Node : public Formula {};

class Number final : public Node {
 public:
  explicit Number(double value) : value_(value) {}
  bool evaluate(const std::map<std::string, double, std::less<>>&, double& out, std::string&) const override {
    out = value_;
    return true;
  }

 private:
  double value_;
};

class Variable final : public Node {
 public:
  explicit Variable(std::string name) : name_(std::move(name)) {}
  bool evaluate(const std::map<std::string, double, std::less<>>& vars, double& out,
                std::string& missing) const override {
    const auto it = vars.find(name_);
    if (it == vars.end()) {
      missing = name_;
      return false;
    }
    out = it->second;
    return true;
  }

 private:
  std::string name_;
};

class Apply final : public Node {
 public:
  Apply(char op, std::unique_ptr<Formula> left, std::unique_ptr<Formula> right)
      : op_(op), left_(std::move(left)), right_(std::move(right)) {}
  bool evaluate(const std::map<std::string, double, std::less<>>& vars, double& out,
                std::string& missing) const override {
    double a = 0;
    double b = 0;
    if (!left_->evaluate(vars, a, missing)) return false;
    if (right_ && !right_->evaluate(vars, b, missing)) return false;
    switch (op_) {
      case '+': out = a + b; break;
      case '-': out = a - b; break;
      case '*': out = a * b; break;
      case '/': out = b == 0 ? 0 : a / b; break;
      case 'n': out = -a; break;
      case 's': out = std::sqrt(a); break;
      default: out = std::fabs(a); break;
    }
    return true;
  }

 private:
  char op_;
  std::unique_ptr<Formula> left_;
  std::unique_ptr<Formula> right_;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::unique_ptr<Formula> parse(std::string& error) {
    auto node = sum();
    skip();
    if (node && pos_ != text_.size()) error_ = "unexpected '" + std::string(1, text_[pos_]) + "'";
    if (!error_.empty()) {
      error = "formula: " + error_;
      return nullptr;
    }
    return node;
  }

 private:
  void skip() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool eat(char c) {
    skip();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  std::unique_ptr<Formula> sum() {
    auto left = product();
    while (left) {
      if (eat('+')) left = std::make_unique<Apply>('+', std::move(left), product());
      else if (eat('-')) left = std::make_unique<Apply>('-', std::move(left), product());
      else break;
    }
    return left;
  }
  std::unique_ptr<Formula> product() {
    auto left = unary();
    while (left) {
      if (eat('*')) left = std::make_unique<Apply>('*', std::move(left), unary());
      else if (eat('/')) left = std::make_unique<Apply>('/', std::move(left), unary());
      else break;
    }
    return left;
  }
  std::unique_ptr<Formula> unary() {
    if (eat('-')) return std::make_unique<Apply>('n', unary(), nullptr);
    return primary();
  }
  std::unique_ptr<Formula> primary() {
    skip();
    if (++depth_ > 100) return fail("formula nested too deeply");
    if (eat('(')) {
      auto inner = sum();
      if (!eat(')')) return fail("missing ')'");
      --depth_;
      return inner;
    }
    if (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.')) {
      const std::size_t begin = pos_;
      while (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.'))
        ++pos_;
      --depth_;
      return std::make_unique<Number>(std::atof(std::string(text_.substr(begin, pos_ - begin)).c_str()));
    }
    const std::size_t begin = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' || text_[pos_] == '.'))
      ++pos_;
    if (begin == pos_)
      return fail(pos_ < text_.size() ? "unexpected '" + std::string(1, text_[pos_]) + "'" : "missing value");
    const std::string name(text_.substr(begin, pos_ - begin));
    --depth_;
    if (name == "math.sqrt" || name == "math.abs") {
      if (!eat('(')) return fail("missing '(' after " + name);
      auto argument = sum();
      if (!eat(')')) return fail("missing ')'");
      return std::make_unique<Apply>(name == "math.sqrt" ? 's' : 'a', std::move(argument), nullptr);
    }
    return std::make_unique<Variable>(name);
  }
  std::unique_ptr<Formula> fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return nullptr;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::string error_;
};

}  // namespace

std::unique_ptr<Formula> Formula::parse(std::string_view text, std::string& error) { return Parser(text).parse(error); }

}  // namespace copydesk::vale
