import Testing
import Foundation
import PluginKit
import BuiltinPlugins

@Suite("The plugin registry")
struct PluginRegistryTests {
    @Test("a namespace can be registered once")
    func duplicateNamespace() {
        var registry = BuiltinPlugins.registry()
        #expect(throws: PluginRegistry.RegistrationError.duplicateNamespace("economy")) {
            try registry.register(BuiltinPlugins.all[0])
        }
    }

    @Test("the built-in plugins register with their keys checked, as a manifest plugin would")
    func builtInKeysChecked() throws {
        var registry = PluginRegistry()
        for plugin in BuiltinPlugins.all { try registry.register(plugin) }  // throws on a repeated key
        #expect(registry.plugins.count == BuiltinPlugins.all.count)
        #expect(registry.indicatorPaths == BuiltinPlugins.registry().indicatorPaths)
    }

    @Test("a plugin with a repeated indicator key is refused")
    func duplicateKey() {
        struct Twice: DomainPlugin {
            let namespace = "twice"
            let title = LocalizedText(vi: "Hai lần", en: "Twice")
            let summary = "A key defined twice."
            var indicators: [Indicator] {
                [Indicator("a", vi: "A", en: "A", unit: "ha", actual: FindingRule(["a"], unit: .area)),
                 Indicator("a", vi: "A", en: "A", unit: "ha", actual: FindingRule(["b"], unit: .area))]
            }
        }
        var registry = PluginRegistry()
        #expect(throws: PluginRegistry.RegistrationError.duplicateIndicator("twice.a")) { try registry.register(Twice()) }
    }

    @Test("indicator paths are namespaced")
    func paths() {
        let paths = BuiltinPlugins.registry().indicatorPaths
        #expect(paths.contains("economy.tourism.revenue"))
        #expect(paths.contains("economy.tourism.revenue_per_arrival"))
        let namespaces = Set(BuiltinPlugins.all.map(\.namespace))
        #expect(paths.allSatisfy { namespaces.contains(String($0.split(separator: ".")[0])) })
        #expect(namespaces == ["economy", "land", "education", "security", "health", "social", "culture", "administration"])
    }

    @Test("every folder under Plugins/ is registered in BuiltinPlugins")
    func everyPluginFolderRegistered() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)
            .filter { !$0.hasPrefix(".") }
        let namespaces = Set(BuiltinPlugins.all.map(\.namespace))
        for folder in folders {
            #expect(namespaces.contains(folder.lowercased()), "Plugins/\(folder) is not in BuiltinPlugins.all")
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
