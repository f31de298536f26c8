#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// The inline markup the PDF-to-markdown conversion leaves in the report text:
/// `<sup>N</sup>` (a footnote reference, or the exponent of `m2`/`m3`) and
/// `*`/`**` emphasis; and the footnote reference of markdown's own footnotes
/// (`[^N]`), as a conversion from a word processor writes them.
public enum InlineMarkup {
    public static let supOpen = Array("<sup>".unicodeScalars)
    static let supClose = Array("</sup>".unicodeScalars)

    /// A `<sup>…</sup>` element starting at `index`: where its content lies and
    /// the offset after it. (A range, not a string: the scanner meets one at
    /// every footnote mark.)
    public static func superscript(in scalars: [Unicode.Scalar], at index: Int) -> (content: Range<Int>, end: Int)? {
        superscript(in: scalars[...], at: index)
    }

    /// ``superscript(in:at:)`` within a slice, which it does not look beyond.
    static func superscript(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (content: Range<Int>, end: Int)? {
        guard matches(supOpen, in: scalars, at: index) else { return nil }
        var cursor = index + supOpen.count
        let contentStart = cursor
        while cursor < scalars.endIndex {
            if matches(supClose, in: scalars, at: cursor) { return (contentStart..<cursor, cursor + supClose.count) }
            cursor += 1
        }
        return nil
    }

    /// A markdown footnote reference `[^N]` starting at `index`: where its
    /// number lies and the offset after it. (Its definition opens its
    /// paragraph the same way, with a colon after: `[^N]: …`.)
    public static func footnoteMark(in scalars: [Unicode.Scalar], at index: Int) -> (content: Range<Int>, end: Int)? {
        footnoteMark(in: scalars[...], at: index)
    }

    /// ``footnoteMark(in:at:)`` within a slice, which it does not look beyond.
    static func footnoteMark(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (content: Range<Int>, end: Int)? {
        guard index + 3 < scalars.endIndex, scalars[index] == "[", scalars[index + 1] == "^" else { return nil }
        var cursor = index + 2
        while cursor < scalars.endIndex, cursor - index < 8, scalars[cursor].value >= 48, scalars[cursor].value <= 57 { cursor += 1 }
        guard cursor > index + 2, cursor < scalars.endIndex, scalars[cursor] == "]" else { return nil }
        return ((index + 2)..<cursor, cursor + 1)
    }

    /// ``footnoteMark(in:at:)`` on UTF-8 bytes, before `limit`: the mark's
    /// number and the offset after its `]`, for the readers that find marks
    /// without decoding (a paragraph's references, a footnote's opening).
    static func footnoteMark(in bytes: UnsafeBufferPointer<UInt8>, at open: Int, before limit: Int) -> (number: Int, end: Int)? {
        guard bytes.hasBytes("[^", at: open) else { return nil }
        var close = open + 2
        while close < limit, close - open < 8, bytes[close] >= UInt8(ascii: "0"), bytes[close] <= UInt8(ascii: "9") { close += 1 }
        guard close > open + 2, close < limit, bytes[close] == UInt8(ascii: "]"),
              let number = Int(asciiDigits: bytes[(open + 2)..<close]) else { return nil }
        return (number, close + 1)
    }

    /// Whether the `<sup>` at `index`, whose content lies in `content`, is a
    /// unit exponent (`m<sup>2</sup>`), not a footnote mark.
    public static func isUnitExponent(in scalars: [Unicode.Scalar], at index: Int, content: Range<Int>) -> Bool {
        isUnitExponent(in: scalars[...], at: index, content: content)
    }

    /// ``isUnitExponent(in:at:content:)`` within a slice: what lies before it is not looked at.
    static func isUnitExponent(in scalars: ArraySlice<Unicode.Scalar>, at index: Int, content: Range<Int>) -> Bool {
        let start = scalars.startIndex
        guard index > start else { return false }
        let twoOrThree = content.count == 1 && (scalars[content.lowerBound] == "2" || scalars[content.lowerBound] == "3")
        return isUnitExponent(twoOrThree: twoOrThree, afterM: scalars[index - 1] == "m",
                              prior: index - 2 >= start ? scalars[index - 2] : nil)
    }

    /// The rule both representations share: a `2` or `3` after an `m` that
    /// stands alone (after a digit, a space or a bracket, or in `km`), not
    /// ending a word such as "trạm". `prior` is the scalar before the `m`.
    private static func isUnitExponent(twoOrThree: Bool, afterM: Bool, prior: Unicode.Scalar?) -> Bool {
        guard twoOrThree, afterM else { return false }
        guard let prior else { return true }
        return !TextFolding.isLetter(prior) || prior == "k"
    }

    /// The footnote numbers referred to in `text`, in order.
    ///
    /// Read from the bytes: every marker is ASCII, and only the letter before
    /// an `m<sup>2</sup>` needs decoding, so no paragraph is decoded into
    /// scalars for this.
    public static func footnoteReferences(in text: Substring) -> [Int] {
        text.withUTF8Bytes { bytes in
            var references: [Int] = []
            var index = 0
            while let open = firstIndex(of: "<sup>", in: bytes, from: index) {
                let contentStart = open + 5
                guard let close = firstIndex(of: "</sup>", in: bytes, from: contentStart) else { break }
                // Digits read in place; anything else as `Int(String)` reads it.
                let content = bytes[contentStart..<close]
                if !isUnitExponent(bytes, at: open, content: content),
                   let number = Int(asciiDigits: content) ?? Int(String(decoding: UnsafeBufferPointer(rebasing: content), as: UTF8.self)) {
                    references.append(number)
                }
                index = close + 6
            }
            // Markdown's own: `[^N]`.
            index = 0
            while let open = firstIndex(of: "[^", in: bytes, from: index) {
                guard let mark = footnoteMark(in: bytes, at: open, before: bytes.count) else { index = open + 2; continue }
                references.append(mark.number)
                index = mark.end
            }
            return references
        }
    }

    /// The offset of the next `pattern` (ASCII) in `bytes` at or after `start`.
    static func firstIndex(of pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let needle = pattern.utf8Start, length = pattern.utf8CodeUnitCount
        var index = start
        while index + length <= bytes.count {
            guard let base = bytes.baseAddress,
                  let hit = memchr(base + index, Int32(needle[0]), bytes.count - index - length + 1) else { return nil }
            let offset = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + offset, needle, length) == 0 { return offset }
            index = offset + 1
        }
        return nil
    }

    /// ``isUnitExponent(in:at:content:)`` on UTF-8 bytes: `m` before the `<sup>`, and
    /// before that no letter but `k`.
    static func isUnitExponent(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, content: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard open > 0 else { return false }
        var prior: Unicode.Scalar?
        if open >= 2 {
            // The scalar ending just before the `m`.
            prior = bytes.scalar(at: bytes.scalarStart(atOrBefore: open - 2)).scalar
        }
        let twoOrThree = content.count == 1 && (content.first == UInt8(ascii: "2") || content.first == UInt8(ascii: "3"))
        return isUnitExponent(twoOrThree: twoOrThree, afterM: bytes[open - 1] == UInt8(ascii: "m"), prior: prior)
    }

    /// Text for people: `m<sup>2</sup>` → `m²`, footnote marks → `[N]`, emphasis and escapes dropped.
    public static func plainText(_ text: String) -> String {
        text.withUTF8Bytes { plainText(utf8: $0) }
    }

    /// ``plainText(_:)`` of scalars already split out.
    public static func plainText(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: plainScalars(slice))
    }

