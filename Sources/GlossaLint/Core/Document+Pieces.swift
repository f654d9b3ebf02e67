import GlossaDiagnostics
import GlossaText

extension Document {
  /// UTF-8 ranges that cut the document into pieces of about `size` bytes, in order and
  /// together covering it, cut where ``GlossaText/TextPieces`` says.
  package func pieceRanges(size: Int) -> [Range<Int>] {
    let count = text.utf8.count
    guard count > size else { return [0..<count] }
    let cut = { (bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] in
      var ranges: [Range<Int>] = []
      var start = 0
      while let end = TextPieces.end(in: bytes, from: start, size: size) {
        ranges.append(start..<end)
        start = end
      }
      if start < count { ranges.append(start..<count) }
      return ranges
    }
    if let ranges = text.utf8.withContiguousStorageIfAvailable(cut) { return ranges }
    return Array(text.utf8).withUnsafeBufferPointer(cut)
  }

  /// The part of the document in `range` (from ``pieceRanges(size:)``) as a document of its
  /// own, its markup already masked; offsets in it are offsets from `range.lowerBound`.
  package func piece(_ range: Range<Int>) -> Document {
    func slice(_ string: String) -> String {
      let utf8 = string.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return String(string[start..<end])
    }
    return Document(path: path, original: slice(original), masked: slice(text), format: format)
  }
}

extension Finding {
  /// The finding with every offset it holds (its range, its fix's, its related location's)
  /// moved by `offset` bytes: from a piece of a document to the whole.
  package func shifted(by offset: Int) -> Finding {
    guard offset != 0 else { return self }
    var finding = self
    finding.utf8Range = (utf8Range.lowerBound + offset)..<(utf8Range.upperBound + offset)
    if let fix {
      finding.fix?.utf8Range = (fix.utf8Range.lowerBound + offset)..<(fix.utf8Range.upperBound + offset)
    }
    if let related, related.unit == nil {
      finding.related?.utf8Range = (related.utf8Range.lowerBound + offset)..<(related.utf8Range.upperBound + offset)
    }
    return finding
  }
}
