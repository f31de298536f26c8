import Testing
import Foundation
import TestSupport

/// Within a module, files depend on each other one way: a file that uses a
/// type declared in another never declares a type that file uses, directly
/// or around a circle. (A file uses a type when it names it; extensions use
/// the type they extend.)
@Suite("No circles between the files of a module")
struct FileCycleTests {
    /// The names a file declares at its top level: types, type aliases and functions. (Not
    /// globals: `main.swift`'s `let arguments` is not what another file means by `arguments`.)
    static func declarations(in text: String) -> Set<String> {
        let pattern = #"(?m)^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|actor|typealias|func)\s+([A-Za-z_]\w*)"#
        return Set(matches(pattern, in: text))
    }

    /// The identifiers a file's code names, its comments and string literals left out.
    static func identifiers(in text: String) -> Set<String> {
        var code = text
        for pattern in [#"(?s)/\*.*?\*/"#, #"//[^\n]*"#, #"(?s)"""[\s\S]*?""""#, #""(?:[^"\\\n]|\\.)*""#] {
            code = code.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return Set(matches(#"\b([A-Za-z_]\w*)\b"#, in: code))
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The circles of a graph: its strongly connected components of more than one file (Tarjan).
    static func circles(_ graph: [String: Set<String>]) -> [[String]] {
        var index = 0, indices: [String: Int] = [:], lowlinks: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = [], components: [[String]] = []
        func connect(_ node: String) {
            indices[node] = index; lowlinks[node] = index; index += 1
            stack.append(node); onStack.insert(node)
            for next in graph[node, default: []].sorted() {
                if indices[next] == nil {
                    connect(next)
                    lowlinks[node] = min(lowlinks[node]!, lowlinks[next]!)
                } else if onStack.contains(next) {
                    lowlinks[node] = min(lowlinks[node]!, indices[next]!)
                }
            }
            if lowlinks[node] == indices[node] {
                var component: [String] = []
                while let top = stack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == node { break }
                }
                if component.count > 1 { components.append(component.sorted()) }
            }
        }
        for node in graph.keys.sorted() where indices[node] == nil { connect(node) }
        return components
    }

    static var modules: [String] {
        get throws {
            try PackageLayout.targets().filter { $0.kind == "target" || $0.kind == "executableTarget" }
                .map(\.path).filter { !$0.hasPrefix("Tests/") }
        }
    }

    @Test("no circle of files in any module", arguments: try modules)
    func noCircles(_ module: String) throws {
        let files = try PackageLayout.swiftFiles(under: module)
        let declared = files.map { (path: $0.path, names: Self.declarations(in: $0.text)) }
        var graph: [String: Set<String>] = [:]
        for (path, text) in files {
            let used = Self.identifiers(in: text)
            graph[path] = Set(declared.filter { $0.path != path && !$0.names.isDisjoint(with: used) }.map(\.path))
        }
        let circles = Self.circles(graph)
        #expect(circles.isEmpty, "files that use each other's types in a circle: \(circles.map { $0.joined(separator: " ⇄ ") })")
    }

    @Test("the circle finder finds a circle and passes a line")
    func finderWorks() {
        #expect(Self.circles(["a": ["b"], "b": ["c"], "c": ["a"]]) == [["a", "b", "c"]])
        #expect(Self.circles(["a": ["b"], "b": ["c"], "c": []]).isEmpty)
        #expect(Self.declarations(in: "public struct Foo {}\nenum Bar {}\nextension Baz {}\nfunc run() {}") == ["Foo", "Bar", "run"])
        #expect(Self.identifiers(in: "let x = Foo() // Bar\n\"Baz\"").isSuperset(of: ["Foo", "x"]))
        #expect(!Self.identifiers(in: "let x = Foo() // Bar\n\"Baz\"").contains("Bar"))
    }
}
