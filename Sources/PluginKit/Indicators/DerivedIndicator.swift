import Platform
import Query

/// An indicator computed from others by a query-language formula. A spec read
/// from its TOML parses each formula at once (its errors are the spec's); one
/// read from the spec cache parses a formula when it is first evaluated, since
/// most questions evaluate none.
public struct DerivedIndicator: Sendable {
    public var key: String
    public var label: LocalizedText
    /// The formula as written: `economy.tourism.revenue / economy.tourism.arrivals`.
    public var expression: String
    public var description: String?
    private let parsed: ParsedFormula

    /// The formula, parsed.
    public var formula: Expr { parsed.formula(of: expression) }

    public init(_ key: String, label: LocalizedText, expression: String, formula: Expr, description: String? = nil) {
        self.key = key
        self.label = label
        self.expression = expression
        self.description = description
        parsed = ParsedFormula(formula)
    }

    /// A formula known to parse (it did when the spec cache was written), parsed when first asked for.
    public init(_ key: String, label: LocalizedText, checkedExpression expression: String, description: String? = nil) {
        self.key = key
        self.label = label
        self.expression = expression
        self.description = description
        parsed = ParsedFormula(nil)
    }
}

/// A formula parsed once, on the first thread to ask for it.
private final class ParsedFormula: @unchecked Sendable {
    private let lock = Lock()
    private var parsed: Expr?

    init(_ parsed: Expr?) { self.parsed = parsed }

    func formula(of expression: String) -> Expr {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        guard let formula = try? Parser.parseExpression(expression) else {
            fatalError("the derived formula '\(expression)' parsed when its spec was cached and does not now: a baocao bug")
        }
        parsed = formula
        return formula
    }
}
