import GlossaText

/// What the index knows about each form of a glossary, worked out when first asked for.
///
/// An index read back from the cache has its tables but not its forms prepared for comparison:
/// preparing all of them is most of the cost of building the index, and a run looks at few of
/// them (the candidates of the words it checks). Thread-safe: a form asked for by two threads
/// at once may be prepared twice, and either result is kept.
final class FormInfoStore: @unchecked Sendable {
  private enum Slot {
    case unknown
    case absent
    case known(GlossaryIndex.FormInfo)
  }

  private let entries: [GlossaryEntry]
  /// Where each entry's forms start in `slots`.
  private let firstSlot: [Int]
  private let lock = Lock()
  // Guarded by `lock`.
  private var slots: [Slot]

  /// A store for the forms of `entries`, with those already prepared.
  ///
  /// - Parameter prepared: `prepared[entry][form]`, or `nil` to prepare forms when asked.
  init(entries: [GlossaryEntry], prepared: [[GlossaryIndex.FormInfo?]]? = nil) {
    self.entries = entries
    var firstSlot: [Int] = []
    firstSlot.reserveCapacity(entries.count + 1)
    var count = 0
    for entry in entries {
      firstSlot.append(count)
      count += entry.forms.count
    }
    firstSlot.append(count)
    self.firstSlot = firstSlot
    if let prepared {
      slots = prepared.flatMap { $0.map { $0.map(Slot.known) ?? .absent } }
    } else {
      slots = Array(repeating: .unknown, count: count)
    }
  }

  /// The form `form` of entry `entry`; `nil` when there is no such form or it cannot be
  /// indexed (no letters, too many words).
  func info(entry: Int, form: Int) -> GlossaryIndex.FormInfo? {
    guard entry >= 0, entry < entries.count, form >= 0, form < entries[entry].forms.count else { return nil }
    let slot = firstSlot[entry] + form
    switch lock.withLock({ slots[slot] }) {
    case .known(let info): return info
    case .absent: return nil
    case .unknown: break
    }
    let info = GlossaryIndex.FormInfo(entries[entry].forms[form], kind: entries[entry].kind)
    lock.withLock { slots[slot] = info.map(Slot.known) ?? .absent }
    return info
  }
}
