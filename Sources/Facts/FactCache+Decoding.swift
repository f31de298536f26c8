import FoundationEssentials
import Report

extension FactCache {
    /// The store in `data`, or an error if the data is not a whole cache of this format for `name`.
    public static func decode(_ data: Data, name: String) throws -> FactStore {
        try data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            return try decode(&reader, name: name)
        }
    }

    private static func decode(_ reader: inout BinaryReader, name: String) throws -> FactStore {
        guard try reader.string() == magic else { throw BinaryReader.Malformed() }
        var reports: [LoadedReport] = []
        for _ in 0..<(try count(&reader)) {
            let reportName = try reader.string()
            let lower = try reader.int(), upper = try reader.int()
            guard lower <= upper else { throw BinaryReader.Malformed() }
            reports.append(LoadedReport(name: reportName, document: nil, factIDs: lower..<upper))
        }
        guard reports.map(\.name) == [name] else { throw BinaryReader.Malformed() }
        var tables = DecodedTables()
        let stringCount = try count(&reader)
        tables.strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount { tables.strings.append(try reader.string()) }
        for _ in 0..<(try count(&reader)) { tables.units.append(try readUnit(&reader, tables: tables)) }
        var facts: [Fact] = []
        let factCount = try count(&reader)
        facts.reserveCapacity(factCount)
        for _ in 0..<factCount { facts.append(try readFact(&reader, tables: tables)) }
        var references: [NumericReference] = []
        for _ in 0..<(try count(&reader)) {
            references.append(NumericReference(kind: try oneOf(referenceKinds, &reader), text: try tables.string(&reader),
                                               report: try tables.string(&reader), paragraph: try reader.int(),
                                               location: SourceLocation(line: try reader.int(), column: try reader.int())))
        }
        guard try count(&reader) == facts.count else { throw BinaryReader.Malformed() }
        var folded: [[Unicode.Scalar]] = []
        folded.reserveCapacity(facts.count)
        for index in facts.indices {
            if try reader.byte() == 0 {
                guard let previous = folded.last, FactStore.sharesSentence(facts, index) else { throw BinaryReader.Malformed() }
                folded.append(previous)
            } else {
                folded.append(try reader.scalars())
            }
        }
        guard reader.isAtEnd, facts.indices.allSatisfy({ facts[$0].id == $0 }) else { throw BinaryReader.Malformed() }
        return FactStore(reports: reports, facts: facts, references: references, foldedSentences: folded)
    }

    /// The string and unit tables, read.
    private struct DecodedTables {
        var strings: [String] = []
        var units: [QuantityUnit] = []

        func string(_ reader: inout BinaryReader) throws -> String {
            let number = try reader.int()
            guard strings.indices.contains(number) else { throw BinaryReader.Malformed() }
            return strings[number]
        }

        func unit(_ reader: inout BinaryReader) throws -> QuantityUnit {
            let number = try reader.int()
            guard units.indices.contains(number) else { throw BinaryReader.Malformed() }
            return units[number]
        }
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

    private static func readFact(_ reader: inout BinaryReader, tables: DecodedTables) throws -> Fact {
        let id = try reader.int()
        let report = try tables.string(&reader)
        let value = try reader.decimal()
        let unit = try tables.unit(&reader)
        let upper = try reader.optional { try $0.decimal() }
        let denominator = try reader.optional { try $0.decimal() }
        let written = try tables.string(&reader)
        var qualifiers: [Qualifier] = []
        for _ in 0..<(try count(&reader)) {
            switch try reader.byte() {
            case 0: qualifiers.append(.estimate)
            case 1: qualifiers.append(.asOf(try tables.string(&reader)))
            case 2: qualifiers.append(.approximate(try tables.string(&reader)))
            case 3: qualifiers.append(.cumulative)
            case 4:
                qualifiers.append(.comparison(try oneOf(comparisonKinds, &reader), value: try reader.decimal(),
                                              unit: try tables.unit(&reader), fact: try reader.int()))
            case 5: qualifiers.append(.status(try oneOf(planStatuses, &reader)))
            default: throw BinaryReader.Malformed()
            }
        }
        let role: FactRole
        switch try reader.byte() {
        case 0: role = .primary
        case 1: role = .comparison(try oneOf(comparisonKinds, &reader))
        default: throw BinaryReader.Malformed()
        }
        return Fact(id: id, report: report, quantity: Quantity(value, unit), upper: upper, denominator: denominator, text: written,
                    qualifiers: qualifiers, role: role, qualifies: try reader.optional { try $0.int() },
                    sentence: try tables.string(&reader), sentenceOffset: try reader.int(), sectionPath: try tables.string(&reader),
                    section: try reader.optional { try $0.int() }, footnote: try reader.optional { try $0.int() },
                    paragraph: try reader.int(),
                    referrerLocation: try reader.optional { SourceLocation(line: try $0.int(), column: try $0.int()) },
                    location: SourceLocation(line: try reader.int(), column: try reader.int()))
    }

    private static func readUnit(_ reader: inout BinaryReader, tables: DecodedTables) throws -> QuantityUnit {
        let symbol = try tables.string(&reader)
        let factor = try reader.decimal()
        let dimension: Dimension
        switch try reader.byte() {
        case 0: dimension = .money(currency: try tables.string(&reader))
        case 1: dimension = .area
        case 2: dimension = .length
        case 3: dimension = .volume
        case 4: dimension = .mass
        case 5: dimension = .percent
        case 6: dimension = .count(noun: try tables.string(&reader))
        case 7: dimension = .number
        default: throw BinaryReader.Malformed()
        }
        return QuantityUnit(symbol: symbol, dimension: dimension, factor: factor)
    }
}
