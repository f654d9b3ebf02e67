// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Glossa",
  platforms: [.macOS(.v13)],
  products: [
    .library(
      name: "Glossa",
      targets: [
        "GlossaICU", "GlossaText", "GlossaXML", "GlossaSegmentation", "GlossaNames", "GlossaGlossary",
        "GlossaDiagnostics", "GlossaLint", "GlossaAlignment", "GlossaMemory", "GlossaPostgres", "GlossaDiscovery",
        "GlossaServer",
      ]),
    .executable(name: "glossa", targets: ["glossa"]),
    .executable(name: "glossa-bench", targets: ["GlossaBench"]),
    .executable(name: "glossa-fuzz", targets: ["GlossaFuzz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
  ],
  targets: [
    // The only target that includes ICU headers; links the system libicu (libicu-dev).
    .target(
      name: "CGlossaICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(name: "GlossaICU", dependencies: ["CGlossaICU"]),
    .target(name: "GlossaText", dependencies: ["GlossaICU"]),
    // The streaming XML scanner and escaping that TMX, TBX and SRX share.
    .target(name: "GlossaXML", dependencies: ["GlossaText"]),
    .target(
      name: "GlossaSegmentation",
      dependencies: ["GlossaText", "GlossaXML", "GlossaICU"],
      exclude: ["Embedded"],
      plugins: ["EmbedData"]
    ),
    // Names without a glossary: phonetics, keys, declension, the learned variant decision.
    .target(
      name: "GlossaNames",
      dependencies: ["GlossaText", "GlossaICU"],
      exclude: ["Embedded"],
      plugins: ["EmbedData"]
    ),
    .target(
      name: "GlossaGlossary",
      dependencies: ["GlossaNames", "GlossaText", "GlossaXML", "GlossaICU"],
      exclude: ["Embedded"],
      plugins: ["EmbedData"]
    ),
    // Findings, severities and the text, JSON and SARIF reporters every checker shares.
    .target(name: "GlossaDiagnostics", dependencies: ["GlossaText"]),
    .target(
      name: "GlossaLint",
      dependencies: [
        "GlossaDiagnostics", "GlossaText", "GlossaICU", "GlossaSegmentation", "GlossaNames", "GlossaGlossary",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "GlossaAlignment",
      dependencies: ["GlossaText", "GlossaNames", "GlossaGlossary", "GlossaMemory"]),
    .target(
      name: "GlossaMemory",
      dependencies: [
        "GlossaDiagnostics", "GlossaText", "GlossaXML", "GlossaNames", "GlossaGlossary",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // The team memory: the same units, index and search as the SQLite store, in PostgreSQL.
    .target(
      name: "GlossaPostgres",
      dependencies: [
        "GlossaMemory", "GlossaText", "GlossaICU",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "GlossaDiscovery",
      dependencies: ["GlossaText", "GlossaNames", "GlossaGlossary", "GlossaLint"]),
    .target(
      name: "GlossaServer",
      dependencies: [
        "GlossaText", "GlossaICU", "GlossaNames", "GlossaGlossary", "GlossaDiagnostics", "GlossaLint",
        "GlossaSegmentation", "GlossaMemory", "GlossaAlignment",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ],
      exclude: ["Embedded"],
      plugins: ["EmbedData"]
    ),
    .executableTarget(
      name: "glossa",
      dependencies: [
        "GlossaDiscovery",
        "GlossaServer",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        "GlossaText",
        "GlossaICU",
        "GlossaSegmentation",
        "GlossaNames",
        "GlossaGlossary",
        "GlossaDiagnostics",
        "GlossaLint",
        "GlossaAlignment",
        "GlossaMemory",
        "GlossaPostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "GlossaBench",
      dependencies: [
        "GlossaText", "GlossaICU", "GlossaSegmentation", "GlossaNames", "GlossaGlossary", "GlossaLint",
        "GlossaAlignment", "GlossaMemory", "GlossaPostgres",
      ]),
    // Build-time helpers: embed data files (abbreviation lists, glossaries) as Swift constants.
    .executableTarget(name: "GlossaFuzz", dependencies: ["GlossaText", "GlossaXML", "GlossaGlossary", "GlossaMemory"]),
    .executableTarget(name: "GlossaEmbedTool"),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["GlossaEmbedTool"]),
    .testTarget(name: "GlossaICUTests", dependencies: ["GlossaICU"]),
    .testTarget(name: "GlossaTextTests", dependencies: ["GlossaText"]),
    .testTarget(name: "GlossaSegmentationTests", dependencies: ["GlossaSegmentation"]),
    .testTarget(name: "GlossaNamesTests", dependencies: ["GlossaNames"]),
    .testTarget(
      name: "GlossaGlossaryTests", dependencies: ["GlossaGlossary"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GlossaLintTests", dependencies: ["GlossaLint", "GlossaDiagnostics", "GlossaGlossary", "GlossaText"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "GlossaAlignmentTests",
      dependencies: ["GlossaAlignment", "GlossaGlossary", "GlossaMemory", "GlossaNames", "GlossaText"]),
    .testTarget(
      name: "GlossaMemoryTests",
      dependencies: [
        "GlossaMemory", "GlossaXML", "GlossaDiagnostics", "GlossaGlossary", "GlossaText",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GlossaPostgresTests",
      dependencies: ["GlossaPostgres", "GlossaMemory", "GlossaText", "GlossaXML"]),
    .testTarget(
      name: "GlossaDiscoveryTests", dependencies: ["GlossaDiscovery", "GlossaGlossary", "GlossaText"]),
    .testTarget(
      name: "GlossaServerTests",
      dependencies: [
        "GlossaServer", "GlossaGlossary", "GlossaText", "GlossaMemory",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(name: "GlossaCLITests", dependencies: ["glossa"]),
  ],
  swiftLanguageModes: [.v6]
)
