/// A text's words as runs of letters and digits, the marks and spaces between
/// them dropped (`Kế hoạch (%) 2026` → `Kế`, `hoạch`, `2026`): what a title's
/// or a column heading's words are read as.
extension StringProtocol {
    /// The runs of letters and digits, in order: `split(whereSeparator: { !$0.isLetter &&
    /// !$0.isNumber })`, read byte by byte where the text is ASCII, as folded text nearly always
    /// is; only other text has its characters' properties looked up, which costs far more.
    public var letterAndDigitRuns: [SubSequence] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        var runs: [SubSequence] = []
        var start: Index?
        var index = startIndex
        for byte in utf8 {
            let isWord = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                runs.append(self[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { runs.append(self[first..<endIndex]) }
        return runs
    }

    /// How many pieces `split(separator: " ")` gives: the runs of characters other than a space,
    /// counted in the text's bytes, where splitting it made a substring of each through its characters.
    /// (A space that opens a character with a combining mark after it counts as a space here.)
    public var spaceSeparatedCount: Int {
        var count = 0, inPiece = false
        for byte in utf8 {
            let isSpace = byte == 0x20
            if !isSpace && !inPiece { count += 1 }
            inPiece = !isSpace
        }
        return count
    }
}
