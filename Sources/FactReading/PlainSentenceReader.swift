import Platform
import Report
import Facts

/// Reads a paragraph's sentences as the store keeps them: plain text (markup
/// rewritten by ``InlineMarkup/plainScalars(_:hasMarkup:)``, a footnote's own
/// mark dropped, spaces trimmed), with its folding.
///
/// A sentence without markup is a slice of the decoded paragraph: its folding
/// is the decoder's, and its fact keeps where it stands (``TextSpan``). One
/// with markup (two in five of the sentences that hold a number: footnote
/// marks, emphasis) is runs of the paragraph and the few scalars markup is
/// rewritten to (``InlineMarkup/PlainPiece``): its folding is the decoder's,
/// run by run, and its fact keeps where the sentence stands as written, which
/// ``InlineMarkup/plainSentence(_:footnote:)`` reads again when asked, rather
/// than folding its plain scalars again through the tables.
struct PlainSentenceReader {
    /// A sentence read.
    struct Sentence {
        /// The plain scalars; without markup, a slice of the paragraph's at its own offsets.
        var scalars: ArraySlice<Unicode.Scalar>
        /// Where the sentence stands in the paragraph's scalars, when it is a slice of them.
        var verbatim: Range<Int>?
        var folded: FoldedText
    }

    /// Storage reused from sentence to sentence.
    private var pieces: [InlineMarkup.PlainPiece] = []
    private var folded: [Unicode.Scalar] = []

    /// The sentence in `range` of the decoded paragraph; `footnote` is the
    /// paragraph's footnote number, if it is one.
    mutating func read(_ range: Range<Int>, of decoded: DecodedText, footnote: Int?) -> Sentence {
        let source = decoded.scalars[range.lowerBound..<min(range.upperBound, decoded.scalars.count)]
        guard decoded.hasMarkup(in: source.indices) else {
            let plain = InlineMarkup.droppingFootnoteMark(InlineMarkup.trimmed(source), footnote)
            let verbatim = plain.startIndex..<plain.endIndex
            return Sentence(scalars: plain, verbatim: verbatim, folded: FoldedText(folded: decoded.folded[verbatim]))
        }
        InlineMarkup.plainPieces(source, into: &pieces)
        let plain = InlineMarkup.droppingFootnoteMark(InlineMarkup.trimmed(InlineMarkup.scalars(of: pieces, in: source)[...]), footnote)
        return Sentence(scalars: plain, verbatim: nil, folded: folding(of: plain.startIndex..<plain.endIndex, decoded))
    }

    /// The folding of the plain scalars at offsets `kept` of the pieces read
    /// last: each run's copied from the decoder's, each rewritten scalar folded.
    private mutating func folding(of kept: Range<Int>, _ decoded: DecodedText) -> FoldedText {
        folded.removeAll(keepingCapacity: true)
        var offset = 0
        for piece in pieces {
            switch piece {
            case .run(let run):
                // The part of the run within `kept` (plain offsets), as indices of the paragraph's scalars.
                let runStart = offset
                offset += run.count
                let lower = max(kept.lowerBound, runStart), upper = min(kept.upperBound, offset)
                guard lower < upper else { continue }
                let first = run.lowerBound + (lower - runStart)
                folded.append(contentsOf: decoded.folded[first..<(first + upper - lower)])
            case .literal(let scalar):
                defer { offset += 1 }
                guard kept.contains(offset) else { continue }
                folded.append(TextFolding.fold(scalar))
            }
        }
        return FoldedText(folded: folded[...])
    }
}
