import Platform

extension InlineMarkup {
    /// ``plainText(_:)`` of UTF-8 bytes, rewritten where they lie: every mark
    /// is ASCII and no byte of a longer scalar is one, so no scalar is decoded
    /// but the one before an `m<sup>2</sup>`. With `footnote`, a footnote's own
    /// mark opening the text is dropped as ``droppingFootnoteMark(_:_:)`` drops it.
    ///
    /// A corpus writes every sentence it holds, and a report's referring
    /// sentences and headings are made plain too: decoding each into scalars
    /// and encoding the plain scalars again cost five times this.
    public static func plainText(utf8 bytes: UnsafeBufferPointer<UInt8>, droppingMarkOf footnote: Int? = nil) -> String {
        // The plain text is never longer than the written: each rewriting is shorter than its markup.
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            func append(_ run: Range<Int>) {
                guard !run.isEmpty, let from = bytes.baseAddress, let to = out.baseAddress else { return }
                (to + count).update(from: from + run.lowerBound, count: run.count)
                count += run.count
            }
            func append(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            let end = bytes.count
            var index = 0
            while index < end {
                // The text up to the next byte that may open markup, in one run.
                var next = index
                while next < end, !isMarkup(bytes[next]) { next += 1 }
                append(index..<next)
                index = next
                guard index < end else { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), bytes.hasBytes("<sup>", at: index),
                   let close = firstIndex(of: "</sup>", in: bytes, from: index + 5) {
                    let content = (index + 5)..<close
                    if isUnitExponent(bytes, at: index, content: bytes[content]) {
                        // `²` or `³`, in UTF-8.
                        append(0xC2)
                        append(bytes[content.lowerBound] == UInt8(ascii: "2") ? 0xB2 : 0xB3)
                    } else {
                        append(UInt8(ascii: "["))
                        append(content)
                        append(UInt8(ascii: "]"))
                    }
                    index = close + 6
                    continue
                }
                if byte == UInt8(ascii: "["), let mark = footnoteMark(in: bytes, at: index, before: end) {
                    append(UInt8(ascii: "["))
                    append((index + 2)..<(mark.end - 1))
                    append(UInt8(ascii: "]"))
                    index = mark.end
                    continue
                }
                if byte == UInt8(ascii: "*") { index += 1; continue }
                if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] < 0x80,
                   isEscapable(Unicode.Scalar(bytes[index + 1])) {
                    append(bytes[index + 1])
                    index += 2
                    continue
                }
                // A `<` that opens no superscript, a `\` that escapes nothing: kept.
                append(byte)
                index += 1
            }
            let kept = plainRange(of: UnsafeBufferPointer(rebasing: out[..<count]), droppingMarkOf: footnote)
            if kept.lowerBound > 0, let base = out.baseAddress { base.update(from: base + kept.lowerBound, count: kept.count) }
            return kept.count
        }
    }

    /// Whether `byte` opens markup: ``isMarkup(_:)`` of a UTF-8 byte.
    @inline(__always)
    private static func isMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "[")
    }

    /// The part of plain text kept: without the spaces and tabs at either end
    /// (``trimmed(_:)``), and without the mark of `footnote` and the spaces after it.
    private static func plainRange(of plain: UnsafeBufferPointer<UInt8>, droppingMarkOf footnote: Int?) -> Range<Int> {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var first = 0, last = plain.count
        while first < last, isBlank(plain[first]) { first += 1 }
        while last > first, isBlank(plain[last - 1]) { last -= 1 }
        guard let footnote, first < last, plain[first] == UInt8(ascii: "[") else { return first..<last }
        let mark = Array("[\(footnote)]".utf8)
        guard last - first >= mark.count, plain[first..<(first + mark.count)].elementsEqual(mark) else { return first..<last }
        first += mark.count
        if first < last, plain[first] == UInt8(ascii: ":") { first += 1 }
        while first < last, isBlank(plain[first]) { first += 1 }
        return first..<last
    }
}
