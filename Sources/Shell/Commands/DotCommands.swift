import FoundationEssentials
import Report
import Facts
import PluginKit
import Query
import Platform

/// The shell's dot-commands (`.help`, `.describe KEY`, `.format json` …), as
/// in the sqlite3 shell: one line, a `.` at the start. An unambiguous prefix
/// works (`.fo json`); an unknown one suggests the nearest.
enum DotCommands {

    static let commands: [DotCommand] = actions + SettingCommands.commands

    static let actions: [DotCommand] = [
        DotCommand(name: "help", usage: ".help [name]", summary: "this help, or about a function, command or indicator") { argument, engine in
            argument.isEmpty ? .output(HelpText.overview(commands: commands, sources: engine.context.sources.joined(by: ", "))) : HelpText.about(argument, engine: engine, commands: commands)
        },
        DotCommand(name: "quit", usage: ".quit", summary: "leave baocao (also Ctrl-D)") { _, _ in .quit },
        DotCommand(name: "exit", usage: ".exit", summary: "leave baocao") { _, _ in .quit },
        DotCommand(name: "plugins", usage: ".plugins", summary: "the domain plugins and how many of their indicators the report gives") { _, engine in
            .output(engine.plugins.registry.plugins.map { plugin in
                let all = plugin.indicators.count
                let missing = engine.plugins.resolver.notFound(in: plugin.namespace).count
                return "\(plugin.namespace) — \(plugin.title.vi) / \(plugin.title.en): \(all - missing) of \(all) indicators found" +
                    (missing > 0 ? " (\(missing) not found in this report)" : "") + " [\(plugin.origin)]"
            }.joined(by: "\n"))
        },
        DotCommand(name: "indicators", usage: ".indicators [domain]", summary: "the indicators, with value, target and status") { argument, engine in
            let values = engine.plugins.resolver.paths.filter { argument.isEmpty || $0.hasPrefix(argument + ".") }
                .compactMap { engine.plugins.resolver.value(at: $0) }.map(Value.entity)
            return .output(engine.renderer.render(.list(values)))
        },
        DotCommand(name: "describe", usage: ".describe KEY|#ID", summary: "an indicator or fact with its sentence, section and line") { argument, engine in
            Provenance.describe(argument, engine)
        },
        DotCommand(name: "why", usage: ".why", summary: "where the last result came from") { _, engine in
            guard let last = engine.last else { return .output("no result yet") }
            return .output(Provenance.explain(last, renderer: engine.renderer, registry: engine.plugins.registry))
        },
        DotCommand(name: "facts", usage: ".facts [text]", summary: "the facts, or those whose sentence contains text") { argument, engine in
            let facts = argument.isEmpty ? engine.context.store.facts : engine.context.store.search(argument)
            return .output(engine.renderer.render(.list(facts.map(Value.fact))))
        },
        DotCommand(name: "search", usage: ".search TEXT", summary: "facts whose sentence contains TEXT (case and accents ignored)") { argument, engine in
            .output(engine.renderer.render(.list(moving: engine.context.store.search(argument))))
        },
        DotCommand(name: "run", usage: ".run FILE", summary: "run a script in this session (its bindings stay)") { argument, engine in
            guard !argument.isEmpty else { return .failure(.runtime("'.run' needs a file name", hint: ".run Scripts/queries/tourism.bq")) }
            return engine.scriptRunner?(argument) ?? .failure(.runtime("'.run' is not available here"))
        },
        DotCommand(name: "history", usage: ".history", summary: "the statements entered, oldest first") { _, engine in
            let entries = engine.historyProvider?() ?? []
            return .output(entries.enumerated().map { TextWidth.pad(String($0.offset + 1), to: 5, right: true) + "  " + $0.element.replacing("\n", with: "\n       ") }.joined(by: "\n"))
        },
        DotCommand(name: "clear", usage: ".clear", summary: "clear the screen") { _, _ in .output("\u{1b}[H\u{1b}[2J") },
        DotCommand(name: "last", usage: ".last", summary: "the whole of the last result, however long") { _, engine in
            guard let last = engine.last else { return .output("no result yet") }
            engine.showWholeNext = true
            return .output(engine.renderer.render(last))
        },
    ]

    static func run(_ line: String, in engine: ShellEngine) -> EntryOutcome {
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
        let name = String(parts.first ?? "")
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        if let exact = commands.first(where: { $0.name == name }) { return exact.run(argument, engine) }
        let matches = commands.filter { $0.name.hasPrefix(name) }
        if matches.count == 1 { return matches[0].run(argument, engine) }
        if matches.count > 1 {
            return .failure(.syntax("ambiguous command '.\(name)'", at: nil, hint: "one of: " + matches.map { "." + $0.name }.joined(by: ", ")))
        }
        let hint = ShellHabits.dotCommandMeant(name, sources: engine.context.sources)
            ?? NameSuggester.nearest(to: name, in: commands.map(\.name)).map { "did you mean '.\($0)'?" } ?? "see .help"
        return .failure(.syntax("unknown command '.\(name)'", at: nil, hint: hint))
    }
}
