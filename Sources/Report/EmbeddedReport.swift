import Foundation

/// The report baocao ships with (the Lạng Sơn City People's Committee's
/// report on 2023 results and the 2024 plan), bundled as a resource.
public enum EmbeddedReport {
    /// Where the embedded report's file is: the one markdown file in the package's resource bundle.
    public static var path: String? {
        // The bundle sits next to the executable; looking there first spares a
        // one-shot query the cost of setting up Foundation's Bundle (a few ms).
        if let beside = besideExecutable { return beside }
        return Bundle.module.paths(forResourcesOfType: "md", inDirectory: nil).sorted().first
    }

    /// The markdown file of `baocao_Report.resources` in the executable's folder, if there is one.
    private static var besideExecutable: String? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let folder = (executable as NSString).deletingLastPathComponent + "/baocao_Report.resources"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return names.filter { $0.hasSuffix(".md") }.sorted().first.map { folder + "/" + $0 }
    }

    /// Reads the embedded report.
    public static func read() throws -> ReportDocument {
        guard let path else { throw ReportError.unreadable(path: "embedded report", reason: "the resource bundle is missing") }
        return try ReportReader.read(path: path)
    }
}
