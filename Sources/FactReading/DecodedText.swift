import Platform
import Report
import Facts

/// A paragraph's text decoded once for everything the extractor reads of it:
/// its Unicode scalars, each scalar folded for matching, and where each
/// starts in the text's UTF-8 (for source columns and for cutting the text).
///
/// One pass fills all three, rather than one pass each (Vietnamese text
/// alternates one-byte and multi-byte letters, and each pass would pay for the
/// branches that follow them again).
struct DecodedText {
    /// The text's Unicode scalars.
    private(set) var scalars: [Unicode.Scalar] = []
    /// `scalars`, each folded (``TextFolding``): offset for offset.
    private(set) var folded: [Unicode.Scalar] = []
    /// `byteOffsets[i]`: the UTF-8 bytes before scalar `i`; one more entry, the whole length.
    private(set) var byteOffsets: [Int] = []
    /// The offsets, in order, of every scalar the scanner, the sentence splitter
    /// and the markup test stop at: digits and the ASCII marks of sentence ends
    /// (`.` `!` `?`), clauses (`;`) and markup (`<` `*` `\` `[`). They visit these
    /// instead of every scalar of the text.
    var marks: ArraySlice<Int> { markBuffer[..<markCount] }
    /// Sized for a mark at every byte, the most the decoding loop may write (it
    /// writes every byte's offset and keeps a mark's): kept at its largest, as
    /// cutting it to the marks kept meant writing it again for each paragraph.
    private var markBuffer: [Int] = []
    private var markCount = 0

    /// The ASCII marks as bits: code `c` is bit `c` of the first word if below
    /// 64, else bit `c - 64` of the second. Tested by shifting, with no table
    /// to load or bounds to check (the decoding loop is the ingest's hottest).
    private static let markBits: (low: UInt64, high: UInt64) = {
        var bits: (low: UInt64, high: UInt64) = (0, 0)
        for scalar in "0123456789.!?;<*\\[".unicodeScalars {
            let code = scalar.value
            if code < 64 { bits.low |= 1 << code } else { bits.high |= 1 << (code - 64) }
        }
        return bits
    }()

    /// 1 if ASCII `byte` is a mark, else 0: added, not branched on, as each byte is decoded.
    @inline(__always)
    private static func markBit(_ byte: UInt8, _ bits: (low: UInt64, high: UInt64)) -> Int {
        Int(truncatingIfNeeded: ((byte < 64 ? bits.low : bits.high) &>> UInt64(byte & 63)) & 1)
    }

    init() {}

    init(_ text: String) {
        decode(text[...])
    }

    /// Decodes `text` in place of the text decoded before.
    ///
    /// The arrays' storage is reused when nothing else holds it: the extractor
    /// decodes one paragraph after another, and four new arrays a paragraph
    /// were a sixth of the ingest's allocations, the largest of them.
    mutating func decode(_ text: Substring) {
        // Moved out, so that each is uniquely held while it is written.
        var scalars = self.scalars.takeAll(), folded = self.folded.takeAll()
        var offsets = byteOffsets.takeAll(), marks = markBuffer.takeAll()
        let latin = TextFolding.latin, extended = TextFolding.extended, markBits = Self.markBits
        let (written, markCount) = text.withUTF8Bytes { bytes -> (Int, Int) in
            // Sized for the most scalars the bytes can hold, then cut to those decoded.
            let count = bytes.count
            scalars.resize(to: count, filling: "\0")
            folded.resize(to: count, filling: "\0")
            offsets.resize(to: count + 1, filling: 0)
            if marks.count < count { marks.resize(to: count, filling: 0) }
            return scalars.withUnsafeMutableBufferPointer { scalars in
              folded.withUnsafeMutableBufferPointer { foldedScalars in
                offsets.withUnsafeMutableBufferPointer { offsets in
                  marks.withUnsafeMutableBufferPointer { marks in
                    var index = 0, out = 0, markCount = 0
                    while index < count {
                        // A run of ASCII, in a loop of its own: no decoding, no
                        // validity check, and folding is lower-casing. Every byte's
                        // offset is written as a mark; only a mark's is kept.
                        while index < count, bytes[index] < 0x80 {
                            let byte = bytes[index]
                            offsets[out] = index
                            scalars[out] = Unicode.Scalar(byte)
                            let lower = byte &- 65 < 26 ? byte | 0x20 : byte
                            foldedScalars[out] = Unicode.Scalar(lower)
                            marks[markCount] = out
                            markCount &+= Self.markBit(byte, markBits)
                            out &+= 1
                            index &+= 1
                        }
                        guard index < count else { break }
                        offsets[out] = index
                        let (scalar, length) = bytes.scalar(at: index)
                        index &+= length
                        scalars[out] = scalar
                        foldedScalars[out] = TextFolding.fold(scalar, latin, extended)
                        out &+= 1
                    }
                    offsets[out] = count
                    SpellingVariants.unify(UnsafeMutableBufferPointer(rebasing: foldedScalars[..<out]))
                    return (out, markCount)
                  }
                }
              }
            }
        }
        scalars.resize(to: written, filling: "\0")
        folded.resize(to: written, filling: "\0")
        offsets.resize(to: written + 1, filling: 0)
        self.scalars = scalars
        self.folded = folded
        byteOffsets = offsets
        markBuffer = marks
        self.markCount = markCount
    }

    /// The marks within `range`.
    func marks(in range: Range<Int>) -> ArraySlice<Int> {
        markBuffer[firstMark(atOrAfter: range.lowerBound)..<firstMark(atOrAfter: range.upperBound)]
    }

    private func firstMark(atOrAfter offset: Int) -> Int {
        var low = 0, high = markCount
        while low < high {
            let middle = (low + high) / 2
            if markBuffer[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the text in `range` holds markup (`<`, `*`, `\`, `[`): what
    /// ``InlineMarkup/hasMarkup(_:)`` asks, from the marks.
    func hasMarkup(in range: Range<Int>) -> Bool {
        // A short range (a number) is read directly; a sentence through its marks.
        guard range.count > 32 else { return InlineMarkup.hasMarkup(scalars[range]) }
        return marks(in: range).contains { InlineMarkup.isMarkup(scalars[$0]) }
    }
}
