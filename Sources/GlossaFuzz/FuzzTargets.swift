import GlossaGlossary
import GlossaMemory
import GlossaXML

/// What Glossa's XML readers made of one input.
struct FuzzOutcome {
  /// Whether the scanner read the whole input without an error.
  var accepted: Bool
  /// A refusal without a usable place (line and column 1 or more), if any.
  var placeless: String?
}

/// Runs the XML scanner, the TMX reader and the TBX reader over one input. Any of them may
/// refuse it; none may crash, hang or keep growing.
enum FuzzTargets {
  static func run(_ bytes: [UInt8]) -> FuzzOutcome {
    var outcome = FuzzOutcome(accepted: true)
    let scanner = XMLScanner(bytes: bytes, name: "fuzz.xml")
    do {
      while try scanner.next() != nil {}
    } catch let error as XMLSyntaxError {
      outcome.accepted = false
      if error.line < 1 || error.column < 1 { outcome.placeless = error.description }
    } catch {
      outcome.accepted = false
      outcome.placeless = "\(error)"
    }
    let reader = TMXReader(bytes: bytes, name: "fuzz.tmx")
    do {
      _ = try reader.readHeader()
      while try reader.next() != nil {}
    } catch {}
    _ = try? TBXReader.parse(bytes: bytes, file: "fuzz.tbx")
    return outcome
  }
}
