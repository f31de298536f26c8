import FoundationEssentials
import Platform
import Report
import Facts
import FactReading

/// The parsed fact store on disk, so a one-shot query need not read the
/// report again: `<folder>/<report>-<key>.facts` (the shell's folder is
/// `$XDG_CACHE_HOME/baocao`), keyed by the report's bytes and by the baocao
/// binary that wrote it (a rebuilt baocao may read reports differently). A
/// stale, unreadable or foreign file is ignored and rewritten; it is written
/// whole and renamed into place.
public enum FactCache {
    static let magic = "baocao-facts-7"

    /// The store of the report at `path`, from the cache if it holds one,
    /// else read and cached. The report is hashed in small chunks: reading it
    /// whole, only to find the cache holds it, touched a hundred kilobytes of
    /// fresh memory at every start.
    ///
    /// A directory or unreadable file gives no checksum, and `ReportReader`
    /// then says why.
    public static func store(forReportAt path: String, name: String, folder: String?) throws -> FactStore {
        if let folder, let sum = Checksum.ofFile(atPath: path),
           let store = cached(cacheFile(in: folder, name: name, report: sum), name: name) {
            store.contentKey = name + "-" + cacheKey(sum, name: name)
            return store
        }
        // Read whole, and keyed afresh from what was read: the file may have changed since.
        return try store(for: try ReportReader.contents(of: path), name: name, path: path, folder: folder)
    }

    /// The store for `data`, from the cache if it holds one, else read and cached.
    public static func store(for data: Data, name: String, path: String, folder: String?) throws -> FactStore {
        let sum = data.withUnsafeBytes { Checksum.of($0) }
        let file = folder.map { cacheFile(in: $0, name: name, report: sum) }
        let key = name + "-" + cacheKey(sum, name: name)
        if let file, let store = cached(file, name: name) {
            store.contentKey = key
            return store
        }
        let store = FactStore(documents: [try ReportReader.read(data: data, name: name, path: path)])
        if folder != nil { store.contentKey = key }
        if let folder, let file {
            let encoded = encode(store)
            if !encoded.isEmpty { CacheFile.write(encoded, to: file, in: folder) }
            // Each new baocao binary (or report text) writes a new file: the report's old ones go.
            CacheFile.removeStale(in: folder, besides: [file]) { $0.hasPrefix(name + "-") && $0.hasSuffix(".facts") }
        }
        return store
    }

    /// `<folder>/<report>-<key>.facts`, for the report named `name` whose bytes have checksum `report`.
    private static func cacheFile(in folder: String, name: String, report: UInt64) -> String {
        "\(folder)/\(name)-\(cacheKey(report, name: name)).facts"
    }

    /// The store in cache file `file`, if it holds a whole one for `name`.
    /// Mapped, not read: decoding reads the bytes where they are. (A cache
    /// file is never changed in place, only replaced whole, so the mapping is safe.)
    private static func cached(_ file: String, name: String) -> FactStore? {
        guard let data = MappedFile.data(atPath: file) else { return nil }
        return try? decode(data, name: name)
    }

    /// The cache key: the report's checksum, mixed with its name and the
    /// running binary's size and time (a rebuilt baocao may read reports differently).
    static func cacheKey(_ reportChecksum: UInt64, name: String) -> String {
        var checksum = Checksum()
        withUnsafeBytes(of: reportChecksum.littleEndian) { checksum.add($0) }
        checksum.add(bytes: name.utf8)
        checksum.add(bytes: ExecutableLocation.identity.utf8)
        checksum.add(bytes: magic.utf8)
        return String(checksum.value, radix: 16)
    }

    // MARK: - Encoding
    //
    // Layout: the magic and a checksum of all that follows; the reports; the
    // string table; the unit table; the facts' summaries; the rests of the
    // facts; the folded sentences; the references. What every start needs is
    // where each part lies: the string table, the summaries and the folded
    // sentences are tables of fixed-width cells (``BinaryWriter/uint32(_:)``),
    // read in place when a string, a fact or a sentence is first asked for
    // (`CachedFacts`), so opening a cache reads no cell of them.
    //
    // - strings: their count, the blob's length, count + 1 offsets into the blob, the blob;
    // - units: their count, the blob's length, count + 1 offsets into the blob, the blob;
    // - summaries: the fact count, then for each fact six cells: its report,
    //   sentence and section path (numbers into the string table), paragraph,
    //   flags (its part's case number; 0x100 if it stands in the sentence of
    //   the fact before, as the writing store grouped them) and where its rest starts;
    // - rests: their length, then each fact's other fields;
    // - folded sentences: for each fact two cells, its sentence's folding's
    //   start and end in the blob (shared by the facts of one sentence), the blob's length, the blob.

