import Testing
import Foundation
import Query
import TestSupport

/// One `# =>` example of docs/LANGUAGE.md, with the lines before it in its block.
struct SpecExample: CustomTestStringConvertible, Sendable {
    var setup: [String]
    /// Whether the block runs against the genre corpus (```` ```bq corpus ````) rather than the shipped report.
    var corpus = false
    var query: String
    var expected: String
    var line: Int

    var testDescription: String { "LANGUAGE.md:\(line): \(query)" }

    static let all: [SpecExample] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let text = try? String(contentsOf: root.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8) else { return [] }
        var examples: [SpecExample] = []
        var inBlock = false, corpus = false
        var setup: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                inBlock = line == "```bq" || line == "```bq corpus"
                corpus = line == "```bq corpus"
                setup = []
                continue
            }
            guard inBlock else { continue }
            if let marker = line.range(of: "# =>") {
                let query = line[..<marker.lowerBound].trimmingCharacters(in: .whitespaces)
                let expected = line[marker.upperBound...].trimmingCharacters(in: .whitespaces)
                examples.append(SpecExample(setup: setup, corpus: corpus, query: query, expected: expected, line: index + 1))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                setup.append(String(line))
            }
        }
        return examples
    }()
}

@Suite("The examples of docs/LANGUAGE.md")
struct LanguageSpecTests {
    static let context = Reports.context()
    static let corpus = Reports.context(Reports.genreCorpusStore)

    @Test(arguments: SpecExample.all)
    func example(_ example: SpecExample) throws {
        let session = QuerySession(context: example.corpus ? Self.corpus : Self.context)
        for line in example.setup { _ = try session.run(line) }
        if example.expected.hasPrefix("error:") {
            let message = example.expected.dropFirst("error:".count).trimmingCharacters(in: .whitespaces)
            #expect(performing: { _ = try session.run(example.query) }, throws: { error in
                (error as? QueryError)?.message.hasPrefix(message) == true
            })
            return
        }
        let value = try #require(try session.run(example.query).first)
        #expect(ValueFormatter().inline(value) == example.expected)
    }

    @Test("the spec has examples for every part of the language")
    func enough() {
        #expect(SpecExample.all.count >= 40)
    }
}

/// The examples `.help` shows for the built-in functions run, and give what they say.
@Suite("The built-in functions' own examples")
struct BuiltinExampleTests {
    @Test(arguments: LanguageReference.builtins.map(\.name))
    func example(_ name: String) throws {
        let function = try #require(LanguageReference.builtins.first { $0.name == name })
        let parts = function.example.components(separatedBy: "# =>")
        try #require(parts.count == 2, "\(name)'s example says no result: \(function.example)")
        let session = QuerySession(context: LanguageSpecTests.context)
        let value = try #require(try session.run(parts[0]).first)
        #expect(ValueFormatter().inline(value) == parts[1].trimmingCharacters(in: .whitespaces), "\(function.example)")
    }
}
