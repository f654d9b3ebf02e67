import GlossaAlignment
import GlossaText
import GlossaMemory

/// One aligned document pair, ready to write.
struct AlignedDocument {
  /// The document's name, written with each unit.
  var name: String
  var source: [String]
  var target: [String]
  var alignment: Alignment

  /// The text of a bead's source side, its sentences joined by spaces.
  func sourceText(of bead: Bead) -> String { bead.source.map { source[$0] }.joined(separator: " ") }
  func targetText(of bead: Bead) -> String { bead.target.map { target[$0] }.joined(separator: " ") }
}

/// Writes aligned documents in one of `glossa align`'s formats.
struct AlignmentOutput {
  enum Format: String, CaseIterable {
    case tmx, tsv, jsonl, beads
  }

  var format: Format
  var sourceLanguage: String
  var targetLanguage: String
  /// Beads below this confidence are left out.
  var minimumConfidence: Double
  var creationDate = TMXDate.now()

  /// The output for the documents, as one text.
  func text(for documents: [AlignedDocument]) -> String {
    switch format {
    case .tmx:
      var writer = TMXWriter(sourceLanguage: sourceLanguage, creationDate: creationDate)
      for unit in units(for: documents) { writer.append(unit) }
      return writer.document()
    case .tsv:
      var text = "source\ttarget\tconfidence\tshape\tdocument\tsource_sentences\ttarget_sentences\n"
      for document in documents {
        for bead in kept(document) where !bead.isUnaligned {
          let fields = [
            document.sourceText(of: bead), document.targetText(of: bead), Self.confidence(bead), bead.shape.description,
            document.name, Self.indexes(bead.source, separator: ","), Self.indexes(bead.target, separator: ","),
          ]
          text += fields.map(Self.tsvField).joined(separator: "\t") + "\n"
        }
      }
      return text
    case .jsonl:
      var text = ""
      for document in documents {
        for bead in kept(document) {
          text +=
            JSONText.object([
              "document": JSONText.quoted(document.name),
              "shape": JSONText.quoted(bead.shape.description),
              "confidence": Self.confidence(bead),
              "source_sentences": "[" + Self.indexes(bead.source, separator: ", ") + "]",
              "target_sentences": "[" + Self.indexes(bead.target, separator: ", ") + "]",
              "source": JSONText.quoted(document.sourceText(of: bead)),
              "target": JSONText.quoted(document.targetText(of: bead)),
            ]) + "\n"
        }
      }
      return text
    case .beads:
      var text = ""
      for document in documents {
        for bead in kept(document) { text += "\(bead.beadNotation):\(Self.confidence(bead))\n" }
      }
      return text
    }
  }

  /// The translation units of the documents' two-sided beads at or above the minimum confidence.
  func units(for documents: [AlignedDocument]) -> [TranslationUnit] {
    documents.flatMap { document in
      kept(document).filter { !$0.isUnaligned }.map { unit(for: $0, in: document) }
    }
  }

  private func kept(_ document: AlignedDocument) -> [Bead] {
    document.alignment.beads.filter { $0.confidence >= minimumConfidence }
  }

  private func unit(for bead: Bead, in document: AlignedDocument) -> TranslationUnit {
    TranslationUnit(
      source: document.sourceText(of: bead), target: document.targetText(of: bead), sourceLanguage: sourceLanguage,
      targetLanguage: targetLanguage,
      properties: [
        ("x-glossa-confidence", Self.confidence(bead)), ("x-glossa-bead", bead.shape.description),
        ("x-glossa-document", document.name),
      ],
      creationDate: creationDate)
  }

  static func confidence(_ bead: Bead) -> String {
    let scaled = Int((bead.confidence * 10_000).rounded())
    let digits = String(scaled % 10_000)
    return "\(scaled / 10_000).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
  }

  private static func indexes(_ range: Range<Int>, separator: String) -> String {
    range.map(String.init).joined(separator: separator)
  }

  /// Tabs and line breaks inside a field become spaces.
  private static func tsvField(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
