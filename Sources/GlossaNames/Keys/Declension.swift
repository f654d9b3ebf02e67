import GlossaText

/// How a Greek word in a name changes with case: the endings it takes.
///
/// Names in the news use a handful of classes. Foreign names are mostly indeclinable
/// (Πούτιν, Κουρσκ); Greek and hellenized ones decline (ο Μητσοτάκης, του Μητσοτάκη; η Κορέα,
/// της Κορέας; το Κρεμλίνο, του Κρεμλίνου). An adjective in a name declines with it
/// (η Βόρεια Κορέα, της Βόρειας Κορέας), so every word has its own class.
public enum Declension: String, Hashable, Sendable, CaseIterable, Codable {
  /// Does not change: Πούτιν, Κουρσκ, Τόκιο.
  case indeclinable = "indecl"
  /// -ος, -ου, -ο, -ε: ο Βόλος, του Βόλου.
  case os
  /// -ας, -α: ο Τσίπρας, του Τσίπρα.
  case `as`
  /// -ης, -η: ο Μητσοτάκης, του Μητσοτάκη.
  case `is`
  /// -α, -ας: η Κορέα, της Κορέας.
  case a
  /// -η, -ης: η Κρήτη, της Κρήτης.
  case i
  /// -ο, -ου: το Κρεμλίνο, του Κρεμλίνου.
  case o
  /// -ι, -ιού: το Μαρούσι, του Μαρουσιού.
  case iNeuter = "i-neuter"
  /// Plural -ες, -ων: οι Βρυξέλλες, των Βρυξελλών.
  case es
  /// Plural -α, -ων: τα Ιωάννινα, των Ιωαννίνων.
  case aNeuterPlural = "a-plural"

  /// The endings of the four cases, in folded letters: nominative, genitive, accusative,
  /// vocative; empty for ``indeclinable``. The one table of Greek name endings: case forms,
  /// ``endings`` and the inflection paradigms of ``GreekEndings`` all come from it.
  package var caseEndings: [String] {
    switch self {
    case .indeclinable: []
    case .os: ["ος", "ου", "ο", "ε"]
    case .as: ["ας", "α", "α", "α"]
    case .is: ["ης", "η", "η", "η"]
    case .a: ["α", "ας", "α", "α"]
    case .i: ["η", "ης", "η", "η"]
    case .o: ["ο", "ου", "ο", "ο"]
    case .iNeuter: ["ι", "ιου", "ι", "ι"]
    case .es: ["ες", "ων", "ες", "ες"]
    case .aNeuterPlural: ["α", "ων", "α", "α"]
    }
  }

  /// The nominative ending and the other endings, in folded letters.
  package var endings: (nominative: String, others: [String]) {
    guard let nominative = caseEndings.first else { return ("", []) }
    var others: [String] = []
    for ending in caseEndings.dropFirst() where ending != nominative && !others.contains(ending) {
      others.append(ending)
    }
    return (nominative, others)
  }

  /// The class a folded Greek word most likely belongs to, from its ending.
  ///
  /// - Parameter isPerson: Names of people ending in -ι are foreign and indeclinable
  ///   (Ζελένσκι); places ending in -ι are Greek neuters (Μαρούσι).
  package static func inferred(forFoldedWord word: String, isPerson: Bool) -> Declension {
    if word.hasSuffix("ος") { return .os }
    if word.hasSuffix("ας") { return .as }
    if word.hasSuffix("ης") { return .is }
    if word.hasSuffix("ες") { return .es }
    if word.hasSuffix("α") { return .a }
    if word.hasSuffix("η") { return .i }
    if word.hasSuffix("ο") { return .o }
    if word.hasSuffix("ι") { return isPerson ? .indeclinable : .iNeuter }
    return .indeclinable
  }

  /// The folded forms of `word` in this class, the given form first. Words that do not end
  /// in the class's nominative ending are returned alone.
  package func forms(ofFoldedWord word: String) -> [String] {
    let (nominative, others) = endings
    guard !nominative.isEmpty, word.hasSuffix(nominative), word.count > nominative.count + 1 else {
      return [word]
    }
    let stem = String(word.dropLast(nominative.count))
    return [word] + others.map { stem + $0 }
  }
}
