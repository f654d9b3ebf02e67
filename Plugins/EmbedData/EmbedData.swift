import Foundation
import PackagePlugin

/// Build tool plugin: turns a target's data files into Swift string constants, so the built
/// `glossa` binary carries its abbreviation lists and glossaries wherever it is copied.
///
/// A target that uses the plugin embeds every file in its `Embedded/` folder. It may also
/// list package folders to embed, one per line, in `Embedded/folders.list` (such as
/// `glossaries`); their files are embedded under `<folder>/<name>`. The generated type is
/// `EmbeddedData.files: [String: String]`, keyed by file name.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let fileManager = FileManager.default
    let embedded = target.directoryURL.appending(path: "Embedded")
    var inputs: [(name: String, url: URL)] = []

    func addFiles(in folder: URL, prefix: String) throws {
      let names = try fileManager.contentsOfDirectory(atPath: folder.path).sorted()
      for name in names where !name.hasPrefix(".") && name != "folders.list" {
        let url = folder.appending(path: name)
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
          inputs.append((prefix + name, url))
        }
      }
    }

    if fileManager.fileExists(atPath: embedded.path) {
      try addFiles(in: embedded, prefix: "")
      let list = embedded.appending(path: "folders.list")
      if let text = try? String(contentsOf: list, encoding: .utf8) {
        inputs.append(("folders.list", list))
        for line in text.split(separator: "\n") {
          let folder = line.trimmingCharacters(in: .whitespaces)
          if folder.isEmpty || folder.hasPrefix("#") { continue }
          try addFiles(in: context.package.directoryURL.appending(path: folder), prefix: folder + "/")
        }
      }
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
    var arguments = [output.path]
    for input in inputs where input.name != "folders.list" {
      arguments += [input.name, input.url.path]
    }
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data file(s) in \(target.name)",
        executable: try context.tool(named: "GlossaEmbedTool").url,
        arguments: arguments,
        inputFiles: inputs.map(\.url),
        outputFiles: [output])
    ]
  }
}
