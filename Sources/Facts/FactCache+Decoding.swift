import FoundationEssentials
import Report

extension FactCache {
    /// The store in `data`, or an error if the data is not a whole cache of this format for `name`.
    public static func decode(_ data: Data, name: String) throws -> FactStore {
        var reader = BinaryReader(data)
        guard try reader.string() == magic else { throw BinaryReader.Malformed() }
        var reports: [LoadedReport] = []
        for _ in 0..<(try count(&reader)) {
            let reportName = try reader.string()
            let lower = try reader.int(), upper = try reader.int()
            guard lower <= upper else { throw BinaryReader.Malformed() }
            reports.append(LoadedReport(name: reportName, document: nil, factIDs: lower..<upper))
        }
        guard reports.map(\.name) == [name] else { throw BinaryReader.Malformed() }
        var table: [String] = []
        for _ in 0..<(try count(&reader)) { table.append(try reader.string()) }
        func text(_ reader: inout BinaryReader) throws -> String {
            let index = try reader.int()
            guard table.indices.contains(index) else { throw BinaryReader.Malformed() }
            return table[index]
        }
        var facts: [Fact] = []
        for _ in 0..<(try count(&reader)) { facts.append(try readFact(&reader, text: text)) }
        var references: [NumericReference] = []
        for _ in 0..<(try count(&reader)) {
            guard let kind = ReferenceKind(rawValue: try reader.string()) else { throw BinaryReader.Malformed() }
            references.append(NumericReference(kind: kind, text: try text(&reader), report: try text(&reader), paragraph: try reader.int(),
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
                folded.append(try reader.string().scalarArray)
            }
        }
        guard reader.isAtEnd, facts.indices.allSatisfy({ facts[$0].id == $0 }) else { throw BinaryReader.Malformed() }
        return FactStore(reports: reports, facts: facts, references: references, foldedSentences: folded)
    }

    private static func count(_ reader: inout BinaryReader) throws -> Int {
        let value = try reader.int()
        guard (0...10_000_000).contains(value) else { throw BinaryReader.Malformed() }
        return value
    }

    private static func readFact(_ reader: inout BinaryReader, text: (inout BinaryReader) throws -> String) throws -> Fact {
        let id = try reader.int()
        let report = try text(&reader)
        let value = try reader.decimal()
        let unit = try readUnit(&reader)
        let upper = try reader.optional { try $0.decimal() }
        let denominator = try reader.optional { try $0.decimal() }
        let written = try reader.string()
        var qualifiers: [Qualifier] = []
        for _ in 0..<(try count(&reader)) {
            switch try reader.byte() {
            case 0: qualifiers.append(.estimate)
            case 1: qualifiers.append(.asOf(try reader.string()))
            case 2: qualifiers.append(.approximate(try reader.string()))
            case 3: qualifiers.append(.cumulative)
            case 4:
                guard let kind = ComparisonKind(rawValue: try reader.string()) else { throw BinaryReader.Malformed() }
                qualifiers.append(.comparison(kind, value: try reader.decimal(), unit: try readUnit(&reader), fact: try reader.int()))
            case 5:
                guard let status = PlanStatus(rawValue: try reader.string()) else { throw BinaryReader.Malformed() }
                qualifiers.append(.status(status))
            default: throw BinaryReader.Malformed()
            }
        }
        let roleName = try reader.string()
        let role: FactRole
        if roleName.isEmpty { role = .primary } else {
            guard let kind = ComparisonKind(rawValue: roleName) else { throw BinaryReader.Malformed() }
            role = .comparison(kind)
        }
        return Fact(id: id, report: report, quantity: Quantity(value, unit), upper: upper, denominator: denominator, text: written,
                    qualifiers: qualifiers, role: role, qualifies: try reader.optional { try $0.int() },
                    sentence: try text(&reader), sentenceOffset: try reader.int(), sectionPath: try text(&reader),
                    section: try reader.optional { try $0.int() }, footnote: try reader.optional { try $0.int() },
                    paragraph: try reader.int(),
                    referrerLocation: try reader.optional { SourceLocation(line: try $0.int(), column: try $0.int()) },
                    location: SourceLocation(line: try reader.int(), column: try reader.int()))
    }

    private static func readUnit(_ reader: inout BinaryReader) throws -> QuantityUnit {
        let symbol = try reader.string()
        let factor = try reader.decimal()
        let dimension: Dimension
        switch try reader.byte() {
        case 0: dimension = .money(currency: try reader.string())
        case 1: dimension = .area
        case 2: dimension = .length
        case 3: dimension = .volume
        case 4: dimension = .mass
        case 5: dimension = .percent
        case 6: dimension = .count(noun: try reader.string())
        case 7: dimension = .number
        default: throw BinaryReader.Malformed()
        }
        return QuantityUnit(symbol: symbol, dimension: dimension, factor: factor)
    }
}
