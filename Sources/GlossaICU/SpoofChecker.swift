internal import CGlossaICU

/// ICU's confusable-character checker (`USpoofChecker`, UTS #39).
///
///     let checker = try SpoofChecker()
///     checker.isConfusable("Κρεμλίνo", with: "Κρεμλίνο")   // true: Latin o, Greek ο
///
/// Configured for single-script restriction, so a word that mixes Greek and Latin letters
/// fails ``check(_:)``. Not safe to share between tasks.
package final class SpoofChecker {
  /// The checks that failed for a string.
  package struct Failures: OptionSet, Sendable, Hashable {
    package let rawValue: Int32
    package init(rawValue: Int32) { self.rawValue = rawValue }

    /// The string mixes scripts beyond what single-script restriction allows.
    package static let restrictionLevel = Failures(rawValue: GLOSSA_SPOOF_RESTRICTION_LEVEL)
    /// The string mixes digits from different numbering systems.
    package static let mixedNumbers = Failures(rawValue: GLOSSA_SPOOF_MIXED_NUMBERS)
  }

  private let handle: OpaquePointer

  /// Opens a checker with single-script restriction and the mixed-numbers check.
  package init() throws(ICUError) {
    var status: Int32 = 0
    let opened = glossa_spoof_open(&status)
    guard let opened, status <= 0 else {
      glossa_spoof_close(opened)
      throw ICUError(code: status > 0 ? status : GLOSSA_STATUS_ILLEGAL_ARGUMENT)
    }
    self.handle = opened
  }

  deinit { glossa_spoof_close(handle) }

  /// Returns the checks `text` fails; empty when it is a single-script string.
  package func check(_ text: String) throws(ICUError) -> Failures {
    let units = Array(text.utf16)
    if units.isEmpty { return [] }
    let length = try icuLength(units.count)
    var status: Int32 = 0
    let result = units.withUnsafeBufferPointer {
      glossa_spoof_check(handle, $0.baseAddress!, length, &status)
    }
    try status.checkICUSuccess()
    return Failures(rawValue: result)
  }

  /// Returns the UTS #39 skeleton of `text`: two strings that look alike share a skeleton.
  package func skeleton(of text: String) throws(ICUError) -> String {
    let units = Array(text.utf16)
    if units.isEmpty { return "" }
    let length = try icuLength(units.count)
    let skeleton = try units.withUnsafeBufferPointer { (input) throws(ICUError) -> [UInt16] in
      try fillingBuffer(of: UInt16.self, initialCapacity: units.count * 2 + 8) {
        glossa_spoof_skeleton(handle, input.baseAddress!, length, $0, $1, &$2)
      }
    }
    return String(decoding: skeleton, as: UTF16.self)
  }

  /// Whether `text` and `other` look alike (have the same skeleton).
  package func isConfusable(_ text: String, with other: String) -> Bool {
    guard let left = try? skeleton(of: text), let right = try? skeleton(of: other) else {
      return false
    }
    return left == right
  }
}
