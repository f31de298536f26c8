import FoundationEssentials
import Report
import Facts
import Query
import PluginKit
import Platform

/// What Tab offers, by where the cursor stands: dot-commands and their
/// arguments (settings' values, files, names to explain), words of the
/// reports inside `search "…"`, units after a number or `in`, steps after
/// `|`, the source's fields inside a step, indicator paths and fields after
/// a dot, and otherwise the names a query can start with.
public final class Completer {
    public let engine: ShellEngine
    /// Built at the first Tab inside a string, then kept.
    private lazy var reportWords = ReportWords(store: engine.context.store)

    public init(engine: ShellEngine) { self.engine = engine }

    /// The word being completed and the full texts it may become.
    public func complete(_ line: String) -> (word: String, candidates: [String]) {
        let completion = completions(line)
        return (completion.word, completion.texts)
    }

    /// The word being completed and its candidates, with what each is.
    public func completions(_ line: String) -> Completion {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix(".") { return dotCommand(String(trimmed)) }
        if let open = Self.openString(in: line) {
            let word = String(open.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
            return .texts(word, reportWords.matching(word))
        }
        if let phrase = Self.unitPhrase(line) {
            let folded = TextFolding.fold(phrase)
            return .texts(phrase, phrase.isEmpty ? [] : UnitLexicon.typedNames.filter { TextFolding.fold($0).hasPrefix(folded) })
        }
        let word = Self.currentWord(line)
        let before = line.dropLast(word.count).trimmingWhitespace()
        if before.hasSuffix("|") {
            return Completion(word: word, candidates: LanguageReference.stepEntries.filter { $0.name.hasPrefix(word) }
                .map { .init($0.name, $0.summary) })
        }
        if word.contains(".") { return dotted(word) }
        if let step = Self.currentStep(before) { return inStep(step, word: word) }
        return Completion(word: word, candidates: names().filter { !word.isEmpty && $0.text.hasPrefix(word) }.sorted { $0.text < $1.text })
    }

    // MARK: - Contexts

    private func dotCommand(_ line: String) -> Completion {
        guard let space = line.firstIndex(of: " ") else {
            return Completion(word: line, candidates: DotCommands.commands.filter { ("." + $0.name).hasPrefix(line) }
                .map { .init("." + $0.name, $0.summary) })
        }
        let command = String(line[line.index(after: line.startIndex)..<space])
        let word = String(line.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        switch command {
        case "run", "output", "once":
            return .texts(word, files(matching: word))
        case "describe":
            return Completion(word: word, candidates: indicatorCandidates().filter { $0.text.hasPrefix(word) })
        case "help":
            let commands = DotCommands.commands.map { Completion.Candidate("." + $0.name, $0.summary) }
            let entries = (LanguageReference.sources + engine.context.catalog.sourceEntries + LanguageReference.stepEntries)
                .map { Completion.Candidate($0.name, $0.summary) }
            let all = entries + builtinCandidates() + commands + namespaceCandidates() + indicatorCandidates()
            return Completion(word: word, candidates: all.filter { $0.text.hasPrefix(word) })
        default:
            // A setting's values; placeholders (N, FILE) are not values to type.
            let values = SettingCommands.settings.first { $0.name == command }?.values.filter { $0.lowercased() == $0 } ?? []
            return Completion(word: word, candidates: values.filter { $0.hasPrefix(word) }.map { .init($0) })
        }
    }

    /// After a dot: indicator paths and plugin functions, or the fields of what the text before names.
    private func dotted(_ word: String) -> Completion {
        let dot = word.lastIndex(of: ".")!
        let base = String(word[..<dot]), partial = String(word[word.index(after: dot)...])
        var candidates = (indicatorCandidates() + functionCandidates()).filter { $0.text.hasPrefix(word) }
        if let value = evaluate(base) {
            candidates += LanguageReference.fields(of: value).filter { $0.hasPrefix(partial) }.map { .init("\(base).\($0)") }
        }
        return Completion(word: word, candidates: candidates.sorted { $0.text < $1.text })
    }

    /// Inside `| where …`, `| select …`, `| sort …`: the fields of the rows coming in, first.
    private func inStep(_ step: (verb: String, source: String, sinceVerb: String), word: String) -> Completion {
        // `sort value ▮`: the field is there, the order comes next.
        if step.verb == "sort", !step.sinceVerb.isEmpty {
            return .texts(word, ["asc", "desc"].filter { $0.hasPrefix(word) })
        }
        var fields: [String] = []
        if case .list(let items)? = evaluate(step.source), let first = items.first { fields = LanguageReference.fields(of: first) }
        let fieldCandidates = fields.filter { $0.hasPrefix(word) }.sorted().map { Completion.Candidate($0, "field") }
        guard step.verb == "where" || step.verb == "select" else { return Completion(word: word, candidates: fieldCandidates) }
        // Then what an expression of the row may call on: functions and the session's names, not sources.
        let bound = engine.session.boundNames.map { Completion.Candidate($0, "bound in this session") }
        let others = (builtinCandidates() + bound).filter { !word.isEmpty && $0.text.hasPrefix(word) }.sorted { $0.text < $1.text }
        return Completion(word: word, candidates: fieldCandidates + others)
    }

    // MARK: - Names

    private func names() -> [Completion.Candidate] {
        let sources = (LanguageReference.sources + engine.context.catalog.sourceEntries).map { Completion.Candidate($0.name, $0.summary) }
        let bound = engine.session.boundNames.map { Completion.Candidate($0, "bound in this session") }
        let keywords = Keyword.allCases.map { Completion.Candidate($0.rawValue) }
        return sources + namespaceCandidates() + builtinCandidates() + bound + keywords
    }

    private func namespaceCandidates() -> [Completion.Candidate] {
        engine.plugins.registry.plugins.map { .init($0.namespace + ".", $0.title.en) }
    }

    private func builtinCandidates() -> [Completion.Candidate] {
        LanguageReference.builtins.map { .init($0.name, $0.summary) }
    }

    private func indicatorCandidates() -> [Completion.Candidate] {
        engine.plugins.registry.plugins.flatMap { plugin in
            plugin.indicators.map { Completion.Candidate("\(plugin.namespace).\($0.key)", $0.label.vi) }
                + plugin.derived.map { Completion.Candidate("\(plugin.namespace).\($0.key)", $0.label.vi) }
        }
    }

    private func functionCandidates() -> [Completion.Candidate] {
        engine.plugins.registry.plugins.flatMap { plugin in plugin.functions.map { .init("\(plugin.namespace).\($0.name)(", $0.summary) } }
    }

    /// The value of a query's prefix, quietly: nil when it does not run.
    private func evaluate(_ text: String) -> Value? {
        guard !text.isEmpty, text.count <= 500 else { return nil }
        defer { engine.session.notes = [] }
        return try? engine.session.run(text).last
    }

    private func files(matching word: String) -> [String] {
        let url = URL(fileURLWithPath: word.isEmpty ? "./" : word)
        let folder = word.hasSuffix("/") ? word : (word.contains(where: { $0 == "/" }) ? url.deletingLastPathComponent().path + "/" : "")
        let prefix = word.hasSuffix("/") ? "" : url.lastPathComponent
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return listed.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.map { name in
            let path = folder + name
            return FileStatus.isDirectory(path) ? path + "/" : path
        }
    }

    // MARK: - Reading the line

    /// The longest text every candidate starts with.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    static func currentWord(_ line: String) -> String {
        String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "²" }.reversed())
    }

    /// The text of a string left open at the end of the line (`search "giai ph`), if one is.
    static func openString(in line: String) -> String? {
        var quote: Character?, start = line.startIndex, escaped = false
        for index in line.indices {
            let character = line[index]
            if escaped { escaped = false; continue }
            if character == "\\", quote != nil { escaped = true; continue }
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                start = line.index(after: index)
            }
        }
        return quote == nil ? nil : String(line[start...])
    }

    /// The unit being typed after a number or `in` (`t`, `ty d` of `… in ty d`),
    /// up to three words; nil when no number or `in` stands before it.
    static func unitPhrase(_ line: String) -> String? {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2, !(words.last ?? "").contains(where: { "|.()\"'".contains($0) }) else { return nil }
        for count in 1...min(3, words.count - 1) {
            let lead = words[words.count - count - 1]
            let phrase = words.suffix(count)
            guard !phrase.dropLast().contains(where: \.isEmpty) else { return nil }
            if lead == "in" || (lead.first?.isNumber == true && lead.allSatisfy { $0.isNumber || $0 == "." || $0 == "_" }) {
                return phrase.joined(separator: " ")
            }
        }
        return nil
    }

    /// The pipeline step the cursor is in (`where`, `select` …), the text of the
    /// pipeline before it, and what follows the verb so far.
    static func currentStep(_ before: String) -> (verb: String, source: String, sinceVerb: String)? {
        guard let bar = before.lastIndex(of: "|") else { return nil }
        let segment = before[before.index(after: bar)...].drop { $0 == " " }
        let verbs = ["where", "select", "sort", "group", "sum", "avg", "min", "max"]
        guard let verb = verbs.first(where: { segment == $0 || segment.hasPrefix($0 + " ") }) else { return nil }
        let since = segment.dropFirst(verb.count).drop { $0 == " " }
        return (verb, String(before[..<bar]).trimmingWhitespace(), String(since))
    }
}
