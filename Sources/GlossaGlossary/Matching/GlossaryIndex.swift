import GlossaNames
import GlossaText

/// The lookup structures of a glossary, built once.
///
/// - Whole forms by folded key, in every case form of their words (Βόρεια Κορέα, Βόρειας
///   Κορέας), for exact, accent and inflection matches.
/// - Words of forms by folded key, in every case form, for finding multi-word names in text
///   from any of their words.
/// - People's surnames by folded key, in every case form (ο Πούτιν, του Μητσοτάκη).
/// - Forms and surnames by coarse phonetic key and its one-deletion neighbourhood, for
///   variant and cross-script candidates; candidates are then verified by ``VariantMatcher``
///   against the forms prepared here.
///
/// The tables are compiled into flat arrays of bytes (``PostingTable``), which is also how
/// they are stored in the cache folder (``CompiledIndexCache``) and read back on later runs;
/// what each form needs for comparison is kept in a ``FormInfoStore``, worked out when the
/// index is built or, for an index read back, when a lookup first reaches the form.
///
/// - Complexity: Building is O(*f* · *w*) for *f* forms of *w* words; reading back is O(*n*)
///   in the size of the tables (their references are checked); lookups are hash probes plus
///   verification of the few candidates found.
struct GlossaryIndex: Sendable {
  /// A form of an entry: indexes into the glossary's entries and the entry's forms.
  struct FormRef: Hashable, Sendable {
    var entry: Int32
    var form: Int32

    /// The reference as one number, for the phonetic tables.
    var packed: UInt64 { UInt64(UInt32(bitPattern: entry)) << 32 | UInt64(UInt32(bitPattern: form)) }

    init(entry: Int32, form: Int32) {
      self.entry = entry
      self.form = form
    }

    init(packed: UInt64) {
      entry = Int32(bitPattern: UInt32(truncatingIfNeeded: packed >> 32))
      form = Int32(bitPattern: UInt32(truncatingIfNeeded: packed))
    }
  }

  /// A form found under a key, and in which case (0 is the form as written).
  struct FormPosting: Hashable, Sendable {
    var ref: FormRef
    var caseSlot: UInt8

    /// The posting as one number: entry, form (24 bits) and case slot.
    var packed: UInt64 { UInt64(UInt32(bitPattern: ref.entry)) << 32 | UInt64(ref.form) << 8 | UInt64(caseSlot) }

    init(ref: FormRef, caseSlot: UInt8) {
      self.ref = ref
      self.caseSlot = caseSlot
    }

    init(packed: UInt64) {
      ref = FormRef(
        entry: Int32(truncatingIfNeeded: packed >> 32), form: Int32(truncatingIfNeeded: packed >> 8 & 0xFF_FFFF))
      caseSlot = UInt8(truncatingIfNeeded: packed)
    }
  }

  /// A word of a form found under a key: which word it is, of how many.
  struct WordPosting: Hashable, Sendable {
    var ref: FormRef
    var position: UInt8
    var wordCount: UInt8

    /// The posting as one number: entry, form (16 bits), position and word count.
    var packed: UInt64 {
      UInt64(UInt32(bitPattern: ref.entry)) << 32 | UInt64(ref.form) << 16 | UInt64(position) << 8 | UInt64(wordCount)
    }

    init(ref: FormRef, position: UInt8, wordCount: UInt8) {
      self.ref = ref
      self.position = position
      self.wordCount = wordCount
    }

    init(packed: UInt64) {
      ref = FormRef(
        entry: Int32(truncatingIfNeeded: packed >> 32), form: Int32(truncatingIfNeeded: packed >> 16 & 0xFFFF))
      position = UInt8(truncatingIfNeeded: packed >> 8)
      wordCount = UInt8(truncatingIfNeeded: packed)
    }
  }

