#pragma once

namespace OneSeal {

/// Lets a process that prints keep the memory its documents free, for the next document.
///
/// Qt's PDF writer allocates and frees several large buffers per document (font subsets, compressed
/// streams). glibc hands such blocks back to the system at once, so every document faults the same pages
/// in again: about a tenth of the time a licence takes. Call once at start-up, before anything prints.
void keepMemoryForPrinting();

} // namespace OneSeal
