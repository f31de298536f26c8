import Platform
import Query

/// A function a domain adds under its namespace (`land.clearance_share()`):
/// a query-language expression over its parameters and the domain's
/// indicators, parsed once when the spec is read, or Swift code of a built-in
/// domain. Either way it runs as a ``QueryFunction``.
public struct PluginFunction: Sendable {
    /// The name without the namespace: `clearance_share`.
    public var name: String
    /// What the language calls: named `namespace.name`, its body parsed.
    public var function: QueryFunction
    /// The body as written, for `.help`; nil for a function written in Swift.
    public var expression: String?
    public var summary: String
    /// A call, for `.help` and the docs: `land.clearance_share(10 ha)`.
    public var example: String

    public init(name: String, function: QueryFunction, expression: String?, summary: String, example: String) {
        self.name = name
        self.function = function
        self.expression = expression
        self.summary = summary
        self.example = example
    }

    /// `clearance_share(handed, needed)`.
    public var signature: String { "\(name)(\(function.parameters.joined(by: ", ")))" }
}
