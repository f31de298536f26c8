import Testing
import Foundation
import Platform
@testable import PluginKit
import BuiltinPlugins

/// A spec kept on disk must read back as the spec itself, and a damaged
/// file must be refused, never trusted or crashed on.
@Suite("The plugin spec cache")
struct PluginSpecCacheTests {
    @Test("every built-in spec reads back from its encoding as it was read", arguments: BuiltinPlugins.domains.map(\.namespace))
    func roundTrip(_ namespace: String) throws {
        let domain = try #require(BuiltinPlugins.domains.first { $0.namespace == namespace })
        let plugin = try BuiltinPlugins.read(domain)
        let decoded = try PluginSpecCache.decode(PluginSpecCache.encode(plugin))
        #expect(decoded.namespace == plugin.namespace && decoded.title == plugin.title && decoded.summary == plugin.summary)
        #expect(decoded.indicators.map(\.actual) == plugin.indicators.map(\.actual))
        #expect(decoded.indicators.map(\.target) == plugin.indicators.map(\.target))
        #expect(decoded.indicators.map(\.examples) == plugin.indicators.map(\.examples))
        #expect(decoded.indicators.map(\.shortfallPhrases) == plugin.indicators.map(\.shortfallPhrases))
        // Every flag of an indicator, each a byte of the encoding.
        let flags = { (indicator: Indicator) in
            [indicator.lowerIsBetter, indicator.hasStatus, indicator.takesChangeAlone, indicator.takesShareAlone, indicator.slashIsQuota]
        }
        #expect(decoded.indicators.map(flags) == plugin.indicators.map(flags))
        #expect(decoded.derived.map(\.expression) == plugin.derived.map(\.expression))
        // A cached spec's formulas are parsed when first asked for, and parse as the spec's did.
        #expect(decoded.derived.map { String(describing: $0.formula) } == plugin.derived.map { String(describing: $0.formula) })
        // Functions written in Swift are the domain's to add again; the spec's own come back.
        #expect(decoded.functions.map(\.signature) == plugin.functions.filter { $0.expression != nil }.map(\.signature))
        #expect(IndicatorDocumentation.markdown(for: [decoded]) == IndicatorDocumentation.markdown(for: [plugin.withoutSwiftFunctions]))
    }

    @Test("a truncated or altered file is refused, at every length")
    func damaged() throws {
        let plugin = try BuiltinPlugins.read(BuiltinPlugins.domains[0])
        let data = PluginSpecCache.encode(plugin)
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 300)) {
            #expect(throws: (any Error).self) { try PluginSpecCache.decode(data.prefix(length)) }
        }
        for offset in stride(from: 0, to: data.count, by: max(1, data.count / 50)) {
            var altered = data
            altered[offset] ^= 0x20
            #expect(throws: (any Error).self) { try PluginSpecCache.decode(altered) }
        }
    }

    @Test("a spec is read once, then taken from the cache; a changed spec is read again")
    func cached() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-spec-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spec = folder + "/mine.toml"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = """
        namespace = "mine"
        baocao = "0.2"
        title_vi = "Của tôi"

        [[indicators]]
        key = "count"
        label_vi = "Số đếm"
        names = ["số đếm"]

        [indicators.actual]
        unit = "count"
        """
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        var reads = 0
        func load() throws -> DomainPlugin {
            try PluginSpecCache.plugin(specAt: spec, vocabularyAt: nil, folder: folder + "/cache") { () throws(PluginSpecError) -> DomainPlugin in
                reads += 1
                return try PluginSpecReader.read(path: spec)
            }
        }
        #expect(try load().namespace == "mine")
        #expect(try load().indicators.first?.key == "count")
        #expect(reads == 1)
        try text.replacing("Số đếm", with: "Số lượng").write(toFile: spec, atomically: true, encoding: .utf8)
        #expect(try load().indicators.first?.label.vi == "Số lượng")
        #expect(reads == 2)
    }
}

extension DomainPlugin {
    /// The plugin as its spec alone gives it.
    var withoutSwiftFunctions: DomainPlugin {
        var copy = self
        copy.functions = functions.filter { $0.expression != nil }
        return copy
    }
}
