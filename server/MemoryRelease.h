#pragma once
// Gives memory the allocator keeps after a burst of work back to the system.
// glibc keeps freed blocks in its arenas (one per thread that allocated), so a
// server that once held a 100 KB paste's findings on every worker keeps that
// footprint all day unless asked to trim. Called once the server has been idle
// for a moment; a no-op with other C libraries.
#include <string>

namespace copydesk::server {

void releaseFreeMemory();
// "heap in use N KiB, free N KiB, mapped N KiB" of the allocator, for the debug log;
// empty with other C libraries.
std::string heapSummary();

}  // namespace copydesk::server
