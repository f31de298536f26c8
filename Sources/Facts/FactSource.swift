
/// What the language reads facts from: the store of reports loaded in
/// memory, or a corpus database that reads them when asked. Both answer the
/// same few questions; neither is asked for more than a query needs.
public protocol FactSource: AnyObject, Sendable {
    /// The reports, in load order, with what their headers say.
    var reports: [LoadedReport] { get }
    /// How many facts there are.
    var count: Int { get }
    /// Every fact, in id order (a corpus reads them all: ask only when needed).
    var facts: [Fact] { get }
    /// The fact with id `id`, if there is one.
    func fact(id: Int) -> Fact?
    /// The facts whose sentence holds `text`, ignoring case, accents and i/y spellings.
    func search(_ text: String) -> [Fact]
    /// How many facts `search(text)` finds, without making them: `search "…" | count`.
    func searchCount(_ text: String) -> Int
}

extension FactSource {
    /// Counts what the search finds; a source that can count without making the facts says so itself.
    public func searchCount(_ text: String) -> Int { search(text).count }
}

extension FactStore: FactSource {}
