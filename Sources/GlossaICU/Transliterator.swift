internal import CGlossaICU

/// An ICU transform, such as `Greek-Latin/UNGEGN`, opened once and reused.
///
///     let ungegn = try Transliterator(id: "Greek-Latin/UNGEGN")
///     try ungegn.transliterated("Χανιά")   // "Chaniá"
///
/// A transliterator is not safe to share between tasks; give each task its own.
package final class Transliterator {
  private let handle: OpaquePointer

  /// The identifier the transform was opened with.
  package let id: String

  /// Opens the system transform with the given identifier.
  ///
  /// - Throws: ``ICUError`` (`U_INVALID_ID`) if ICU does not know `id`.
  package init(id: String) throws(ICUError) {
    let units = Array(id.utf16)
    var status: Int32 = 0
    let length = try icuLength(units.count)
    let opened = units.withUnsafeBufferPointer {
      glossa_translit_open($0.baseAddress!, length, &status)
    }
    guard let opened, status <= 0 else {
      glossa_translit_close(opened)
      throw ICUError(code: status > 0 ? status : GLOSSA_STATUS_ILLEGAL_ARGUMENT)
    }
    self.handle = opened
    self.id = id
  }

  /// Compiles a transform from ICU transform rules.
  ///
  /// - Parameter id: A name for the transform, used in messages.
  /// - Parameter rules: The rule text, in ICU's transform rule syntax.
  /// - Throws: ``ICUError`` with the line and offset of the first syntax error.
  package init(id: String, rules: String) throws(ICUError) {
    let idUnits = Array(id.utf16)
    let ruleUnits = Array(rules.utf16)
    let idLength = try icuLength(idUnits.count)
    let rulesLength = try icuLength(ruleUnits.count)
    var status: Int32 = 0
    var errorLine: Int32 = 0
    var errorOffset: Int32 = 0
    let opened = idUnits.withUnsafeBufferPointer { idBuffer in
      ruleUnits.withUnsafeBufferPointer { ruleBuffer in
        glossa_translit_open_rules(
          idBuffer.baseAddress!, idLength, ruleBuffer.baseAddress!, rulesLength,
          &errorLine, &errorOffset, &status)
      }
    }
    guard let opened, status <= 0 else {
      glossa_translit_close(opened)
      throw ICUError(
        code: status > 0 ? status : GLOSSA_STATUS_ILLEGAL_ARGUMENT,
        ruleLine: errorLine > 0 ? Int(errorLine) : nil, ruleOffset: Int(errorOffset))
    }
    self.handle = opened
    self.id = id
  }

  deinit { glossa_translit_close(handle) }

  /// Returns `text` transliterated by this transform.
  ///
  /// - Complexity: O(*n*) in the length of `text`, times the cost of the transform's rules.
  package func transliterated(_ text: String) throws(ICUError) -> String {
    String(decoding: try transliterated(utf16: Array(text.utf16)), as: UTF16.self)
  }

  /// Returns the UTF-16 code units of `source` transliterated by this transform.
  package func transliterated(utf16 source: [UInt16]) throws(ICUError) -> [UInt16] {
    if source.isEmpty { return [] }
    let length = try icuLength(source.count)
    var capacity = source.count * 3 + 16
    for _ in 0..<2 {  // try once, then retry once with the size ICU asked for
      // ICU works in place and truncates on overflow, so each try starts from `source`.
      var buffer = source
      buffer.append(contentsOf: repeatElement(0, count: capacity - source.count))
      var status: Int32 = 0
      let newLength = buffer.withUnsafeMutableBufferPointer {
        glossa_translit_apply(handle, $0.baseAddress!, length, Int32(clamping: $0.count), &status)
      }
      if status == GLOSSA_STATUS_BUFFER_OVERFLOW {
        capacity = max(Int(newLength), capacity * 2)
        continue
      }
      try status.checkICUSuccess()
      buffer.removeSubrange(Int(newLength)...)
      return buffer
    }
    throw ICUError.bufferOverflow
  }
}