  /// What the index knows about one form.
  final class FormInfo: Sendable {
    /// Folded words in each case: `caseWords[slot][word]`.
    let caseWords: [[String]]
    /// The form, prepared for comparison.
    let prepared: PreparedName
    /// A person's surname, prepared, when the form has one.
    let surname: PreparedName?
    /// Whether the form is an acronym, which only matches in capitals.
    let isAcronym: Bool
    /// The form's words as written (split at spaces and hyphens).
    let writtenWords: [String]

    /// The form `form` of an entry of `kind`; `nil` when it has no letters or 256 words or more.
    init?(_ form: TermForm, kind: EntryKind) {
      prepared = PreparedName(form.text)
      let folded = prepared.words
      guard !folded.isEmpty, folded.count < 256 else { return nil }
      let declensions = form.declensions(ofFoldedWords: folded, kind: kind)
      caseWords = NameKeys.caseForms(of: folded, declensions: declensions)
      isAcronym = GlossaryIndex.isAcronym(form.text)
      if kind == .person, folded.count > 1, let last = folded.last, last.count >= 3,
        let written = form.text.split(whereSeparator: { $0 == " " || $0 == "-" }).last,
        !GlossaryIndex.isAcronym(String(written))  // not a regnal number (III, ΙΔ΄)
      {
        surname = PreparedName(String(written))
      } else {
        surname = nil
      }
      writtenWords = form.text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
        .map { String($0) }
    }
  }

  /// The index's tables, in the order they are stored.
  private enum Table: Int, CaseIterable {
    /// Whole forms by folded key, in every case form: ``FormPosting``s.
    case forms
    /// Words of forms by folded key, in every case form: ``WordPosting``s.
    case words
    /// People's surnames by folded key, in every case form: ``FormPosting``s.
    case surnames
    /// Forms by coarse phonetic key (``FormRef``s), and by those keys with a letter deleted.
    case phonetic, phoneticDeleted
    /// People by their surname's coarse key, and by those keys with a letter deleted.
    case surnamePhonetic, surnamePhoneticDeleted
  }

  private let tables: [PostingTable]
  private let store: FormInfoStore

  /// Everything about one form that does not depend on the other forms: worked out for all
  /// forms in parallel, then filed in the tables one by one.
  private struct PreparedForm: Sendable {
    let info: FormInfo
    let phoneticKeys: PhoneticTable.Keys?
    let surnameKeys: PhoneticTable.Keys?

    init?(_ form: TermForm, kind: EntryKind) {
      guard let info = FormInfo(form, kind: kind) else { return nil }
      self.info = info
      // Acronyms (ΚΚΕ, ΝΑΤΟ, CIA) are read letter by letter: only their exact forms match.
      phoneticKeys = info.isAcronym ? nil : PhoneticTable.Keys(phones: info.prepared.phones)
      surnameKeys = info.surname.map { PhoneticTable.Keys(phones: $0.phones) }
    }
  }

  /// The tables while they are filled.
  private struct Builder {
    var forms: [FoldedKey: [UInt64]] = [:]
    var words: [FoldedKey: [UInt64]] = [:]
    var surnames: [FoldedKey: [UInt64]] = [:]
    var phonetic = PhoneticTable()
    var phoneticSurnames = PhoneticTable()

