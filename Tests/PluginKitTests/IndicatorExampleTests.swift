import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import Foundation
import TestSupport

/// One example sentence of one indicator of one plugin.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    var path: String
    var rule: FindingRule
    var example: IndicatorExample

    var testDescription: String { "\(path): \(example.sentence)" }

    /// Every example of every built-in plugin, each with the rule for its part of the report.
    static let all: [ExampleCase] = BuiltinPlugins.all.flatMap { plugin in
        plugin.indicators.flatMap { indicator in
            indicator.examples.compactMap { example in
                let rule = example.part == .plan ? indicator.target : indicator.actual
                return rule.map { ExampleCase(path: "\(plugin.namespace).\(indicator.key)", rule: $0, example: example) }
            }
        }
    }
}

/// The indicator tables are documentation, test and code at once: each
/// example must yield its value, and a failure is reported at the example's line.
@Suite("Every indicator example of every plugin")
struct IndicatorExampleTests {
    @Test(arguments: ExampleCase.all)
    func example(_ test: ExampleCase) {
        // The spec's own line: a failure shows where the example is written.
        let location = Testing.SourceLocation(fileID: "BuiltinPlugins/" + (test.example.file.split(separator: "/").last.map(String.init) ?? ""),
                                              filePath: test.example.file, line: max(test.example.line, 1), column: 1)
        let store = Reports.store(markdown: test.example.report(for: test.rule))
        let found = IndicatorExample.value(read: test.rule, from: store, target: test.example.part == .plan)
        // `yields = "nothing"`: a sentence the rule must not read.
        #expect(test.example.isMet(by: found?.formattedValue()),
                "\(test.path) read \(found?.formattedValue() ?? "nothing") from its example", sourceLocation: location)
    }

    @Test("an example knows its spec's file and line")
    func examplesKnowTheirLine() throws {
        let example = try #require(ExampleCase.all.first { $0.path == "economy.tourism.revenue" }?.example)
        let lines = try String(contentsOfFile: example.file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[example.line - 1].contains(example.sentence))
    }

    @Test("every indicator has an example for each rule it has")
    func everyRuleHasAnExample() {
        for plugin in BuiltinPlugins.all {
            for indicator in plugin.indicators {
                #expect(indicator.examples.contains { $0.part == .results }, "\(plugin.namespace).\(indicator.key) has no Part I example")
                if indicator.target != nil {
                    #expect(indicator.examples.contains { $0.part == .plan }, "\(plugin.namespace).\(indicator.key) has no Part II example")
                }
            }
        }
    }
}
