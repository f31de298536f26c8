import FoundationEssentials
import Platform
import Report

/// A report loaded into the store: its name, its document (unless the store
/// came from the cache) and where its facts are.
public struct LoadedReport: Sendable {
    public var name: String
    public var document: ReportDocument?
    /// The ids of the report's facts.
    public var factIDs: Range<Int>
    /// What its header says: issuer, number, date, place, period and year.
    public var header: ReportHeader

    public init(name: String, document: ReportDocument?, factIDs: Range<Int>, header: ReportHeader? = nil) {
        self.name = name
        self.document = document
        self.factIDs = factIDs
        self.header = header ?? document?.header ?? ReportHeader()
    }
}

/// Every fact of the loaded reports, with indexes for the lookups plugins and
/// queries make: by id, section, unit and (folded) text.
///
/// A store whose facts a ``FactStorage`` holds (the cache file) reads each
/// fact when first asked for: a one-shot query needs a handful. The section
/// and unit indexes are built on first use too.
public final class FactStore: @unchecked Sendable {
    public let reports: [LoadedReport]
    /// The facts of a store built in memory; nil for one a storage holds.
    private let builtFacts: [Fact]?
    private let builtReferences: [NumericReference]?
    /// The facts of a store read from storage.
    private let cached: (any FactStorage)?
    /// Each fact's sentence folded, for a store built in memory (a stored one's
    /// are its storage's, read when first asked for); the facts of one sentence share one.
    private let builtFolded: [FoldedText]?
    private var foldedSentences: [FoldedText] { builtFolded ?? cached?.foldedSentences ?? [] }
    /// Filled when first asked for, under `lock`.
    private var allCachedFacts: [Fact]?
    private var builtIndexes: Indexes?
    /// ``sentenceStarts()``, once found; guarded by `lock`.
    private var builtSentenceStarts: [Int]?
    private let lock = Lock()
    /// A name for what the store holds (its report's bytes, and the binary
    /// that read them), set by a cache that keyed it: what is worked out from
    /// the store (resolved indicators) may be cached under it. Nil: not keyed.
    public var contentKey: String?

    /// A store from facts already extracted. `foldedSentences`, when given,
    /// are the sentences already folded, one per fact.
    public init(reports: [LoadedReport], facts: [Fact], references: [NumericReference],
                foldedSentences: [FoldedText]? = nil) {
        self.reports = reports
        builtFacts = facts
        builtReferences = references
        cached = nil
        if let foldedSentences, foldedSentences.count == facts.count {
            builtFolded = foldedSentences
            return
        }
        var folded: [FoldedText] = []
        folded.reserveCapacity(facts.count)
        for index in facts.indices {
            if Self.sharesSentence(facts, index) {
                folded.append(folded[index - 1])
            } else {
                folded.append(FoldedText(folding: facts[index].sentence))
            }
        }
        builtFolded = folded
    }

    /// A store whose facts `storage` holds.
    public init(reports: [LoadedReport], storage: any FactStorage) {
        self.reports = reports
        builtFacts = nil
        builtReferences = nil
        cached = storage
        builtFolded = nil
    }

    /// An empty store.
    public convenience init() { self.init(reports: [], facts: [], references: []) }

    /// Whether fact `index` is in the same sentence as the fact before it: the
    /// facts of one sentence stand together and share its folding. (A
    /// paragraph's two sentences that read alike are two sentences.)
    public static func sharesSentence(_ facts: [Fact], _ index: Int) -> Bool {
        index > 0 && facts[index - 1].paragraph == facts[index].paragraph
            && facts[index - 1].hasSameSentence(as: facts[index])
    }

    // MARK: - Facts

    /// How many facts the store holds.
    public var count: Int { cached?.count ?? builtFacts?.count ?? 0 }

    /// All facts; a fact's id is its index here.
    public var facts: [Fact] {
        if let builtFacts { return builtFacts }
        lock.lock()
        defer { lock.unlock() }
        if let allCachedFacts { return allCachedFacts }
        let all = cached?.allFacts() ?? []
        allCachedFacts = all
        return all
    }

    /// The numbers that are not quantities, typed.
    public var references: [NumericReference] { builtReferences ?? cached?.allReferences() ?? [] }

