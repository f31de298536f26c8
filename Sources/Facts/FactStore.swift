import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Report

/// A report loaded into the store: its name, its document (unless the store
/// came from the cache) and where its facts are.
public struct LoadedReport: Sendable {
    public var name: String
    public var document: ReportDocument?
    /// The ids of the report's facts.
    public var factIDs: Range<Int>

    public init(name: String, document: ReportDocument?, factIDs: Range<Int>) {
        self.name = name
        self.document = document
        self.factIDs = factIDs
    }
}

/// Every fact of the loaded reports, with indexes for the lookups plugins and
/// queries make: by id, section, unit and (folded) text.
public final class FactStore: Sendable {
    public let reports: [LoadedReport]
    /// All facts; a fact's id is its index here.
    public let facts: [Fact]
    /// The numbers that are not quantities, typed.
    public let references: [NumericReference]
    private let bySection: [String: [Int]]
    private let byUnitSymbol: [String: [Int]]
    /// Each fact's sentence folded, as scalars; the facts of one sentence share one array.
    private let foldedSentences: [[Unicode.Scalar]]

    /// Builds the store from documents already read.
    public convenience init(documents: [ReportDocument]) {
        var reports: [LoadedReport] = []
        var facts: [Fact] = []
        var references: [NumericReference] = []
        for document in documents {
            let (found, refs) = FactExtractor.extract(document, firstID: facts.count)
            reports.append(LoadedReport(name: document.name, document: document, factIDs: facts.count..<(facts.count + found.count)))
            facts += found
            references += refs
        }
        self.init(reports: reports, facts: facts, references: references)
    }

    /// A store from facts already extracted (the cache), building the indexes.
    public init(reports: [LoadedReport], facts: [Fact], references: [NumericReference]) {
        self.reports = reports
        self.facts = facts
        self.references = references
        var bySection: [String: [Int]] = [:]
        var byUnit: [String: [Int]] = [:]
        // Facts of one section stand together: hash each run's path once
        // (hashing non-ASCII strings is not cheap).
        var runStart = 0
        for index in facts.indices {
            let fact = facts[index]
            byUnit[fact.unit.symbol, default: []].append(fact.id)
            let isLast = index == facts.count - 1
            if isLast || !Self.sameText(facts[index + 1].sectionPath, fact.sectionPath) {
                bySection[fact.sectionPath, default: []].append(contentsOf: facts[runStart...index].map(\.id))
                runStart = index + 1
            }
        }
        self.bySection = bySection
        self.byUnitSymbol = byUnit
        // The facts of one sentence stand together and share its folding.
        var folded: [[Unicode.Scalar]] = []
        folded.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() {
            if index > 0, facts[index - 1].paragraph == fact.paragraph, Self.sameText(facts[index - 1].sentence, fact.sentence) {
                folded.append(folded[index - 1])
            } else {
                folded.append(TextFolding.foldedScalars(fact.sentence))
            }
        }
        self.foldedSentences = folded
    }

    /// Byte equality: both texts come from the same report, so canonical
    /// equivalence (what `==` checks, slowly, for non-ASCII text) adds nothing.
    static func sameText(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    /// An empty store.
    public convenience init() { self.init(documents: []) }

    public func fact(id: Int) -> Fact? { facts.indices.contains(id) ? facts[id] : nil }

    /// The facts of the section whose path is `path`, or whose path starts with it.
    public func facts(inSection path: String) -> [Fact] {
        if let ids = bySection[path] { return ids.map { facts[$0] } }
        return facts.filter { $0.sectionPath.hasPrefix(path) }
    }

    /// The facts written in the unit `symbol` (`tỷ đồng`, `ha`).
    public func facts(unit symbol: String) -> [Fact] {
        (byUnitSymbol[symbol] ?? []).map { facts[$0] }
    }

    /// The facts whose sentence contains `text`, ignoring case and diacritics.
    public func search(_ text: String) -> [Fact] {
        let needle = TextFolding.foldedScalars(text)
        guard !needle.isEmpty else { return [] }
        return facts.indices.filter { TextFolding.contains(foldedSentences[$0], needle) }.map { facts[$0] }
    }

    /// The folded sentence of a fact, as scalars, for matchers that search many phrases.
    public func foldedSentence(of id: Int) -> [Unicode.Scalar] { foldedSentences[id] }
}
