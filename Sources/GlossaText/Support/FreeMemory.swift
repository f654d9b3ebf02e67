#if canImport(Glibc)
  /// glibc's `malloc_trim`, which the Glibc module does not export.
  @_silgen_name("malloc_trim")
  private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory the allocator holds free back to the system.
package enum FreeMemory {
  /// Returns the free pages of the heap to the system (glibc's `malloc_trim`); elsewhere does
  /// nothing. A long run that frees much of what it allocates between stages (lint of a long
  /// file, piece by piece) stays at the size of one stage instead of keeping every page it
  /// ever touched.
  package static func release() {
    #if canImport(Glibc)
      _ = mallocTrim(0)
    #endif
  }
}
