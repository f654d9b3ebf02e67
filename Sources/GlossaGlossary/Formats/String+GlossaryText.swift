extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmed() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }

  /// The text without leading and trailing white space (spaces, tabs, line ends).
  func trimmingWhitespace() -> String {
    let scalars = String(self).unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The text on one line: each run of white space (line breaks and tabs included) becomes
  /// one space, and none is left at either end. Terms, ids and example sentences are read
  /// this way from every format, as XML prose is.
  func collapsingWhitespace() -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in String(self).unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text with its line breaks (`\r\n`, `\r`, `\n`) made `\n`, white space at the ends of
  /// each line removed, and no empty line at either end: a multi-line note as Glossa keeps it.
  func normalizingLines() -> String {
    let unified = String(self).replacingCRLF()
    let lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
    guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty })
    else { return "" }
    return lines[first...last].joined(separator: "\n")
  }
}

extension String {
  fileprivate func replacingCRLF() -> String {
    guard contains("\r") else { return self }
    var result = String.UnicodeScalarView()
    var previousCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      result.append(scalar)
    }
    return String(result)
  }
}
