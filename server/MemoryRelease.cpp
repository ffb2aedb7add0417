#include "server/MemoryRelease.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <fmt/format.h>

namespace copydesk::server {

void releaseFreeMemory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

std::string heapSummary() {
#if defined(__GLIBC__)
  const struct mallinfo2 info = ::mallinfo2();
  return fmt::format("heap in use {} KiB, free {} KiB, mapped {} KiB", info.uordblks / 1024, info.fordblks / 1024,
                     info.hblkhd / 1024);
#else
  return {};
#endif
}

}  // namespace copydesk::server
