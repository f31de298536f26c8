import Testing
import Foundation
import Query
@testable import Shell
import TestSupport

/// `.help NAME` answers for every source, step, function, command and
/// indicator, and the examples it gives run.
@Suite(".help for everything")
struct HelpTests {
    static var engine: ShellEngine { ShellEngine(store: Reports.embeddedStore, plugins: Reports.catalog()) }

    static var names: [String] {
        let context = engine.context
        return context.sources + LanguageReference.steps + LanguageReference.builtins.map(\.name)
            + DotCommands.commands.map { "." + $0.name } + engine.plugins.registry.namespaces + engine.plugins.registry.indicatorPaths
    }

    @Test("every name has help")
    func everyName() {
        let engine = Self.engine
        for name in Self.names {
            guard case .output(let text) = engine.handle(".help \(name)") else {
                Issue.record("no help for \(name)")
                continue
            }
            #expect(!text.isEmpty, "empty help for \(name)")
        }
    }

    @Test("the examples of the sources and steps run", arguments: LanguageReference.sources + Reports.catalog().sourceEntries + LanguageReference.stepEntries)
    func examples(_ entry: LanguageReference.Entry) throws {
        let session = QuerySession(context: Self.engine.context)
        #expect(throws: Never.self, "\(entry.example)") { _ = try session.run(entry.example) }
    }

    @Test("a source's help is the source's, a command's the command's")
    func sourceOrCommand() {
        let engine = Self.engine
        guard case .output(let source) = engine.handle(".help facts"), case .output(let command) = engine.handle(".help .facts") else {
            Issue.record("no help")
            return
        }
        #expect(source.hasPrefix("facts\n  every quantity"))
        #expect(command.hasPrefix(".facts [text]"))
    }
}
