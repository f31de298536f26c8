import Query
import PluginKit
import Platform

/// The text of `.help`: enough to learn the language in a minute.
enum HelpText {
    /// `.help NAME`: a built-in or plugin function, a dot-command, a pipeline step or an indicator.
    static func about(_ name: String, engine: ShellEngine, commands: [DotCommand]) -> EntryOutcome {
        let bare = name.hasSuffix("()") ? String(name.dropLast(2)) : name
        if let function = LanguageReference.builtins.first(where: { $0.name == bare }) {
            return .output("\(function.signature)\n  \(function.summary)\n  example: \(function.example)")
        }
        if let dot = bare.firstIndex(of: "."), let plugin = engine.plugins.registry.plugin(named: String(bare[..<dot])),
           let function = plugin.function(named: String(bare[bare.index(after: dot)...])) {
            let body = function.expression.map { "\n  = \($0)" } ?? "\n  (written in Swift)"
            return .output("\(plugin.namespace).\(function.signature)\n  \(function.summary)\(body)\n  example: \(function.example)")
        }
        // `.facts` is the command; `facts` the source, when there is one of that name.
        let command = bare.hasPrefix(".") ? String(bare.dropFirst()) : bare
        let entries = LanguageReference.sources + engine.context.catalog.sourceEntries + LanguageReference.stepEntries
        if !bare.hasPrefix("."), let entry = entries.first(where: { $0.name == bare }) {
            return .output("\(entry.usage)\n  \(entry.summary)\n  example: \(entry.example)")
        }
        if let found = commands.first(where: { $0.name == command }) {
            return .output("\(found.usage)\n  \(found.summary)")
        }
        if let plugin = engine.plugins.registry.plugin(named: bare) {
            let lines = plugin.indicators.map { "  \(plugin.namespace).\($0.key) — \($0.label.vi) (\($0.unit))" }
                + plugin.derived.map { "  \(plugin.namespace).\($0.key) = \($0.expression)" }
                + plugin.functions.map { "  \(plugin.namespace).\($0.signature) — \($0.summary)" }
            return .output("\(plugin.namespace) — \(plugin.title.vi) / \(plugin.title.en)\n  \(plugin.summary)\n" + lines.joined(by: "\n"))
        }
        if engine.plugins.resolver.value(at: bare) != nil { return Provenance.describe(bare, engine) }
        if let dot = bare.firstIndex(of: "."), let plugin = engine.plugins.registry.plugin(named: String(bare[..<dot])),
           let derived = plugin.derivedIndicator(key: String(bare[bare.index(after: dot)...])) {
            return .output("\(bare) — \(derived.label.vi) / \(derived.label.en)\n  = \(derived.expression)"
                           + (derived.description.map { "\n  \($0)" } ?? ""))
        }
        let candidates = LanguageReference.builtins.map(\.name) + commands.map(\.name) + engine.plugins.registry.namespaces
            + entries.map(\.name)
        return .failure(.runtime("no help for '\(name)'", hint: NameSuggester.nearest(to: bare, in: candidates).map { "did you mean '\($0)'?" }))
    }

    static func overview(commands: [DotCommand], sources: String) -> String {
        let commands = commands.map { "  \(TextWidth.pad($0.usage, to: 46)) \($0.summary)" }
        return """
        Ask the report questions. Examples:
          economy.tourism.revenue                     an indicator: value, target, status, source
          economy.tourism.revenue.target              its 2024 target (also .change .attainment .status .source)
          1 tỷ đồng + 500 triệu đồng                  unit-aware arithmetic
          economy.budget.revenue in tỷ đồng           convert
          facts | where unit == "ha" | sort value desc | take 5
          search "giải phóng mặt bằng" | count
          let x = economy.tourism.arrivals            bindings last for the session
        Sources: \(sources). Steps: \(LanguageReference.steps.joined(by: ", ")). `.help NAME` says more of each.
        Commands:
        \(commands.joined(by: "\n"))
        Ctrl-C clears the line, Ctrl-D leaves.
        """
    }
}
