import FoundationEssentials
import Platform
import Report
import Facts
import FactReading

/// A store's facts as the cache file holds them, each read when first asked for.
///
/// A one-shot query needs a handful of the report's facts, so reading all of
/// them, with every sentence as a String, would be most of its work. The
/// strings, the facts' summaries (report, sentence, section, paragraph, part)
/// and the folded sentences are tables of fixed-width cells in the file
/// (``FactCache/encode(_:)``), read in place: a summary or a string is a few
/// loads, and opening the file reads none of them. The file is mapped,
/// checked whole against its checksum when opened, and never changed in
/// place (a new cache replaces it whole), so reading it later is safe.
final class CachedFacts: FactStorage, @unchecked Sendable {
    /// What the file says of every fact, numbers into the string table, and where the rest is.
    struct Summary {
        var report: Int
        var sentence: Int
        var sectionPath: Int
        var paragraph: Int
        var part: ReportPart
        /// Whether the fact stands in the sentence of the fact before it, as the
        /// store that wrote the cache grouped them (``FactStore/sharesSentence(_:_:)``).
        var sharesSentence: Bool
        /// Where the fact's other fields start in the file.
        var body: Int
    }

    /// A table of the file: fixed-width cells of offsets into a blob that follows them.
    struct Table {
        /// Where the cells start, where the blob starts, and the blob's length.
        var cells: Int, blob: Int, bytes: Int

        /// Where entry `number` lies in the file: cells `number` and `number + 1`
        /// hold its start and end in the blob.
        func span(_ number: Int, in file: UnsafeRawBufferPointer) throws -> Range<Int> {
            let start = Int(BinaryReader.uint32(file, at: cells + 4 * number)), end = Int(BinaryReader.uint32(file, at: cells + 4 * number + 4))
            guard start <= end, end <= bytes else { throw BinaryReader.Malformed() }
            return (blob + start)..<(blob + end)
        }
    }

    /// Where each part of the file starts (offsets into it), and how many entries or bytes it has.
    struct Layout {
        var count: Int
        var strings: Table, stringCount: Int
        var units: Table, unitCount: Int
        var summaries: Int
        var bodies: Int, bodyBytes: Int
        /// Two cells a fact: its sentence's folding's start and end.
        var folded: Table
        var references: Int
    }

    /// Bytes of a fact's summary: six cells.
    static let summaryWidth = 24

    private let data: Data
    private let layout: Layout
    /// Read so far; guarded by `lock`.
    private var strings: [String?]
    private var units: [QuantityUnit?]
    /// The folded sentences, once asked for.
    private var folded: [FoldedText]?
    /// The facts read so far, and where each fact is among them (-1: not read
    /// yet): an array of optional facts, each as large as a fact, would be cleared whole at every start.
    private var facts: [Fact] = []
    private var factPositions: [Int32]
    private var references: [NumericReference]?
    private let lock = Lock()

    init(data: Data, layout: Layout) {
        self.data = data
        self.layout = layout
        strings = Array(repeating: nil, count: layout.stringCount)
        units = Array(repeating: nil, count: layout.unitCount)
        factPositions = Array(repeating: -1, count: layout.count)
    }

    var count: Int { layout.count }

    /// Fact `id`'s summary, read from its cells.
    func summary(_ id: Int) -> Summary {
        guard id >= 0, id < layout.count else { Self.unreadable(id) }
        return data.withUnsafeBytes { bytes in
            let at = layout.summaries + id * Self.summaryWidth
            func cell(_ index: Int) -> Int { Int(BinaryReader.uint32(bytes, at: at + 4 * index)) }
            let flags = cell(4)
            let summary = Summary(report: cell(0), sentence: cell(1), sectionPath: cell(2), paragraph: cell(3),
                                  part: FactCache.reportParts.indices.contains(flags & 0xFF) ? FactCache.reportParts[flags & 0xFF] : .results,
                                  sharesSentence: flags & FactCache.sharesFlag != 0, body: layout.bodies + cell(5))
            guard max(summary.report, summary.sentence, summary.sectionPath) < layout.stringCount,
                  flags & 0xFF < FactCache.reportParts.count, summary.body < layout.bodies + layout.bodyBytes,
                  !summary.sharesSentence || id > 0 else {
                Self.unreadable(id)
            }
            return summary
        }
    }

