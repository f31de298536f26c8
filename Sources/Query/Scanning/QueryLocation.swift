
/// A place in query text: 1-based line and column (columns count characters,
/// so a caret lines up under Vietnamese text).
public struct QueryLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
