import Report

/// Reads a paragraph's sentences as the store keeps them: plain text (markup
/// rewritten by ``InlineMarkup/plainScalars(_:hasMarkup:)``, a footnote's own
/// mark dropped, spaces trimmed), with its string and its folding.
///
/// A sentence without markup is a slice of the decoded paragraph: its string
/// is cut from the paragraph's, its folding is the decoder's. One with markup
/// (two in five of the sentences that hold a number: footnote marks,
/// emphasis) is runs of the paragraph and the few scalars markup is rewritten
/// to (``InlineMarkup/PlainPiece``): its string is the runs' bytes, copied,
/// and its folding the decoder's, run by run. Encoding its plain scalars
/// again and folding them through the tables cost more than reading its
/// markup.
struct PlainSentenceReader {
    /// A sentence read.
    struct Sentence {
        /// The plain scalars; without markup, a slice of the paragraph's at its own offsets.
        var scalars: ArraySlice<Unicode.Scalar>
        /// Where the sentence stands in the paragraph's scalars, when it is a slice of them.
        var verbatim: Range<Int>?
        var text: String
        var folded: FoldedText
    }

    /// Storage reused from sentence to sentence.
    private var pieces: [InlineMarkup.PlainPiece] = []
    private var folded: [Unicode.Scalar] = []

    /// The sentence in `range` of the decoded paragraph, whose text is
    /// `paragraphText`; `footnote` is the paragraph's footnote number, if it is one.
    mutating func read(_ range: Range<Int>, of decoded: DecodedText, paragraphText: Substring,
                       locator: Paragraph.Locator, footnote: Int?) -> Sentence {
        let source = decoded.scalars[range.lowerBound..<min(range.upperBound, decoded.scalars.count)]
        guard decoded.hasMarkup(in: source.indices) else {
            let plain = Self.droppingFootnoteMark(InlineMarkup.trimmed(source), footnote)
            let verbatim = plain.startIndex..<plain.endIndex
            return Sentence(scalars: plain, verbatim: verbatim, text: locator.text(verbatim),
                            folded: FoldedText(folded: decoded.folded[verbatim]))
        }
        InlineMarkup.plainPieces(source, into: &pieces)
        let plain = Self.droppingFootnoteMark(InlineMarkup.trimmed(InlineMarkup.scalars(of: pieces, in: source)[...]), footnote)
        let (text, folding) = textAndFolding(of: plain.startIndex..<plain.endIndex, decoded, paragraphText)
        return Sentence(scalars: plain, verbatim: nil, text: text, folded: folding)
    }

    /// `plain` without a footnote's own mark (`[3]`) and the spaces after it.
    private static func droppingFootnoteMark(_ plain: ArraySlice<Unicode.Scalar>, _ footnote: Int?) -> ArraySlice<Unicode.Scalar> {
        guard let footnote, plain.first == "[" else { return plain }
        let mark = Array("[\(footnote)]".unicodeScalars)
        guard plain.starts(with: mark) else { return plain }
        var rest = plain.dropFirst(mark.count)
        while let first = rest.first, first == " " || first == "\t" { rest = rest.dropFirst() }
        return rest
    }

    /// The string and folding of the plain scalars at offsets `kept` of the
    /// pieces read last: each run's bytes cut from the paragraph's text at the
    /// decoder's byte offsets, and its folding copied from the decoder's.
    private mutating func textAndFolding(of kept: Range<Int>, _ decoded: DecodedText,
                                         _ paragraphText: Substring) -> (String, FoldedText) {
        folded.removeAll(keepingCapacity: true)
        let byteOffsets = decoded.byteOffsets
        let text = paragraphText.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept.count * 4) { buffer in
                var written = 0, offset = 0
                for piece in pieces {
                    switch piece {
                    case .run(let run):
                        // The part of the run within `kept` (plain offsets), as indices of the paragraph's scalars.
                        let runStart = offset
                        offset += run.count
                        let lower = max(kept.lowerBound, runStart), upper = min(kept.upperBound, offset)
                        guard lower < upper else { continue }
                        let first = run.lowerBound + (lower - runStart), last = first + (upper - lower)
                        let runBytes = UnsafeBufferPointer(rebasing: bytes[byteOffsets[first]..<byteOffsets[last]])
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: runBytes)
                        written += runBytes.count
                        folded.append(contentsOf: decoded.folded[first..<last])
                    case .literal(let scalar):
                        defer { offset += 1 }
                        guard kept.contains(offset) else { continue }
                        written += String.encode(CollectionOfOne(scalar), into: UnsafeMutableBufferPointer(rebasing: buffer[written...]))
                        folded.append(TextFolding.fold(scalar))
                    }
                }
                return String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<written]))
            }
        }
        return (text, FoldedText(folded: folded[...]))
    }
}
