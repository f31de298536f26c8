// swift-tools-version:6.0
// baocao — turns a municipal socio-economic report into a fact store people can question.
//
// The targets are the architecture, data flowing one way (docs/ARCHITECTURE.md
// draws the graph, and Tests/ArchitectureTests fails on an edge it does not allow):
//   Platform → Report → Facts → FactReading → FactCache → Query → PluginKit
//            → BuiltinPlugins → Shell → baocao
import PackageDescription

/// Every module names the modules it uses in its own files (SE-0444): a
/// module's members are not visible through another's imports. Three settings
/// for speed (docs/PERFORMANCE.md measures each):
/// - the optimiser sees across modules (`-cross-module-optimization`): generic
///   and small functions of a lower module are specialised and inlined where
///   they are used, as they were when the modules were one, so that splitting
///   the code by job does not slow it;
/// - a generic type's metadata is asked for through its accessor, with the
///   conformances it needs passed in, not found by its mangled name
///   (`-disable-concrete-type-metadata-mangled-name-accessors`): by name, the
///   runtime demangles it and scans the binary's conformance records for each
///   requirement, at every start;
/// - each function in a section of its own (`-function-sections`), so that
///   the linker can lay out the ones a one-shot query runs side by side
///   (`startupOrder`).
let strictImports: [SwiftSetting] = [
    .enableUpcomingFeature("MemberImportVisibility"),
    .unsafeFlags(["-cross-module-optimization", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
                  "-Xfrontend", "-function-sections"]),
]

/// The functions a one-shot query runs, in the order the linker lays them out
/// (gold's `--section-ordering-file`; `Scripts/startup-order` writes the list):
/// scattered over the 35 MB binary, starting touched a page for each few of them.
let startupOrder = Context.packageDirectory + "/Scripts/startup-order.txt"

