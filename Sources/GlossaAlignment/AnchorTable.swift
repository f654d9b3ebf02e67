/// One kind of anchor for every sentence of a document, packed end to end: the anchors of
/// consecutive sentences form one contiguous slice, so a bead's anchors are read without copying.
struct AnchorTable: Sendable {
  /// Where each sentence's anchors start in `keys`; one more entry than sentences.
  private(set) var starts: [Int] = [0]
  /// The anchors' hashes, sentence after sentence.
  private(set) var keys: [Int] = []

  /// Adds the next sentence's anchors.
  mutating func append(_ sentenceKeys: [Int]) {
    keys += sentenceKeys
    starts.append(keys.count)
  }

  /// Where the anchors of `sentences` are in `keys`.
  @inline(__always) func span(_ sentences: Range<Int>) -> Range<Int> {
    starts[sentences.lowerBound]..<starts[sentences.upperBound]
  }

  /// How many anchors of `left` sentences are found among the anchors of `right` sentences of
  /// `other`, each anchor matched at most once (a multiset intersection) as long as the right
  /// side has at most 64 anchors, and by plain membership beyond.
  ///
  /// - Complexity: O(*l* · *r*) for *l* and *r* anchors; beads have a handful.
  func sharedCount(_ left: Range<Int>, with other: AnchorTable, _ right: Range<Int>) -> Int {
    let leftSpan = span(left)
    let rightSpan = other.span(right)
    guard !leftSpan.isEmpty, !rightSpan.isEmpty else { return 0 }
    return keys.withUnsafeBufferPointer { leftKeys in
      other.keys.withUnsafeBufferPointer { rightKeys in
        var found = 0
        if rightSpan.count <= 64 {
          var used: UInt64 = 0
          for l in leftSpan {
            let key = leftKeys[l]
            for r in rightSpan where rightKeys[r] == key {
              let bit: UInt64 = 1 << UInt64(r - rightSpan.lowerBound)
              if used & bit == 0 {
                used |= bit
                found += 1
                break
              }
            }
          }
        } else {
          for l in leftSpan {
            let key = leftKeys[l]
            for r in rightSpan where rightKeys[r] == key {
              found += 1
              break
            }
          }
        }
        return found
      }
    }
  }
}

/// Everything the scorer reads of one side of a document pair, packed for fast access.
struct DocumentAnchors: Sendable {
  var lengthSums: [Int] = [0]
  var numbers = AnchorTable()
  var names = AnchorTable()
  var foreignWords = AnchorTable()
  var vocabulary = AnchorTable()
  var stems = AnchorTable()
  var entries = AnchorTable()
  /// Prefix counts of questions and of sentences with quotes.
  var questionSums: [Int] = [0]
  var quoteSums: [Int] = [0]

  init(_ sentences: [SentenceFeatures]) {
    for sentence in sentences {
      lengthSums.append(lengthSums.last! + sentence.length)
      numbers.append(sentence.numbers)
      names.append(sentence.names)
      foreignWords.append(sentence.foreignWords)
      vocabulary.append(sentence.vocabulary)
      stems.append(sentence.stems)
      entries.append(sentence.entries)
      questionSums.append(questionSums.last! + (sentence.isQuestion ? 1 : 0))
      quoteSums.append(quoteSums.last! + (sentence.hasQuotes ? 1 : 0))
    }
  }

  var count: Int { lengthSums.count - 1 }
  var totalLength: Int { lengthSums.last! }

  @inline(__always) func length(_ sentences: Range<Int>) -> Int {
    lengthSums[sentences.upperBound] - lengthSums[sentences.lowerBound]
  }

  @inline(__always) func hasQuestion(_ sentences: Range<Int>) -> Bool {
    questionSums[sentences.upperBound] > questionSums[sentences.lowerBound]
  }

  @inline(__always) func hasQuotes(_ sentences: Range<Int>) -> Bool {
    quoteSums[sentences.upperBound] > quoteSums[sentences.lowerBound]
  }
}
