#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files of ``AtomicFile``s not yet committed, removed if the process is
/// interrupted (Ctrl-C, `kill`, a closed terminal) so no hidden partial file is left behind.
///
/// The paths live in memory set aside once, as C strings, so the signal handler only reads
/// them and calls `unlink`, which is safe in a handler; then the signal's own action runs, so
/// the exit status still says which signal ended the process.
enum PendingFiles {
  private static let slotCount = 32
  private static let slotSize = Int(PATH_MAX) + 1
  /// Path bytes, one slot each; a slot whose first byte is 0 is free.
  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
    let memory = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
    memory.initialize(repeating: 0, count: slotCount * slotSize)
    return memory
  }()
  /// Set up once, before first use, on every platform (a zeroed mutex is not one everywhere).
  nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
    let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    return mutex
  }()
  nonisolated(unsafe) private static var handlersInstalled = false
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Keeps `path` to be removed on interruption; returns its slot for ``remove(_:)``, or `nil`
  /// when every slot is taken or the path is too long (then it is not removed on interruption).
  static func add(_ path: String) -> Int? {
    let bytes = Array(path.utf8CString)
    guard bytes.count <= slotSize else { return nil }
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    if !handlersInstalled {
      handlersInstalled = true
      // The slots first: a handler that found them still being set up would wait for ever.
      _ = slots
      for number in signals { signal(number, removePendingAndRaise) }
    }
    for slot in 0..<slotCount where slots[slot * slotSize] == 0 {
      // The first byte last, so the handler never sees half a path.
      for (offset, byte) in bytes.enumerated().dropFirst() { slots[slot * slotSize + offset] = byte }
      slots[slot * slotSize] = bytes[0]
      return slot
    }
    return nil
  }

  /// Forgets the path in `slot`: the file was committed or removed.
  static func remove(_ slot: Int) {
    pthread_mutex_lock(lock)
    slots[slot * slotSize] = 0
    pthread_mutex_unlock(lock)
  }

  /// The signal handler: removes every pending file, then lets the signal act as it would have.
  private static let removePendingAndRaise: @convention(c) (Int32) -> Void = { number in
    for slot in 0..<PendingFiles.slotCount where PendingFiles.slots[slot * PendingFiles.slotSize] != 0 {
      _ = unlink(PendingFiles.slots + slot * PendingFiles.slotSize)
    }
    signal(number, SIG_DFL)
    raise(number)
  }
}
