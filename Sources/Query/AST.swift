import FoundationEssentials
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
    case quantity(Decimal, QuantityUnit, QueryLocation)
    case string(String, QueryLocation)
    case bool(Bool, QueryLocation)
    case null(QueryLocation)
    /// A dotted name: a variable, a source (`facts`), or an indicator path with fields.
    case path([String], QueryLocation)
    /// `(expr).field`
    case field(Expr, String, QueryLocation)
    case negate(Expr, QueryLocation)
    case not(Expr, QueryLocation)
    case binary(BinaryOperator, Expr, Expr, QueryLocation)
    /// `expr in tỷ đồng`
    case convert(Expr, QuantityUnit, QueryLocation)
    case call(String, [Expr], QueryLocation)
    case list([Expr], QueryLocation)
    case pipeline(Expr, [Stage])

    public var location: QueryLocation {
        switch self {
        case .number(_, let l), .quantity(_, _, let l), .string(_, let l), .bool(_, let l), .null(let l),
             .path(_, let l), .field(_, _, let l), .negate(_, let l), .not(_, let l), .binary(_, _, _, let l),
             .convert(_, _, let l), .call(_, _, let l), .list(_, let l):
            return l
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
    case select([String], QueryLocation)
    case groupBy(String, QueryLocation)

    /// The pipeline verbs, for help and completion.
    public static let verbs = ["where", "sort", "take", "select", "count", "sum", "avg", "min", "max", "group"]
}

/// A statement: a binding, a function definition, or an expression to print.
public enum Statement: Sendable {
    case `let`(String, Expr, QueryLocation)
    case def(String, [String], Expr, QueryLocation)
    case expression(Expr)
}
