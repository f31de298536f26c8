import Facts

/// What queries read: the facts (a store in memory, or a corpus database),
/// and the catalogue of names the layer above adds (indicators, views, domain functions).
public struct QueryContext: Sendable {
    public let store: any FactSource
    public let catalog: any QueryCatalog

    public init(store: any FactSource, catalog: any QueryCatalog = EmptyCatalog()) {
        self.store = store
        self.catalog = catalog
    }

    /// The sources the language itself offers.
    public static let languageSources = ["facts", "reports", "search"]

    /// Every name a query can start with besides variables, for completion and suggestions.
    public var sources: [String] { Self.languageSources + catalog.sourceNames }
}