    /// Files a prepared form under its keys.
    mutating func file(_ form: PreparedForm, as ref: FormRef) {
      // A form has a handful of case forms: lists checked byte by byte beat hashed sets here.
      let cases = form.info.caseWords
      var formKeys: [String] = []
      var wordKeys: [(Int, String)] = []
      for (slot, caseWords) in cases.enumerated() {
        let joined = caseWords.joined(separator: " ")
        if !formKeys.contains(where: { $0.hasSameBytes(as: joined) }) {
          formKeys.append(joined)
          forms[FoldedKey(joined), default: []].append(FormPosting(ref: ref, caseSlot: UInt8(slot)).packed)
        }
        // Articles, prepositions and particles inside names (της, του, και, von, al) are not
        // indexed when the name has another word: every mention contains that word anyway.
        let indexable =
          caseWords.count == 1 || caseWords.contains { !GlossaryIndex.functionWords.contains(FoldedKey($0)) }
        for (position, word) in caseWords.enumerated()
        where !indexable || !GlossaryIndex.functionWords.contains(FoldedKey(word)) {
          guard !wordKeys.contains(where: { $0.0 == position && $0.1.hasSameBytes(as: word) }) else { continue }
          wordKeys.append((position, word))
          words[FoldedKey(word), default: []].append(
            WordPosting(ref: ref, position: UInt8(position), wordCount: UInt8(caseWords.count)).packed)
        }
      }
      if let keys = form.phoneticKeys { phonetic.insert(ref.packed, keys: keys) }
      if let keys = form.surnameKeys {
        var surnameKeys: [String] = []
        for (slot, caseWords) in cases.enumerated() {
          let last = caseWords[caseWords.count - 1]
          guard !surnameKeys.contains(where: { $0.hasSameBytes(as: last) }) else { continue }
          surnameKeys.append(last)
          surnames[FoldedKey(last), default: []].append(FormPosting(ref: ref, caseSlot: UInt8(slot)).packed)
        }
        phoneticSurnames.insert(ref.packed, keys: keys)
      }
    }

    /// The filled tables, compiled, in ``Table`` order.
    func compiled() -> [PostingTable] {
      func textual(_ lists: [FoldedKey: [UInt64]]) -> PostingTable {
        PostingTable(lists: lists.map { ($0.key, $0.value) })
      }
      func phonetic(_ table: PhoneticTable, exact: Bool) -> PostingTable {
        PostingTable(lists: table.lists(exact: exact).map { ($0.key.bits, $0.refs) })
      }
      return [
        textual(forms), textual(words), textual(surnames),
        phonetic(self.phonetic, exact: true), phonetic(self.phonetic, exact: false),
        phonetic(phoneticSurnames, exact: true), phonetic(phoneticSurnames, exact: false),
      ]
    }
  }

  /// Builds the index of `entries`.
  ///
  /// Forms after an entry's 65,536th are not indexed.
  init(entries: [GlossaryEntry]) {
    let prepared = Parallel.map(count: entries.count, chunkSize: 64) { index in
      entries[index].forms.prefix(1 << 16).map { PreparedForm($0, kind: entries[index].kind) }
    }
    var builder = Builder()
    for (entryIndex, entryForms) in prepared.enumerated() {
      for (formIndex, form) in entryForms.enumerated() {
        guard let form else { continue }
        builder.file(form, as: FormRef(entry: Int32(entryIndex), form: Int32(formIndex)))
      }
    }
    tables = builder.compiled()
    store = FormInfoStore(
      entries: entries,
      prepared: prepared.enumerated().map { entry, forms in
        forms.map { $0?.info } + Array(repeating: nil, count: entries[entry].forms.count - forms.count)
      })
  }

  private static let magic = Array("GLOSSA-INDEX".utf8)
  /// Bumped whenever the tables' layout or what is filed in them changes.
  static let version: UInt32 = 1

  /// The index as bytes, to store and read back with ``init(compiled:entries:)``.
  var compiled: [UInt8] {
    var bytes = Self.magic
    bytes.appendLittleEndian(Self.version)
    bytes.appendLittleEndian(UInt32(tables.count))
    for table in tables { bytes.appendLittleEndian(UInt64(table.bytes.count)) }
    for table in tables { bytes += table.bytes }
    return bytes
  }

