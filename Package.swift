// swift-tools-version:6.0
// baocao — turns a municipal socio-economic report into a fact store people can question.
//
// The targets are the architecture, data flowing one way:
//   Report → Facts → PluginKit → (Plugins/*) → BuiltinPlugins → Query → Shell → baocao
import PackageDescription

/// The domain plugins baocao ships with, one folder each under Plugins/.
let builtinPlugins: [Target.Dependency] = [
    "EconomyPlugin", "LandPlugin", "EducationPlugin", "SecurityPlugin",
    "HealthPlugin", "SocialPlugin", "CulturePlugin", "AdministrationPlugin",
]

let package = Package(
    name: "baocao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        /// The reader, fact store, plugins and language, for tools built beside baocao (the fuzzers).
        .library(name: "BaocaoCore", targets: ["Report", "Facts", "PluginKit", "BuiltinPlugins", "Query"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // MARK: System libraries

        /// libedit (BSD editline), the REPL's line editor, through a small shim
        /// header. Its header comes from libedit-dev; the library is opened at
        /// run time (dlopen) by the REPL, not linked, so that a one-shot query
        /// does not load it. (No pkg-config: it would link it.)
        .systemLibrary(name: "CEditLine"),
        /// glibc's `mallopt`, for the ingest arena (`IngestArena`).
        .systemLibrary(name: "CMalloc"),

        // MARK: Core

        /// Reads the markdown report into sections, paragraphs and footnotes. The embedded report
        /// in Resources/ is found at run time (see EmbeddedReport), not bundled by SwiftPM.
        .target(name: "Report", dependencies: ["CMalloc"], exclude: ["Resources"]),
        /// Reads every quantity of a report into the fact store.
        .target(name: "Facts", dependencies: ["Report"]),
        /// The domain plugin protocol, indicator definitions and the registry.
        .target(name: "PluginKit", dependencies: ["Report", "Facts"]),

        // MARK: Domain plugins (one folder each under Plugins/)

        .target(name: "EconomyPlugin", dependencies: ["PluginKit"], path: "Plugins/Economy"),
        .target(name: "LandPlugin", dependencies: ["PluginKit"], path: "Plugins/Land"),
        .target(name: "EducationPlugin", dependencies: ["PluginKit"], path: "Plugins/Education"),
        .target(name: "SecurityPlugin", dependencies: ["PluginKit"], path: "Plugins/Security"),
        .target(name: "HealthPlugin", dependencies: ["PluginKit"], path: "Plugins/Health"),
        .target(name: "SocialPlugin", dependencies: ["PluginKit"], path: "Plugins/Social"),
        .target(name: "CulturePlugin", dependencies: ["PluginKit"], path: "Plugins/Culture"),
        .target(name: "AdministrationPlugin", dependencies: ["PluginKit"], path: "Plugins/Administration"),
        /// The one hand-written list of the plugins baocao ships with.
        .target(name: "BuiltinPlugins", dependencies: ["PluginKit"] + builtinPlugins),

        // MARK: Language and shell

        /// The query language: lexer, parser, evaluator, values and their formatting.
        .target(name: "Query", dependencies: ["Report", "Facts", "PluginKit"]),
        /// Domain plugins described in TOML manifests, loaded at start-up into the same registry.
        .target(name: "Manifests", dependencies: ["PluginKit", "Query", .product(name: "TOMLKit", package: "TOMLKit")]),
        /// The REPL (libedit), the script runner and output.
        .target(name: "Shell", dependencies: ["Report", "Query", "BuiltinPlugins", "Manifests", "CEditLine"]),
        .executableTarget(name: "baocao", dependencies: [
            "Shell", "PluginKit", "BuiltinPlugins",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: Benchmarks (Scripts/bench)

        /// The floor one-shot timings are compared with: Foundation reading the report file.
        .executableTarget(name: "baocao-floor", path: "Benchmarks/Floor"),
        .executableTarget(name: "baocao-ingest-bench", dependencies: ["Report", "Facts"], path: "Benchmarks/IngestBench"),

        // MARK: Tests

        /// Helpers shared by the test targets: the embedded report, fixtures, the built binary.
        .target(name: "TestSupport", dependencies: ["Report", "Facts", "PluginKit", "BuiltinPlugins", "Query"],
                path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "TestSupport"]),
        .testTarget(name: "FactsTests", dependencies: ["Facts", "TestSupport"]),
        .testTarget(name: "PluginKitTests", dependencies: ["PluginKit", "TestSupport"]),
        .testTarget(name: "PluginTests", dependencies: ["BuiltinPlugins", "TestSupport"] + builtinPlugins),
        .testTarget(name: "QueryTests", dependencies: ["Query", "TestSupport"]),
        .testTarget(name: "ManifestTests", dependencies: ["Manifests", "BuiltinPlugins", "TestSupport"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
