import Platform

/// Why a report could not be read.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case notUTF8(path: String, byteOffset: Int)
    case isDirectory(path: String)
    /// A PDF or a word processor's file, given where text was expected.
    case notText(path: String, document: BinaryDocument)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read report '\(path)': \(reason)"
        case .empty(let path): "report '\(path)' is empty"
        case .notUTF8(let path, let offset):
            "report '\(path)' is not UTF-8 text (invalid byte at offset \(offset)); convert it with iconv -t UTF-8"
        case .isDirectory(let path): "report '\(path)' is a directory, not a file"
        case .notText(let path, let document):
            "report '\(path)' is \(document.what), not text; convert it first: \(document.conversion(of: path))"
        }
    }
}
