import Foundation

/// The package as its files lay it out: the root, Package.swift's targets and
/// what each depends on, and the Swift files of each source folder. For the
/// tests that hold the architecture in place.
public enum PackageLayout {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A target of Package.swift: its name, kind, folder and dependencies
    /// (targets by name, products as `product:NAME`).
    public struct Target: Sendable {
        public var name: String
        public var kind: String
        public var path: String
        public var dependencies: [String]
    }

    /// The targets Package.swift declares, read from its text: each
    /// `.target(name: …)`, `.executableTarget(…)`, `.testTarget(…)` or
    /// `.systemLibrary(…)` call, up to its closing parenthesis.
    public static func targets() throws -> [Target] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let opening = try NSRegularExpression(pattern: #"\.(target|executableTarget|testTarget|systemLibrary)\(name: "([\w-]+)""#)
        var targets: [Target] = []
        for match in opening.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let kind = String(text[Range(match.range(at: 1), in: text)!])
            let name = String(text[Range(match.range(at: 2), in: text)!])
            // The call's text: from its opening parenthesis to the one that closes it.
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                     to: Range(match.range, in: text)!.upperBound.samePosition(in: text.unicodeScalars)!)
            var depth = 1, end = start
            while end < scalars.count, depth > 0 {
                if scalars[end] == "(" || scalars[end] == "[" { depth += 1 }
                if scalars[end] == ")" || scalars[end] == "]" { depth -= 1 }
                end += 1
            }
            let call = String(String.UnicodeScalarView(scalars[start..<end]))
            targets.append(Target(name: name, kind: kind, path: path(of: call, name: name, kind: kind),
                                  dependencies: try dependencies(in: call) + variableDependencies(in: call, of: text)))
        }
        return targets
    }

    private static func path(of call: String, name: String, kind: String) -> String {
        if let range = call.range(of: #"path: "([^"]+)""#, options: .regularExpression) {
            return String(call[range].dropFirst("path: \"".count).dropLast())
        }
        return (kind == "testTarget" ? "Tests/" : "Sources/") + name
    }

    /// The names in a call's `dependencies: [ … ]`: quoted targets and `.product(name: …)`.
    private static func dependencies(in call: String) throws -> [String] {
        guard let start = call.range(of: "dependencies: [") else { return [] }
        var depth = 1, index = start.upperBound
        while index < call.endIndex, depth > 0 {
            if call[index] == "[" { depth += 1 }
            if call[index] == "]" { depth -= 1 }
            index = call.index(after: index)
        }
        let list = String(call[start.upperBound..<index])
        var names: [String] = []
        let products = try NSRegularExpression(pattern: #"\.product\(name: "([\w-]+)"[^)]*\)"#)
        let withoutProducts = products.stringByReplacingMatches(in: list, range: NSRange(list.startIndex..., in: list), withTemplate: "")
        for match in products.matches(in: list, range: NSRange(list.startIndex..., in: list)) {
            names.append("product:" + String(list[Range(match.range(at: 1), in: list)!]))
        }
        let quoted = try NSRegularExpression(pattern: #""([\w-]+)""#)
        for match in quoted.matches(in: withoutProducts, range: NSRange(withoutProducts.startIndex..., in: withoutProducts)) {
            names.append(String(withoutProducts[Range(match.range(at: 1), in: withoutProducts)!]))
        }
        return names
    }

    /// Dependencies given through a `let` list of the manifest (`dependencies: ["X"] + list`).
    private static func variableDependencies(in call: String, of manifest: String) throws -> [String] {
        guard let range = call.range(of: #"\] \+ (\w+)"#, options: .regularExpression) else { return [] }
        let variable = String(call[range].dropFirst("] + ".count))
        guard let declaration = manifest.range(of: "let \(variable)") else { return [] }
        let rest = manifest[declaration.upperBound...]
        guard let end = rest.range(of: "]") else { return [] }
        return try dependencies(in: "dependencies: [" + rest[..<end.upperBound])
    }

    /// The Swift files under `folder` (relative to the root), with their text.
    public static func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        var files: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".swift") else { continue }
            files.append((folder + "/" + file, try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }
}
