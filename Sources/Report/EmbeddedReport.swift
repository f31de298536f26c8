import Foundation

/// The report baocao ships with: No. 1113/BC-UBND of the Lạng Sơn City
/// People's Committee, 2023 results and the 2024 plan.
public enum EmbeddedReport {
    /// The file name of the embedded report, without extension.
    public static let name = "1113-BC-UBND-2023"

    /// Where the embedded report's file is, inside the package's resource bundle.
    public static var path: String? {
        Bundle.module.path(forResource: name, ofType: "md")
    }

    /// Reads the embedded report.
    public static func read() throws -> ReportDocument {
        guard let path else { throw ReportError.unreadable(path: "\(name).md", reason: "the resource bundle is missing") }
        return try ReportReader.read(path: path)
    }
}