    /// ``plainText(_:)`` as scalars, for callers that go on scanning it.
    public static func plainScalars(_ slice: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        plainScalars(slice, hasMarkup: hasMarkup(slice))
    }

    /// ``plainScalars(_:)`` for a caller that has asked ``hasMarkup(_:)`` already.
    public static func plainScalars(_ slice: ArraySlice<Unicode.Scalar>, hasMarkup: Bool) -> ArraySlice<Unicode.Scalar> {
        // Most sentences carry no markup: then the text is the slice, trimmed.
        guard hasMarkup else { return trimmed(slice) }
        var pieces: [PlainPiece] = []
        plainPieces(slice, into: &pieces)
        return trimmed(scalars(of: pieces, in: slice)[...])
    }

    /// A sentence's plain text as the fact store keeps it: markup rewritten
    /// (``plainScalars(_:)``) and a footnote's own mark dropped, the mark of
    /// footnote `footnote` when the sentence is that footnote's text.
    public static func plainSentence(_ written: String, footnote: Int?) -> String {
        written.withUTF8Bytes { plainText(utf8: $0, droppingMarkOf: footnote) }
    }

    /// `plain` without a footnote's own mark (`[3]`, or markdown's `[3]:`) and the spaces after it.
    public static func droppingFootnoteMark(_ plain: ArraySlice<Unicode.Scalar>, _ footnote: Int?) -> ArraySlice<Unicode.Scalar> {
        guard let footnote, plain.first == "[" else { return plain }
        let mark = Array("[\(footnote)]".unicodeScalars)
        guard plain.starts(with: mark) else { return plain }
        var rest = plain.dropFirst(mark.count)
        if rest.first == ":" { rest = rest.dropFirst() }
        while let first = rest.first, first == " " || first == "\t" { rest = rest.dropFirst() }
        return rest
    }

