/// A function a plugin adds under its namespace (`land.clearance_share()`),
/// written as a query-language expression over its parameters and the
/// plugin's indicators, so Swift and manifest plugins define them alike.
public struct PluginFunction: Sendable {
    public var name: String
    public var parameters: [String]
    /// The body, in the query language.
    public var expression: String
    public var summary: String
    /// A call and its result, for `.help`: `land.clearance_share()  # => 36,2%`.
    public var example: String

    public init(_ name: String, parameters: [String] = [], expression: String, summary: String, example: String) {
        self.name = name
        self.parameters = parameters
        self.expression = expression
        self.summary = summary
        self.example = example
    }

    /// `clearance_share(handed, needed)`.
    public var signature: String { "\(name)(\(parameters.joined(by: ", ")))" }
}
