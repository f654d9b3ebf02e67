import Foundation
import Testing

@testable import GlossaNames

@Suite("VariantModel")
struct VariantModelTests {
  @Test("A model file's terms are read and weighed: values, hinges and products")
  func parsing() throws {
    let model = try VariantModel(
      parsing: """
        # a comment
        threshold\t0.4
        bias\t-2
        similarity\t3
        similarity>0.5\t2
        inflection*similarity\t-1.5
        """)
    #expect(model.threshold == 0.4)
    #expect(model.terms.map(\.name) == ["similarity", "similarity>0.5", "inflection*similarity"])
    var features = NameFeatures()
    features[.similarity] = 0.8
    features[.inflection] = 1
    let expected = -2 + 3 * 0.8 + 2 * 0.3 - 1.5 * 0.8
    #expect(abs(model.logOdds(features) - expected) < 1e-12)
    #expect(abs(model.probability(features) - 1 / (1 + exp(-expected))) < 1e-12)
    let contributions = model.contributions(features)
    #expect(abs(contributions.reduce(model.bias) { $0 + $1.contribution } - expected) < 1e-12)
    #expect(contributions.map(\.term.name) == ["similarity", "inflection*similarity", "similarity>0.5"])
  }

  @Test(
    "A malformed model file is refused with its line",
    arguments: [
      ("threshold\t0.4\nbias\t1\nloudness\t2\n", 3), ("threshold\t0.4\nbias\tmany\n", 2), ("bias\t1\n", 1),
      ("threshold\t1.5\nbias\t1\n", 1), ("threshold\t0.5\n", 1), ("threshold\t0.5\nbias 1\n", 2),
    ])
  func malformed(text: String, line: Int) {
    #expect(throws: VariantModel.ParseError.self) { try VariantModel(parsing: text) }
    do {
      _ = try VariantModel(parsing: text)
    } catch {
      #expect(error.line == line, "\(error)")
    }
  }

  @Test("The shipped model weighs the measurements sensibly")
  func shipped() {
    let model = VariantModel.shipped
    #expect(model.threshold > 0 && model.threshold < 1)
    #expect(!model.terms.isEmpty)
    // The guarded measurement is never weighed: the matcher decides it outside the model.
    #expect(!model.terms.contains { $0.features.contains(.gender) })
    // More similar sounds never lower the probability, in either script.
    for similarity in [NameFeatures.Name.similarity, .crossSimilarity] {
      var previous = 0.0
      for step in 3...10 {
        var features = NameFeatures()
        if similarity == .crossSimilarity { features[.crossScript] = 1 }
        features[similarity] = Double(step) / 10
        features[.consonantSimilarity] = Double(step) / 10
        features[.stemSimilarity] = Double(step) / 10
        features[.length] = 0.7
        let probability = model.probability(features)
        #expect(probability >= previous, "\(similarity) \(step)")
        previous = probability
      }
    }
  }
}

@Suite("NameFeatures")
struct NameFeaturesTests {
  @Test("Folds, case endings, gender and script are measured")
  func facts() {
    let accent = NameFeatures("Κορέας", "ΚΟΡΕΑΣ")
    #expect(accent[.accent] == 1 && accent[.similarity] == 1 && accent[.crossScript] == 0)
    let inflection = NameFeatures("Κρεμλίνο", "Κρεμλίνου")
    #expect(inflection[.inflection] == 1 && inflection[.endingDiffers] == 0)
    #expect(NameFeatures("Λαζαρίδης", "Λαζαρίδου")[.gender] == 1)
    #expect(NameFeatures("Λαζαρίδου", "Lazaridis")[.gender] == 1)
    // Across scripts, -ος against -a is as often a Greek ending on a foreign name.
    #expect(NameFeatures("Οδησσός", "Odesa")[.gender] == 0)
    let cross = NameFeatures("Πιονγκγιάνγκ", "Pyongyang")
    #expect(cross[.crossScript] == 1 && cross[.similarity] == 0 && cross[.crossSimilarity] > 0.9)
    #expect(NameFeatures("Pyongyang", "Pjöngjang")[.latinPair] == 1)
    #expect(NameFeatures("Κιμ Γιονγκ Ουν", "Κιμ")[.wordCountDiffers] == 1)
  }

  @Test("Hard edits count what no transcription changes; endings are classed by their last syllable")
  func edits() {
    #expect(NameFeatures("Πιονγκγιάνγκ", "Πιονγιάνγκ")[.hardEdits] == 0)
    #expect(NameFeatures("Γουότερς", "Γουόκερ")[.hardEdits] >= 1)
    #expect(NameFeatures("Γουότερς", "Γουόκερ")[.endingDiffers] == 1)
    #expect(NameFeatures("ευρωπαιους", "ευρωπης")[.endingDiffers] == 1)
    #expect(NameFeatures("Μητσοτάκης", "Μητσοτάκις")[.endingDiffers] == 0)
    #expect(NameFeatures("Μανουέλ", "Ιμάνουελ")[.onsetDiffers] == 1)
  }

  @Test("Spellings far apart in length are not measured further")
  func farApart() {
    let features = NameFeatures("Κιμ", "Κιμ Γιονγκ Ουν Παρκ")
    #expect(features[.lengthGap] > NameFeatures.largestMeasuredGap)
    #expect(features.phoneticDistance == nil)
    #expect(features[.similarity] == NameFeatures.similarityFloor && features[.hardEdits] == 3)
  }

  @Test("Every measurement stays within its range")
  func ranges() {
    let names = ["Πιονγκγιάνγκ", "Pyongyang", "Κιμ", "Ζελένσκι", "Ζελένσκα", "Ο", "Αθήνα", "Washington", "Ουάσιγκτον"]
    for a in names {
      for b in names {
        let features = NameFeatures(a, b)
        for name in NameFeatures.Name.allCases {
          let value = features[name]
          switch name {
          case .similarity, .crossSimilarity:
            #expect(value == 0 || (value >= NameFeatures.similarityFloor && value <= 1), "\(a) \(b) \(name)")
          case .consonantSimilarity, .stemSimilarity, .shorterSimilarity:
            #expect(value >= NameFeatures.similarityFloor && value <= 1, "\(a) \(b) \(name) \(value)")
          case .hardEdits: #expect((0...3).contains(value))
          case .length: #expect(value > 0 && value <= 2)
          case .lengthGap: #expect(value >= 0 && value < 1)
          default: #expect(value == 0 || value == 1, "\(a) \(b) \(name)")
          }
        }
      }
    }
  }
}
