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
