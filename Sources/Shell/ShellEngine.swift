import Foundation
import Facts
import PluginKit
import Query

/// What came of one entry (a statement, or a dot-command).
public enum EntryOutcome {
    /// Text to print (possibly empty).
    case output(String)
    case failure(QueryError)
    /// `.quit`
    case quit
}

/// The shell's state shared by the REPL, scripts and `-c`: the query session,
/// the output format, the number style and the last result.
public final class ShellEngine {
    public let session: QuerySession
    public var renderer: Renderer
    /// The last successful result, shown by `.why` and named `_` in queries.
    public private(set) var last: Value?

    public init(context: QueryContext, format: OutputFormat = .table, style: NumberStyle = .vietnamese) {
        self.session = QuerySession(context: context)
        self.renderer = Renderer(format: format, style: style)
    }

    public var context: QueryContext { session.context }

    /// Runs one entry: a dot-command if it starts with `.`, else query statements.
    public func handle(_ entry: String) -> EntryOutcome {
        let trimmed = entry.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("."), !trimmed.hasPrefix(".."), trimmed.count > 1, trimmed.dropFirst().first?.isLetter == true {
            return DotCommands.run(trimmed, in: self)
        }
        do throws(QueryError) {
            let values = try session.run(entry)
            var texts: [String] = []
            for value in values {
                last = value
                session.bind("_", to: value)
                texts.append(renderer.render(value))
            }
            return .output(texts.joined(separator: "\n"))
        } catch {
            return .failure(error)
        }
    }

    /// One line: the report loaded, how many facts and indicators, where help is.
    public var banner: String {
        let names = context.store.reports.map(\.document.name).joined(separator: ", ")
        let found = context.resolver.paths.filter { context.resolver.value(at: $0)?.actual != nil }.count
        return "baocao — \(names): \(context.store.facts.count) facts, \(found) of \(context.resolver.paths.count) indicators found. Type .help for help."
    }
}
