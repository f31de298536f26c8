import Report

/// Where a fact's text or sentence stands in its paragraph's text: a range of
/// the paragraph's UTF-8 bytes, and whether they hold markup, which is
/// rewritten each time the text is read (`m<sup>2</sup>` reads `m²`).
///
/// A fact kept its text and sentence as strings, copies of bytes the
/// report's text holds anyway: a fifth of the memory an ingest wrote, and one
/// allocation in four. Text is read from a fact far less often than facts are
/// made (to show an answer, or once to write the cache).
struct TextSpan: Hashable, Sendable {
    /// Offsets in the paragraph's text, from 0: 32 bits hold any paragraph
    /// that fits in memory twice over; a longer one is cut at 2 GB.
    let start: Int32
    let end: Int32
    /// Whether the bytes hold markup that reading the text rewrites.
    let hasMarkup: Bool

    init(bytes range: Range<Int>, hasMarkup: Bool) {
        start = Int32(clamping: range.lowerBound)
        end = Int32(clamping: range.upperBound)
        self.hasMarkup = hasMarkup
    }

    /// Calls `body` with the span's bytes of `paragraphText`, read in place.
    func withUTF8Bytes<Result>(in paragraphText: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        paragraphText.withUTF8Bytes { bytes in
            // Within the text: the extractor writes ranges of the paragraph it
            // read, and this keeps a wrong one from reading past it.
            let lower = min(max(Int(start), 0), bytes.count)
            return body(UnsafeBufferPointer(rebasing: bytes[lower..<min(max(Int(end), lower), bytes.count)]))
        }
    }

    /// The span's bytes of `paragraphText`, as they are written (markup and all).
    func written(in paragraphText: Substring) -> String {
        withUTF8Bytes(in: paragraphText) { $0.string(cutAt: 0..<$0.count) }
    }

    /// A number's text, its markup rewritten as the extractor rewrites it.
    func numberText(in paragraphText: Substring) -> String {
        let written = written(in: paragraphText)
        guard hasMarkup else { return written }
        return String(scalars: InlineMarkup.plainScalars(written.scalarArray[...], hasMarkup: true))
    }

    /// A sentence, read as the extractor reads it (``PlainSentenceReader``):
    /// markup rewritten, the mark of `footnote` dropped, spaces trimmed.
    func sentence(in paragraphText: Substring, footnote: Int?) -> String {
        let written = written(in: paragraphText)
        guard hasMarkup else { return written }
        return PlainSentenceReader.plainText(ofSentence: written, footnote: footnote)
    }
}
