import Platform

/// A PDF's text breaks a long table over pages: past a page's end (its
/// number, a form feed) the rows go on with no header of their own.
extension MarkdownBlock {
    /// A block's lines, with where each starts in the report.
    typealias Lines = [(bytes: Range<Int>, anchor: SourceLocation)]

    /// The lines of an aligned table the block is (``AlignedTable``), and how
    /// many of them are its header; or, where the block has no header and the
    /// table before it (`open`, its header's lines) was the last block but a
    /// page's number, that header's lines and the block's, when its rows go on
    /// in the table's columns. Nil for a block that is no such table.
    static func alignedTable(_ lines: Lines, of bytes: UnsafeBufferPointer<UInt8>, after open: Lines?) -> (lines: Lines, headerCount: Int)? {
        let pieces = pieces(of: lines, in: bytes)
        if lines.count >= 3, AlignedTable.isTable(pieces) { return (lines, AlignedTable.headerCount(pieces)) }
        guard let open, !open.isEmpty, AlignedTable.headerCount(pieces) == 0,
              AlignedTable.isTable(self.pieces(of: open, in: bytes) + pieces, continuing: true) else { return nil }
        return (open + lines, open.count)
    }

    private static func pieces(of lines: Lines, in bytes: UnsafeBufferPointer<UInt8>) -> [[AlignedTable.Piece]] {
        lines.map { AlignedTable.pieces(UnsafeBufferPointer(rebasing: bytes[$0.bytes]), column: $0.anchor.column - 1) }
    }

    /// Where each of the lines starts in the block's text, their lines joined by single spaces.
    /// (Inlined into the reading of blocks, which asks it for every block.)
    @inline(__always)
    static func anchors(of lines: Lines, in bytes: UnsafeBufferPointer<UInt8>) -> [TextAnchor] {
        var anchors: [TextAnchor] = []
        anchors.reserveCapacity(lines.count)
        var scalarOffset = 0
        for line in lines {
            if !anchors.isEmpty { scalarOffset += 1 }
            anchors.append(TextAnchor(offset: scalarOffset, location: line.anchor))
            scalarOffset += UnsafeBufferPointer(rebasing: bytes[line.bytes]).scalarCount
        }
        return anchors
    }
}
