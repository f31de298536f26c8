import FoundationEssentials
import TOMLKit
import Platform

/// The genre's shared vocabulary: concepts several domains name a value by,
/// each with its names (subject words and their synonyms) and the verbs that
/// report it. A rule draws on a concept with `concepts = ["deaths"]`, and
/// adds words of its own; built-in and users' specs read the same vocabulary
/// (`Plugins/vocabulary.toml`, docs/VOCABULARY.md).
public struct Vocabulary: Sendable {
    /// One concept: `deaths` — `chết`, `tử vong`, `thiệt mạng` …
    public struct Concept: Sendable {
        public var name: String
        public var summary: String
        public var names: [String]
        public var verbs: [String]
    }

    /// A short form reports write for words of the genre: `LĐ` for `lao động`, `NSNN` for `ngân sách nhà nước`.
    public struct Abbreviation: Sendable {
        public var short: String
        public var long: String

        public init(short: String, long: String) {
            self.short = short
            self.long = long
        }
    }

    public var concepts: [String: Concept]
    /// The genre's abbreviations: every rule's words are looked for in their short forms too.
    public let abbreviations: [Abbreviation]
    /// Each abbreviation's short form as written and its long form folded, made once for every word of every spec.
    let abbreviationForms: [(short: [Unicode.Scalar], long: [Unicode.Scalar])]

    public init(concepts: [Concept] = [], abbreviations: [Abbreviation] = []) {
        self.concepts = Dictionary(concepts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.abbreviations = abbreviations
        abbreviationForms = abbreviations.map { (Array($0.short.unicodeScalars), TextFolding.foldedScalars($0.long)) }
    }

    /// The vocabulary in the TOML at `path` (`[[concepts]]` tables); `FILE:LINE: error` if it is broken.
    public static func read(path: String) throws(PluginSpecError) -> Vocabulary {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw PluginSpecError(file: path, line: 0, "cannot read the vocabulary as UTF-8 text")
        }
        return try read(text, path: path)
    }

    /// The vocabulary in `text`.
    public static func read(_ text: String, path: String) throws(PluginSpecError) -> Vocabulary {
        let table = try PluginSpecError.table(text, path: path)
        let source = PluginSpecSource(text)
        var concepts: [Concept] = []
        for (index, entry) in (table["concepts"]?.array?.compactMap { $0.table } ?? []).enumerated() {
            let line = source.tableLine("concepts", index: index)
            guard let name = entry["name"]?.string, !name.isEmpty else { throw PluginSpecError(file: path, line: line, "a concept needs name = \"…\"") }
            let names = entry["names"]?.array?.compactMap { $0.string } ?? []
            let verbs = entry["verbs"]?.array?.compactMap { $0.string } ?? []
            guard !names.isEmpty || !verbs.isEmpty else {
                throw PluginSpecError(file: path, line: line, "concept '\(name)' needs names = [\"…\"] or verbs = [\"…\"]")
            }
            concepts.append(Concept(name: name, summary: entry["description"]?.string ?? "", names: names, verbs: verbs))
        }
        var abbreviations: [Abbreviation] = []
        for (index, entry) in (table["abbreviations"]?.array?.compactMap { $0.table } ?? []).enumerated() {
            guard let short = entry["short"]?.string, let long = entry["long"]?.string,
                  !short.trimmingWhitespace().isEmpty, !long.trimmingWhitespace().isEmpty else {
                throw PluginSpecError(file: path, line: source.tableLine("abbreviations", index: index),
                                      "an abbreviation needs short = \"…\" and long = \"…\"")
            }
            abbreviations.append(Abbreviation(short: short, long: long))
        }
        return Vocabulary(concepts: concepts, abbreviations: abbreviations)
    }
}
