import GlossaDiagnostics
import GlossaText

/// Flags a full stop, comma, semicolon, colon or ano teleia with a letter right after it in
/// Greek text: two sentences or clauses run together (`πόλη.Το`, `Μαΐου,όταν`), and a comma,
/// semicolon or colon typed with the space before it instead of after (`είπε ,"και`).
///
/// Not flagged: `ό,τι`, numbers (`3,5`, `10:30`), abbreviations and initials (`κ.ά.`, `π.Χ.`, `Γ.Παπαδόπουλος`
/// is an initial too), and anything in Latin letters on both sides (web addresses, e-mail
/// addresses, file names: `glossa.gr`, `report.pdf`). The fix adds the space when the next word
/// certainly starts a new clause: after a comma, semicolon, colon or ano teleia, or after a full
/// stop before a capital; before a small letter the space is only suggested.
struct MissingSpaceAfterPunctuationRule: LintRule {
  static let description = RuleDescription(
    identifier: "missing-space-after-punctuation",
    name: "Missing space after punctuation",
    summary: "A punctuation mark with a letter right after it: a space is missing.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Η πόλη. Το λιμάνι, όταν έκλεισε. Ό,τι κι αν γίνει, κάνει ό,τι θέλει."),
      Example("Αυξήθηκε κατά 3,5% στις 10:30."),
      Example("Σπίτια, σχολεία κ.ά. κτίρια από τον 5ο αι. π.Χ. ως τον 2ο αι. μ.Χ."),
      Example("Ο κ. Γ.Παπαδόπουλος και η Α.Ε. μίλησαν."),
      Example("Δείτε το glossa.gr και γράψτε στο info@glossa.gr ή ανοίξτε το report.pdf."),
      Example("Στο https://www.example.com/a,b δεν υπάρχει τίποτα."),
      Example("Είπε «Όχι». «Ποτέ», (και τότε) έφυγε."),
      Example("Τιμές 1 ,5 και 2 ,5. Το αρχείο .pdf και η λίστα , όπως είπαμε."),
    ],
    triggeringExamples: [
      Example("Στην ↓πόλη.Σύμφωνα με την αστυνομία."),
      Example("Στις 5 ↓Μαΐου,όταν έφτασε."),
      Example("Τι ↓έγινε;Κανείς δεν ξέρει."),
      Example("Είπε τα ↓εξής:θα έρθει."),
      Example("Απάντησε «↓Όχι».«Ποτέ» είπε."),
      Example("Θα είναι λευκοί», ↓είπε ,\"και θα φύγουν\"."),
      Example("Στην ↓πόλη.«Το λιμάνι» έκλεισε."),
    ],
    corrections: [
      (Example("Στην ↓πόλη.Σύμφωνα με την αστυνομία."), Example("Στην πόλη. Σύμφωνα με την αστυνομία.")),
      (Example("Στις 5 ↓Μαΐου,όταν έφτασε."), Example("Στις 5 Μαΐου, όταν έφτασε.")),
      (Example("Είπε ↓ναι ,και έφυγε."), Example("Είπε ναι, και έφυγε.")),
    ])

  /// Closing quotes and brackets that may stand between a word and the mark: «Όχι».Το.
  static let closers: Set<Unicode.Scalar> = ["»", "\"", "\u{201D}", ")", "'", "\u{2019}"]
  /// Opening quotes and brackets that may stand between the mark and the next word.
  static let openers: Set<Unicode.Scalar> = ["«", "\"", "\u{201C}", "("]

  /// The marks after which a space belongs: . , ; : and the Greek question mark and ano teleia.
  static let marks: Set<Unicode.Scalar> = [".", ",", ";", ":", "\u{037E}", "\u{0387}"]

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    // Only a mark with something other than white space right after it can be a slip: find
    // those in the bytes, and look closer at the run of text around each one.
    var findings: [Finding] = []
    var text = analysis.document.text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let markLength: Int
        if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A {
          markLength = 1
        } else if index + 1 < bytes.count,
          (byte == 0xCD && bytes[index + 1] == 0xBE) || (byte == 0xCE && bytes[index + 1] == 0x87)
        {
          markLength = 2
        } else {
          index += 1
          continue
        }
        let next = index + markLength
        guard next < bytes.count, !Self.isSpace(bytes, next), index > 0 else {
          index = next
          continue
        }
        if Self.isSpace(bytes, index - 1) {
          // The space on the wrong side of a comma, colon or semicolon: είπε ,"και.
          if let finding = spaceBeforeMark(bytes: bytes, space: index - 1, mark: index, next: next, in: analysis) {
            findings.append(finding)
          }
          index = next
          continue
        }
        var start = index
        while start > 0, !Self.isSpace(bytes, start - 1) { start -= 1 }
        var end = next
        while end < bytes.count, !Self.isSpace(bytes, end) { end += 1 }
        let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        findings += self.findings(inChunk: chunk, at: start, in: analysis)
        index = end
      }
    }
    return findings
  }

  /// A comma, semicolon or colon with a space before it and a Greek word (perhaps behind an
  /// opening quote) glued after it, itself after a word: the space belongs after the mark.
  private func spaceBeforeMark(
    bytes: UnsafeBufferPointer<UInt8>, space: Int, mark: Int, next: Int, in analysis: DocumentAnalysis
  ) -> Finding? {
    guard bytes[space] == 0x20, space > 0, bytes[mark] == 0x2C || bytes[mark] == 0x3B || bytes[mark] == 0x3A,
      !Self.isSpace(bytes, space - 1)
    else { return nil }
    let document = analysis.document
    var end = next
    while end < bytes.count, !Self.isSpace(bytes, end) { end += 1 }
    let after = Array(document.text(in: next..<end).unicodeScalars)
    let wordStart = after.first.map { Self.openers.contains($0) } == true ? 1 : 0
    guard wordStart < after.count, WritingScript(ofLetter: after[wordStart]) == .greek else { return nil }
    var start = space
    while start > 0, !Self.isSpace(bytes, start - 1) { start -= 1 }
    guard let last = document.text(in: start..<space).unicodeScalars.last,
      last.properties.isAlphabetic || Self.closers.contains(last)
    else { return nil }
    let word = Self.run(startingAt: wordStart, in: after)
    let wordEnd = next + String(String.UnicodeScalarView(after[0..<wordStart])).utf8.count + word.utf8.count
    let markText = document.text(in: mark..<next)
    let flagged = document.text(in: start..<wordEnd)
    let fixed = document.text(in: start..<space) + markText + " " + document.text(in: next..<wordEnd)
    return finding(
      "space before '\(markText)' instead of after it in '\(flagged)'; write '\(fixed)'", at: start..<wordEnd,
      in: analysis, suggestion: fixed, fix: Replacement(utf8Range: space..<next, text: markText + " "))
  }

  /// ASCII white space and the bytes of a no-break space (C2 A0): where chunks end.
  @inline(__always)
  static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    switch bytes[index] {
    case 0x20, 0x0A, 0x0D, 0x09: return true
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0
    case 0xA0: return index > 0 && bytes[index - 1] == 0xC2
    default: return false
    }
  }

  /// The findings in a run of text without white space that starts at UTF-8 offset `base`.
  private func findings(inChunk text: String, at base: Int, in analysis: DocumentAnalysis) -> [Finding] {
    let scalars = Array(text.unicodeScalars)
    var findings: [Finding] = []
    var utf8Offsets: [Int] = []  // document UTF-8 offset of each scalar of the chunk
    utf8Offsets.reserveCapacity(scalars.count + 1)
    var offset = base
    for scalar in scalars {
      utf8Offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    utf8Offsets.append(offset)
    var index = 1
    while index + 1 < scalars.count {
      defer { index += 1 }
      let mark = scalars[index]
      guard Self.marks.contains(mark),
        scalars[index - 1].properties.isAlphabetic
          || (Self.closers.contains(scalars[index - 1]) && index > 1 && scalars[index - 2].properties.isAlphabetic)
      else { continue }
      // The next word may open with a quote: πόλη.«Το.
      let quoted = Self.openers.contains(scalars[index + 1])
      let wordStart = quoted ? index + 2 : index + 1
      guard wordStart < scalars.count, scalars[wordStart].properties.isAlphabetic else { continue }
      let closed = !scalars[index - 1].properties.isAlphabetic
      let before = Self.run(endingAt: closed ? index - 1 : index, in: scalars)
      let after = Self.run(startingAt: wordStart, in: scalars)
      let chunk = text
      // Latin on both sides, or anything that looks like an address or a file: not prose.
      if chunk.contains("@") || chunk.contains("://") || chunk.contains("www.") { continue }
      if WritingScript(ofWord: before) != .greek && WritingScript(ofWord: after) != .greek { continue }
      // ό,τι ("whatever") is one word with its comma.
      if mark == ",", ["ό", "ο", "Ό", "Ο"].contains(before), after.lowercased() == "τι" { continue }
      let afterEnd = wordStart + after.unicodeScalars.count
      if mark == ".", Self.isAbbreviation(before: before, after: after, scalars: scalars, afterEnd: afterEnd) {
        continue
      }
      let startsClause = mark != "." || (after.unicodeScalars.first?.properties.isUppercase ?? false)
      let start = utf8Offsets[index - before.unicodeScalars.count - (closed ? 1 : 0)]
      let end = utf8Offsets[afterEnd]
      let insertion = utf8Offsets[index + 1]
      let flagged = analysis.document.text(in: start..<end)
      let fixed =
        analysis.document.text(in: start..<insertion) + " " + analysis.document.text(in: insertion..<end)
      findings.append(
        finding(
          "no space after '\(Character(mark))' in '\(flagged)'; write '\(fixed)'", at: start..<end, in: analysis,
          suggestion: fixed, fix: startsClause ? Replacement(utf8Range: insertion..<insertion, text: " ") : nil))
      index = afterEnd - 1
    }
    return findings
  }

  /// The letters (and combining marks) ending just before `end`.
  static func run(endingAt end: Int, in scalars: [Unicode.Scalar]) -> String {
    var start = end
    while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// The letters (and combining marks) starting at `start`.
  static func run(startingAt start: Int, in scalars: [Unicode.Scalar]) -> String {
    var end = start
    while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// Abbreviations and initials: a letter or two before the full stop (κ.ά., π.Χ., Γ.Παπαδόπουλος,
  /// Α.Ε.), or a short run after it closed by another full stop (κ.λπ., π.χ.).
  static func isAbbreviation(before: String, after: String, scalars: [Unicode.Scalar], afterEnd: Int) -> Bool {
    if before.unicodeScalars.filter({ $0.properties.isAlphabetic }).count <= 2 { return true }
    return after.unicodeScalars.filter({ $0.properties.isAlphabetic }).count <= 3 && afterEnd < scalars.count
      && scalars[afterEnd] == "."
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
  }
}
