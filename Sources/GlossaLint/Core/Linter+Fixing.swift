import GlossaDiagnostics
import GlossaICU

extension Linter {
  /// The most passes ``fixAll(_:)`` makes: fixes that overlapped one taken in a pass are
  /// picked up by the next; four passes settle every text the rules have met.
  package static let maximumFixPasses = 4

  /// Applies every safe fix to `document` until none is left (or ``maximumFixPasses``), as
  /// `glossa lint --fix` does.
  ///
  ///     let (fixed, count) = try linter.fixAll(Document(path: "a.txt", text: "Το Κρεμλίνo."))
  ///     fixed.original   // "Το Κρεμλίνο."
  ///
  /// - Returns: The document with its new text (the same document when nothing applied) and
  ///   how many fixes were applied over all passes.
  /// - Throws: ``GlossaICU/ICUError`` if ICU's break iterators cannot be opened.
  /// - Complexity: Up to ``maximumFixPasses`` lint runs over the document.
  public func fixAll(_ document: Document) throws(ICUError) -> (document: Document, applied: Int) {
    var current = document
    var total = 0
    for _ in 0..<Self.maximumFixPasses {
      let (text, applied) = Fixer.apply(try lint(current), to: current.original)
      if applied == 0 { break }
      total += applied
      current = Document(path: current.path, text: text, format: current.format)
    }
    return (current, total)
  }
}
