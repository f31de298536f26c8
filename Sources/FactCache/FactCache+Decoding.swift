import FoundationEssentials
import Platform
import Report
import Facts
import FactReading

extension FactCache {
    /// The store in `data`, or an error if the data is not a whole cache of
    /// this format for `name`. The facts are read when first asked for
    /// (`CachedFacts`); `data` is kept for that.
    public static func decode(_ data: Data, name: String) throws -> FactStore {
        let (reports, cached) = try data.withUnsafeBytes { bytes in
            var reader = try CacheFile.body(of: bytes, magic: magic)
            return try open(&reader, bytes: bytes, name: name, data: data)
        }
        return FactStore(reports: reports, storage: cached)
    }

    /// Reads, from a body whose magic and checksum held, what every start
    /// needs: the reports, and where each table lies (``FactCache/encode(_:)`` gives the layout). No
    /// cell of a table is read here: a string, a fact's summary, a unit or a
    /// folded sentence is read when first asked for.
    private static func open(_ reader: inout BinaryReader, bytes: UnsafeRawBufferPointer, name: String,
                             data: Data) throws -> ([LoadedReport], CachedFacts) {
        var reports: [LoadedReport] = []
        for _ in 0..<(try count(&reader)) {
            let reportName = try reader.string()
            let lower = try reader.int(), upper = try reader.int()
            guard lower <= upper else { throw BinaryReader.Malformed() }
            reports.append(LoadedReport(name: reportName, document: nil, factIDs: lower..<upper, header: try readHeader(&reader)))
        }
        guard reports.count == 1, reports[0].name == name else { throw BinaryReader.Malformed() }
        let (strings, stringCount) = try entryTable(&reader, in: bytes)
        let (units, unitCount) = try entryTable(&reader, in: bytes)
        let factCount = try count(&reader)
        guard reports.allSatisfy({ $0.factIDs.upperBound <= factCount }) else { throw BinaryReader.Malformed() }
        let summaries = reader.offset
        try reader.skip(factCount * CachedFacts.summaryWidth)
        let bodyBytes = try count(&reader)
        let bodies = reader.offset
        try reader.skip(bodyBytes)
        let foldedCells = reader.offset
        try reader.skip(factCount * 8)
        let foldedBytes = try count(&reader)
        let folded = CachedFacts.Table(cells: foldedCells, blob: reader.offset, bytes: foldedBytes)
        try reader.skip(foldedBytes)
        let layout = CachedFacts.Layout(count: factCount, strings: strings, stringCount: stringCount, units: units, unitCount: unitCount,
                                        summaries: summaries, bodies: bodies, bodyBytes: bodyBytes, folded: folded,
                                        references: reader.offset)
        return (reports, CachedFacts(data: data, layout: layout))
    }

    /// A table of entries as ``FactCache/writeEntryTable(count:to:entry:)``
    /// wrote it — their count, the blob's length, count + 1 offsets, the
    /// blob — found, and its last offset checked against the blob's length.
    private static func entryTable(_ reader: inout BinaryReader, in bytes: UnsafeRawBufferPointer) throws -> (CachedFacts.Table, count: Int) {
        let entries = try count(&reader), blobBytes = try count(&reader)
        let cells = reader.offset
        try reader.skip((entries + 1) * 4)
        let table = CachedFacts.Table(cells: cells, blob: reader.offset, bytes: blobBytes)
        try reader.skip(blobBytes)
        guard BinaryReader.uint32(bytes, at: cells + 4 * entries) == UInt32(blobBytes) else { throw BinaryReader.Malformed() }
        return (table, entries)
    }

    private static func count(_ reader: inout BinaryReader) throws -> Int {
        let value = try reader.int()
        guard (0...10_000_000).contains(value) else { throw BinaryReader.Malformed() }
        return value
    }

    /// The case whose number is next.
    private static func oneOf<Case>(_ cases: [Case], _ reader: inout BinaryReader) throws -> Case {
        let number = Int(try reader.byte())
        guard cases.indices.contains(number) else { throw BinaryReader.Malformed() }
        return cases[number]
    }

