import Platform

/// Runs of spaces inside a line, as a PDF's text justifies its lines
/// (`thực  hiện  20  chỉ  tiêu  chủ  yếu`): a paragraph's words are parted by
/// one space, so that `20 chỉ tiêu` is read as a count of targets and phrases
/// match as they are written.
extension MarkdownBlock {
    /// The lines (byte ranges of `bytes`, each starting at its location)
    /// joined by single spaces with every run of spaces inside them one space,
    /// and the anchors that keep each word's location: one where each line
    /// starts and one after each run. Asked only of a block where some line
    /// holds a run (``AlignedTable/holdsSpaceRun(_:)``, asked as lines are read).
    static func collapsingSpaceRuns(_ lines: [(bytes: Range<Int>, anchor: SourceLocation)],
                                    of bytes: UnsafeBufferPointer<UInt8>) -> (text: String, anchors: [TextAnchor]) {
        var text: [UInt8] = []
        text.reserveCapacity(lines.reduce(0) { $0 + $1.bytes.count + 1 })
        var anchors: [TextAnchor] = []
        var scalars = 0
        for line in lines {
            if !anchors.isEmpty { text.append(0x20); scalars += 1 }
            anchors.append(TextAnchor(offset: scalars, location: line.anchor))
            var column = line.anchor.column, spaces = 0
            for index in line.bytes {
                let byte = bytes[index]
                if byte == 0x20 {
                    spaces += 1
                } else {
                    if spaces > 0 {
                        text.append(0x20); scalars += 1
                        // Past a run, the next word's location is kept by an anchor of its own.
                        if spaces > 1 { anchors.append(TextAnchor(offset: scalars, location: SourceLocation(line: line.anchor.line, column: column))) }
                        spaces = 0
                    }
                    text.append(byte)
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                }
                column += 1
            }
        }
        return (String(decoding: text, as: UTF8.self), anchors)
    }
}
