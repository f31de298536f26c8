import FoundationEssentials
import Platform
import Report
import Facts
import FactReading

/// A store's facts as the cache file holds them, each read when first asked for.
///
/// A one-shot query needs a handful of the report's facts, so reading all of
/// them, with every sentence as a String, would be most of its work. What a
/// matcher needs of every fact — its sentence, section, report and paragraph,
/// as numbers into the string table — is read at once; the rest of a fact,
/// and each string, when asked for. The file is mapped, checked whole against
/// its checksum when opened, and never changed in place (a new cache replaces
/// it whole), so reading it later is safe.
final class CachedFacts: FactStorage, @unchecked Sendable {
    /// What is read of every fact at once: numbers into the string table, and where the rest is.
    struct Summary {
        var report: Int
        var sentence: Int
        var sectionPath: Int
        var paragraph: Int
        var part: ReportPart
        /// Where the fact's other fields start in the file.
        var body: Int
    }

    let summaries: [Summary]
    let units: [QuantityUnit]
    /// Where each fact's folded sentence lies in the file (the facts of one sentence share one).
    private let foldedStarts: [Int], foldedEnds: [Int]
    /// The folded sentences, once asked for; guarded by `lock`.
    private var folded: [FoldedText]?
    /// Whether each fact stands in the sentence of the fact before it, as the
    /// store that wrote the cache grouped them (``FactStore/sharesSentence(_:_:)``).
    let sharesSentence: [Bool]

    private let data: Data
    /// Where each string of the table starts and ends in the file. (Two arrays
    /// of Int, not one of Range: a new generic array type's first use scans
    /// the binary's conformances.)
    private let stringStarts: [Int], stringEnds: [Int]
    private let referencesOffset: Int
    /// Read so far; guarded by `lock`.
    private var strings: [String?]
    /// The facts read so far, and where each fact is among them (-1: not read
    /// yet): an array of optional facts, each as large as a fact, would be cleared whole at every start.
    private var facts: [Fact] = []
    private var factPositions: [Int32]
    private var references: [NumericReference]?
    private let lock = Lock()

    init(data: Data, stringStarts: [Int], stringEnds: [Int], units: [QuantityUnit], summaries: [Summary],
         foldedStarts: [Int], foldedEnds: [Int], sharesSentenceWithPrevious: [Bool], referencesOffset: Int) {
        self.data = data
        self.stringStarts = stringStarts
        self.stringEnds = stringEnds
        self.units = units
        self.summaries = summaries
        self.foldedStarts = foldedStarts
        self.foldedEnds = foldedEnds
        sharesSentence = sharesSentenceWithPrevious
        self.referencesOffset = referencesOffset
        strings = Array(repeating: nil, count: stringStarts.count)
        factPositions = Array(repeating: -1, count: summaries.count)
    }

    var count: Int { summaries.count }

    /// Each fact's folded sentence (the facts of one sentence share one
    /// array), copied out of the file when first asked for: a query whose
    /// indicators were resolved in an earlier run searches no sentence.
    var foldedSentences: [FoldedText] {
        lock.lock()
        defer { lock.unlock() }
        if let folded { return folded }
        var all: [FoldedText] = []
        all.reserveCapacity(count)
        data.withUnsafeBytes { bytes in
            for id in 0..<count {
                if sharesSentence[id], let previous = all.last {
                    all.append(previous)
                } else {
                    all.append(FoldedText(validUTF8: [UInt8](UnsafeRawBufferPointer(rebasing: bytes[foldedStarts[id]..<foldedEnds[id]]))))
                }
            }
        }
        folded = all
        return all
    }

    func sharesSentenceWithPrevious(_ id: Int) -> Bool { sharesSentence[id] }
    func sentence(of id: Int) -> String { string(summaries[id].sentence) }
    func reportName(of id: Int) -> String { string(summaries[id].report) }
    func sectionPath(of id: Int) -> String { string(summaries[id].sectionPath) }
    func part(of id: Int) -> ReportPart { summaries[id].part }

    /// String `number` of the table.
    func string(_ number: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return Self.unreadable(number) { try lockedString(number) }
    }

    /// Whether fact `index` has the same sentence (and paragraph and report)
    /// as the fact before it: what a fact the cache says shares the sentence
    /// before must have.
    static func sharesSentence(_ summaries: [Summary], _ index: Int) -> Bool {
        index > 0 && summaries[index - 1].sentence == summaries[index].sentence
            && summaries[index - 1].paragraph == summaries[index].paragraph && summaries[index - 1].report == summaries[index].report
    }

    /// Fact `id`, read whole.
    func fact(_ id: Int) -> Fact {
        lock.lock()
        defer { lock.unlock() }
        if factPositions[id] >= 0 { return facts[Int(factPositions[id])] }
        let summary = summaries[id]
        let fact = data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes, at: summary.body)
            return Self.unreadable(id) { try FactCache.readFact(&reader, id: id, summary: summary, units: units, string: lockedString) }
        }
        factPositions[id] = Int32(facts.count)
        facts.append(fact)
        return fact
    }

    /// Every fact, in id order.
    func allFacts() -> [Fact] { summaries.indices.map(fact) }

    /// The typed non-quantities, read the first time they are asked for.
    func allReferences() -> [NumericReference] {
        lock.lock()
        defer { lock.unlock() }
        if let references { return references }
        let read = data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes, at: referencesOffset)
            return Self.unreadable(-1) { try FactCache.readReferences(&reader, string: lockedString) }
        }
        references = read
        return read
    }

    private func lockedString(_ number: Int) throws -> String {
        guard strings.indices.contains(number) else { throw BinaryReader.Malformed() }
        if let string = strings[number] { return string }
        let start = stringStarts[number], end = stringEnds[number]
        let string = try data.withUnsafeBytes { bytes in try BinaryReader.text(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) }
        strings[number] = string
        return string
    }

    /// `read()`, which cannot fail on a file whose checksum held unless baocao
    /// itself wrote it wrong: that is a bug to stop at, not bad input.
    private static func unreadable<T>(_ what: Int, _ read: () throws -> T) -> T {
        do { return try read() } catch { fatalError("the fact cache passed its checksum but item \(what) does not read: a baocao bug") }
    }
}
