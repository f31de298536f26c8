import Foundation

/// The report baocao ships with (the Lạng Sơn City People's Committee's
/// report on 2023 results and the 2024 plan), bundled as a resource.
public enum EmbeddedReport {
    /// Where the embedded report's file is: the one markdown file in the package's resource bundle.
    public static var path: String? {
        Bundle.module.paths(forResourcesOfType: "md", inDirectory: nil).sorted().first
    }

    /// Reads the embedded report.
    public static func read() throws -> ReportDocument {
        guard let path else { throw ReportError.unreadable(path: "embedded report", reason: "the resource bundle is missing") }
        return try ReportReader.read(path: path)
    }
}
