
/// An error in a query: what went wrong, where, and what may have been meant.
/// Syntax errors and runtime errors are told apart because the shell exits
/// with different codes for each (3 and 1).
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Phase: Sendable, Equatable {
        /// The text does not parse.
        case syntax
        /// It parses but cannot be evaluated (unknown name, unit mismatch, division by zero …).
        case runtime
    }

    public var phase: Phase
    public var message: String
    public var location: QueryLocation?
    /// "did you mean …?" and other help.
    public var hint: String?
    /// Whether it compared or combined quantities that cannot be: inside
    /// `where` such a row is left out, not the query stopped.
    public var isIncomparable = false
    /// Whether it computed with a null (a value the report does not give):
    /// inside `where` the row is left out, inside `select` its cell is null.
    public var isNullInput = false
    /// Whether it is a failure of one row's values, not of the query.
    public var isOfRow: Bool { isIncomparable || isNullInput }

    public init(_ phase: Phase, _ message: String, at location: QueryLocation? = nil, hint: String? = nil) {
        self.phase = phase
        self.message = message
        self.location = location
        self.hint = hint
    }

    public static func syntax(_ message: String, at location: QueryLocation?, hint: String? = nil) -> QueryError {
        QueryError(.syntax, message, at: location, hint: hint)
    }

    public static func runtime(_ message: String, at location: QueryLocation? = nil, hint: String? = nil) -> QueryError {
        QueryError(.runtime, message, at: location, hint: hint)
    }

    /// `unknown indicator 'x' — did you mean 'y'?`
    public var description: String {
        hint.map { "\(message) — \($0)" } ?? message
    }
}
