/// The Greek and English rules that decide whether a candidate boundary ends a sentence.
///
/// A candidate is the start of the next sentence, as ICU's sentence iterator or Glossa's own
/// scan proposes it. The rules look at the chunk before it (the text back to the previous
/// space: `κ.`, `2025.`, `Πούτιν».`, `Γιατί;»`) and at the chunk after it, and know:
///
/// - abbreviations that never end a sentence (titles such as κ., Δρ., Mr.; inner ones such as
///   π.χ., βλ., e.g.) and those that may (χλμ., κ.λπ., Inc.), which end one only when a
///   sentence starter follows;
/// - single-letter initials before a capital (Β. Πούτιν, J. Biden);
/// - list labels (`1.`, `2)`, `α.`) that begin a sentence and belong to it;
/// - the Greek question mark (`;` and U+037E) and, when asked, the ano teleia;
/// - that a Greek sentence does not start with a small letter: «Γιατί;» ρώτησε.
struct BoundaryRules {
  let language: SegmentationLanguage
  let abbreviations: AbbreviationList
  let splitsAtAnoTeleia: Bool

  /// Whether the candidate at `start` (a sentence start in `units`) is a real boundary.
  ///
  /// - Parameter sentenceStart: Where the sentence that the candidate would end begins.
  func isBoundary(at start: Int, in units: UnsafeBufferPointer<UInt16>, sentenceStart: Int) -> Bool {
    // The end of the text before the candidate, with the spaces between them.
    var previousEnd = start
    while previousEnd > sentenceStart, UTF16Character.isWhitespace(units[previousEnd - 1]) {
      previousEnd -= 1
    }
    guard previousEnd < start, previousEnd > sentenceStart else { return false }
    var chunkStart = previousEnd
    while chunkStart > sentenceStart, !UTF16Character.isWhitespace(units[chunkStart - 1]) {
      chunkStart -= 1
    }
    // Closing quotes and brackets, then the run of terminal punctuation before them.
    var terminalEnd = previousEnd
    while terminalEnd > chunkStart, UTF16Character.isCloser(units[terminalEnd - 1]) {
      terminalEnd -= 1
    }
    var terminalStart = terminalEnd
    while terminalStart > chunkStart, Self.isTerminal(units[terminalStart - 1]) {
      terminalStart -= 1
    }
    let terminal = units[terminalStart..<terminalEnd]
    var wordStart = chunkStart
    while wordStart < terminalStart, UTF16Character.isOpener(units[wordStart]) { wordStart += 1 }
    let next = NextWord(units, from: start)

    if terminal.isEmpty { return false }
    // A "sentence" of punctuation alone (a stray period) belongs to the next one.
    if !units[sentenceStart..<previousEnd].contains(where: { UTF16Character.letterCase($0) != nil }) {
      return false
    }
    if terminal.contains(where: { $0 == 0x3F || $0 == 0x21 || $0 == 0x37E }) {  // ? ! ;
      return language == .english || next.letterCase != .lower
    }
    if language == .greek, terminal.contains(0x3B) {  // Greek question mark
      return next.letterCase != .lower
    }
    if terminal.contains(0x3B) { return false }  // an English semicolon
    if terminal.contains(0x00B7) || terminal.contains(0x0387) {  // ano teleia
      return splitsAtAnoTeleia
    }
    if terminal.allSatisfy({ $0 == 0x3A }) {
      // A colon ends a sentence only to start a numbered list: "…ήταν: 1. Η πρώτη …".
      return next.startsListItem(in: units)
    }
    // From here on the terminal is periods or an ellipsis.
    if terminal.count > 1 || terminal.contains(0x2026) {
      return next.letterCase == .upper
    }
    let word = units[wordStart..<terminalEnd]  // with its period
    if word.count > 1, let kind = abbreviations.kind(of: Self.substring(word)) {
      switch kind {
      case .title, .inner: return false
      case .mayEnd: return next.letterCase == .upper && isSentenceStarter(next)
      case .numeric: if next.letterCase == .digit { return false }
      }
    }
    let core = units[wordStart..<terminalStart]
    if Self.isListLabel(core),
      chunkStart == sentenceStart || Self.endsWithColon(units, before: chunkStart, after: sentenceStart)
    {
      return false
    }
    if Self.isDottedAcronym(core) || (language == .greek && Self.isGreekAbbreviation(core)) {
      return next.letterCase == .upper && isSentenceStarter(next)
    }
    if next.letterCase == .lower {
      // English keeps ICU's reading (no break before a small letter); in Greek a period
      // after a whole word ends the sentence even when the next one starts small.
      return language == .greek && !Self.isInitial(core, anyCase: true)
    }
    if next.letterCase == .upper, Self.isInitial(core) { return false }
    return true
  }

