// Writes a Swift file that holds data files as string constants; run by the EmbedData
// build tool plugin. Usage: GlossaEmbedTool OUTPUT [NAME PATH]…
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2, arguments.count % 2 == 0 else {
  FileHandle.standardError.write(Data("usage: GlossaEmbedTool OUTPUT [NAME PATH]...\n".utf8))
  exit(64)
}

/// A raw string literal holding `text` exactly: enough `#`s that the text cannot close it.
func rawLiteral(_ text: String) -> String {
  var hashes = "#"
  while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
  return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var source = """
  // Generated at build time by the EmbedData plugin from the target's data files.
  // Do not edit: edit the data files instead.

  enum EmbeddedData {
    /// The embedded files' contents, keyed by name (`folder/name` for package folders).
    static let files: [String: String] = [

  """
var index = 2
while index < arguments.count {
  let name = arguments[index]
  let path = arguments[index + 1]
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("GlossaEmbedTool: cannot read \(path)\n".utf8))
    exit(66)
  }
  let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
  let key = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  source += "    \"\(key)\":\n\(rawLiteral(text)),\n"
  index += 2
}
source += "  ]\n}\n"
do {
  try source.write(toFile: arguments[1], atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("GlossaEmbedTool: cannot write \(arguments[1]): \(error)\n".utf8))
  exit(73)
}
