#include "protocol/JsonDecode.h"

namespace copydesk::protocol {
namespace {

std::string describe(const std::string& path, const std::string& problem) {
  return (path.empty() ? std::string("params") : path) + ": " + problem;
}

}  // namespace

DecodeError::DecodeError(std::string path, std::string problem)
    : RpcError(ErrorCode::InvalidParams, describe(path, problem)), path_(std::move(path)),
      problem_(std::move(problem)) {}

DecodeError DecodeError::within(std::string_view segment) const {
  std::string path(segment);
  if (!path_.empty()) {
    if (path_.front() != '[') path += '.';
    path += path_;
  }
  return DecodeError(std::move(path), problem_);
}

}  // namespace copydesk::protocol
