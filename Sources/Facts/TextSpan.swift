import Platform
import Report

/// Where a fact's text or sentence stands in its paragraph's text: a range of
/// the paragraph's UTF-8 bytes, and whether they hold markup, which is
/// rewritten each time the text is read (`m<sup>2</sup>` reads `m²`).
///
/// Strings of their own would copy bytes the report's text holds anyway,
/// and text is read from a fact far less often than facts are made (to show
/// an answer, or once to write the cache).
public struct TextSpan: Hashable, Sendable {
    /// Offsets in the paragraph's text, from 0, in 31 bits each (a paragraph
    /// longer than 2 GB is cut there); the end's top bit says whether the
    /// bytes hold markup: eight bytes, where a flag of its own would make
    /// every fact larger (a fact keeps two spans).
    private let start: UInt32
    private let endAndMarkup: UInt32

    public init(bytes range: Range<Int>, hasMarkup: Bool) {
        start = UInt32(clamping: min(range.lowerBound, Self.largestOffset))
        endAndMarkup = UInt32(clamping: min(range.upperBound, Self.largestOffset)) | (hasMarkup ? Self.markupBit : 0)
    }

    private static let markupBit: UInt32 = 1 << 31
    private static let largestOffset = Int(markupBit - 1)

    private var end: UInt32 { endAndMarkup & ~Self.markupBit }
    /// Whether the bytes hold markup that reading the text rewrites.
    public var hasMarkup: Bool { endAndMarkup & Self.markupBit != 0 }

    /// Calls `body` with the span's bytes of `paragraphText`, read in place.
    public func withUTF8Bytes<Result>(in paragraphText: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        paragraphText.withUTF8Bytes { bytes in
            // Within the text: the extractor writes ranges of the paragraph it
            // read, and this keeps a wrong one from reading past it.
            let lower = min(Int(start), bytes.count)
            return body(UnsafeBufferPointer(rebasing: bytes[lower..<min(max(Int(end), lower), bytes.count)]))
        }
    }

    /// The span's bytes of `paragraphText`, as they are written (markup and all).
    public func written(in paragraphText: Substring) -> String {
        withUTF8Bytes(in: paragraphText) { $0.string(cutAt: 0..<$0.count) }
    }

    /// A number's text, its markup rewritten as the extractor rewrites it.
    public func numberText(in paragraphText: Substring) -> String {
        guard hasMarkup else { return written(in: paragraphText) }
        return withUTF8Bytes(in: paragraphText) { InlineMarkup.plainText(utf8: $0) }
    }

    /// A sentence, read as the extractor reads it: markup rewritten, the
    /// mark of `footnote` dropped, spaces trimmed (``InlineMarkup/plainSentence(_:footnote:)``).
    public func sentence(in paragraphText: Substring, footnote: Int?) -> String {
        guard hasMarkup else { return written(in: paragraphText) }
        return withUTF8Bytes(in: paragraphText) { InlineMarkup.plainText(utf8: $0, droppingMarkOf: footnote) }
    }
}