    /// The cache file's bytes for `store`; empty (nothing to write) for a store of over 4 GB.
    public static func encode(_ store: FactStore) -> Data {
        var tables = Tables()
        // Once: a store read from the cache reads its facts under a lock on each ask.
        let facts = store.facts
        var summaries = BinaryWriter(), bodies = BinaryWriter()
        summaries.int(facts.count)
        // Which facts stand in the sentence of the fact before, asked once for
        // the summaries and the foldings both. A fact's sentence is read from
        // its paragraph when asked (markup rewritten again): once a sentence,
        // not once a fact.
        let sharesSentence = facts.indices.map { FactStore.sharesSentence(facts, $0) }
        var sentence = 0
        for id in facts.indices {
            let fact = facts[id]
            let start = bodies.count
            write(fact, to: &bodies, tables: &tables)
            if !sharesSentence[id] { sentence = tables.string(fact.sentence) }
            for cell in [tables.string(fact.report), sentence, tables.string(fact.sectionPath), fact.paragraph,
                         Int(caseNumber(fact.part, in: reportParts)) | (sharesSentence[id] ? sharesFlag : 0), start] {
                summaries.uint32(UInt32(truncatingIfNeeded: cell))
            }
        }
        // Each sentence folded, once per sentence: decoding mostly-ASCII text is
        // cheaper than folding Vietnamese again.
        var foldedCells = BinaryWriter(), foldedBlob = BinaryWriter()
        var foldedStart = 0
        for id in facts.indices {
            if !sharesSentence[id] {
                foldedStart = foldedBlob.count
                foldedBlob.utf8(store.foldedSentence(of: id).description)
            }
            foldedCells.uint32(UInt32(truncatingIfNeeded: foldedStart))
            foldedCells.uint32(UInt32(truncatingIfNeeded: foldedBlob.count))
        }
        var references = BinaryWriter()
        references.int(store.references.count)
        for reference in store.references {
            references.byte(caseNumber(reference.kind, in: referenceKinds))
            references.int(tables.string(reference.text))
            references.int(tables.string(reference.report))
            references.int(reference.paragraph)
            references.int(reference.location.line)
            references.int(reference.location.column)
        }
        var contents = BinaryWriter()
        contents.int(store.reports.count)
        for report in store.reports {
            contents.string(report.name)
            contents.int(report.factIDs.lowerBound)
            contents.int(report.factIDs.upperBound)
            write(report.header, to: &contents)
        }
        // The units first: writing them adds their strings to the string table.
        let unitList = tables.units
        var units = BinaryWriter()
        writeEntryTable(count: unitList.count, to: &units) { index, blob in blob.append(write(unitList[index], tables: &tables)) }
        let strings = tables.strings
        writeEntryTable(count: strings.count, to: &contents) { index, blob in blob.utf8(strings[index]) }
        contents.append(units)
        contents.append(summaries)
        contents.int(bodies.count)
        contents.append(bodies)
        contents.append(foldedCells)
        contents.int(foldedBlob.count)
        contents.append(foldedBlob)
        contents.append(references)
        // A table's cells hold offsets of four bytes: a store too large for them is not cached.
        guard contents.count <= Int(UInt32.max) else { return Data() }
        return CacheFile.framed(contents, magic: magic)
    }

    /// A table of `count` entries, each written into the blob by `entry`: their
    /// count, the blob's length, count + 1 offsets into the blob, the blob.
    static func writeEntryTable(count: Int, to out: inout BinaryWriter, entry: (Int, inout BinaryWriter) -> Void) {
        var cells = BinaryWriter(), blob = BinaryWriter()
        for index in 0..<count {
            cells.uint32(UInt32(truncatingIfNeeded: blob.count))
            entry(index, &blob)
        }
        cells.uint32(UInt32(truncatingIfNeeded: blob.count))
        out.int(count)
        out.int(blob.count)
        out.append(cells)
        out.append(blob)
    }

    /// The flag of a summary's flags cell that says the fact stands in the sentence of the fact before.
    static let sharesFlag = 0x100

    /// The strings and units written so far, each once, by number.
    struct Tables {
        private(set) var strings: [String] = []
        private var stringNumbers: [TextKey: Int] = [:]
        private(set) var units: [QuantityUnit] = []
        private var unitNumbers: [QuantityUnit: Int] = [:]

        mutating func string(_ text: String) -> Int {
            if let number = stringNumbers[TextKey(text)] { return number }
            stringNumbers[TextKey(text)] = strings.count
            strings.append(text)
            return strings.count - 1
        }

