import Platform

/// The report baocao ships with (the Lạng Sơn City People's Committee's
/// report on 2023 results and the 2024 plan): the markdown file in
/// `Sources/Report/Resources`.
///
/// It is not a SwiftPM resource: the accessor SwiftPM generates for one uses
/// Foundation's `Bundle`, which links the whole of Foundation and ICU into the
/// static binary (docs/PERFORMANCE.md). baocao looks
/// for the file with POSIX calls instead: beside the executable (an installed
/// copy), else in the source tree it was built from.
public enum EmbeddedReport {
    /// Where the embedded report's file is, if it can be found.
    public static var path: String? { located }

    /// The folder, beside the executable, that an installed baocao keeps the report in.
    public static let installedFolderName = "baocao_Report.resources"

    // Looked up once.
    private static let located: String? = markdownFile(in: ExecutableLocation.folder.map { $0 + "/" + installedFolderName })
        ?? markdownFile(in: sourceFolder)

    /// `Sources/Report/Resources` of the checkout this file was compiled from.
    private static var sourceFolder: String? { ExecutableLocation.sourceFolder(of: #filePath).map { $0 + "/Resources" } }

    /// The first markdown file of `folder`, by name.
    private static func markdownFile(in folder: String?) -> String? {
        guard let folder, let names = FileStatus.entries(of: folder) else { return nil }
        return names.filter { $0.hasSuffix(".md") }.sorted().first.map { folder + "/" + $0 }
    }

    /// Reads the embedded report.
    public static func read() throws -> ReportDocument {
        guard let path else { throw ReportError.unreadable(path: "embedded report", reason: "\(installedFolderName) is not beside the executable, and the source tree is gone") }
        return try ReportReader.read(path: path)
    }
}
