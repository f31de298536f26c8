import Testing
import Foundation
import TestSupport

/// The module graph flows one way, as docs/ARCHITECTURE.md draws it: each
/// module of Sources/ and Plugins/ is in a layer, and may depend only on
/// modules of lower layers (and on the packages the document names for it).
@Suite("The module graph")
struct ModuleGraphTests {
    /// The layers of docs/ARCHITECTURE.md's `layers` block, lowest first, and
    /// the packages its `packages` block allows each module.
    static func allowed() throws -> (layers: [String: Int], packages: [String: Set<String>]) {
        let text = try String(contentsOf: PackageLayout.root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        func block(_ name: String) -> [[String]] {
            guard let start = text.range(of: "```\(name)\n"), let end = text[start.upperBound...].range(of: "```") else { return [] }
            return text[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
                line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }).map(String.init)
            }
        }
        var layers: [String: Int] = [:]
        for (index, line) in block("layers").enumerated() { for module in line { layers[module] = index } }
        var packages: [String: Set<String>] = [:]
        for line in block("packages") where line.count > 1 { packages[line[0]] = Set(line.dropFirst()) }
        return (layers, packages)
    }

    static var shippedTargets: [PackageLayout.Target] {
        get throws { try PackageLayout.targets().filter { $0.kind == "target" || ($0.kind == "executableTarget" && $0.name == "baocao") }
            .filter { !$0.path.hasPrefix("Tests/") } }
    }

    @Test("every edge of Package.swift goes down the layers of docs/ARCHITECTURE.md")
    func edgesGoDown() throws {
        let (layers, packages) = try Self.allowed()
        #expect(!layers.isEmpty, "docs/ARCHITECTURE.md has no layers block")
        for target in try Self.shippedTargets {
            guard let layer = layers[target.name] else {
                Issue.record("\(target.name) is in no layer of docs/ARCHITECTURE.md")
                continue
            }
            for dependency in target.dependencies {
                if dependency.hasPrefix("product:") {
                    let product = String(dependency.dropFirst("product:".count))
                    #expect(packages[target.name]?.contains(product) == true,
                            "\(target.name) uses the package product \(product), which docs/ARCHITECTURE.md does not allow it")
                } else if let below = layers[dependency] {
                    #expect(below < layer, "\(target.name) (layer \(layer)) depends on \(dependency) (layer \(below)): not down the layers")
                } else {
                    Issue.record("\(target.name) depends on \(dependency), which is in no layer of docs/ARCHITECTURE.md")
                }
            }
        }
    }

    @Test("every layer of docs/ARCHITECTURE.md is a target of Package.swift")
    func layersAreTargets() throws {
        let names = Set(try PackageLayout.targets().map(\.name))
        for module in try Self.allowed().layers.keys { #expect(names.contains(module), "\(module) is drawn but not in Package.swift") }
    }

    @Test("a file imports only modules its target depends on")
    func importsAreDeclared() throws {
        let system: Set<String> = ["FoundationEssentials", "Glibc", "Darwin", "Dispatch", "Synchronization", "Foundation", "Testing", "XCTest"]
        for target in try PackageLayout.targets() where target.kind != "systemLibrary" {
            let declared = Set(target.dependencies.map { $0.hasPrefix("product:") ? String($0.dropFirst("product:".count)) : $0 })
            for (path, text) in try PackageLayout.swiftFiles(under: target.path) {
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    guard let module = line.split(separator: " ").last.map(String.init) else { continue }
                    #expect(system.contains(module) || declared.contains(module) || module == target.name,
                            "\(path) imports \(module), which \(target.name) does not depend on")
                }
            }
        }
    }
}
