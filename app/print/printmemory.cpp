#include "printmemory.h"

#include <malloc.h>

namespace OneSeal {

void keepMemoryForPrinting()
{
#if defined(__GLIBC__)
    // Blocks up to 32 MiB come from the heap rather than their own mapping, and up to 64 MiB of freed heap
    // stays with the process: a document's buffers are a few megabytes, so the next one reuses them.
    constexpr int kMmapThreshold = 32 * 1024 * 1024;
    constexpr int kTrimThreshold = 64 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
#endif
}

} // namespace OneSeal
