import Foundation
import Platform
import Report
import Facts
import FactReading
import PluginKit
import BuiltinPlugins
import Query

/// The reports tests read, loaded once per test process.
public enum Reports {
    /// The embedded report, No. 1113/BC-UBND.
    public static let embedded: ReportDocument = {
        do { return try EmbeddedReport.read() } catch { fatalError("the embedded report must load: \(error)") }
    }()

    public static let embeddedStore = FactStore(documents: [embedded])

    /// A second, invented report of the same kind: other numbers, some other wording,
    /// a footnote and a page break of its own.
    public static let second: ReportDocument = {
        do { return try ReportReader.read(path: fixturePath("second-report.md")) } catch { fatalError("fixture must load: \(error)") }
    }()

    public static let secondStore = FactStore(documents: [second])

    /// The folder of the corpus of invented reports of the genre.
    public static let genreCorpusFolder = PackageLayout.root.appendingPathComponent("Tests/GenreTests/Corpus").path

    /// The corpus's reports, by file name in order: `.md`, and `.txt` for a PDF's text, as a folder given to `--report` has them.
    public static let genreCorpusFiles: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: genreCorpusFolder)) ?? [])
        .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()

    /// The corpus of invented reports of the genre (Tests/GenreTests/Corpus), loaded at once.
    public static let genreCorpusStore = FactStore(documents: genreCorpusFiles.compactMap {
        try? ReportReader.read(path: genreCorpusFolder + "/" + $0)
    })

    public static func fixturePath(_ name: String) -> String {
        guard let path = Bundle.module.path(forResource: "Fixtures/\(name)", ofType: nil) else {
            fatalError("missing fixture \(name)")
        }
        return path
    }

    /// The built-in plugins over a store, as the language's catalogue.
    public static func catalog(_ store: FactStore = embeddedStore) -> PluginCatalog {
        PluginCatalog(registry: BuiltinPlugins.registry(), store: store)
    }

    /// A query context over a store, with the built-in plugins.
    public static func context(_ store: FactStore = embeddedStore) -> QueryContext {
        QueryContext(store: store, catalog: catalog(store))
    }

    /// A store built from markdown text, for small hand-written cases.
    public static func store(markdown: String, name: String = "test") -> FactStore {
        FactStore(documents: [ReportReader.read(text: markdown, name: name)])
    }
}

extension FactStore {
    /// The first fact whose text as written is `text`, optionally in a sentence containing `context`.
    public func fact(written text: String, near context: String? = nil) -> Fact? {
        facts.first { fact in fact.text == text && (context.map { fact.sentence.contains($0) } ?? true) }
    }
}
