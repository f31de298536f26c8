import Facts
import Platform

/// The words of the loaded reports, for completing inside `search "…"`:
/// matched without accents (`giai` offers `giải`; `phong` both `phòng` and `phóng`).
final class ReportWords: @unchecked Sendable {
    /// Folded word → its spellings in the reports (lower case).
    private let spellings: [String: [String]]

    /// A corpus is sampled: reading every fact of a thousand reports for Tab is not worth it.
    static let sampledFacts = 20_000

    init(store: any FactSource) {
        var counts: [String: [String: Int]] = [:]
        var sentences = Set<String>()
        let facts = store is FactStore ? store.facts : (0..<min(store.count, Self.sampledFacts)).compactMap(store.fact(id:))
        for fact in facts where sentences.insert(fact.sentence).inserted {
            for word in fact.sentence.split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
                let spelling = word.lowercased()
                counts[TextFolding.fold(spelling), default: [:]][spelling, default: 0] += 1
            }
        }
        spellings = counts.mapValues { Array($0.keys) }
    }

    /// The words whose folded form starts with `prefix` folded, every spelling.
    func matching(_ prefix: String) -> [String] {
        let folded = TextFolding.fold(prefix)
        guard !folded.isEmpty else { return [] }
        return spellings.filter { $0.key.hasPrefix(folded) }.flatMap(\.value).sorted()
    }
}
