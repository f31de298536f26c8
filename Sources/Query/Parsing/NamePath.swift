import Platform
import Facts

/// A dotted name as the parser read it — `economy.tourism.revenue.target`,
/// `facts`, `x.value` — kept as its parts, once, from the lexer to whoever
/// resolves it: a variable, a source, an indicator of the catalogue, then fields.
public struct NamePath: Hashable, Sendable, CustomStringConvertible {
    /// The parts between the dots: `["economy", "tourism", "revenue", "target"]`.
    public let parts: [String]
    /// Where the name starts in the query.
    public let location: QueryLocation

    public init(_ parts: [String], at location: QueryLocation) {
        precondition(!parts.isEmpty, "a name has at least one part")
        self.parts = parts
        self.location = location
    }

    /// A path from its written form, `economy.tourism.revenue`.
    public init(_ written: String, at location: QueryLocation = QueryLocation(line: 1, column: 1)) {
        self.init(written.split(separator: ".", omittingEmptySubsequences: false).map(String.init), at: location)
    }

    /// Where part `index` starts: the parts stand one after another, a dot between.
    public func location(ofPart index: Int) -> QueryLocation {
        let before = parts.prefix(index).reduce(0) { $0 + $1.unicodeScalars.count + 1 }
        return QueryLocation(line: location.line, column: location.column + before)
    }

    /// The first part: a variable, a source or a namespace.
    public var head: String { parts[0] }

    /// The parts joined with dots, as written.
    public var description: String { parts.joined(by: ".") }

    /// The name of the first `count` parts, `economy.tourism` of `economy.tourism.revenue`.
    public func prefix(_ count: Int) -> String { parts.prefix(count).joined(by: ".") }

    /// Whether the path has one part more than `other` and starts with it.
    public func extends(_ other: NamePath) -> Bool {
        parts.count == other.parts.count + 1 && parts.starts(with: other.parts)
    }

    /// The same path with `name` appended: `x.value` from `x`.
    public func appending(_ name: String) -> NamePath { NamePath(parts + [name], at: location) }
}
