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
/// - Complexity: Building is O(*f* · *w*) for *f* forms of *w* words; lookups are hash
///   probes plus verification of the few candidates found.
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
  }

  /// A word of a form found under a key: which word it is, of how many.
  struct WordPosting: Hashable, Sendable {
    var ref: FormRef
    var position: UInt8
    var wordCount: UInt8
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

    init(caseWords: [[String]], prepared: PreparedName, surname: PreparedName?, isAcronym: Bool, writtenWords: [String])
    {
      self.caseWords = caseWords
      self.prepared = prepared
      self.surname = surname
      self.isAcronym = isAcronym
      self.writtenWords = writtenWords
    }
  }

  /// `info[entry][form]`.
  private(set) var info: [[FormInfo?]] = []
  private(set) var forms: [FoldedKey: [FormPosting]] = [:]
  private(set) var words: [FoldedKey: [WordPosting]] = [:]
  private(set) var surnames: [FoldedKey: [FormPosting]] = [:]
  /// Forms by their coarse keys (`exact`) and by those keys with one letter deleted
  /// (`deleted`). A query finds forms with its own key in either table, and forms whose key
  /// is its own with one letter deleted in `exact`: one inserted or dropped sound either way.
  private(set) var phonetic = PhoneticTable()
  private(set) var phoneticSurnames = PhoneticTable()

  /// Everything about one form that does not depend on the other forms: worked out for all
  /// forms in parallel, then filed in the tables one by one.
  private struct PreparedForm: Sendable {
    let info: FormInfo
    let phoneticKeys: PhoneticTable.Keys?
    let surnameKeys: PhoneticTable.Keys?

    init?(_ form: TermForm, kind: EntryKind) {
      let prepared = PreparedName(form.text)
      let folded = prepared.words
      guard !folded.isEmpty, folded.count < 256 else { return nil }
      let declensions = form.declensions(ofFoldedWords: folded, kind: kind)
      let cases = NameKeys.caseForms(of: folded, declensions: declensions)
      let isAcronym = GlossaryIndex.isAcronym(form.text)
      // Acronyms (ΚΚΕ, ΝΑΤΟ, CIA) are read letter by letter: only their exact forms match.
      phoneticKeys = isAcronym ? nil : PhoneticTable.Keys(phones: prepared.phones)
      var surname: PreparedName?
      if kind == .person, folded.count > 1, let last = folded.last, last.count >= 3,
        let written = form.text.split(whereSeparator: { $0 == " " || $0 == "-" }).last,
        !GlossaryIndex.isAcronym(String(written))  // not a regnal number (III, ΙΔ΄)
      {
        surname = PreparedName(String(written))
      }
      surnameKeys = surname.map { PhoneticTable.Keys(phones: $0.phones) }
      info = FormInfo(
        caseWords: cases, prepared: prepared, surname: surname, isAcronym: isAcronym,
        writtenWords: form.text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
          .map { String($0) })
    }
  }

  init(entries: [GlossaryEntry]) {
    let prepared = Parallel.map(count: entries.count, chunkSize: 64) { index in
      entries[index].forms.map { PreparedForm($0, kind: entries[index].kind) }
    }
    info.reserveCapacity(entries.count)
    for (entryIndex, entryForms) in prepared.enumerated() {
      info.append(entryForms.map { $0?.info })
      for (formIndex, form) in entryForms.enumerated() {
        guard let form else { continue }
        file(form, as: FormRef(entry: Int32(entryIndex), form: Int32(formIndex)))
      }
    }
  }

  /// Files a prepared form under its keys.
  private mutating func file(_ form: PreparedForm, as ref: FormRef) {
    // A form has a handful of case forms: lists checked byte by byte beat hashed sets here.
    let cases = form.info.caseWords
    var formKeys: [String] = []
    var wordKeys: [(Int, String)] = []
    for (slot, caseWords) in cases.enumerated() {
      let joined = caseWords.joined(separator: " ")
      if !formKeys.contains(where: { $0.hasSameBytes(as: joined) }) {
        formKeys.append(joined)
        forms[FoldedKey(joined), default: []].append(FormPosting(ref: ref, caseSlot: UInt8(slot)))
      }
      // Articles, prepositions and particles inside names (της, του, και, von, al) are not
      // indexed when the name has another word: every mention contains that word anyway.
      let indexable = caseWords.count == 1 || caseWords.contains { !Self.functionWords.contains(FoldedKey($0)) }
      for (position, word) in caseWords.enumerated() where !indexable || !Self.functionWords.contains(FoldedKey(word)) {
        guard !wordKeys.contains(where: { $0.0 == position && $0.1.hasSameBytes(as: word) }) else { continue }
        wordKeys.append((position, word))
        words[FoldedKey(word), default: []].append(
          WordPosting(ref: ref, position: UInt8(position), wordCount: UInt8(caseWords.count)))
      }
    }
    if let keys = form.phoneticKeys { phonetic.insert(ref.packed, keys: keys) }
    if let keys = form.surnameKeys {
      var surnameKeys: [String] = []
      for (slot, caseWords) in cases.enumerated() {
        let last = caseWords[caseWords.count - 1]
        guard !surnameKeys.contains(where: { $0.hasSameBytes(as: last) }) else { continue }
        surnameKeys.append(last)
        surnames[FoldedKey(last), default: []].append(FormPosting(ref: ref, caseSlot: UInt8(slot)))
      }
      phoneticSurnames.insert(ref.packed, keys: keys)
    }
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
  @inline(__always)
  func formInfo(_ ref: FormRef) -> FormInfo? { info[Int(ref.entry)][Int(ref.form)] }

  /// Forms whose coarse phonetic key equals `phones`' key or is one insertion or deletion
  /// away; with `surnames`, people whose surname's key is.
  func phoneticCandidates(for phones: [Phone], surnames: Bool = false) -> [FormRef] {
    (surnames ? phoneticSurnames : phonetic).candidates(for: phones).map(FormRef.init(packed:))
  }
}
