import Platform

/// A function a query can call: one defined with `def`, one a domain adds
/// (`land.clearance_share`), written in the language or in Swift. A body in
/// the language is parsed once, where the function is defined, and every kind
/// runs through the same runner (``QuerySession/invoke(_:with:at:)``).
public struct QueryFunction: Sendable {
    /// What a call runs.
    public enum Body: Sendable {
        /// An expression over the parameters, evaluated with them bound.
        case expression(Expr)
        /// Swift code of a domain, given the call: its arguments' values, and
        /// the session to read other names through.
        case native(@Sendable (QueryCall) throws(QueryError) -> Value)
    }

    /// The name it is called by: `growth_to`, `land.clearance_share`.
    public var name: String
    public var parameters: [String]
    public var body: Body

    public init(name: String, parameters: [String], body: Body) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }

    /// `clearance_share(handed, needed)`.
    public var signature: String { "\(name)(\(parameters.joined(by: ", ")))" }
}

/// A value of the catalogue defined by a formula in the language (a derived
/// indicator): evaluated when asked for, and shown with its formula and inputs.
public struct QueryFormula: Sendable {
    /// The name it is known by: `economy.tourism.revenue_per_arrival`.
    public var name: String
    /// The formula as written, for `.why`.
    public var text: String
    /// The formula, parsed once where it is defined.
    public var body: Expr

    public init(name: String, text: String, body: Expr) {
        self.name = name
        self.text = text
        self.body = body
    }
}

/// A call of a function written in Swift: what it was given, and a way to
/// read the names it needs as a query would.
public struct QueryCall {
    /// The arguments' values, in order.
    public let arguments: [Value]
    /// Where the call is written, for errors.
    public let location: QueryLocation
    /// Reads a name in the calling session.
    let resolve: (NamePath) throws(QueryError) -> Value

    /// The value of `name` (`land.clearance.actual_area`), as the query `name` would give it.
    public func value(of name: String) throws(QueryError) -> Value {
        try resolve(NamePath(name, at: location))
    }
}
