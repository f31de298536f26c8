import FoundationEssentials
import Platform
import Facts

/// A binary operator of the language.
public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case matches = "~", and, or
}

/// An expression, each node knowing where it starts for error messages.
public indirect enum Expr: Sendable {
    case number(Decimal, QueryLocation)
    /// `1 tỷ đồng`, `5 %`.
    case quantity(Decimal, MeasureUnit, QueryLocation)
    /// `1.200–1.400 người`, `8–9%`: a range as baocao prints one (an en dash between numbers).
    case range(Decimal, Decimal, MeasureUnit, QueryLocation)
    case string(String, QueryLocation)
    case bool(Bool, QueryLocation)
    case null(QueryLocation)
    /// A dotted name: a variable, a source (`facts`), or an indicator path with fields.
    case name(NamePath)
    /// `(expr).field`
    case field(Expr, String, QueryLocation)
    case negate(Expr, QueryLocation)
    case not(Expr, QueryLocation)
    case binary(BinaryOperator, Expr, Expr, QueryLocation)
    /// `expr in tỷ đồng`, `expr in đồng/lượt`, `ratio in %`
    case convert(Expr, MeasureUnit, QueryLocation)
    /// `round(x, 1)`, `land.clearance_share(10 ha)`: the function's name and the arguments.
    case call(NamePath, [Expr])
    case list([Expr], QueryLocation)
    case pipeline(Expr, [Stage])

    public var location: QueryLocation {
        switch self {
        case .number(_, let l), .quantity(_, _, let l), .range(_, _, _, let l), .string(_, let l), .bool(_, let l), .null(let l),
             .field(_, _, let l), .negate(_, let l), .not(_, let l), .binary(_, _, _, let l),
             .convert(_, _, let l), .list(_, let l):
            return l
        case .name(let path), .call(let path, _):
            return path.location
        case .pipeline(let source, _):
            return source.location
        }
    }
}

/// A step of a pipeline: `| where …`, `| sort value desc`, `| take 5`, `| count`.
public enum Stage: Sendable {
    case count(QueryLocation)
    case sum(String?, QueryLocation)
    case avg(String?, QueryLocation)
    case min(String?, QueryLocation)
    case max(String?, QueryLocation)
    case take(Int, QueryLocation)
    case filter(Expr, QueryLocation)
    case sort(String, descending: Bool, QueryLocation)
    /// `select path, change = growth(actual, previous)`: named columns, each an expression over the item.
    case select([SelectColumn], QueryLocation)
    case groupBy(String, QueryLocation)

    /// The pipeline verbs, for help and completion.
    public static let verbs = ["where", "sort", "take", "select", "count", "sum", "avg", "min", "max", "group"]

    /// What other query languages call a verb that is not also ours (jq's `first` and `length`, pandas'
    /// `head` and `mean`), for the hint of an unknown one. (`limit`, `filter` and `order` are ours too.)
    static let otherLanguagesVerbs = ["head": "take", "first": "take", "top": "take", "average": "avg", "mean": "avg",
                                      "length": "count"]
}

/// A statement: a binding, a function definition, or an expression to print.
public enum Statement: Sendable {
    case `let`(String, Expr, QueryLocation)
    case def(String, [String], Expr, QueryLocation)
    case expression(Expr)
}

extension Expr {
    /// Every name the expression reads, in the order written: the inputs a
    /// formula shows with its result.
    public var names: [NamePath] {
        switch self {
        case .number, .quantity, .range, .string, .bool, .null: return []
        case .name(let path): return [path]
        case .field(let base, _, _), .negate(let base, _), .not(let base, _), .convert(let base, _, _): return base.names
        case .binary(_, let left, let right, _): return left.names + right.names
        case .call(_, let arguments), .list(let arguments, _): return arguments.flatMap(\.names)
        case .pipeline(let source, _): return source.names
        }
    }
}

/// A column of `select`: its name (given with `name =`, else the expression as written) and what it computes from the item.
public struct SelectColumn: Sendable {
    public var name: String
    public var expression: Expr

    public init(name: String, expression: Expr) {
        self.name = name
        self.expression = expression
    }
}
