// swift-tools-version:6.0
// libFuzzer targets for baocao, kept out of the main package because they are
// built with -sanitize=fuzzer (Scripts/fuzz builds and runs them).
import PackageDescription

let package = Package(
    name: "baocao-fuzz",
    dependencies: [.package(name: "baocao", path: "../..")],
    targets: [
        /// Query text through the lexer, parser and evaluator against the embedded report.
        .executableTarget(name: "QueryFuzzer", dependencies: [.product(name: "BaocaoCore", package: "baocao")]),
        /// Report markdown through the reader, the fact extractor and every built-in plugin's rules.
        .executableTarget(name: "ReportFuzzer", dependencies: [.product(name: "BaocaoCore", package: "baocao")]),
    ]
)
