import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// What `--report` and `import` take: files, folders (their `.md` files, the
/// `.txt` a PDF's text is saved as and the `.html` a word processor saves, by name) and globs
/// (`reports/2025-*.md`, expanded by baocao when the shell has not), each in
/// the order given.
enum ReportPaths {
    /// The endings of the files a folder's reports are read from.
    static let reportEndings = [".md", ".txt", ".html", ".htm"]

    /// A path that names no report, said plainly.
    struct Failure: Error {
        var description: String
    }

    static func expand(_ paths: [String]) throws(Failure) -> [String] {
        var expanded: [String] = []
        for path in paths {
            if FileStatus.isDirectory(path) {
                let files = (FileStatus.entries(of: path) ?? []).filter { name in reportEndings.contains { name.hasSuffix($0) } }.sorted()
                guard !files.isEmpty else { throw Failure(description: "report '\(path)': a folder with no .md, .txt or .html reports") }
                expanded += files.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            } else if isPattern(path), FileStatus.size(path) == nil {
                let matches = matches(of: path)
                guard !matches.isEmpty else { throw Failure(description: "report '\(path)': no file matches this pattern") }
                expanded += matches
            } else {
                expanded.append(path)
            }
        }
        return expanded
    }

    /// Whether a path holds glob characters.
    static func isPattern(_ path: String) -> Bool { path.contains { $0 == "*" || $0 == "?" || $0 == "[" } }

    /// The files a pattern matches, sorted.
    static func matches(of pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in result.gl_pathv[index].map { String(cString: $0) } }
            .filter { !FileStatus.isDirectory($0) }
    }
}
