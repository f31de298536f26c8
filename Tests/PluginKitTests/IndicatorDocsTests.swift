import Testing
import Platform
import Report
import Facts
import FactReading
import Query
@testable import PluginKit
import BuiltinPlugins
import Foundation

@Suite("docs/INDICATORS.md")
struct IndicatorDocsTests {
    @Test("is what the plugins' definitions render to (run Scripts/render-docs when this fails)")
    func upToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let written = try String(contentsOf: root.appendingPathComponent("docs/INDICATORS.md"), encoding: .utf8)
        #expect(written == IndicatorDocumentation.markdown(for: BuiltinPlugins.all), "docs/INDICATORS.md is stale: run Scripts/render-docs")
    }

    @Test("docs/VOCABULARY.md is what the shared vocabulary renders to (run Scripts/render-docs when this fails)")
    func vocabularyUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let written = try String(contentsOf: root.appendingPathComponent("docs/VOCABULARY.md"), encoding: .utf8)
        let rendered = VocabularyDocumentation.markdown(for: BuiltinPlugins.vocabulary, plugins: BuiltinPlugins.all)
        #expect(written == rendered, "docs/VOCABULARY.md is stale: run Scripts/render-docs")
        for concept in BuiltinPlugins.vocabulary.concepts.keys { #expect(rendered.contains("`\(concept)`")) }
    }

    @Test("the README counts the indicators the plugins know")
    func readmeCount() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let count = BuiltinPlugins.all.reduce(0) { $0 + $1.indicators.count }
        #expect(readme.contains("know \(count) indicators"), "README.md should say the plugins know \(count) indicators")
    }

    @Test("lists every indicator of every plugin")
    func complete() {
        let text = IndicatorDocumentation.markdown(for: BuiltinPlugins.all)
        for path in BuiltinPlugins.registry().indicatorPaths {
            #expect(text.contains("`\(path)`"), "\(path) missing")
        }
    }
}
