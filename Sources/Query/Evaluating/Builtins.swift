import FoundationEssentials
import Platform
import Facts

/// A built-in function: its signature and an example, for `.help name`.
public struct BuiltinFunction: Sendable {
    public var name: String
    public var signature: String
    public var summary: String
    public var example: String
}

/// The functions every query can call.
enum Builtins {
    static let all: [BuiltinFunction] = [
        BuiltinFunction(name: "round", signature: "round(x, digits = 0)", summary: "x rounded half away from zero", example: "round(10.16, 1)  # => 10,2"),
        BuiltinFunction(name: "abs", signature: "abs(x)", summary: "the absolute value", example: "abs(-3 ha)  # => 3 ha"),
        BuiltinFunction(name: "min", signature: "min(a, b, …) or min(list)", summary: "the smallest value", example: "min(1 ha, 12345 m2)  # => 1 ha"),
        BuiltinFunction(name: "max", signature: "max(a, b, …) or max(list)", summary: "the largest value", example: "max(2, 5)  # => 5"),
        BuiltinFunction(name: "sum", signature: "sum(list)", summary: "the total of a list of numbers or quantities", example: "sum([1 tỷ đồng, 500 triệu đồng])  # => 1,5 tỷ đồng"),
        BuiltinFunction(name: "count", signature: "count(list)", summary: "how many items a list has", example: "count(facts) > 0  # => true"),
        BuiltinFunction(name: "growth", signature: "growth(new, old)", summary: "the change from old to new, in percent", example: "growth(110, 100)  # => 10%"),
        BuiltinFunction(name: "share", signature: "share(part, whole)", summary: "part as a percentage of whole", example: "share(1 ha, 4 ha)  # => 25%"),
        BuiltinFunction(name: "value", signature: "value(x)", summary: "x without its provenance: a fact's or indicator's plain quantity", example: "value(economy.tourism.revenue) in tỷ đồng > 0 tỷ đồng  # => true"),
        BuiltinFunction(name: "why", signature: "why(x)",
                        summary: "where x comes from, as a record: its formula and each input's value and source in the report",
                        example: "why(economy.tourism.revenue).line  # => 45"),
        BuiltinFunction(name: "pick", signature: "pick(rows, key)",
                        summary: "the row of an indicator's rows (one a report) whose year, report name or place is key",
                        example: "pick(economy.tourism.revenue, 2023).place  # => Lạng Sơn"),
    ]

    static let names = Set(all.map(\.name))

    /// Totals, means and extremes leave nulls out, as SQL's do: a value the report does not give counts for nothing.
    static func present(_ values: [Value]) -> [Value] {
        values.filter { if case .null = $0.scalar { false } else { true } }
    }

    static func sum(_ all: [Value], at location: QueryLocation) throws(QueryError) -> Value {
        let values = present(all)
        guard var total = values.first?.scalar else { return all.isEmpty ? .number(0) : .null }
        for value in values.dropFirst() { total = try Arithmetic.apply(.add, total, value, at: location) }
        return total
    }

    static func average(_ all: [Value], at location: QueryLocation) throws(QueryError) -> Value {
        let values = present(all)
        guard !values.isEmpty else { return .null }
        return try Arithmetic.apply(.divide, try sum(values, at: location), .number(Decimal(values.count)), at: location)
    }

    static func extreme(_ all: [Value], _ op: BinaryOperator, at location: QueryLocation) throws(QueryError) -> Value {
        let values = present(all)
        guard var best = values.first else { return .null }
        for value in values.dropFirst() where try Arithmetic.compare(op, value.scalar, best.scalar, at: location) { best = value }
        return best
    }

