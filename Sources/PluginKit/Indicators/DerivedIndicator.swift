import Query

/// An indicator computed from others by a query-language formula, parsed once
/// when the spec is read.
public struct DerivedIndicator: Sendable {
    public var key: String
    public var label: LocalizedText
    /// The formula as written: `economy.tourism.revenue / economy.tourism.arrivals`.
    public var expression: String
    /// The formula, parsed.
    public var formula: Expr
    public var description: String?

    public init(_ key: String, label: LocalizedText, expression: String, formula: Expr, description: String? = nil) {
        self.key = key
        self.label = label
        self.expression = expression
        self.formula = formula
        self.description = description
    }
}
