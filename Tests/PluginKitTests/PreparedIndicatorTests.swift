import Testing
import Report
import Facts
@testable import PluginKit
import BuiltinPlugins
import TestSupport

/// An import resolves indicators prepared once for all its reports; what it
/// finds must be what a query finds asking for each indicator by itself.
@Suite("Prepared indicators")
struct PreparedIndicatorTests {
    @Test("the indicators prepared that a report speaks of resolve as each asked for by itself, shortfall verdicts too; the rest are nil")
    func sameValues() throws {
        let registry = BuiltinPlugins.registry()
        let prepared = PreparedIndicator.all(in: registry)
        #expect(prepared.count == registry.plugins.reduce(0) { $0 + $1.indicators.count })
        let byItself = IndicatorResolver(registry: registry, store: FactStore(documents: [Reports.embedded]))
        let importing = IndicatorResolver(registry: registry, store: FactStore(documents: [Reports.embedded]), resolvingAll: true)
        // An import keeps the values that say anything: the others are nil.
        let stated = registry.plugins.flatMap { plugin in plugin.indicators.map { byItself.value(of: $0, in: plugin) } }
            .filter(\.saysAnything).map(ResolutionCacheTests.summary)
        let found = prepared.compactMap { importing.valueIfStated($0) }.map(ResolutionCacheTests.summary)
        #expect(found == stated)
        #expect(found.count < prepared.count)
        // The report names targets missed apart from their values: the comparison covers those verdicts.
        #expect(found.contains { !$0.hasSuffix(" -") })
    }

    @Test("a phrase's pattern made once is the pattern made afresh")
    func patternOnce() {
        for text in ["doanh thu du lịch", "du lịch: doanh thu", "tổng thu từ … du lịch", "lượt khách, doanh thu"] {
            #expect(PhrasePattern.of(text) == PhrasePattern(text))
        }
    }
}
