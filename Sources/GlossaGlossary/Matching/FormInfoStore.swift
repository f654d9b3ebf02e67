import GlossaNames
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
  /// Every form's info, when all were prepared up front: read without the lock.
  private let prepared: [GlossaryIndex.FormInfo?]?
  /// The same forms' prepared spellings and surnames, apart: a lookup compares with many
  /// candidates and reads nothing else of them, so it skips a memory miss on each one's info
  /// (unseen-term lookups about 8% faster in alternating runs of `glossa-bench glossary`).
  private let preparedNames: [PreparedName?]
  private let preparedSurnames: [PreparedName?]
  private let lock = Lock()
  // Guarded by `lock`; empty when `prepared` holds every form.
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
      let infos = prepared.flatMap { $0 }
      self.prepared = infos
      preparedNames = infos.map { $0?.prepared }
      preparedSurnames = infos.map { $0?.surname }
      slots = []
    } else {
      self.prepared = nil
      preparedNames = []
      preparedSurnames = []
      slots = Array(repeating: .unknown, count: count)
    }
  }

  /// The form `form` of entry `entry`; `nil` when there is no such form or it cannot be
  /// indexed (no letters, too many words).
  func info(entry: Int, form: Int) -> GlossaryIndex.FormInfo? {
    guard entry >= 0, entry < entries.count, form >= 0, form < entries[entry].forms.count else { return nil }
    let slot = firstSlot[entry] + form
    if let prepared { return prepared[slot] }
    switch lock.withLock({ slots[slot] }) {
    case .known(let info): return info
    case .absent: return nil
    case .unknown: break
    }
    let info = GlossaryIndex.FormInfo(entries[entry].forms[form], kind: entries[entry].kind)
    lock.withLock { slots[slot] = info.map(Slot.known) ?? .absent }
    return info
  }

  /// The form `form` of entry `entry` prepared for comparison, or the surname it gives a
  /// person; `nil` when there is no such form or it has none.
  func prepared(entry: Int, form: Int, surname: Bool) -> PreparedName? {
    guard entry >= 0, entry < entries.count, form >= 0, form < entries[entry].forms.count else { return nil }
    if prepared != nil {
      let slot = firstSlot[entry] + form
      return surname ? preparedSurnames[slot] : preparedNames[slot]
    }
    let info = info(entry: entry, form: form)
    return surname ? info?.surname : info?.prepared
  }
}
