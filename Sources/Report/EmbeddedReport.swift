import Foundation

/// The report baocao ships with (the Lạng Sơn City People's Committee's
/// report on 2023 results and the 2024 plan), bundled as a resource.
public enum EmbeddedReport {
    /// Where the embedded report's file is: the one markdown file in the package's resource bundle.
    public static var path: String? { located }

    // Looked up once. The bundle sits next to the executable; looking there with
    // POSIX calls first spares a one-shot query the cost of Foundation's Bundle
    // and FileManager (a millisecond and a half).
    private static let located: String? = besideExecutable
        ?? Bundle.module.paths(forResourcesOfType: "md", inDirectory: nil).sorted().first

    /// The markdown file of `baocao_Report.resources` in the executable's folder, if there is one.
    private static var besideExecutable: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let executable = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = executable.lastIndex(of: "/") else { return nil }
        let folder = String(executable[..<slash]) + "/baocao_Report.resources"
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".md") { names.append(name) }
        }
        return names.sorted().first.map { folder + "/" + $0 }
    }

    /// Reads the embedded report.
    public static func read() throws -> ReportDocument {
        guard let path else { throw ReportError.unreadable(path: "embedded report", reason: "the resource bundle is missing") }
        return try ReportReader.read(path: path)
    }
}
