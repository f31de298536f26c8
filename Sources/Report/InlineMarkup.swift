/// The inline markup the PDF-to-markdown conversion leaves in the report text:
/// `<sup>N</sup>` (a footnote reference, or the exponent of `m2`/`m3`) and
/// `*`/`**` emphasis.
public enum InlineMarkup {
    public static let supOpen = Array("<sup>".unicodeScalars)
    static let supClose = Array("</sup>".unicodeScalars)

    /// A `<sup>…</sup>` element starting at `index`: its content and the offset after it.
    public static func superscript(in scalars: [Unicode.Scalar], at index: Int) -> (content: String, end: Int)? {
        guard matches(supOpen, in: scalars, at: index) else { return nil }
        var cursor = index + supOpen.count
        let contentStart = cursor
        while cursor < scalars.count {
            if matches(supClose, in: scalars, at: cursor) {
                return (String(scalars: scalars[contentStart..<cursor]), cursor + supClose.count)
            }
            cursor += 1
        }
        return nil
    }

    /// Whether the `<sup>` at `index` is a unit exponent (`m<sup>2</sup>`), not a footnote mark.
    public static func isUnitExponent(in scalars: [Unicode.Scalar], at index: Int, content: String) -> Bool {
        guard content == "2" || content == "3", index > 0 else { return false }
        let before = scalars[index - 1]
        guard before == "m" else { return false }
        // "m" alone (after a digit, a space or a bracket), not the end of a word such as "trạm".
        if index >= 2 {
            let prior = scalars[index - 2]
            return !prior.properties.isAlphabetic || prior == "k"
        }
        return true
    }

    /// The footnote numbers referred to in `text`, in order.
    public static func footnoteReferences(in text: String) -> [Int] {
        // Most paragraphs have no `<sup>`: look at the bytes before decoding scalars.
        guard text.utf8.count >= 11 else { return [] }
        var copy = text
        let hasSuperscript = copy.withUTF8 { bytes in
            (0..<(bytes.count - 4)).contains { bytes[$0] == UInt8(ascii: "<") && bytes[$0 + 1] == UInt8(ascii: "s")
                && bytes[$0 + 2] == UInt8(ascii: "u") && bytes[$0 + 3] == UInt8(ascii: "p") }
        }
        guard hasSuperscript else { return [] }
        let scalars = text.scalarArray
        var references: [Int] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let sup = superscript(in: scalars, at: index) {
                if !isUnitExponent(in: scalars, at: index, content: sup.content), let number = Int(sup.content) {
                    references.append(number)
                }
                index = sup.end
            } else {
                index += 1
            }
        }
        return references
    }

    /// Text for people: `m<sup>2</sup>` → `m²`, footnote marks → `[N]`, emphasis and escapes dropped.
    public static func plainText(_ text: String) -> String {
        plainText(text.scalarArray[...])
    }

    /// ``plainText(_:)`` of scalars already split out.
    public static func plainText(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: plainScalars(slice))
    }

    /// ``plainText(_:)`` as scalars, for callers that go on scanning it.
    public static func plainScalars(_ slice: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        let scalars = Array(slice)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let sup = superscript(in: scalars, at: index) {
                if isUnitExponent(in: scalars, at: index, content: sup.content) {
                    out.append(sup.content == "2" ? "²" : "³")
                } else {
                    out.append("[")
                    out.append(contentsOf: sup.content.unicodeScalars)
                    out.append("]")
                }
                index = sup.end
                continue
            }
            if scalar == "*" { index += 1; continue }
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "*" {
                out.append("*")
                index += 2
                continue
            }
            out.append(scalar)
            index += 1
        }
        var first = 0, last = out.count
        while first < last, out[first] == " " || out[first] == "\t" { first += 1 }
        while last > first, out[last - 1] == " " || out[last - 1] == "\t" { last -= 1 }
        return out[first..<last]
    }

    public static func matches(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + pattern.count <= scalars.count else { return false }
        for (offset, scalar) in pattern.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        // Bytes, not Characters: a space or tab is one byte and never part of a multi-byte scalar.
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String { Substring(self).trimmingSpaces() }
}

extension StringProtocol {
    /// The text without leading and trailing white space other than line breaks
    /// (what Foundation's `.whitespaces` trims, without bridging to NSString,
    /// whose first use costs a one-shot query a millisecond).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace && scalar.value != 0x85
                && scalar.value != 0x2028 && scalar.value != 0x2029)
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars: scalars[first...last])
    }
}

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 in one pass (several
    /// times faster than `Array(unicodeScalars)`, which reading a report does for
    /// every paragraph and sentence).
    public var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, written in
            var index = 0, out = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                // A String's UTF-8 is valid, so each lead byte announces its length truly.
                if lead < 0x80 {
                    scalars.initializeElement(at: out, to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
                    out += 1
                    index += 1
                    continue
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F); index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                scalars.initializeElement(at: out, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                out += 1
            }
            written = out
            }
        }
    }

    /// The number of Unicode scalars: the UTF-8 bytes that start one.
    public var scalarCount: Int {
        var copy = self
        return copy.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// A string from Unicode scalars, encoded in one pass (appending scalars one
    /// by one to a `String` costs several times more).
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars {
            let v = scalar.value
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var index = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[index] = UInt8(truncatingIfNeeded: v); index += 1
                } else if v < 0x800 {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    index += 2
                } else if v < 0x10000 {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    index += 3
                } else {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }
}