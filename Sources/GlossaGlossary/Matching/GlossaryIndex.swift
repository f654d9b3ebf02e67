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

  init(entries: [GlossaryEntry]) {
    info.reserveCapacity(entries.count)
    for (entryIndex, entry) in entries.enumerated() {
      var entryInfo: [FormInfo?] = []
      for (formIndex, form) in entry.forms.enumerated() {
        let ref = FormRef(entry: Int32(entryIndex), form: Int32(formIndex))
        let prepared = PreparedName(form.text)
        let folded = prepared.words
        guard !folded.isEmpty, folded.count < 256 else {
          entryInfo.append(nil)
          continue
        }
        let declensions = form.declensions(ofFoldedWords: folded, kind: entry.kind)
        let cases = NameKeys.caseForms(of: folded, declensions: declensions)
        var formKeys = Set<String>()
        var wordKeys = Set<String>()
        for (slot, caseWords) in cases.enumerated() {
          if formKeys.insert(caseWords.joined(separator: " ")).inserted {
            forms[FoldedKey(caseWords.joined(separator: " ")), default: []].append(
              FormPosting(ref: ref, caseSlot: UInt8(slot)))
          }
          // Articles, prepositions and particles inside names (της, του, και, von, al) are not
          // indexed when the name has another word: every mention contains that word anyway.
          let indexable = caseWords.count == 1 || caseWords.contains { !Self.functionWords.contains($0) }
          for (position, word) in caseWords.enumerated()
          where (!indexable || !Self.functionWords.contains(word)) && wordKeys.insert("\(position) \(word)").inserted {
            words[FoldedKey(word), default: []].append(
              WordPosting(ref: ref, position: UInt8(position), wordCount: UInt8(caseWords.count)))
          }
        }
        // Acronyms (ΚΚΕ, ΝΑΤΟ, CIA) are read letter by letter: only their exact forms match.
        if !Self.isAcronym(form.text) { phonetic.insert(ref.packed, phones: prepared.phones) }

        var surname: PreparedName?
        if entry.kind == .person, folded.count > 1, let last = folded.last, last.count >= 3,
          let written = form.text.split(whereSeparator: { $0 == " " || $0 == "-" }).last,
          !Self.isAcronym(String(written))  // not a regnal number (III, ΙΔ΄)
        {
          var surnameKeys = Set<String>()
          for (slot, caseWords) in cases.enumerated() where surnameKeys.insert(caseWords[caseWords.count - 1]).inserted
          {
            surnames[FoldedKey(caseWords[caseWords.count - 1]), default: []].append(
              FormPosting(ref: ref, caseSlot: UInt8(slot)))
          }
          let preparedSurname = PreparedName(String(written))
          surname = preparedSurname
          phoneticSurnames.insert(ref.packed, phones: preparedSurname.phones)
        }
        entryInfo.append(
          FormInfo(
            caseWords: cases, prepared: prepared, surname: surname, isAcronym: Self.isAcronym(form.text),
            writtenWords: form.text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" }).map(
              String.init)))
      }
      info.append(entryInfo)
    }
  }

  /// Small words that occur inside names but say nothing about which name it is.
  static let functionWords: Set<String> = [
    "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τη", "και", "στο", "στη", "στην",
    "the", "of", "and", "de", "la", "le", "du", "des", "da", "do", "dos", "von", "van", "der", "den", "al",
    "el", "bin", "ibn", "y", "e", "di", "del",
  ]

  /// Whether `text` is an acronym: capitals only, six letters at most, at least two.
  static func isAcronym(_ text: String) -> Bool {
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
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
