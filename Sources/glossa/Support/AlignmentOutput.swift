import GlossaAlignment
import GlossaMemory
import GlossaText

/// Writes aligned documents in one of `glossa align`'s formats.
struct AlignmentOutput {
  enum Format: String, CaseIterable {
    case tmx, tsv, jsonl, beads
  }

  var format: Format
  var sourceLanguage: String
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
    documents.flatMap { $0.translationUnits(minimumConfidence: minimumConfidence, creationDate: creationDate) }
  }

  private func kept(_ document: AlignedDocument) -> [Bead] { document.beads(minimumConfidence: minimumConfidence) }

  static func confidence(_ bead: Bead) -> String { AlignedDocument.formatted(confidence: bead.confidence) }

  private static func indexes(_ range: Range<Int>, separator: String) -> String {
    range.map(String.init).joined(separator: separator)
  }

  /// Tabs and line breaks inside a field become spaces.
  private static func tsvField(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
