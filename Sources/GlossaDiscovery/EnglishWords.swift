/// What kind of thing a name names, as far as the words around it tell.
public enum NameCue: String, Sendable, Hashable, CaseIterable {
  case person, place, organization
}

/// English words that open sentences without being names, the particles inside names, and the
/// words around a name that tell a person from a place or an organization.
enum EnglishWords {
  /// Particles that join the words of one name (Bank of England, Osama bin Laden).
  static let particles: Set<String> = [
    "of", "de", "del", "della", "la", "le", "du", "da", "di", "von", "van", "der", "den", "al", "bin", "ibn", "y",
  ]

  /// Capitalized words that are not names: function words that open sentences, and titles.
  private static let functionWords: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "But", "And", "Or", "If", "When",
    "While", "After", "Before", "As", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
    "Its", "There", "Here", "What", "Who", "How", "Why", "Where", "Which", "Some", "Many", "Most", "All", "One",
    "Two", "Three", "No", "Not", "So", "Then", "Now", "Yet", "Also", "However", "According", "Since", "With",
    "From", "To", "By", "Of", "About", "Over", "Under", "During", "Until", "Although", "Though", "Because",
    "Meanwhile", "Last", "Next", "Each", "Every", "Both", "Such", "My", "Your", "Mr", "Mrs", "Ms", "Dr", "Sir",
    "Lady", "Lord", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    "Prime", "Minister", "President", "Secretary", "Senator", "Governor", "Chancellor", "King", "Queen", "Prince",
    "Princess", "Pope", "General", "Judge", "Professor", "Prof", "Chief", "Director", "Mayor", "Speaker",
    "Chairman", "Captain", "Coach", "Officer", "Detective", "Sgt", "Rep", "Sen", "Gov", "St",
  ]

  /// Whether `word`, opening a run of capitalized words, is no part of a name.
  static func isFunctionWord(_ word: String) -> Bool {
    functionWords.contains(word)
  }

  /// Words before a name that make it a person's.
  private static let personBefore: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord", "President", "Minister", "Secretary", "Senator", "Governor",
    "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Judge", "Professor", "Prof", "Mayor",
    "Speaker", "Chairman", "Captain", "Coach", "Officer", "Detective", "Rep", "Sen", "Gov", "spokesman",
    "spokeswoman", "actor", "actress", "singer", "player", "striker", "manager", "leader", "wife", "husband",
  ]
  /// Words after a name that make it a person's.
  private static let personAfter: Set<String> = [
    "said", "says", "told", "added", "explained", "wrote", "tweeted", "who", "himself", "herself",
  ]
  /// Words before a name that make it a place.
  private static let placeBefore: Set<String> = [
    "in", "near", "across", "outside", "inside", "into", "throughout", "from",
  ]
  /// Words inside a name that make it an organization's.
  private static let organizationWords: Set<String> = [
    "Agency", "Ministry", "Party", "Council", "Commission", "Union", "Bank", "Corporation", "Company", "University",
    "Association", "Organisation", "Organization", "Institute", "Committee", "Parliament", "Assembly", "Court",
    "Army", "Navy", "Police", "Club", "Group", "Foundation", "Fund", "Airlines", "Airways", "Inc", "Ltd", "FC",
    "League", "Federation", "Department", "Office", "Service", "Authority", "Board", "Church", "Times", "Post",
    "News", "Network", "Institution", "Bureau", "Senate", "Congress", "Government",
  ]

  /// The kind of thing a run of words names, when the words tell.
  static func cue(words: [String], before: String?, after: String?) -> NameCue? {
    if words.contains(where: organizationWords.contains) { return .organization }
    if words.count == 1, let word = words.first, word.count >= 2,
      word.unicodeScalars.allSatisfy({ $0.properties.isUppercase })
    {
      return .organization  // an acronym
    }
    if let before, personBefore.contains(before) { return .person }
    // "a visitor from Manchester said": the place word is nearer the name than the verb.
    if let before, placeBefore.contains(before) { return .place }
    if let after, personAfter.contains(after) { return .person }
    return nil
  }
}