    /// Each fact's folded sentence (the facts of one sentence share one
    /// array), copied out of the file when first asked for: a query whose
    /// indicators were resolved in an earlier run searches no sentence.
    var foldedSentences: [FoldedText] {
        lock.lock()
        defer { lock.unlock() }
        if let folded { return folded }
        var all: [FoldedText] = []
        all.reserveCapacity(count)
        for id in 0..<count {
            if summary(id).sharesSentence, let previous = all.last {
                all.append(previous)
                continue
            }
            all.append(readFolded(id))
        }
        folded = all
        return all
    }

    /// One fact's folded sentence: that of the first fact of its sentence, read where it lies.
    func foldedSentence(of id: Int) -> FoldedText {
        lock.lock()
        let whole = folded
        lock.unlock()
        if let whole { return whole[id] }
        var first = id
        while first > 0, summary(first).sharesSentence { first -= 1 }
        return readFolded(first)
    }

    /// The folded sentence stored for fact `id` (the first of its sentence), checked to be UTF-8.
    private func readFolded(_ id: Int) -> FoldedText {
        data.withUnsafeBytes { bytes in
            guard let span = try? layout.folded.span(2 * id, in: bytes) else { Self.unreadable(id) }
            let raw = UnsafeRawBufferPointer(rebasing: bytes[span])
            if raw.contains(where: { $0 >= 0x80 }), (try? BinaryReader.text(raw)) == nil { Self.unreadable(id) }
            return FoldedText(validUTF8: [UInt8](raw))
        }
    }

    func sharesSentenceWithPrevious(_ id: Int) -> Bool { summary(id).sharesSentence }
    func sentence(of id: Int) -> String { string(summary(id).sentence) }
    func reportName(of id: Int) -> String { string(summary(id).report) }
    func sectionPath(of id: Int) -> String { string(summary(id).sectionPath) }
    func part(of id: Int) -> ReportPart { summary(id).part }

    /// String `number` of the table.
    func string(_ number: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return Self.unreadable(number) { try lockedString(number) }
    }

    /// Fact `id`, read whole.
    func fact(_ id: Int) -> Fact {
        lock.lock()
        defer { lock.unlock() }
        if factPositions[id] >= 0 { return facts[Int(factPositions[id])] }
        let summary = summary(id)
        let fact = data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes, at: summary.body)
            return Self.unreadable(id) {
                try FactCache.readFact(&reader, id: id, summary: summary, unitNumbered: lockedUnit, string: lockedString)
            }
        }
        factPositions[id] = Int32(facts.count)
        facts.append(fact)
        return fact
    }

    /// Every fact, in id order.
    func allFacts() -> [Fact] { (0..<count).map(fact) }

    /// The typed non-quantities, read the first time they are asked for.
    func allReferences() -> [NumericReference] {
        lock.lock()
        defer { lock.unlock() }
        if let references { return references }
        let read = data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes, at: layout.references)
            return Self.unreadable(-1) { try FactCache.readReferences(&reader, string: lockedString) }
        }
        references = read
        return read
    }

    /// Unit `number` of the table, read when a fact first needs it; call under `lock`.
    private func lockedUnit(_ number: Int) throws -> QuantityUnit {
        guard units.indices.contains(number) else { throw BinaryReader.Malformed() }
        if let unit = units[number] { return unit }
        let unit = try data.withUnsafeBytes { bytes in
            let span = try layout.units.span(number, in: bytes)
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[..<span.upperBound]), at: span.lowerBound)
            return try FactCache.readUnit(&reader, string: lockedString)
        }
        units[number] = unit
        return unit
    }

    private func lockedString(_ number: Int) throws -> String {
        guard strings.indices.contains(number) else { throw BinaryReader.Malformed() }
        if let string = strings[number] { return string }
        let string = try data.withUnsafeBytes { bytes in
            let span = try layout.strings.span(number, in: bytes)
            return try BinaryReader.text(UnsafeRawBufferPointer(rebasing: bytes[span]))
        }
        strings[number] = string
        return string
    }

    /// `read()`, which cannot fail on a file whose checksum held unless baocao
    /// itself wrote it wrong: that is a bug to stop at, not bad input.
    private static func unreadable<T>(_ what: Int, _ read: () throws -> T) -> T {
        do { return try read() } catch { unreadable(what) }
    }

    private static func unreadable(_ what: Int) -> Never {
        fatalError("the fact cache passed its checksum but item \(what) does not read: a baocao bug")
    }
}