    public func fact(id: Int) -> Fact? {
        guard id >= 0, id < count else { return nil }
        return cached?.fact(id) ?? builtFacts?[id]
    }

    /// The facts whose ids are `ids` (which must be in the store).
    public func facts(_ ids: Range<Int>) -> [Fact] { Array(factsSlice(ids)) }

    /// ``facts(_:)`` as a slice: of the store's own array when it holds its
    /// facts built, with no fact copied (rule matching asks for every
    /// candidate sentence's facts); of a new one when they are read from a cache.
    public func factsSlice(_ ids: Range<Int>) -> ArraySlice<Fact> {
        if cached == nil, let builtFacts, ids.lowerBound >= 0, ids.upperBound <= builtFacts.count { return builtFacts[ids] }
        var facts: [Fact] = []
        facts.reserveCapacity(ids.count)
        for id in ids { if let fact = fact(id: id) { facts.append(fact) } }
        return facts[...]
    }

    /// A fact's sentence, report and section path, without reading the rest of it.
    public func sentence(of id: Int) -> String {
        if let cached { return cached.sentence(of: id) }
        return builtFacts?[id].sentence ?? ""
    }

    public func reportName(of id: Int) -> String {
        if let cached { return cached.reportName(of: id) }
        return builtFacts?[id].report ?? ""
    }

    public func sectionPath(of id: Int) -> String {
        if let cached { return cached.sectionPath(of: id) }
        return builtFacts?[id].sectionPath ?? ""
    }

    /// The part of the report a fact is in, without reading the rest of it.
    public func part(of id: Int) -> ReportPart {
        if let cached { return cached.part(of: id) }
        return builtFacts?[id].part ?? .results
    }

    /// The id of the first fact of each sentence (of each report), in order:
    /// the facts of one sentence stand together, up to the next start. (Starts,
    /// not ranges: a new generic array type's first use scans the binary's
    /// conformances.) Found once: rule matching and a corpus import both ask.
    public func sentenceStarts() -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let builtSentenceStarts { return builtSentenceStarts }
        let starts = findSentenceStarts()
        builtSentenceStarts = starts
        return starts
    }

    private func findSentenceStarts() -> [Int] {
        let same: (Int) -> Bool
        if let cached {
            // As the store that wrote the cache grouped them.
            same = { cached.sharesSentenceWithPrevious($0) }
        } else {
            let facts = builtFacts ?? []
            // The store's own test of one sentence, and the same report (two reports may share a text).
            same = { Self.sharesSentence(facts, $0) && TextKey.sameBytes(facts[$0 - 1].report, facts[$0].report) }
        }
        return (0..<count).filter { !same($0) }
    }

    // MARK: - Indexes

    /// The facts by section path and by unit symbol, as ids.
    private struct Indexes {
        var bySection: [TextKey: [Int]] = [:]
        var byUnitSymbol: [TextKey: [Int]] = [:]
    }

    private var indexes: Indexes {
        let facts = self.facts
        lock.lock()
        defer { lock.unlock() }
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

    /// The facts of the section whose path is `path`, or whose path starts with it.
    public func facts(inSection path: String) -> [Fact] {
        if let ids = indexes.bySection[TextKey(path)] { return ids.compactMap { fact(id: $0) } }
        return facts.filter { $0.sectionPath.hasPrefix(path) }
    }

    /// The facts written in the unit `symbol` (`tỷ đồng`, `ha`).
    public func facts(unit symbol: String) -> [Fact] {
        (indexes.byUnitSymbol[TextKey(symbol)] ?? []).compactMap { fact(id: $0) }
    }

    /// The facts whose sentence contains `text`, ignoring case and diacritics.
    public func search(_ text: String) -> [Fact] {
        let needle = FoldedText(folding: text)
        guard !needle.bytes.isEmpty else { return [] }
        let folded = foldedSentences
        return folded.indices.filter { folded[$0].contains(needle) }.compactMap { fact(id: $0) }
    }

    /// The folded sentence of a fact, for matchers that search many phrases.
    public func foldedSentence(of id: Int) -> FoldedText {
        guard id >= 0, id < count else { return FoldedText(validUTF8: []) }
        return builtFolded?[id] ?? cached?.foldedSentence(of: id) ?? FoldedText(validUTF8: [])
    }
}