let package = Package(
    name: "baocao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        /// The reader, fact store, plugins and language, for tools built beside baocao (the fuzzers).
        .library(name: "BaocaoCore", targets: ["Platform", "Report", "Facts", "FactReading", "FactCache", "Query",
                                                "PluginKit", "BuiltinPlugins"]),
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
        /// SQLite, for corpus databases, through a shim. Its header comes from libsqlite3-dev;
        /// the library is opened at run time (dlopen) when a database is first used, not linked.
        .systemLibrary(name: "CSQLite"),

        // MARK: Platform

        /// What every layer may use and none is about: locks, standard streams,
        /// the environment, mapped files, the ingest arena, text and number helpers.
        .target(name: "Platform", dependencies: ["CMalloc"], swiftSettings: strictImports),

        // MARK: Reports and facts

        /// Reads a report's markdown into sections, paragraphs and footnotes. The embedded report
        /// in Resources/ is found at run time (see EmbeddedReport), not bundled by SwiftPM.
        .target(name: "Report", dependencies: ["Platform"], exclude: ["Resources"], swiftSettings: strictImports),
        /// The fact model and the store that holds the facts of loaded reports.
        .target(name: "Facts", dependencies: ["Platform", "Report"], swiftSettings: strictImports),
        /// Reads every number of a report into facts: numbers, units, qualifiers, sentences and clauses.
        .target(name: "FactReading", dependencies: ["Platform", "Report", "Facts"], swiftSettings: strictImports),
        /// The parsed store on disk, so that a start need not read the report again.
        .target(name: "FactCache", dependencies: ["Platform", "Report", "Facts", "FactReading"], swiftSettings: strictImports),

        // MARK: Language

        /// The query language: lexer, parser, evaluator, values and their formatting. It names
        /// what it resolves through protocols (`QueryCatalog`) that the plugin layer implements.
        .target(name: "Query", dependencies: ["Platform", "Report", "Facts"], swiftSettings: strictImports),

        // MARK: Domain plugins

        /// Domain plugins: their TOML spec, indicators, finding rules, the resolver and
        /// cross-domain views, registered into the language's catalogue.
        .target(name: "PluginKit", dependencies: ["Platform", "Report", "Facts", "Query",
                                                  .product(name: "TOMLKit", package: "TOMLKit")],
                swiftSettings: strictImports),
        /// The domain plugins baocao ships with: the one list of the folders under Plugins/,
        /// and the Swift functions a domain adds (Plugins/Land/).
        .target(name: "BuiltinPlugins", dependencies: ["Platform", "Facts", "Query", "PluginKit"], path: "Plugins",
                exclude: ["Economy/economy.toml", "Land/land.toml", "Education/education.toml",
                          "Security/security.toml", "Health/health.toml", "Social/social.toml",
                          "Culture/culture.toml", "Administration/administration.toml", "Overview/overview.toml", "README.md",
                          "vocabulary.toml"],
                swiftSettings: strictImports),

        // MARK: Corpora

        /// A corpus of reports in an SQLite database: importing reports, and answering the
        /// language's questions (facts, search, indicators' values) from it.
        .target(name: "Corpus", dependencies: ["CSQLite", "Platform", "Report", "Facts", "FactReading", "PluginKit"],
                swiftSettings: strictImports),

        // MARK: Shell and the command line

        /// The REPL (libedit), the script runner, output formats and loading reports and plugins.
        .target(name: "Shell", dependencies: ["Platform", "Report", "Facts", "FactReading", "FactCache", "Query", "Corpus",
                                              "PluginKit", "BuiltinPlugins", "CEditLine"],
                swiftSettings: strictImports),
        /// Linked without exporting its symbols (`--no-export-dynamic`): exported, the
        /// public symbols of every module made the loader's tables and the
        /// runtime's start-up `dladdr` walk larger at every start, for no caller.
        /// Its start-up functions are laid out together (`startupOrder`).
        .executableTarget(name: "baocao", dependencies: [
            "Platform", "Facts", "Query", "PluginKit", "BuiltinPlugins", "Corpus", "Shell",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strictImports, linkerSettings: [
            .unsafeFlags(["-Xlinker", "--no-export-dynamic", "-Xlinker", "--section-ordering-file=\(startupOrder)"],
                         .when(platforms: [.linux])),
        ]),

        // MARK: Benchmarks (Scripts/bench)

        /// The floor one-shot timings are compared with: Foundation reading the report file.
        .executableTarget(name: "baocao-floor", path: "Scripts/Benchmarks/Floor"),
        .executableTarget(name: "baocao-ingest-bench", dependencies: ["Platform", "Report", "Facts", "FactReading"],
                          path: "Scripts/Benchmarks/IngestBench", swiftSettings: strictImports),

        // MARK: Tests

        /// Helpers shared by the test targets: the embedded report, fixtures, the built binary.
        .target(name: "TestSupport", dependencies: ["Platform", "Report", "Facts", "FactReading", "Query", "PluginKit",
                                                    "BuiltinPlugins"],
                path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "TestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["Platform", "Report", "TestSupport"]),
        .testTarget(name: "FactsTests", dependencies: ["Platform", "Report", "Facts", "FactReading", "FactCache", "Query",
                                                       "TestSupport"]),
        .testTarget(name: "QueryTests", dependencies: ["Platform", "Facts", "Query", "TestSupport"]),
        .testTarget(name: "PluginKitTests", dependencies: ["Platform", "Report", "Facts", "FactReading", "Query", "PluginKit",
                                                           "BuiltinPlugins", "TestSupport"]),
        .testTarget(name: "ShellTests", dependencies: ["Platform", "Report", "Facts", "Query", "PluginKit", "Shell", "TestSupport"]),
        .testTarget(name: "GenreTests", dependencies: ["Platform", "Report", "Facts", "FactReading", "Query", "PluginKit",
                                                       "BuiltinPlugins", "TestSupport"],
                    exclude: ["Corpus"]),
        .testTarget(name: "CorpusTests", dependencies: ["Platform", "Report", "Facts", "Query", "PluginKit", "BuiltinPlugins",
                                                        "Corpus", "TestSupport"]),
        .testTarget(name: "ArchitectureTests", dependencies: ["TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Platform", "TestSupport"]),
    ]
)
