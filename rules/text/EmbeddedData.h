#pragma once
// Data files compiled into the binary (see rules/CMakeLists.txt): the file
// rules/<area>/data/<name>.<ext> is copydesk::data::<area>_<name>_<ext>.
#include <string_view>

#define COPYDESK_EMBEDDED(symbol)                                                                                      \
  namespace copydesk::data {                                                                                           \
  extern const std::string_view symbol;                                                                                \
  }
