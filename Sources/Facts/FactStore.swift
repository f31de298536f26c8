import FoundationEssentials
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
///
/// The section and unit indexes are built on first use: a one-shot query
/// rarely needs them, and building them was a tenth of its start-up.
public final class FactStore: @unchecked Sendable {
    public let reports: [LoadedReport]
    /// All facts; a fact's id is its index here.
    public let facts: [Fact]
    /// The numbers that are not quantities, typed.
    public let references: [NumericReference]
    /// Built by `indexes`, under `indexLock`.
    private var builtIndexes: Indexes?
    private let indexLock = Lock()
    /// Each fact's sentence folded, as scalars; the facts of one sentence share one array.
    private let foldedSentences: [[Unicode.Scalar]]

    /// Builds the store from documents already read.
    public convenience init(documents: [ReportDocument]) {
        var reports: [LoadedReport] = []
        var facts: [Fact] = []
        var references: [NumericReference] = []
        var folded: [[Unicode.Scalar]] = []
        for document in documents {
            let (found, refs, foldedSentences) = FactExtractor.extract(document, firstID: facts.count)
            reports.append(LoadedReport(name: document.name, document: document, factIDs: facts.count..<(facts.count + found.count)))
            facts += found
            references += refs
            folded += foldedSentences
        }
        self.init(reports: reports, facts: facts, references: references, foldedSentences: folded)
    }

    /// A store from facts already extracted (the cache).
    /// `foldedSentences`, when given, are the sentences already folded, one per
    /// fact (the cache keeps them: folding is a third of building a store).
    public init(reports: [LoadedReport], facts: [Fact], references: [NumericReference],
                foldedSentences: [[Unicode.Scalar]]? = nil) {
        self.reports = reports
        self.facts = facts
        self.references = references
        if let foldedSentences, foldedSentences.count == facts.count {
            self.foldedSentences = foldedSentences
            return
        }
        var folded: [[Unicode.Scalar]] = []
        folded.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() {
            if Self.sharesSentence(facts, index) {
                folded.append(folded[index - 1])
            } else {
                folded.append(TextFolding.foldedScalars(fact.sentence))
            }
        }
        self.foldedSentences = folded
    }

    /// Whether fact `index` is in the same sentence as the fact before it: the
    /// facts of one sentence stand together and share its folding.
    public static func sharesSentence(_ facts: [Fact], _ index: Int) -> Bool {
        index > 0 && facts[index - 1].paragraph == facts[index].paragraph
            && TextKey.sameBytes(facts[index - 1].sentence, facts[index].sentence)
    }

    /// The facts by section path and by unit symbol, as ids.
    private struct Indexes {
        var bySection: [TextKey: [Int]] = [:]
        var byUnitSymbol: [TextKey: [Int]] = [:]
    }

    private var indexes: Indexes {
        indexLock.lock()
        defer { indexLock.unlock() }
        if let builtIndexes { return builtIndexes }
        var indexes = Indexes()
        // Facts of one section stand together: hash each run's path once
        // (hashing non-ASCII strings is not cheap).
        var runStart = 0
        for index in facts.indices {
            indexes.byUnitSymbol[TextKey(facts[index].unit.symbol), default: []].append(index)
            if index == facts.count - 1 || !TextKey.sameBytes(facts[index + 1].sectionPath, facts[index].sectionPath) {
                indexes.bySection[TextKey(facts[index].sectionPath), default: []].append(contentsOf: runStart...index)
                runStart = index + 1
            }
        }
        builtIndexes = indexes
        return indexes
    }

    /// An empty store.
    public convenience init() { self.init(documents: []) }

    public func fact(id: Int) -> Fact? { facts.indices.contains(id) ? facts[id] : nil }

    /// The facts of the section whose path is `path`, or whose path starts with it.
    public func facts(inSection path: String) -> [Fact] {
        if let ids = indexes.bySection[TextKey(path)] { return ids.map { facts[$0] } }
        return facts.filter { $0.sectionPath.hasPrefix(path) }
    }

    /// The facts written in the unit `symbol` (`tỷ đồng`, `ha`).
    public func facts(unit symbol: String) -> [Fact] {
        (indexes.byUnitSymbol[TextKey(symbol)] ?? []).map { facts[$0] }
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