    /// The row of `rows` (an indicator's value in each report) that `key`
    /// names: a number is a year, a text a report's name or place (accents
    /// and case ignored). A single row is its own pick when it matches.
    static func pick(_ rows: Value, _ key: Value, at location: QueryLocation) throws(QueryError) -> Value {
        let items: [Value]
        if case .list(let list) = rows { items = list } else { items = [rows] }
        func matches(_ item: Value) -> Bool {
            switch key.scalar {
            case .number(let year):
                guard let found = Fields.field("year", of: item) else { return false }
                return (try? Arithmetic.compare(.equal, found, .number(year), at: location)) ?? false
            case .text(let name):
                let wanted = TextFolding.fold(name)
                return ["report", "place"].contains { field in
                    if case .text(let found)? = Fields.field(field, of: item) { return TextFolding.fold(found) == wanted }
                    return false
                }
            default:
                return false
            }
        }
        let found = items.filter(matches)
        guard let first = found.first else {
            throw .runtime("no row of \(items.count) has year, report or place \(ValueFormatter().inline(key.scalar))", at: location,
                           hint: "reports | select name, place, year lists what is loaded")
        }
        guard found.count == 1 else {
            // The names to pick by, as typed back: `pick(…, "139-bao-loc-2026")`.
            let names = found.compactMap { item -> String? in
                if case .text(let name)? = Fields.field("report", of: item) { return "\"\(name)\"" }
                return nil
            }
            throw .runtime("\(found.count) rows match \(ValueFormatter().inline(key.scalar)); pick by the report's name", at: location,
                           hint: names.count == found.count && names.count <= 6 ? "one of " + names.joined(separator: ", ") : nil)
        }
        return first
    }

    /// Runs built-in function `name` on `args`; nil if there is no such built-in.
    static func apply(_ name: String, _ args: [Value], at location: QueryLocation) throws(QueryError) -> Value? {
        func arity(_ range: ClosedRange<Int>) throws(QueryError) {
            guard range.contains(args.count) else {
                let signature = Builtins.all.first { $0.name == name }?.signature ?? name
                throw .runtime("wrong number of arguments to \(name): given \(args.count)", at: location, hint: "usage: \(signature)")
            }
        }
        switch name {
        case "round":
            try arity(1...2)
            var digits = 0
            if args.count == 2 {
                guard case .number(let d) = args[1].scalar, let n = d.exactInt, (-20...20).contains(n) else {
                    throw .runtime("round's digits must be a whole number between -20 and 20", at: location)
                }
                digits = n
            }
            switch args[0].scalar {
            case .number(let x): return .number(x.rounded(places: digits))
            case .measure(let m): return .measure(Measure(m.value.rounded(places: digits), m.unit, per: m.per))
            case let other: throw .runtime("round needs a number or quantity, not \(other.typeName)", at: location)
            }
        case "abs":
            try arity(1...1)
            switch args[0].scalar {
            case .number(let x): return .number(x < 0 ? -x : x)
            case .measure(let m): return .measure(Measure(m.value < 0 ? -m.value : m.value, m.unit, per: m.per))
            case let other: throw .runtime("abs needs a number or quantity, not \(other.typeName)", at: location)
            }
        case "min", "max":
            try arity(1...Int.max)
            let values: [Value]
            if args.count == 1, case .list(let items) = args[0] { values = items } else { values = args }
            return try extreme(values, name == "min" ? .less : .greater, at: location)
        case "sum", "count":
            try arity(1...1)
            guard case .list(let items) = args[0] else { throw .runtime("\(name) needs a list, not \(args[0].typeName)", at: location) }
            return name == "count" ? .number(Decimal(items.count)) : try sum(items, at: location)
        case "growth", "share":
            try arity(2...2)
            if Arithmetic.isNull(args[0].scalar) || Arithmetic.isNull(args[1].scalar) {
                var missing = QueryError.runtime("\(name) of null: the report does not give one of its values", at: location)
                missing.isNullInput = true
                throw missing
            }
            var mismatch = QueryError.runtime("\(name) needs two values of one dimension, not \(args[0].scalar.typeName) and \(args[1].scalar.typeName)", at: location)
            mismatch.isIncomparable = true
            let ratio: Value
            do throws(QueryError) {
                ratio = try Arithmetic.apply(.divide, args[0], args[1], at: location)
            } catch {
                throw error.isIncomparable ? mismatch : error  // division by zero as itself
            }
            guard case .number(let r) = ratio else { throw mismatch }
            return .measure(Measure(name == "growth" ? (r - 1) * 100 : r * 100, .percent))
        case "value":
            try arity(1...1)
            return args[0].scalar
        case "pick":
            try arity(2...2)
            return try pick(args[0], args[1], at: location)
        case "why":
            try arity(1...1)
            return Provenance.record(of: args[0])
        default:
            return nil
        }
    }
}
