import FoundationEssentials
import Report
import Query
import PluginKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// What Tab offers: plugin namespaces, indicator paths after `economy.`,
/// fields after an indicator, functions, pipeline verbs, dot-commands, and
/// file names after `.run`, `.output` and `.once`.
public struct Completer {
    public let engine: ShellEngine

    public init(engine: ShellEngine) { self.engine = engine }

    /// The word being completed (ending at the cursor) and the full candidates for it.
    public func complete(_ line: String) -> (word: String, candidates: [String]) {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("."), let space = trimmed.firstIndex(of: " ") {
            let command = String(trimmed[trimmed.index(after: trimmed.startIndex)..<space])
            if ["run", "output", "once"].contains(command) {
                let word = String(line.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
                return (word, files(matching: word))
            }
            if ["describe", "help"].contains(command) {
                let word = String(line.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
                return (word, sorted(allPaths().filter { $0.hasPrefix(word) }))
            }
            return ("", [])
        }
        if trimmed.hasPrefix("."), !trimmed.contains(where: { $0 == " " }) {
            let word = String(trimmed)
            return (word, DotCommands.commands.map { "." + $0.name }.filter { $0.hasPrefix(word) })
        }
        let word = currentWord(line)
        let before = line.dropLast(word.count).trimmingWhitespace()
        if before.hasSuffix("|") {
            return (word, LanguageReference.steps.filter { $0.hasPrefix(word) })
        }
        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot]), partial = String(word[word.index(after: dot)...])
            var candidates = allPaths().filter { $0.hasPrefix(word) }
            if let value = try? engine.session.run(base).first, !LanguageReference.fields(of: value).isEmpty {
                candidates += LanguageReference.fields(of: value).filter { $0.hasPrefix(partial) }.map { "\(base).\($0)" }
            }
            return (word, sorted(candidates))
        }
        let names = engine.context.sources + engine.plugins.registry.namespaces.map { $0 + "." }
            + LanguageReference.builtins.map(\.name) + engine.session.boundNames + Keyword.allCases.map(\.rawValue)
        return (word, sorted(names.filter { $0.hasPrefix(word) && !word.isEmpty }))
    }

    /// The longest text every candidate starts with.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    private func currentWord(_ line: String) -> String {
        var word = ""
        for character in line.reversed() {
            guard character.isLetter || character.isNumber || character == "_" || character == "." else { break }
            word.insert(character, at: word.startIndex)
        }
        return word
    }

    private func allPaths() -> [String] {
        let registry = engine.plugins.registry
        return registry.indicatorPaths + registry.plugins.flatMap { plugin in plugin.functions.map { "\(plugin.namespace).\($0.name)(" } }
    }

    private func files(matching word: String) -> [String] {
        let url = URL(fileURLWithPath: word.isEmpty ? "./" : word)
        let folder = word.hasSuffix("/") ? word : (word.contains(where: { $0 == "/" }) ? url.deletingLastPathComponent().path + "/" : "")
        let prefix = word.hasSuffix("/") ? "" : url.lastPathComponent
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return sorted(listed.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.map { name in
            let path = folder + name
            return FileStatus.isDirectory(path) ? path + "/" : path
        })
    }

    private func sorted(_ names: [String]) -> [String] { Array(Set(names)).sorted() }
}
