import Testing
import Platform
@testable import Report
import TestSupport

/// Plain text from the markup the PDF conversion leaves, and the pieces it is made of.
@Suite("Inline markup becomes plain text, piece by piece")
struct InlineMarkupTests {
    static let texts = [
        "Doanh thu ước đạt 1.746 tỷ đồng<sup>3</sup>, **vượt** 18,3% kế hoạch.",
        "  **Diện tích** 62.609,4m<sup>2</sup> và 52,9 m<sup>3</sup>; trạm<sup>3</sup> km<sup>2</sup> ",
        "\\* thoát \\ và < và <sup>x và </sup> và <sup></sup> hết*",
        "<sup>12</sup> Theo báo cáo", "m<sup>2</sup>", "*", "", "ệ", "đạt 7,2%[^1], [^ và [1] [^", "[^12]: Theo",
    ]

    @Test("markup is rewritten: emphasis and escapes dropped, exponents and footnote marks kept readable")
    func plainText() {
        #expect(InlineMarkup.plainText("**đậm** và \\* và <b và \\x") == "đậm và * và <b và \\x")
        #expect(InlineMarkup.plainText("<sup>3</sup> Theo") == "[3] Theo")
        #expect(InlineMarkup.plainText(" m<sup>2</sup> <sup></sup>\t") == "m² []")
        #expect(InlineMarkup.plainText("trạm<sup>3</sup>") == "trạm[3]")
    }

    @Test("the pieces, put together, are the plain scalars before trimming; neighbouring runs are one", arguments: texts)
    func piecesMakeThePlainText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        // Every slice that starts at one of the text's first offsets: runs are indices of the text.
        for start in 0...min(3, scalars.count) {
            let slice = scalars[start...]
            var pieces: [InlineMarkup.PlainPiece] = [.literal("x")]  // replaced, not appended to
            InlineMarkup.plainPieces(slice, into: &pieces)
            var joined: [Unicode.Scalar] = []
            for piece in pieces {
                switch piece {
                case .run(let run):
                    #expect(!run.isEmpty && run.lowerBound >= start && run.upperBound <= scalars.count)
                    joined += scalars[run]
                case .literal(let scalar): joined.append(scalar)
                }
            }
            #expect(InlineMarkup.trimmed(joined[...]) == InlineMarkup.plainScalars(slice, hasMarkup: true))
            for (left, right) in zip(pieces, pieces.dropFirst()) {
                if case .run(let a) = left, case .run(let b) = right { #expect(a.upperBound != b.lowerBound) }
            }
        }
    }

    @Test("a slice is read alone: an exponent's m before the slice does not count")
    func sliceBoundaries() {
        let scalars = Array("5m<sup>2</sup> nữa".unicodeScalars)
        #expect(String(String.UnicodeScalarView(InlineMarkup.plainScalars(scalars[1...], hasMarkup: true))) == "m² nữa")
        #expect(String(String.UnicodeScalarView(InlineMarkup.plainScalars(scalars[2...], hasMarkup: true))) == "[2] nữa")
        // A superscript that closes only after the slice ends is not one.
        #expect(InlineMarkup.superscript(in: scalars[2..<10], at: 2) == nil)
        #expect(InlineMarkup.superscript(in: scalars, at: 2)?.content == 7..<8)
    }

    @Test("plain text read from UTF-8 bytes is the plain scalars', a footnote's own mark dropped the same way")
    func bytesReadAsScalars() {
        let paragraphs = Reports.embedded.paragraphs.map { String($0.text) }
            + Reports.genreCorpusFiles.compactMap { try? ReportReader.read(path: Reports.genreCorpusFolder + "/" + $0) }
                .flatMap { $0.paragraphs.map { String($0.text) } }
        #expect(paragraphs.count > 1_000 && paragraphs.contains { $0.contains("<sup>") } && paragraphs.contains { $0.contains("[^") })
        let marked = ["[3] Theo", "  [3]:\tTheo", "[3]", "[31] Theo", "[3]x", "<sup>3</sup> Theo"]
        for text in Self.texts + marked + paragraphs {
            let scalars = InlineMarkup.plainScalars(Array(text.unicodeScalars)[...])
            #expect(InlineMarkup.plainText(text) == String(String.UnicodeScalarView(scalars)), "\(text)")
            for footnote in [nil, 3, 12] {
                let dropped = InlineMarkup.droppingFootnoteMark(scalars, footnote)
                #expect(InlineMarkup.plainSentence(text, footnote: footnote) == String(String.UnicodeScalarView(dropped)), "\(text)")
            }
        }
        #expect(InlineMarkup.plainSentence("<sup>3</sup>: Theo *đó*", footnote: 3) == "Theo đó")
    }
}
