import Foundation
import GlossaGlossary
import GlossaText

/// Proposals as JSON lines, one object a line:
/// `{"id", "en", "el", "variants": [{"form", "count"}], "type", "confidence", "entry", "examples",
/// "spellings"}`.
public enum ProposalLines {
  /// The line of `proposal`.
  public static func line(_ proposal: GlossaryProposal) -> String {
    let variants = proposal.variants.map { "{\"form\":\(JSONText.quoted($0.form)),\"count\":\($0.count)}" }
    return "{\"id\":\(JSONText.quoted(proposal.id)),\"en\":\(proposal.english.map(JSONText.quoted) ?? "null"),"
      + "\"el\":\(JSONText.quoted(proposal.greek)),\"variants\":[\(variants.joined(separator: ","))],"
      + "\"type\":\(JSONText.quoted(proposal.kind.rawValue)),"
      + "\"confidence\":\(String(format: "%.3f", proposal.confidence)),"
      + "\"entry\":\(proposal.entry.map(JSONText.quoted) ?? "null"),"
      + "\"examples\":[\(proposal.examples.map(JSONText.quoted).joined(separator: ","))],"
      + "\"spellings\":[\(proposal.admittedSpellings.map(JSONText.quoted).joined(separator: ","))]}"
  }

  /// The proposals of a JSON-lines text; blank lines are skipped.
  ///
  /// - Throws: ``GlossaryIssue`` naming the file and line of the first line that is not a proposal.
  public static func parse(_ text: String, file: String) throws(GlossaryIssue) -> [GlossaryProposal] {
    var proposals: [GlossaryProposal] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      guard let data = line.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let id = object["id"] as? String, !id.isEmpty, let greek = object["el"] as? String, !greek.isEmpty
      else {
        throw GlossaryIssue(file: file, line: number, "not a proposal (a JSON object with at least \"id\" and \"el\")")
      }
      let variants = (object["variants"] as? [[String: Any]] ?? []).compactMap { variant -> GlossaryProposal.Variant? in
        guard let form = variant["form"] as? String else { return nil }
        return GlossaryProposal.Variant(form: form, count: (variant["count"] as? Int) ?? 0)
      }
      let kind = (object["type"] as? String).flatMap(EntryKind.init(rawValue:)) ?? .other
      proposals.append(
        GlossaryProposal(
          id: id, english: object["en"] as? String, greek: greek, variants: variants, kind: kind,
          confidence: (object["confidence"] as? Double) ?? 0, entry: object["entry"] as? String,
          examples: object["examples"] as? [String] ?? [], admittedSpellings: object["spellings"] as? [String] ?? []))
    }
    return proposals
  }
}
