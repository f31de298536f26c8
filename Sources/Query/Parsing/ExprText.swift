import FoundationEssentials
import Platform
import Facts

/// An expression written back as the language writes it (`round(economy.tourism.revenue /
/// economy.tourism.arrivals, 1) in đồng/lượt`): the formula a computed value's
/// provenance shows.
enum ExprText {
    static func text(_ expr: Expr) -> String {
        switch expr {
        case .number(let value, _): return value.description
        case .quantity(let value, let unit, _): return value.description + Self.suffix(unit)
        case .range(let lower, let upper, let unit, _): return lower.description + "–" + upper.description + Self.suffix(unit)
        case .string(let text, _): return "\"\(text)\""
        case .bool(let value, _): return value ? "true" : "false"
        case .null: return "null"
        case .name(let path): return path.description
        case .field(let base, let name, _): return "\(operand(base)).\(name)"
        case .negate(let inner, _): return "-" + operand(inner)
        case .not(let inner, _): return "not " + operand(inner)
        case .binary(let op, let left, let right, _): return "\(operand(left)) \(op.rawValue) \(operand(right))"
        case .convert(let inner, let unit, _): return "\(operand(inner)) in \(unit.symbol)"
        case .call(let path, let arguments): return "\(path.description)(" + arguments.map(text).joined(by: ", ") + ")"
        case .list(let items, _): return "[" + items.map(text).joined(by: ", ") + "]"
        case .pipeline(let source, let stages): return text(source) + stages.map { " | " + stage($0) }.joined()
        }
    }

    /// An operand, in parentheses when it is itself an operation.
    /// A literal's unit after its number: `%` and `‰` touching, others after a space.
    private static func suffix(_ unit: MeasureUnit) -> String {
        unit.per == nil && unit.unit.dimension == .percent ? unit.symbol : (unit.symbol.isEmpty ? "" : " " + unit.symbol)
    }

    private static func operand(_ expr: Expr) -> String {
        switch expr {
        case .binary, .convert, .pipeline: return "(" + text(expr) + ")"
        default: return text(expr)
        }
    }

    private static func stage(_ stage: Stage) -> String {
        switch stage {
        case .count: return "count"
        case .sum(let name, _): return "sum" + (name.map { " " + $0 } ?? "")
        case .avg(let name, _): return "avg" + (name.map { " " + $0 } ?? "")
        case .min(let name, _): return "min" + (name.map { " " + $0 } ?? "")
        case .max(let name, _): return "max" + (name.map { " " + $0 } ?? "")
        case .take(let count, _): return "take \(count)"
        case .filter(let condition, _): return "where " + text(condition)
        case .sort(let name, let descending, _): return "sort \(name)" + (descending ? " desc" : "")
        case .select(let columns, _):
            return "select " + columns.map { column in
                let written = text(column.expression)
                return column.name == written ? written : "\(column.name) = \(written)"
            }.joined(by: ", ")
        case .groupBy(let name, _): return "group by \(name)"
        }
    }
}
