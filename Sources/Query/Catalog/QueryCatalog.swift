import Platform
import Facts

/// What a query can name beyond the language itself — indicators, derived
/// indicators, views such as `scorecard`, functions of a domain — as the
/// layer above defines it. The language resolves names through this protocol
/// and knows nothing of plugins; the shell hands the plugin layer's catalogue in.
public protocol QueryCatalog: AnyObject, Sendable {
    /// The names of the lists a query can start from besides `facts`:
    /// `indicators`, `targets`, `scorecard` …
    var sourceNames: [String] { get }
    /// The list named `name`, or nil if there is none.
    func source(named name: String) -> Value?
    /// The entry a path starts with, and how many of the path's parts name
    /// it (the rest are fields); nil if the path names nothing here.
    func lookup(_ path: NamePath) -> (entry: CatalogEntry, length: Int)?
    /// The function a path names (`land.clearance_share`), if any.
    func function(_ path: NamePath) -> QueryFunction?
    /// Whether `name` is a namespace: an unknown path under it is an unknown indicator.
    func isNamespace(_ name: String) -> Bool
    /// Every name the catalogue knows (namespaces, paths, functions), for suggestions.
    var knownNames: [String] { get }
    /// What each of ``sourceNames`` is, for `.help`.
    var sourceEntries: [LanguageReference.Entry] { get }
}

extension QueryCatalog {
    public var sourceEntries: [LanguageReference.Entry] { [] }
}

/// What a path of the catalogue names.
public enum CatalogEntry: Sendable {
    /// A value, such as an indicator.
    case value(Value)
    /// A formula to evaluate in the query's session, such as a derived indicator.
    case formula(QueryFormula)
}

/// The catalogue of a language with no plugins: `facts` and the built-ins only.
public final class EmptyCatalog: QueryCatalog {
    public init() {}
    public var sourceNames: [String] { [] }
    public func source(named name: String) -> Value? { nil }
    public func lookup(_ path: NamePath) -> (entry: CatalogEntry, length: Int)? { nil }
    public func function(_ path: NamePath) -> QueryFunction? { nil }
    public func isNamespace(_ name: String) -> Bool { false }
    public var knownNames: [String] { [] }
}
