import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import Foundation

@Suite("The plugin registry")
struct PluginRegistryTests {
    @Test("a namespace can be registered once")
    func duplicateNamespace() {
        var registry = BuiltinPlugins.registry()
        #expect(throws: PluginRegistry.RegistrationError.duplicateNamespace("economy")) {
            try registry.register(BuiltinPlugins.all[0])
        }
    }

    @Test("the built-in plugins register by namespace and read their spec when first used")
    func lazySpecs() throws {
        let registry = BuiltinPlugins.registry()
        #expect(registry.namespaces == BuiltinPlugins.domains.map(\.namespace))
        #expect(registry.loadErrors.isEmpty)
        for domain in BuiltinPlugins.domains {
            #expect(registry.plugin(named: domain.namespace)?.namespace == domain.namespace, "\(domain.folder)/\(domain.specFile) names another namespace")
        }
    }

    @Test("a spec with a repeated indicator key is refused at its line")
    func duplicateKey() {
        let spec = """
        namespace = "twice"
        baocao = "0.2"
        title_vi = "Hai lần"

        [[indicators]]
        key = "a"
        label_vi = "A"
        [indicators.actual]
        phrases = ["a"]
        unit = "area"

        [[indicators]]
        key = "a"
        label_vi = "A"
        [indicators.actual]
        phrases = ["b"]
        unit = "area"
        """
        #expect(throws: PluginSpecError(file: "twice.toml", line: 13, "indicator 'twice.a' is defined twice")) {
            try PluginSpecReader.read(spec, path: "twice.toml")
        }
    }

    @Test("a spec that cannot be read leaves its plugin empty, with the error")
    func brokenSpec() {
        var registry = PluginRegistry()
        try? registry.register(namespace: "broken", origin: "test") { () throws(PluginSpecError) -> DomainPlugin in
            throw PluginSpecError(file: "broken.toml", line: 3, "bad TOML")
        }
        #expect(registry.plugin(named: "broken")?.indicators.isEmpty == true)
        #expect(registry.loadErrors == [PluginSpecError(file: "broken.toml", line: 3, "bad TOML")])
    }

    @Test("indicator paths are namespaced")
    func paths() {
        let paths = BuiltinPlugins.registry().indicatorPaths
        #expect(paths.contains("economy.tourism.revenue"))
        #expect(paths.contains("economy.tourism.revenue_per_arrival"))
        let namespaces = Set(BuiltinPlugins.all.map(\.namespace))
        #expect(paths.allSatisfy { namespaces.contains(String($0.split(separator: ".")[0])) })
        #expect(namespaces == ["economy", "land", "education", "security", "health", "social", "culture", "administration", "overview"])
    }

    @Test("every folder under Plugins/ is registered in BuiltinPlugins")
    func everyPluginFolderRegistered() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)
            .filter { !$0.hasPrefix(".") }
            .filter { FileStatus.isDirectory(root.appendingPathComponent("Plugins/\($0)").path) }
        let listed = Set(BuiltinPlugins.domains.map(\.folder))
        for folder in folders {
            #expect(listed.contains(folder), "Plugins/\(folder) is not in BuiltinPlugins.domains")
        }
    }

    @Test("the economy plugin has at least 15 indicators")
    func size() {
        #expect(BuiltinPlugins.all.first { $0.namespace == "economy" }!.indicators.count >= 15)
    }

    @Test("a misspelt path gets a suggestion")
    func suggestion() {
        #expect(NameSuggester.nearest(to: "economy.turism.revenue", in: BuiltinPlugins.registry().indicatorPaths) == "economy.tourism.revenue")
        #expect(NameSuggester.nearest(to: "zzzz", in: ["economy"]) == nil)
    }
}