  /// Whether a Greek word cut short by a period must be an abbreviation: Greek words end in
  /// a vowel, ς or ν, so `χλμ`, `εκατ`, `δισ`, `τετρ` cannot be whole words. (A loan such as
  /// σκορ is then taken for one, which only matters if no sentence starter follows it.)
  /// Capitalized words are left alone: names taken from other languages (Ιράκ, Κουρσκ,
  /// Ισραήλ) and acronyms (ΠΑΣΟΚ) end in any letter.
  static func isGreekAbbreviation(_ core: UnitSlice) -> Bool {
    guard let first = core.first, UTF16Character.letterCase(first) == .lower,
      let last = core.last, (0x03B1...0x03C9).contains(last) || (0x03AC...0x03CE).contains(last)
    else { return false }
    switch last {
    case 0x03B1, 0x03B5, 0x03B7, 0x03B9, 0x03BF, 0x03C5, 0x03C9,  // α ε η ι ο υ ω
      0x03AC, 0x03AD, 0x03AE, 0x03AF, 0x03CC, 0x03CD, 0x03CE,  // ά έ ή ί ό ύ ώ
      0x03CA, 0x03CB, 0x0390, 0x03B0,  // ϊ ϋ ΐ ΰ
      0x03C2, 0x03BD:  // ς ν
      return false
    default:
      return true
    }
  }

  /// Whether the text before `index` (spaces skipped) ends with a colon.
  static func endsWithColon(_ units: UnsafeBufferPointer<UInt16>, before index: Int, after floor: Int) -> Bool {
    var end = index
    while end > floor, UTF16Character.isWhitespace(units[end - 1]) { end -= 1 }
    return end > floor && units[end - 1] == 0x3A
  }

  private func isSentenceStarter(_ next: NextWord) -> Bool {
    next.hasOpener || abbreviations.isStarter(Self.substring(next.word))
  }

  /// Sentence-ending punctuation: . ! ? ; … · and the Greek forms U+037E and U+0387, and `:`.
  @inline(__always)
  static func isTerminal(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2026, 0x037E, 0x0387, 0x00B7: return true
    default: return false
    }
  }

  /// `1`, `12`, `a`, `α`, `iv`: what precedes the period or bracket of a list label.
  static func isListLabel(_ core: UnitSlice) -> Bool {
    guard !core.isEmpty, core.count <= 3 else { return false }
    if core.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
    if core.count == 1, UTF16Character.letterCase(core.first!) != nil { return true }
    return core.allSatisfy { "ivxIVX".utf16.contains($0) }
  }

  /// A single letter, as in the initial of a first name: `Β`, `J` (or `κ` with `anyCase`).
  static func isInitial(_ core: UnitSlice, anyCase: Bool = false) -> Bool {
    guard core.count == 1, let letterCase = UTF16Character.letterCase(core.first!) else {
      return false
    }
    return letterCase == .upper || (anyCase && letterCase == .lower)
  }

  /// Letters separated by periods, as in `Η.Π.Α` or `U.S`.
  static func isDottedAcronym(_ core: UnitSlice) -> Bool {
    guard core.count >= 3, core.contains(0x2E) else { return false }
    var expectsLetter = true
    for unit in core {
      if expectsLetter {
        guard UTF16Character.letterCase(unit) != nil, unit != 0x2E else { return false }
      } else if unit != 0x2E {
        return false
      }
      expectsLetter.toggle()
    }
    return true
  }

  static func substring(_ units: UnitSlice) -> Substring {
    Substring(String(decoding: units, as: UTF16.self))
  }
}

/// A stretch of a paragraph's UTF-16 code units.
typealias UnitSlice = Slice<UnsafeBufferPointer<UInt16>>

/// The chunk after a candidate boundary: its first letter's case and its word.
struct NextWord {
  var letterCase: UTF16Character.LetterCase?
  var hasOpener = false
  var word: UnitSlice

  init(_ units: UnsafeBufferPointer<UInt16>, from start: Int) {
    word = units[start..<start]
    var index = start
    while index < units.count, UTF16Character.isOpener(units[index]) {
      hasOpener = true
      index += 1
    }
    guard index < units.count else { return }
    letterCase = UTF16Character.letterCase(units[index])
    var end = index
    while end < units.count, !UTF16Character.isWhitespace(units[end]),
      UTF16Character.letterCase(units[end]) != nil
    {
      end += 1
    }
    word = units[index..<end]
  }

  /// Whether the chunk is a list label (`1.`, `2)`, `α.`) followed by a capitalized word.
  func startsListItem(in units: UnsafeBufferPointer<UInt16>) -> Bool {
    var end = word.endIndex
    guard !hasOpener, end < units.count, units[end] == 0x2E || units[end] == 0x29 else { return false }
    guard BoundaryRules.isListLabel(word) else { return false }
    end += 1
    guard end < units.count, UTF16Character.isWhitespace(units[end]) else { return false }
    while end < units.count, UTF16Character.isWhitespace(units[end]) { end += 1 }
    return end < units.count && UTF16Character.letterCase(units[end]) == .upper
  }
}