        mutating func unit(_ unit: QuantityUnit) -> Int {
            if let number = unitNumbers[unit] { return number }
            unitNumbers[unit] = units.count
            units.append(unit)
            return units.count - 1
        }
    }

    // Enumerations are written as their case's number (the cache is keyed by
    // the binary, so the order of cases cannot change under it). `allCases`
    // builds a new array on each call: kept here once.
    static let referenceKinds = ReferenceKind.allCases
    static let comparisonKinds = ComparisonKind.allCases
    static let planStatuses = PlanStatus.allCases
    static let reportParts = ReportPart.allCases

    /// A report's header: its strings, its period and its years.
    static func write(_ header: ReportHeader, to writer: inout BinaryWriter) {
        for text in [header.number, header.issuer, header.place, header.placeKind, header.date, header.title] {
            writer.optional(text) { $0.string($1) }
        }
        switch header.period {
        case .year: writer.byte(0); writer.int(0)
        case .months(let count): writer.byte(1); writer.int(count)
        case .quarter(let number): writer.byte(2); writer.int(number)
        case .month(let number): writer.byte(3); writer.int(number)
        case .lastMonths(let count): writer.byte(4); writer.int(count)
        case .span(let first, let last): writer.byte(5); writer.int(first); writer.int(last)
        case .years(let first, let last): writer.byte(6); writer.int(first); writer.int(last)
        case .schoolYear: writer.byte(7); writer.int(0)
        }
        writer.optional(header.year) { $0.int($1) }
        writer.optional(header.planYear) { $0.int($1) }
    }

    static func caseNumber<Case: Equatable>(_ value: Case, in cases: [Case]) -> UInt8 {
        UInt8(cases.firstIndex(of: value)!)
    }

    /// A fact's fields besides those of its summary (report, sentence, section path, paragraph).
    static func write(_ fact: Fact, to writer: inout BinaryWriter, tables: inout Tables) {
        writer.decimal(fact.value)
        writer.int(tables.unit(fact.unit))
        writer.optional(fact.upper) { $0.decimal($1) }
        writer.optional(fact.denominator) { $0.decimal($1) }
        writer.int(tables.string(fact.text))
        writer.int(fact.qualifiers.count)
        for qualifier in fact.qualifiers {
            switch qualifier {
            case .estimate: writer.byte(0)
            case .asOf(let date): writer.byte(1); writer.int(tables.string(date))
            case .approximate(let word): writer.byte(2); writer.int(tables.string(word))
            case .cumulative: writer.byte(3)
            case .comparison(let kind, let value, let upper, let unit, let id):
                writer.byte(4); writer.byte(caseNumber(kind, in: comparisonKinds)); writer.decimal(value)
                writer.optional(upper) { $0.decimal($1) }
                writer.int(tables.unit(unit)); writer.int(id)
            case .status(let status): writer.byte(5); writer.byte(caseNumber(status, in: planStatuses))
            case .ofPlace(let place): writer.byte(6); writer.int(tables.string(place))
            }
        }
        switch fact.role {
        case .primary: writer.byte(0)
        case .comparison(let kind): writer.byte(1); writer.byte(caseNumber(kind, in: comparisonKinds))
        }
        writer.optional(fact.qualifies) { $0.int($1) }
        writer.int(fact.sentenceOffset)
        writer.optional(fact.section) { $0.int($1) }
        writer.optional(fact.footnote) { $0.int($1) }
        writer.optional(fact.referrerLocation) { $0.int($1.line); $0.int($1.column) }
        writer.optional(fact.referrerSentence) { writer, text in writer.int(tables.string(text)) }
        writer.int(fact.location.line)
        writer.int(fact.location.column)
    }

    /// A unit, for the unit table; its strings go to the string table.
    static func write(_ unit: QuantityUnit, tables: inout Tables) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.int(tables.string(unit.symbol))
        writer.decimal(unit.factor)
        write(unit.dimension, to: &writer, tables: &tables)
        return writer
    }

    /// A dimension: its case, and what it holds (a rate, its base and what it is per).
    static func write(_ dimension: Dimension, to writer: inout BinaryWriter, tables: inout Tables) {
        switch dimension {
        case .money(let currency): writer.byte(0); writer.int(tables.string(currency))
        case .area: writer.byte(1)
        case .length: writer.byte(2)
        case .volume: writer.byte(3)
        case .mass: writer.byte(4)
        case .percent: writer.byte(5)
        case .count(let noun): writer.byte(6); writer.int(tables.string(noun))
        case .number: writer.byte(7)
        case .rate(let base, let per): writer.byte(8); write(base, to: &writer, tables: &tables); writer.int(tables.string(per))
        }
    }
}