    /// The scalars `pieces` stand for, their runs taken from `slice`, whose indices they are.
    public static func scalars(of pieces: [PlainPiece], in slice: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(slice.count)
        for piece in pieces {
            switch piece {
            case .run(let run): out.append(contentsOf: slice[run])
            case .literal(let scalar): out.append(scalar)
            }
        }
        return out
    }

    /// `text` without the spaces and tabs at either end.
    public static func trimmed(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var first = text.startIndex, last = text.endIndex
        while first < last, text[first] == " " || text[first] == "\t" { first += 1 }
        while last > first, text[last - 1] == " " || text[last - 1] == "\t" { last -= 1 }
        return text[first..<last]
    }

    /// A piece of a text's plain form: a run of the text's own scalars, or a
    /// scalar that markup is rewritten to.
    public enum PlainPiece: Equatable, Sendable {
        /// The text's scalars at these indices, as they are.
        case run(Range<Int>)
        /// `[` and `]` around a footnote mark, `²` or `³` for a unit exponent.
        case literal(Unicode.Scalar)
    }

    /// The plain form of `slice` (``plainScalars(_:hasMarkup:)``, untrimmed) as
    /// pieces, in place of what `pieces` held: for a caller that holds the
    /// text's bytes or folding already, and copies the runs' instead of
    /// encoding or folding the plain scalars again. Neighbouring runs are one piece.
    public static func plainPieces(_ slice: ArraySlice<Unicode.Scalar>, into pieces: inout [PlainPiece]) {
        pieces.removeAll(keepingCapacity: true)
        func appendRun(_ run: Range<Int>) {
            guard !run.isEmpty else { return }
            if case .run(let last) = pieces.last, last.upperBound == run.lowerBound {
                pieces[pieces.count - 1] = .run(last.lowerBound..<run.upperBound)
            } else {
                pieces.append(.run(run))
            }
        }
        let end = slice.endIndex
        var index = slice.startIndex
        while index < end {
            // The text up to the next scalar that may open markup, in one run.
            var next = index
            while next < end, !isMarkup(slice[next]) { next += 1 }
            appendRun(index..<next)
            index = next
            guard index < end else { break }
            let scalar = slice[index]
            if scalar == "<", let sup = superscript(in: slice, at: index) {
                if isUnitExponent(in: slice, at: index, content: sup.content) {
                    pieces.append(.literal(slice[sup.content.lowerBound] == "2" ? "²" : "³"))
                } else {
                    pieces.append(.literal("["))
                    appendRun(sup.content)
                    pieces.append(.literal("]"))
                }
                index = sup.end
                continue
            }
            if scalar == "[", let mark = footnoteMark(in: slice, at: index) {
                pieces.append(.literal("["))
                appendRun(mark.content)
                pieces.append(.literal("]"))
                index = mark.end
                continue
            }
            if scalar == "*" { index += 1; continue }
            if scalar == "\\", index + 1 < end, isEscapable(slice[index + 1]) {
                // An escaped `*` is the `*` itself; so is any escaped ASCII punctuation, as a word
                // processor's markdown writes a list's dash or a number's point at a line's start (`\-`, `2\.`).
                appendRun((index + 1)..<(index + 2))
                index += 2
                continue
            }
            // A `<` that opens no superscript, a `\` that escapes nothing: kept.
            appendRun(index..<(index + 1))
            index += 1
        }
    }

    /// Whether a backslash before `scalar` escapes it: ASCII punctuation, as markdown has it.
    static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (("!"..."/").contains(scalar) || (":"..."@").contains(scalar) || ("["..."`").contains(scalar)
                           || ("{"..."~").contains(scalar))
    }

    /// Whether `slice` holds anything ``plainScalars(_:)`` rewrites (`<sup>`, `[^N]`, `*`, `\\*`).
    /// Without it, plain text is the slice itself, trimmed, at the same offsets.
    public static func hasMarkup(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        // A raw buffer: every sentence holding a number is tested.
        slice.withUnsafeBufferPointer { text in text.contains(where: isMarkup) }
    }

    /// Whether `scalar` opens markup ``plainScalars(_:)`` rewrites: `<`, `[`, `*` or `\\`.
    @inline(__always)
    public static func isMarkup(_ scalar: Unicode.Scalar) -> Bool { scalar == "<" || scalar == "*" || scalar == "\\" || scalar == "[" }

    public static func matches(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        matches(pattern, in: scalars[...], at: index)
    }

    /// ``matches(_:in:at:)`` within a slice.
    static func matches(_ pattern: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index >= scalars.startIndex, index + pattern.count <= scalars.endIndex else { return false }
        for (offset, scalar) in pattern.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }
}
