import FoundationEssentials
import Platform
import Facts

/// QuantityUnit-aware arithmetic and comparison. Quantities of one dimension convert
/// to the left operand's unit; different dimensions never mix silently.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, at location: QueryLocation) throws(QueryError) -> Value {
        let a = lhs.scalar, b = rhs.scalar
        switch (op, a, b) {
        case (_, .null, _), (_, _, .null):
            if op == .equal { return .bool(isNull(a) && isNull(b)) }
            if op == .notEqual { return .bool(isNull(a) != isNull(b)) }
            var error = QueryError.runtime("cannot apply '\(op.rawValue)' to null", at: location,
                                           hint: "an indicator the report does not give is null")
            error.isNullInput = true
            throw error
        case (.add, .number(let x), .number(let y)): return .number(x + y)
        case (.subtract, .number(let x), .number(let y)): return .number(x - y)
        case (.multiply, .number(let x), .number(let y)): return .number(x * y)
        case (.divide, .number(let x), .number(let y)):
            guard y != 0 else { throw .runtime("division by zero", at: location) }
            return .number(x / y)
        case (.add, .measure(let x), .measure(let y)), (.subtract, .measure(let x), .measure(let y)):
            guard let y2 = y.converted(toUnitOf: x) else { throw mismatch(op, x, y, location) }
            // A range's bounds move with it (`(8–9%) + 1%` is 9–10%); a range less a range spans both ways.
            let lower = op == .add ? x.value + y2.value : x.value - (y2.upper ?? y2.value)
            let upper = x.upper == nil && y2.upper == nil ? nil
                : (op == .add ? (x.upper ?? x.value) + (y2.upper ?? y2.value) : (x.upper ?? x.value) - y2.value)
            return .measure(Measure(lower, x.unit, per: x.per, upper: upper))
        case (.multiply, .measure(let x), .number(let n)), (.multiply, .number(let n), .measure(let x)):
            return .measure(Measure(x.value * n, x.unit, per: x.per, upper: x.upper.map { $0 * n }))
        case (.divide, .measure(let x), .number(let n)):
            guard n != 0 else { throw .runtime("division by zero", at: location) }
            return .measure(Measure(x.value / n, x.unit, per: x.per, upper: x.upper.map { $0 / n }))
        case (.divide, .measure(let x), .measure(let y)):
            guard x.upper == nil, y.upper == nil else {
                throw .runtime("cannot divide with a range: a ratio has one value", at: location,
                               hint: "compare the range instead (actual >= target), or divide by one of its ends")
            }
            return try divide(x, y, at: location)
        case (.add, .text(let x), .text(let y)): return .text(x + y)
        case (.and, _, _), (.or, _, _):
            guard case .bool(let x) = a, case .bool(let y) = b else {
                throw .runtime("'\(op.rawValue)' needs true or false on both sides, not \(a.typeName) and \(b.typeName)", at: location)
            }
            return .bool(op == .and ? x && y : x || y)
        case (.matches, _, _):
            guard case .text(let pattern) = b else { throw .runtime("'~' needs text on its right", at: location, hint: "sentence ~ \"du lịch\"") }
            return .bool(TextFolding.foldedContains(text(of: a), pattern))
        case (.equal, _, _), (.notEqual, _, _), (.less, _, _), (.lessEqual, _, _), (.greater, _, _), (.greaterEqual, _, _):
            return .bool(try compare(op, a, b, at: location))
        default:
            let hint: String? = {
                if case .measure = a, case .number = b, op == .add || op == .subtract { return "give the number a unit, e.g. 5 tỷ đồng" }
                if case .number = a, case .measure = b, op == .add || op == .subtract { return "give the number a unit, e.g. 5 tỷ đồng" }
                return nil
            }()
            throw .runtime("cannot apply '\(op.rawValue)' to \(a.typeName) and \(b.typeName)", at: location, hint: hint)
        }
    }

    /// `value in unit`: a quantity in another unit of its dimension (and per
    /// unit, `đồng/lượt`), or a plain ratio in % (`0.25 in %` is 25%).
    static func convert(_ value: Value, to unit: MeasureUnit, at location: QueryLocation) throws(QueryError) -> Value {
        switch value {
        case .number(let ratio) where unit == .percent:
            return .measure(Measure(ratio * 100, .percent))
        case .measure(let m):
            guard let converted = m.converted(toUnitOf: unit.measure(1)) else {
                let what = { (unit: QuantityUnit, per: QuantityUnit?) in per.map { "\(unit.dimension) per \($0.dimension)" } ?? "\(unit.dimension)" }
                // `in tỷ` of money: the scale word alone, its unit left out.
                let scaled = UnitLexicon.scales.contains { $0.symbol == unit.symbol } ? "\(unit.symbol) \(base(of: m.unit).symbol)" : nil
                throw .runtime("cannot convert \(m.symbol) (\(what(m.unit, m.per))) to \(unit.symbol) (\(what(unit.unit, unit.per)))", at: location,
                               hint: scaled.map { "did you mean 'in \($0)'?" })
            }
            return .measure(converted)
        default:
            throw .runtime("only a quantity can be converted to \(unit.symbol)\(unit == .percent ? ", or a plain number (a ratio) to %" : "")", at: location,
                           hint: value.typeName == "number" ? "give the number a unit: 5 \(unit.symbol)" : nil)
        }
    }

    /// Same dimension: a plain ratio. Different dimensions: a compound unit in base units (`đồng/lượt`).
    static func divide(_ x: Measure, _ y: Measure, at location: QueryLocation) throws(QueryError) -> Value {
        guard y.value != 0 else { throw .runtime("division by zero", at: location) }
        if let y2 = y.converted(toUnitOf: x) { return .number(x.value / y2.value) }
        guard x.per == nil, y.per == nil else {
            throw .runtime("cannot divide \(x.symbol) by \(y.symbol): only one level of compound units is supported", at: location)
        }
        let numerator = base(of: x.unit), denominator = base(of: y.unit)
        return .measure(Measure(x.value * x.unit.factor / (y.value * y.unit.factor), numerator, per: denominator))
    }

    /// The dimension's base unit: đồng for money in đồng, m² for area, the noun for counts.
    static func base(of unit: QuantityUnit) -> QuantityUnit {
        base(of: unit.dimension, unit: unit)
    }

    private static func base(of dimension: Dimension, unit: QuantityUnit) -> QuantityUnit {
        switch dimension {
        case .money(let currency): QuantityUnit(symbol: currency == "VND" ? "đồng" : currency, dimension: dimension)
        case .area: QuantityUnit(symbol: "m²", dimension: .area)
        case .length: QuantityUnit(symbol: "m", dimension: .length)
        case .volume: QuantityUnit(symbol: "m³", dimension: .volume)
        case .mass: QuantityUnit(symbol: "kg", dimension: .mass)
        case .count(let noun): QuantityUnit(symbol: noun, dimension: dimension)
        case .percent, .number: unit
        case .rate(let inner, let per):
            QuantityUnit(symbol: base(of: inner, unit: unit).symbol + "/" + per, dimension: dimension)
        }
    }

    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, at location: QueryLocation) throws(QueryError) -> Bool {
        let order: ComparisonResult
        switch (a.scalar, b.scalar) {
        case (.number(let x), .number(let y)): order = x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        // Zero is zero in every unit: `actual - previous > 0` needs none.
        case (.measure(let x), .number(let zero)) where zero == 0 && x.upper == nil:
            order = x.value == 0 ? .orderedSame : (x.value < 0 ? .orderedAscending : .orderedDescending)
        case (.number(let zero), .measure(let y)) where zero == 0 && y.upper == nil:
            order = y.value == 0 ? .orderedSame : (y.value > 0 ? .orderedAscending : .orderedDescending)
        // A change target (`-5%`) against a level: as the level it implies.
        case (.measure(let x), .measure(let y)) where !x.isCompatible(with: y) && (y.impliedLevel.map { Measure($0).isCompatible(with: x) } ?? false):
            return try compare(op, a, .measure(Measure(y.impliedLevel!)), at: location)
        case (.measure(let x), .measure(let y)) where !x.isCompatible(with: y) && (x.impliedLevel.map { Measure($0).isCompatible(with: y) } ?? false):
            return try compare(op, .measure(Measure(x.impliedLevel!)), b, at: location)
        case (.measure(let x), .measure(let y)):
            guard let y2 = y.converted(toUnitOf: x) else { throw mismatch(op, x, y, location) }
            if let inRange = compareWithRange(op, x, y2) { return inRange }
            order = x.value == y2.value ? .orderedSame : (x.value < y2.value ? .orderedAscending : .orderedDescending)
        case (.text(let x), .text(let y)): order = x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        // A year is text (`2025`) and equals the number a query types for it.
        case (.text(let text), .number(let number)) where op == .equal || op == .notEqual:
            return (op == .equal) == (number.exactInt.map(String.init) == text)
        case (.number(let number), .text(let text)) where op == .equal || op == .notEqual:
            return (op == .equal) == (number.exactInt.map(String.init) == text)
        case (.bool(let x), .bool(let y)) where op == .equal || op == .notEqual:
            return op == .equal ? x == y : x != y
        default:
            if op == .equal { return false }
            if op == .notEqual { return true }
            var error = QueryError.runtime("cannot compare \(a.scalar.typeName) with \(b.scalar.typeName)", at: location)
            error.isIncomparable = true
            throw error
        }
        switch op {
        case .equal: return order == .orderedSame
        case .notEqual: return order != .orderedSame
        case .less: return order == .orderedAscending
        case .lessEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        default: return order != .orderedAscending
        }
    }

    /// A value against a range (`1.950 người <= 1.800-2.000 người`): equal
    /// inside it, below it under its lower bound, above it over its upper; two
    /// ranges compare by their lower bounds. Nil when neither is a range.
    static func compareWithRange(_ op: BinaryOperator, _ x: Measure, _ y: Measure) -> Bool? {
        guard x.upper != nil || y.upper != nil else { return nil }
        if x.upper != nil, y.upper != nil { return nil }
        // Written as `point op range`: a range on the left turns the comparison round.
        let (point, range, flipped) = x.upper == nil ? (x.value, y, false) : (y.value, x, true)
        // A range of falls runs downwards (`-(1,5–2%)` is -1,5 to -2): its ends, in order.
        let low = min(range.value, range.upper ?? range.value), high = max(range.value, range.upper ?? range.value)
        let below = point < low, above = point > high, inside = !below && !above
        switch (op, flipped) {
        case (.equal, _): return inside
        case (.notEqual, _): return !inside
        case (.less, false), (.greater, true): return below
        case (.lessEqual, false), (.greaterEqual, true): return !above
        case (.greater, false), (.less, true): return above
        case (.greaterEqual, false), (.lessEqual, true): return !below
        default: return nil
        }
    }

    static func mismatch(_ op: BinaryOperator, _ x: Measure, _ y: Measure, _ location: QueryLocation) -> QueryError {
        var error = QueryError.runtime("unit mismatch: cannot apply '\(op.rawValue)' to \(x.symbol) (\(x.unit.dimension)) and \(y.symbol) (\(y.unit.dimension))",
                 at: location, hint: "only quantities of one dimension add, subtract or compare"
                     + (x.unit.dimension == .percent || y.unit.dimension == .percent
                        ? "; a target set as a change (`tăng 2,5%`) has its level in `.target_level`" : ""))
        error.isIncomparable = true
        return error
    }

    static func isNull(_ value: Value) -> Bool { if case .null = value { true } else { false } }

    static func text(of value: Value) -> String {
        switch value {
        case .text(let t): t
        default: ValueFormatter(style: .vietnamese).inline(value)
        }
    }
}
