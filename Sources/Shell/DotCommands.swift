import FoundationEssentials
import Report
import Facts
import PluginKit
import Query

/// The shell's dot-commands (`.help`, `.describe KEY`, `.format json` …), as
/// in the sqlite3 shell: one line, a `.` at the start. An unambiguous prefix
/// works (`.fo json`); an unknown one suggests the nearest.
enum DotCommands {
    struct Command: Sendable {
        var name: String
        var usage: String
        var summary: String
        var run: @Sendable (_ argument: String, _ engine: ShellEngine) -> EntryOutcome
    }

    static let commands: [Command] = [
        Command(name: "help", usage: ".help [name]", summary: "this help, or about a function, command or indicator") { argument, engine in
            argument.isEmpty ? .output(HelpText.overview) : HelpText.about(argument, engine: engine)
        },
        Command(name: "quit", usage: ".quit", summary: "leave baocao (also Ctrl-D)") { _, _ in .quit },
        Command(name: "exit", usage: ".exit", summary: "leave baocao") { _, _ in .quit },
        Command(name: "plugins", usage: ".plugins", summary: "the domain plugins and how many of their indicators the report gives") { _, engine in
            .output(engine.context.registry.plugins.map { plugin in
                let all = plugin.indicators.count
                let missing = engine.context.resolver.notFound(in: plugin.namespace).count
                return "\(plugin.namespace) — \(plugin.title.vi) / \(plugin.title.en): \(all - missing) of \(all) indicators found" +
                    (missing > 0 ? " (\(missing) not found in this report)" : "") + " [\(plugin.origin)]"
            }.joined(by: "\n"))
        },
        Command(name: "indicators", usage: ".indicators [domain]", summary: "the indicators, with value, target and status") { argument, engine in
            let values = engine.context.resolver.paths.filter { argument.isEmpty || $0.hasPrefix(argument + ".") }
                .compactMap { engine.context.resolver.value(at: $0) }.map(Value.indicator)
            return .output(engine.renderer.render(.list(values)))
        },
        Command(name: "describe", usage: ".describe KEY|#ID", summary: "an indicator or fact with its sentence, section and line") { argument, engine in
            describe(argument, engine)
        },
        Command(name: "why", usage: ".why", summary: "where the last result came from") { _, engine in
            guard let last = engine.last else { return .output("no result yet") }
            return .output(Provenance.explain(last, renderer: engine.renderer, registry: engine.context.registry))
        },
        Command(name: "facts", usage: ".facts [text]", summary: "the facts, or those whose sentence contains text") { argument, engine in
            let facts = argument.isEmpty ? engine.context.store.facts : engine.context.store.search(argument)
            return .output(engine.renderer.render(.list(facts.map(Value.fact))))
        },
        Command(name: "search", usage: ".search TEXT", summary: "facts whose sentence contains TEXT (case and accents ignored)") { argument, engine in
            .output(engine.renderer.render(.list(engine.context.store.search(argument).map(Value.fact))))
        },
        Command(name: "format", usage: ".format table|json|jsonl|csv|markdown|plain", summary: "how results are written") { argument, engine in
            guard let format = OutputFormat(rawValue: argument) else {
                return .failure(.runtime("unknown format '\(argument)'", hint: "one of: \(OutputFormat.allCases.map(\.rawValue).joined(by: ", "))"))
            }
            engine.renderer.format = format
            return .output("")
        },
        Command(name: "output", usage: ".output [FILE]", summary: "send results to FILE; .output alone sends them here again") { argument, engine in
            engine.outputFile = argument.isEmpty ? nil : argument
            engine.onceFile = nil
            return .output("")
        },
        Command(name: "once", usage: ".once FILE", summary: "send the next result to FILE") { argument, engine in
            guard !argument.isEmpty else { return .failure(.runtime("'.once' needs a file name", hint: ".once result.csv")) }
            engine.onceFile = argument
            return .output("")
        },
        Command(name: "timer", usage: ".timer on|off", summary: "show how long each query takes") { argument, engine in
            guard argument == "on" || argument == "off" else { return .failure(.runtime("'.timer' takes on or off")) }
            engine.timer = argument == "on"
            return .output("")
        },
        Command(name: "run", usage: ".run FILE", summary: "run a script in this session (its bindings stay)") { argument, engine in
            guard !argument.isEmpty else { return .failure(.runtime("'.run' needs a file name", hint: ".run Scripts/queries/tourism.bq")) }
            return engine.scriptRunner?(argument) ?? .failure(.runtime("'.run' is not available here"))
        },
        Command(name: "history", usage: ".history", summary: "the statements entered, oldest first") { _, engine in
            let entries = engine.historyProvider?() ?? []
            return .output(entries.enumerated().map { TextWidth.pad(String($0.offset + 1), to: 5, right: true) + "  " + $0.element.replacing("\n", with: "\n       ") }.joined(by: "\n"))
        },
        Command(name: "clear", usage: ".clear", summary: "clear the screen") { _, _ in .output("\u{1b}[H\u{1b}[2J") },
        Command(name: "last", usage: ".last", summary: "the whole of the last result, however long") { _, engine in
            guard let last = engine.last else { return .output("no result yet") }
            engine.showWholeNext = true
            return .output(engine.renderer.render(last))
        },
        Command(name: "numbers", usage: ".numbers vi|en", summary: "write numbers as the report does (1.234,5) or internationally (1,234.5)") { argument, engine in
            guard let style = NumberStyle(rawValue: argument) else { return .failure(.runtime("unknown number style '\(argument)'", hint: "vi or en")) }
            engine.renderer.formatter.style = style
            return .output("")
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
        let hint = NameSuggester.nearest(to: name, in: commands.map(\.name)).map { "did you mean '.\($0)'?" } ?? "see .help"
        return .failure(.syntax("unknown command '.\(name)'", at: nil, hint: hint))
    }

    static func describe(_ argument: String, _ engine: ShellEngine) -> EntryOutcome {
        if argument.hasPrefix("#"), let id = Int(argument.dropFirst()), let fact = engine.context.store.fact(id: id) {
            return .output(Provenance.explain(.fact(fact), renderer: engine.renderer))
        }
        if let indicator = engine.context.resolver.value(at: argument) {
            return .output(Provenance.explain(.indicator(indicator), renderer: engine.renderer, registry: engine.context.registry))
        }
        let hint = NameSuggester.nearest(to: argument, in: engine.context.resolver.paths).map { "did you mean '\($0)'?" }
        return .failure(.runtime("nothing to describe called '\(argument)'", hint: hint ?? "give an indicator path or a fact id like #15"))
    }
}
