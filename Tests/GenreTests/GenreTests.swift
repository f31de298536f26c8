import Testing
import Foundation
import Report
import PluginKit
import BuiltinPlugins
import TestSupport

/// baocao reads the genre, not one report: over a corpus of invented reports
/// of different places, periods, heading styles, word orders and verbs, it
/// finds the indicators a careful reader finds, with no wrong value.
@Suite("Reading the genre: the corpus of invented reports")
struct GenreTests {
    static let registry = BuiltinPlugins.registry()
    static let domains = BuiltinPlugins.domains.map(\.namespace)
    static let score = CorpusScore(CorpusReport.all, registry: registry)

    @Test("the corpus has at least eight reports, each with answers")
    func corpusSize() {
        #expect(CorpusReport.all.count >= 8)
        #expect(CorpusReport.all.allSatisfy { $0.answers.count >= 20 })
    }

    @Test("recall is at least 90% in every domain, with no wrong value and nothing found that is not there")
    func recall() {
        print(Self.score.report(domains: Self.domains))
        for domain in Self.domains {
            let (right, total) = Self.score.recall(of: domain)
            #expect(total == 0 || right * 10 >= total * 9, "\(domain): \(right)/\(total)")
        }
        #expect(Self.score.wrong.isEmpty, "wrong values: \(Self.score.wrong)")
        #expect(Self.score.spurious.isEmpty, "values the reports do not give: \(Self.score.spurious)")
    }

    @Test("every indicator of economy, land, education and security is read right in at least two reports")
    func breadth() {
        for plugin in Self.registry.plugins where ["economy", "land", "education", "security"].contains(plugin.namespace) {
            for indicator in plugin.indicators {
                let path = "\(plugin.namespace).\(indicator.key)"
                #expect((Self.score.right[path]?.count ?? 0) >= 2, "\(path) is read right in \(Self.score.right[path] ?? [])")
            }
        }
    }

    @Test("each report's header: place, period and year", arguments: CorpusReport.all.map(\.name))
    func header(_ name: String) throws {
        let report = try #require(CorpusReport.all.first { $0.name == name })
        let header = report.document.header
        if let place = report.header["place"] { #expect(header.place == place) }
        if let period = report.header["period"] { #expect(header.period.name == period) }
        if let year = report.header["year"] { #expect(header.year == Int(year)) }
    }
}
