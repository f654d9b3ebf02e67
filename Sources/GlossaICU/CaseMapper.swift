internal import CGlossaICU

/// ICU case mapping for one locale, working directly on UTF-8.
///
/// Unlike Foundation's `lowercased()`, ICU gives Greek its final sigma, and the `el`
/// locale upper-cases without accents, as Greek typesetting does:
///
///     let greek = try CaseMapper(locale: "el")
///     try greek.lowercased("ΟΔΟΣ")    // "οδος"
///     try greek.uppercased("Οδός")    // "ΟΔΟΣ"
///
/// A case mapper is not safe to share between tasks (title-casing keeps iterator state);
/// give each task its own.
package final class CaseMapper {
  private let handle: OpaquePointer

  /// The locale identifier the mapper was opened with.
  package let locale: String

  /// Opens a case mapper for `locale`, such as `el`, `en` or the root locale `""`.
  package init(locale: String) throws(ICUError) {
    var status: Int32 = 0
    let opened = glossa_casemap_open(locale, &status)
    guard let opened, status <= 0 else {
      glossa_casemap_close(opened)
      throw ICUError(code: status > 0 ? status : GLOSSA_STATUS_ILLEGAL_ARGUMENT)
    }
    self.handle = opened
    self.locale = locale
  }

  deinit { glossa_casemap_close(handle) }

  /// Returns `text` in lower case, with final sigma where a Greek word ends.
  package func lowercased(_ text: String) throws(ICUError) -> String {
    try apply(GLOSSA_CASE_LOWER, to: text)
  }

  /// Returns `text` in upper case (in the `el` locale, without accents).
  package func uppercased(_ text: String) throws(ICUError) -> String {
    try apply(GLOSSA_CASE_UPPER, to: text)
  }

  /// Returns `text` with the first letter of each word in title case.
  package func titlecased(_ text: String) throws(ICUError) -> String {
    try apply(GLOSSA_CASE_TITLE, to: text)
  }

  /// Returns the Unicode case folding of `text` (every sigma becomes `σ`).
  package func caseFolded(_ text: String) throws(ICUError) -> String {
    try apply(GLOSSA_CASE_FOLD, to: text)
  }

  private func apply(_ operation: glossa_case_operation, to text: String) throws(ICUError) -> String {
    let source = Array(text.utf8)
    if source.isEmpty { return "" }
    let length = try icuLength(source.count)
    let bytes = try source.withUnsafeBufferPointer { (input) throws(ICUError) -> [UInt8] in
      try input.withMemoryRebound(to: CChar.self) { (input) throws(ICUError) -> [UInt8] in
        try fillingBuffer(of: UInt8.self, initialCapacity: source.count + 16) { dest, capacity, status in
          dest.withMemoryRebound(to: CChar.self, capacity: Int(capacity)) {
            glossa_casemap_apply(handle, operation, input.baseAddress!, length, $0, capacity, &status)
          }
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Optional where Wrapped == UnsafeMutablePointer<UInt8> {
  fileprivate func withMemoryRebound<Result>(
    to _: CChar.Type, capacity: Int, _ body: (UnsafeMutablePointer<CChar>?) -> Result
  ) -> Result {
    guard let self else { return body(nil) }
    return self.withMemoryRebound(to: CChar.self, capacity: capacity) { body($0) }
  }
}
