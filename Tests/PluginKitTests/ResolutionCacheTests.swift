import Testing
import Foundation
import Report
import Facts
@testable import PluginKit
import BuiltinPlugins
import TestSupport

/// Indicators kept on disk by one run must come back in the next exactly as
/// the rules resolve them, and a damaged file must be ignored.
@Suite("The resolution cache")
struct ResolutionCacheTests {
    /// The embedded report's store, keyed as the fact cache keys it, and the built-in plugins keyed by their spec cache.
    static func setUp(folder: String) -> (store: FactStore, registry: PluginRegistry) {
        let store = FactStore(documents: [Reports.embedded])
        store.contentKey = "report-under-test"
        return (store, BuiltinPlugins.registry(specCache: folder))
    }

    /// What a value shows, as the shell would use it.
    static func summary(_ value: IndicatorValue) -> String {
        "\(value.path) \(value.actual?.id ?? -1) \(value.target?.id ?? -1) \(value.change?.id ?? -1) \(value.status) \(value.shortfallSentence ?? "-")"
    }

    static func allValues(_ resolver: IndicatorResolver) -> [String] {
        resolver.registry.plugins.flatMap { plugin in plugin.indicators.map { summary(resolver.value(of: $0, in: plugin)) } }
    }

    @Test("every indicator recalled from the cache is the one the rules resolved, and a damaged file is resolved afresh")
    func recalled() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (store, registry) = Self.setUp(folder: folder)
        let uncached = Self.allValues(IndicatorResolver(registry: registry, store: store))

        let first = IndicatorResolver(registry: registry, store: store, cacheFolder: folder)
        #expect(Self.allValues(first) == uncached)
        first.saveResolutions()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".resolved") }
        #expect(files.count == registry.plugins.count)

        // A second run recalls the same answers.
        let (again, _) = Self.setUp(folder: folder)
        #expect(Self.allValues(IndicatorResolver(registry: registry, store: again, cacheFolder: folder)) == uncached)

        // And they do come from the file: an entry changed there is what the next run answers.
        let economy = try #require(registry.plugin(named: "economy"))
        let revenue = try #require(economy.indicator(key: "tourism.revenue"))
        let file = ResolutionCache.fileName(store: "report-under-test", spec: try #require(economy.specKey))
        let changed = ResolutionCache(folder: folder)
        changed.keep(ResolutionCache.Entry(actual: 0), for: revenue.key, in: file)
        changed.save()
        let (third, _) = Self.setUp(folder: folder)
        #expect(IndicatorResolver(registry: registry, store: third, cacheFolder: folder).value(of: revenue, in: economy).actual?.id == 0)

        // A damaged file is ignored, and resolved afresh.
        for name in files {
            var data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            data[data.count / 2] ^= 0x41
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let (damaged, _) = Self.setUp(folder: folder)
        #expect(Self.allValues(IndicatorResolver(registry: registry, store: damaged, cacheFolder: folder)) == uncached)
    }

    @Test("a change said elsewhere, taken without its sentence's verdict (another's), is recalled without it")
    func changeWithoutVerdict() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "Thu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3% - không đạt.\n\nCuối năm tỷ lệ hộ nghèo còn 3,4%.\n"
        func store() -> FactStore {
            let store = FactStore(documents: [ReportReader.read(text: text, name: "r")])
            store.contentKey = "verdict-elsewhere"
            return store
        }
        let registry = BuiltinPlugins.registry(specCache: folder)
        let social = try #require(registry.plugin(named: "social"))
        let rate = try #require(social.indicator(key: "poor_rate"))
        let first = IndicatorResolver(registry: registry, store: store(), cacheFolder: folder)
        let fresh = first.value(of: rate, in: social)
        #expect(fresh.change?.formattedValue() == "-1,3%" && fresh.status == .unknown)
        first.saveResolutions()
        let recalled = IndicatorResolver(registry: registry, store: store(), cacheFolder: folder).value(of: rate, in: social)
        #expect(recalled.change?.id == fresh.change?.id)
        #expect(recalled.status == fresh.status)
    }

    @Test("a file's entries are what was kept, and a store of another key or without one keeps nothing")
    func entries() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = ResolutionCache(folder: folder)
        let entry = ResolutionCache.Entry(actual: 3, target: nil, change: 0, changeWithoutVerdict: true, shortfall: "02 chỉ tiêu không đạt")
        cache.keep(entry, for: "tourism.revenue", in: "a+b.resolved")
        cache.save()
        #expect(ResolutionCache(folder: folder).entry("tourism.revenue", in: "a+b.resolved") == entry)
        #expect(ResolutionCache(folder: folder).entry("tourism.revenue", in: "a+c.resolved") == nil)

        let unkeyed = FactStore(documents: [Reports.embedded])
        let resolver = IndicatorResolver(registry: BuiltinPlugins.registry(specCache: folder), store: unkeyed, cacheFolder: folder)
        _ = Self.allValues(resolver)
        resolver.saveResolutions()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".resolved") } == ["a+b.resolved"])
    }

    @Test("a file's report is the start of its name up to the store key's checksum", arguments: [
        ("second-report-1f2e+economy-3a4b.resolved", "second-report-"),
        ("a+b-c+land-9d.resolved", "a+b-"),
        ("a+b.resolved", "a+"),
    ])
    func reportPrefix(file: String, prefix: String) {
        #expect(ResolutionCache.reportPrefix(of: file) == prefix)
    }

    @Test("writing a report's file removes that report's stale files only")
    func staleRemoved() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = Date(timeIntervalSinceNow: -8 * 24 * 3600)
        for (name, date) in [("second-report-0a1b+economy-1.resolved", old), ("second-report-2c3d+economy-1.resolved", Date()),
                             ("other-report-0a1b+economy-1.resolved", old), ("second-report-0a1b.facts", old)] {
            let path = folder + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: Data("stale".utf8))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
        let cache = ResolutionCache(folder: folder)
        cache.keep(ResolutionCache.Entry(actual: 1), for: "tourism.revenue", in: "second-report-4e5f+economy-2.resolved")
        cache.save()
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(files == ["second-report-4e5f+economy-2.resolved", "second-report-2c3d+economy-1.resolved",
                          "other-report-0a1b+economy-1.resolved", "second-report-0a1b.facts"])
    }
}
