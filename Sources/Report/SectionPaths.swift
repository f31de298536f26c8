import Platform

/// The section paths of one document (``ReportDocument/path(of:)``), each
/// made when first asked for, from its parent's prefix made once: a path is
/// not walked and joined from its ancestors again, and no path is made that
/// no fact asks for.
public struct SectionPaths {
    private let document: ReportDocument
    private var paths: [String?]
    /// What the paths of a section's children start with: the labels of it
    /// and its ancestors, each followed by ``ReportDocument/pathSeparator``.
    private var prefixes: [String?]

    public init(_ document: ReportDocument) {
        self.document = document
        paths = Array(repeating: nil, count: document.sections.count)
        prefixes = paths
    }

    /// The path of `section`; empty for none.
    public mutating func path(of section: Int?) -> String {
        guard let section, document.sections.indices.contains(section) else { return document.path(of: section) }
        if let path = paths[section] { return path }
        let path = childPrefix(of: document.sections[section].parent, child: section) + document.sections[section].heading
        paths[section] = path
        return path
    }

    /// The prefix of the paths of `parent`'s children; empty for no parent.
    private mutating func childPrefix(of parent: Int?, child: Int) -> String {
        guard let parent else { return "" }
        // A parent is opened before its children; one that is not (no reader makes one) is walked.
        guard parent < child, document.sections.indices.contains(parent) else { return document.ancestorPrefix(of: child) }
        if let prefix = prefixes[parent] { return prefix }
        let prefix = childPrefix(of: document.sections[parent].parent, child: parent)
            + document.sections[parent].pathLabel + ReportDocument.pathSeparator
        prefixes[parent] = prefix
        return prefix
    }

    /// The last label of a section path (`II. Kinh tế › c) Du lịch` → `c) Du lịch`): the last piece
    /// between separators that is not empty, or the whole path when it has none. Found in its bytes,
    /// where a search for the separator among the path's characters cost a hundred times more.
    public static func lastLabel(of path: String) -> String {
        let separator = Array(ReportDocument.pathSeparator.utf8)
        let bytes = Array(path.utf8)
        var last: Range<Int>?, pieceStart = 0
        separator.withUnsafeBufferPointer { separator in
            bytes.withUnsafeBufferPointer { text in
                ByteSearch.forEachStart(of: separator, in: text, from: 0) { start in
                    guard start >= pieceStart else { return true }
                    if start > pieceStart { last = pieceStart..<start }
                    pieceStart = start + separator.count
                    return true
                }
            }
        }
        if pieceStart < bytes.count { last = pieceStart..<bytes.count }
        return last.map { String(decoding: bytes[$0], as: UTF8.self) } ?? path
    }
}