    /// Fact `id`: its summary's fields and the rest, read from `reader`.
    static func readFact(_ reader: inout BinaryReader, id: Int, summary: CachedFacts.Summary, unitNumbered: (Int) throws -> QuantityUnit,
                         string: (Int) throws -> String) throws -> Fact {
        func unit() throws -> QuantityUnit { try unitNumbered(try reader.int()) }
        let value = try reader.decimal()
        let quantityUnit = try unit()
        let upper = try reader.optional { try $0.decimal() }
        let denominator = try reader.optional { try $0.decimal() }
        let written = try string(try reader.int())
        var qualifiers: [Qualifier] = []
        for _ in 0..<(try count(&reader)) {
            switch try reader.byte() {
            case 0: qualifiers.append(.estimate)
            case 1: qualifiers.append(.asOf(try string(try reader.int())))
            case 2: qualifiers.append(.approximate(try string(try reader.int())))
            case 3: qualifiers.append(.cumulative)
            case 4:
                qualifiers.append(.comparison(try oneOf(comparisonKinds, &reader), value: try reader.decimal(),
                                              upper: try reader.optional { try $0.decimal() }, unit: try unit(), fact: try reader.int()))
            case 5: qualifiers.append(.status(try oneOf(planStatuses, &reader)))
            case 6: qualifiers.append(.ofPlace(try string(try reader.int())))
            default: throw BinaryReader.Malformed()
            }
        }
        let role: FactRole
        switch try reader.byte() {
        case 0: role = .primary
        case 1: role = .comparison(try oneOf(comparisonKinds, &reader))
        default: throw BinaryReader.Malformed()
        }
        return Fact(id: id, report: try string(summary.report), quantity: Quantity(value, quantityUnit), upper: upper,
                    denominator: denominator, text: written, qualifiers: qualifiers, role: role,
                    qualifies: try reader.optional { try $0.int() },
                    sentence: try string(summary.sentence), sentenceOffset: try reader.int(),
                    sectionPath: try string(summary.sectionPath),
                    section: try reader.optional { try $0.int() }, footnote: try reader.optional { try $0.int() },
                    paragraph: summary.paragraph,
                    referrerLocation: try reader.optional { SourceLocation(line: try $0.int(), column: try $0.int()) },
                    part: summary.part, referrerSentence: try reader.optional { try string(try $0.int()) },
                    location: SourceLocation(line: try reader.int(), column: try reader.int()))
    }

    /// The typed non-quantities, the last part of the file.
    static func readReferences(_ reader: inout BinaryReader, string: (Int) throws -> String) throws -> [NumericReference] {
        var references: [NumericReference] = []
        for _ in 0..<(try count(&reader)) {
            references.append(NumericReference(kind: try oneOf(referenceKinds, &reader), text: try string(try reader.int()),
                                               report: try string(try reader.int()), paragraph: try reader.int(),
                                               location: SourceLocation(line: try reader.int(), column: try reader.int())))
        }
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        return references
    }

    static func readUnit(_ reader: inout BinaryReader, string: (Int) throws -> String) throws -> QuantityUnit {
        let symbol = try string(try reader.int())
        let factor = try reader.decimal()
        let dimension = try readDimension(&reader, string: string)
        return QuantityUnit(symbol: symbol, dimension: dimension, factor: factor)
    }

    private static func readDimension(_ reader: inout BinaryReader, string: (Int) throws -> String, depth: Int = 0) throws -> Dimension {
        switch try reader.byte() {
        case 0: return .money(currency: try string(try reader.int()))
        case 1: return .area
        case 2: return .length
        case 3: return .volume
        case 4: return .mass
        case 5: return .percent
        case 6: return .count(noun: try string(try reader.int()))
        case 7: return .number
        case 8:
            guard depth < 4 else { throw BinaryReader.Malformed() }
            let base = try readDimension(&reader, string: string, depth: depth + 1)
            return .rate(base, per: try string(try reader.int()))
        default: throw BinaryReader.Malformed()
        }
    }

    /// A report's header, as ``FactCache/write(_:to:)`` wrote it.
    /// Its six texts read one by one, not into an array of optionals: that
    /// array's type was looked up by the runtime at every start.
    private static func readHeader(_ reader: inout BinaryReader) throws -> ReportHeader {
        let number = try optionalString(&reader), issuer = try optionalString(&reader), place = try optionalString(&reader)
        let placeKind = try optionalString(&reader), date = try optionalString(&reader), title = try optionalString(&reader)
        let period: ReportPeriod
        let kind = try reader.byte(), count = try reader.int()
        switch kind {
        case 0: period = .year
        case 1: period = .months(count)
        case 2: period = .quarter(count)
        case 3: period = .month(count)
        case 4: period = .lastMonths(count)
        case 5: period = .span(first: count, last: try reader.int())
        case 6: period = .years(first: count, last: try reader.int())
        case 7: period = .schoolYear
        default: throw BinaryReader.Malformed()
        }
        return ReportHeader(number: number, issuer: issuer, place: place, placeKind: placeKind, date: date, title: title,
                            period: period, year: try reader.optional { try $0.int() }, planYear: try reader.optional { try $0.int() })
    }

    private static func optionalString(_ reader: inout BinaryReader) throws -> String? {
        try reader.byte() == 1 ? try reader.string() : nil
    }
}
