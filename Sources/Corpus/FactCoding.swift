import FoundationEssentials
import Platform
import Facts

/// What of a fact the database keeps in one blob column, beside the plain
/// columns other tools read (value, unit, text, section, line …): its unit
/// exactly (dimension, factor) and its qualifiers, in ``BinaryWriter``'s
/// coding. Fact ids inside (what a comparison qualifies) are the database's.
enum FactCoding {
    static func encode(unit: QuantityUnit, qualifiers: [Qualifier], idOffset: Int) -> [UInt8] {
        // Room for a unit and a qualifier or two, so that the bytes are rarely moved as they grow.
        var out = BinaryWriter(capacity: 64)
        write(unit, &out)
        out.int(qualifiers.count)
        for qualifier in qualifiers {
            switch qualifier {
            case .estimate: out.byte(0)
            case .asOf(let date): out.byte(1); out.string(date)
            case .approximate(let word): out.byte(2); out.string(word)
            case .cumulative: out.byte(3)
            case .comparison(let kind, let value, let upper, let unit, let fact):
                out.byte(4)
                out.string(kind.rawValue)
                out.decimal(value)
                out.optional(upper) { $0.decimal($1) }
                write(unit, &out)
                out.int(fact + idOffset)
            case .status(let status): out.byte(5); out.string(status.rawValue)
            case .ofPlace(let place): out.byte(6); out.string(place)
            }
        }
        return out.bytes
    }

    struct Malformed: Error {}

    /// Reads a coding where it lies (a row's blob), without copying it out.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> (unit: QuantityUnit, qualifiers: [Qualifier]) {
        var input = BinaryReader(UnsafeRawBufferPointer(bytes))
        let unit = try readUnit(&input)
        var qualifiers: [Qualifier] = []
        let count = try input.int()
        guard count >= 0, count <= input.rest.count else { throw Malformed() }
        for _ in 0..<count {
            switch try input.byte() {
            case 0: qualifiers.append(.estimate)
            case 1: qualifiers.append(.asOf(try input.string()))
            case 2: qualifiers.append(.approximate(try input.string()))
            case 3: qualifiers.append(.cumulative)
            case 4:
                guard let kind = ComparisonKind(rawValue: try input.string()) else { throw Malformed() }
                let value = try input.decimal()
                let upper = try input.optional { try $0.decimal() }
                let unit = try readUnit(&input)
                qualifiers.append(.comparison(kind, value: value, upper: upper, unit: unit, fact: try input.int()))
            case 5:
                guard let status = PlanStatus(rawValue: try input.string()) else { throw Malformed() }
                qualifiers.append(.status(status))
            case 6: qualifiers.append(.ofPlace(try input.string()))
            default: throw Malformed()
            }
        }
        return (unit, qualifiers)
    }

    static func write(_ unit: QuantityUnit, _ out: inout BinaryWriter) {
        out.string(unit.symbol)
        out.decimal(unit.factor)
        write(unit.dimension, &out)
    }

    static func write(_ dimension: Dimension, _ out: inout BinaryWriter) {
        switch dimension {
        case .money(let currency): out.byte(0); out.string(currency)
        case .area: out.byte(1)
        case .length: out.byte(2)
        case .volume: out.byte(3)
        case .mass: out.byte(4)
        case .percent: out.byte(5)
        case .count(let noun): out.byte(6); out.string(noun)
        case .number: out.byte(7)
        case .rate(let base, let per): out.byte(8); write(base, &out); out.string(per)
        }
    }

    static func readUnit(_ input: inout BinaryReader) throws -> QuantityUnit {
        let symbol = try input.string()
        let factor = try input.decimal()
        return QuantityUnit(symbol: symbol, dimension: try readDimension(&input), factor: factor)
    }

    static func readDimension(_ input: inout BinaryReader, depth: Int = 0) throws -> Dimension {
        switch try input.byte() {
        case 0: return .money(currency: try input.string())
        case 1: return .area
        case 2: return .length
        case 3: return .volume
        case 4: return .mass
        case 5: return .percent
        case 6: return .count(noun: try input.string())
        case 7: return .number
        case 8:
            guard depth < 4 else { throw Malformed() }
            let base = try readDimension(&input, depth: depth + 1)
            return .rate(base, per: try input.string())
        default: throw Malformed()
        }
    }
}