  /// The index of `entries` from bytes made by ``compiled``; `nil` when they are not an
  /// index of this version or refer to forms `entries` does not have. Forms are prepared
  /// for comparison as lookups first need them.
  init?(compiled bytes: [UInt8], entries: [GlossaryEntry]) {
    let headerSize = Self.magic.count + 8 + 8 * Table.allCases.count
    guard bytes.count >= headerSize, bytes.starts(with: Self.magic) else { return nil }
    let lengths = bytes.withUnsafeBytes { raw in
      (0..<Table.allCases.count).map { Int(truncatingIfNeeded: raw.littleEndian64(at: Self.magic.count + 8 + 8 * $0)) }
    }
    let (version, count) = bytes.withUnsafeBytes { raw in
      (raw.littleEndian32(at: Self.magic.count), raw.littleEndian32(at: Self.magic.count + 4))
    }
    guard version == Self.version, count == Table.allCases.count, lengths.allSatisfy({ $0 >= 0 }),
      lengths.reduce(headerSize, +) == bytes.count
    else { return nil }
    var tables: [PostingTable] = []
    var offset = headerSize
    for length in lengths {
      guard let table = PostingTable(checked: Array(bytes[offset..<offset + length])) else { return nil }
      tables.append(table)
      offset += length
    }
    func exists(_ ref: FormRef) -> Bool {
      ref.entry >= 0 && Int(ref.entry) < entries.count && ref.form >= 0
        && Int(ref.form) < entries[Int(ref.entry)].forms.count
    }
    for table in Table.allCases {
      let valid = tables[table.rawValue].allValues.allSatisfy { value in
        switch table {
        case .forms, .surnames: exists(FormPosting(packed: value).ref)
        case .words: exists(WordPosting(packed: value).ref)
        default: exists(FormRef(packed: value))
        }
      }
      guard valid else { return nil }
    }
    self.tables = tables
    store = FormInfoStore(entries: entries)
  }

  /// Forms with `key` in some case form.
  func forms(_ key: FoldedKey) -> [FormPosting] {
    tables[Table.forms.rawValue].values(for: key).map(FormPosting.init(packed:))
  }

  /// Words of forms that are `key` in some case form.
  func words(_ key: FoldedKey) -> [WordPosting] {
    tables[Table.words.rawValue].values(for: key).map(WordPosting.init(packed:))
  }

  /// People whose surname is `key` in some case form.
  func surnames(_ key: FoldedKey) -> [FormPosting] {
    tables[Table.surnames.rawValue].values(for: key).map(FormPosting.init(packed:))
  }

  /// Small words that occur inside names but say nothing about which name it is.
  static let functionWords = Set(
    [
      "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τη", "και", "στο", "στη", "στην",
      "the", "of", "and", "de", "la", "le", "du", "des", "da", "do", "dos", "von", "van", "der", "den", "al",
      "el", "bin", "ibn", "y", "e", "di", "del",
    ].map(FoldedKey.init))

  /// Whether `text` is an acronym: capitals only, six letters at most, at least two.
  static func isAcronym(_ text: String) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      letters += 1
      guard letters <= 6, scalar.properties.isUppercase else { return false }
    }
    return letters >= 2
  }

  /// What the index knows about a form.
  func formInfo(_ ref: FormRef) -> FormInfo? { store.info(entry: Int(ref.entry), form: Int(ref.form)) }

  /// A form prepared for comparison, or with `surname` the surname it gives a person.
  func prepared(_ ref: FormRef, surname: Bool) -> PreparedName? {
    store.prepared(entry: Int(ref.entry), form: Int(ref.form), surname: surname)
  }

  /// Forms whose coarse phonetic key equals `phones`' key or is one insertion or deletion
  /// away; with `surnames`, people whose surname's key is.
  func phoneticCandidates(for phones: [Phone], surnames: Bool = false) -> [FormRef] {
    let exact = tables[(surnames ? Table.surnamePhonetic : .phonetic).rawValue]
    let deleted = tables[(surnames ? Table.surnamePhoneticDeleted : .phoneticDeleted).rawValue]
    return PhoneticTable.candidates(
      for: phones, exact: { exact.addValues(for: $0.bits, to: &$1) },
      deleted: { deleted.addValues(for: $0.bits, to: &$1) }
    ).map(FormRef.init(packed:))
  }
}
