/// Turns UTF-8 offsets into a text into lines and columns: ``LineMap`` for a text in memory,
/// ``FileLineIndex`` for a file read in pieces.
package protocol SourceLocator: Sendable {
  /// The line and columns of a UTF-8 offset.
  func location(ofUTF8Offset offset: Int) -> SourceLocation
}

extension LineMap: SourceLocator {}
