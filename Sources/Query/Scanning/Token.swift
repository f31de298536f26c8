import FoundationEssentials
import Platform
import Facts

/// A lexical token of the query language, with where it starts.
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case number(Decimal)
        case string(String)
        case identifier(String)
        case keyword(Keyword)
        case symbol(String)  // + - * / ( ) [ ] { } , . | = == != < <= > >= ~ % ‰
        case newline
        case end
    }

    public var kind: Kind
    public var location: QueryLocation
    /// The token as written, for error messages.
    public var lexeme: String
}

/// Words the language reserves.
public enum Keyword: String, CaseIterable, Sendable {
    case `let`, def, and, or, not, `in`, `true`, `false`, null, asc, desc, by
}
