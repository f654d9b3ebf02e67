import GlossaText

/// Given names known in several forms: the formal and everyday Greek forms of one name
/// (Μιχαήλ, Μιχάλης) and its forms in other languages (Michael, Μισέλ, Miguel), from the
/// shipped list `name-equivalents.tsv`.
///
/// Sound does not tie these forms together, so the phonetic decision keeps them apart; the
/// list does. Two Greek forms of one name are ``Kind/hypocoristic``, a Greek form and a
/// foreign one ``Kind/translation``. Foreign forms are not paired with each other through the
/// Greek one: Manuel and Immanuel are both Εμμανουήλ, yet two names.
package struct NameEquivalents: Sendable {
  /// How two listed forms of one name relate.
  package enum Kind: Sendable {
    /// Two Greek forms: formal and everyday, or a pet form (Μιχαήλ / Μιχάλης).
    case hypocoristic
    /// A Greek form and the name in another language (Θωμάς / Τόμας, Ιουλία / Julia).
    case translation
  }

  /// Folded Greek forms, with their case forms, to the names they are forms of.
  private var greek: [String: [Int32]] = [:]
  /// Folded foreign forms to the names they are forms of.
  private var foreign: [String: [Int32]] = [:]

  /// The shipped list.
  package static let shipped: NameEquivalents = {
    guard let text = EmbeddedData.files["name-equivalents.tsv"] else {
      preconditionFailure("the library was built without its list of name equivalents")
    }
    return NameEquivalents(parsing: text)
  }()

  /// Reads a list: `#` comments, then one name per line in three tab-separated columns of
  /// space-separated forms (Greek forms; foreign forms in Greek letters; in Latin letters).
  package init(parsing text: String) {
    let folder = TextFolder.shared
    var name: Int32 = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      for (column, forms) in columns.prefix(3).enumerated() {
        for form in forms.split(separator: " ") {
          let key = folder.key(String(form))
          if column == 0 {
            let declension = Declension.inferred(forFoldedWord: key, isPerson: true)
            for caseForm in declension.forms(ofFoldedWord: key) { Self.add(name, to: &greek[caseForm, default: []]) }
          } else {
            Self.add(name, to: &foreign[key, default: []])
          }
        }
      }
      name += 1
    }
  }

  private static func add(_ name: Int32, to names: inout [Int32]) {
    if !names.contains(name) { names.append(name) }
  }

  /// How two folded words relate, when the list has both as forms of one name.
  package func relation(_ a: String, _ b: String) -> Kind? {
    if let namesA = greek[a] {
      if let namesB = greek[b], namesA.contains(where: namesB.contains) { return .hypocoristic }
      if let namesB = foreign[b], namesA.contains(where: namesB.contains) { return .translation }
    }
    if let namesA = foreign[a], let namesB = greek[b], namesA.contains(where: namesB.contains) { return .translation }
    return nil
  }

  /// Whether the list knows the folded word at all: only then can ``relation(_:_:)`` answer.
  package func contains(_ word: String) -> Bool { greek[word] != nil || foreign[word] != nil }
}
