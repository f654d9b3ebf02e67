internal import CGlossaICU

/// A Unicode normalization form that ICU implements.
public enum NormalizationForm: String, CaseIterable, Sendable {
  /// Canonical composition: the form Glossa stores and compares text in.
  case nfc
  /// Canonical decomposition: letters followed by their combining marks.
  case nfd
  /// Compatibility composition: also maps ligatures, full-width forms, and so on.
  case nfkc
  /// Compatibility decomposition.
  case nfkd
  /// NFKC with case folding and default-ignorable removal, for identifiers and keys.
  case nfkcCasefold

  fileprivate var cValue: glossa_normalization_form {
    switch self {
    case .nfc: GLOSSA_NFC
    case .nfd: GLOSSA_NFD
    case .nfkc: GLOSSA_NFKC
    case .nfkd: GLOSSA_NFKD
    case .nfkcCasefold: GLOSSA_NFKC_CASEFOLD
    }
  }
}

/// One of ICU's normalizers (`UNormalizer2`).
///
///     let nfc = Normalizer.nfc
///     try nfc.normalized("α\u{301}")   // "ά"
///
/// ICU owns these instances and shares them between threads, so a `Normalizer` is
/// `Sendable` and is never closed.
public final class Normalizer: @unchecked Sendable {
  // ICU's normalizer instances are immutable singletons, safe to use from any thread.
  private let handle: OpaquePointer

  /// The form this normalizer produces.
  public let form: NormalizationForm

  /// Returns ICU's normalizer for `form`.
  ///
  /// - Throws: ``ICUError`` when ICU's data for the form cannot be loaded.
  package init(form: NormalizationForm) throws(ICUError) {
    var status: Int32 = 0
    let instance = glossa_normalizer_get(form.cValue, &status)
    try status.checkICUSuccess()
    guard let instance else { throw ICUError.illegalArgument }
    self.handle = instance
    self.form = form
  }

  /// The shared NFC normalizer.
  package static let nfc = Normalizer.loaded(.nfc)
  /// The shared NFD normalizer.
  package static let nfd = Normalizer.loaded(.nfd)
  /// The shared NFKC normalizer.
  package static let nfkc = Normalizer.loaded(.nfkc)
  /// The shared NFKD normalizer.
  package static let nfkd = Normalizer.loaded(.nfkd)
  /// The shared NFKC_Casefold normalizer.
  package static let nfkcCasefold = Normalizer.loaded(.nfkcCasefold)

  /// Returns the shared normalizer for `form`.
  public static func shared(_ form: NormalizationForm) -> Normalizer {
    switch form {
    case .nfc: nfc
    case .nfd: nfd
    case .nfkc: nfkc
    case .nfkd: nfkd
    case .nfkcCasefold: nfkcCasefold
    }
  }

  private static func loaded(_ form: NormalizationForm) -> Normalizer {
    do {
      return try Normalizer(form: form)
    } catch {
      // ICU's normalization data ships inside libicudata; without it nothing in Glossa works.
      fatalError("ICU normalization data for \(form.rawValue) is missing: \(error)")
    }
  }

  /// Returns `text` in this normalization form.
  ///
  /// Text that is already normalized (most news copy is NFC) is returned as is, after a
  /// quick check, without building a new string.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func normalized(_ text: String) throws(ICUError) -> String {
    if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    let source = Array(text.utf16)
    let normalized = try normalized(utf16: source)
    return normalized == source ? text : String(decoding: normalized, as: UTF16.self)
  }

  /// Returns the normalized form of UTF-16 code units.
  package func normalized(utf16 source: [UInt16]) throws(ICUError) -> [UInt16] {
    if source.isEmpty { return [] }
    let length = try icuLength(source.count)
    return try source.withUnsafeBufferPointer { (input) throws(ICUError) -> [UInt16] in
      var status: Int32 = 0
      let span = glossa_normalizer_span_quick_check_yes(handle, input.baseAddress!, length, &status)
      try status.checkICUSuccess()
      if span == length { return source }
      return try fillingBuffer(of: UInt16.self, initialCapacity: source.count + source.count / 2 + 8) {
        glossa_normalizer_normalize(handle, input.baseAddress!, length, $0, $1, &$2)
      }
    }
  }

  /// Whether `text` is certainly in this form already (ICU's quick check says yes throughout).
  package func isNormalized(_ text: String) -> Bool {
    let source = Array(text.utf16)
    guard let length = Int32(exactly: source.count), length > 0 else { return source.isEmpty }
    var status: Int32 = 0
    let span = source.withUnsafeBufferPointer {
      glossa_normalizer_span_quick_check_yes(handle, $0.baseAddress!, length, &status)
    }
    return status <= 0 && span == length
  }
}
