import Platform
import Report

/// Facts held outside the store's memory — a cache file, a database — and read
/// when asked for: a one-shot query needs a handful of a report's facts. The
/// store reads them through this protocol, and knows nothing of files.
public protocol FactStorage: AnyObject, Sendable {
    /// How many facts it holds; a fact's id is its index.
    var count: Int { get }
    /// Fact `id`, read whole.
    func fact(_ id: Int) -> Fact
    /// Every fact, in id order.
    func allFacts() -> [Fact]
    /// The numbers that are not quantities, typed.
    func allReferences() -> [NumericReference]
    /// Each fact's sentence folded for search; the facts of one sentence share one.
    var foldedSentences: [FoldedText] { get }
    /// Fact `id`'s sentence folded, read alone (a one-shot answer needs one).
    func foldedSentence(of id: Int) -> FoldedText
    /// Whether fact `id` stands in the sentence of the fact before it.
    func sharesSentenceWithPrevious(_ id: Int) -> Bool
    /// A fact's sentence, report and section path, without reading the rest of it.
    func sentence(of id: Int) -> String
    func reportName(of id: Int) -> String
    func sectionPath(of id: Int) -> String
    /// The part of the report a fact is in.
    func part(of id: Int) -> ReportPart
}
