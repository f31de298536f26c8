import Report

/// A paragraph's text decoded once for everything the extractor reads of it:
/// its Unicode scalars, each scalar folded for matching, and where each
/// starts in the text's UTF-8 (for source columns and for cutting the text).
///
/// One pass fills all three: decoding, folding and counting bytes had been
/// three passes, each about as costly as the decoding (Vietnamese text
/// alternates one-byte and multi-byte letters, and each pass paid for the
/// branches that follow them again).
struct DecodedText {
    /// The text's Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// `scalars`, each folded (``TextFolding``): offset for offset.
    let folded: [Unicode.Scalar]
    /// `byteOffsets[i]`: the UTF-8 bytes before scalar `i`; one more entry, the whole length.
    let byteOffsets: [Int]
    /// The offsets, in order, of every scalar the scanner, the sentence splitter
    /// and the markup test stop at: digits and the ASCII marks of sentence ends
    /// (`.` `!` `?`), clauses (`;`) and markup (`<` `*` `\`). They visit these
    /// instead of every scalar of the text.
    let marks: [Int]

    /// 1 for the ASCII code of a mark: added, not branched on, as each byte is decoded.
    private static let markTable: [Int] = (0..<128).map { code in
        let scalar = Unicode.Scalar(UInt8(code))
        return ("0"..."9").contains(scalar) || ".!?;<*\\".unicodeScalars.contains(scalar) ? 1 : 0
    }

    init(_ text: String) {
        var text = text
        let latin = TextFolding.latin, extended = TextFolding.extended, markTable = Self.markTable
        var folded: [Unicode.Scalar] = [], offsets: [Int] = [], marks: [Int] = []
        scalars = text.withUTF8 { bytes in
            let count = bytes.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, written in
                folded = [Unicode.Scalar](unsafeUninitializedCapacity: count) { foldedScalars, foldedCount in
                    offsets = [Int](unsafeUninitializedCapacity: count + 1) { offsets, offsetCount in
                      marks = [Int](unsafeUninitializedCapacity: count) { marks, markCount in
                        var index = 0, out = 0
                        while index < count {
                            // A run of ASCII, in a loop of its own: no decoding, no
                            // validity check, and folding is lower-casing. Every byte's
                            // offset is written as a mark; only a mark's is kept.
                            while index < count, bytes[index] < 0x80 {
                                let byte = bytes[index]
                                offsets.initializeElement(at: out, to: index)
                                scalars.initializeElement(at: out, to: Unicode.Scalar(byte))
                                let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                                foldedScalars.initializeElement(at: out, to: Unicode.Scalar(lower))
                                (marks.baseAddress! + markCount).initialize(to: out)
                                markCount &+= markTable[Int(byte)]
                                out += 1
                                index += 1
                            }
                            guard index < count else { break }
                            offsets.initializeElement(at: out, to: index)
                            let (scalar, length) = bytes.scalar(at: index)
                            index += length
                            scalars.initializeElement(at: out, to: scalar)
                            foldedScalars.initializeElement(at: out, to: TextFolding.fold(scalar, latin, extended))
                            out += 1
                        }
                        offsets.initializeElement(at: out, to: count)
                        written = out
                        foldedCount = out
                        offsetCount = out + 1
                      }
                    }
                }
            }
        }
        self.folded = folded
        byteOffsets = offsets
        self.marks = marks
    }

    /// The marks within `range`.
    func marks(in range: Range<Int>) -> ArraySlice<Int> {
        marks[firstMark(atOrAfter: range.lowerBound)..<firstMark(atOrAfter: range.upperBound)]
    }

    private func firstMark(atOrAfter offset: Int) -> Int {
        var low = 0, high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the text in `range` holds markup (`<`, `*`, `\`): what
    /// ``InlineMarkup/hasMarkup(_:)`` asks, from the marks.
    func hasMarkup(in range: Range<Int>) -> Bool {
        // A short range (a number) is read directly; a sentence through its marks.
        guard range.count > 32 else { return InlineMarkup.hasMarkup(scalars[range]) }
        return marks(in: range).contains { InlineMarkup.isMarkup(scalars[$0]) }
    }
}
