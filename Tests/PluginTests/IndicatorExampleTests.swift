import Testing
import Foundation
import Facts
import PluginKit
import BuiltinPlugins
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
        let location = SourceLocation(fileID: test.example.fileID, filePath: test.example.filePath,
                                      line: test.example.line, column: test.example.column)
        let store = Reports.store(markdown: test.example.report(for: test.rule))
        let found = RuleMatcher(store: store).find(test.rule)
        #expect(found?.formattedValue() == test.example.expected,
                "\(test.path) read \(found?.formattedValue() ?? "nothing") from its example", sourceLocation: location)
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
