/// The inline markup the PDF-to-markdown conversion leaves in the report text:
/// `<sup>N</sup>` (a footnote reference, or the exponent of `m2`/`m3`) and
/// `*`/`**` emphasis.
public enum InlineMarkup {
    static let supOpen = Array("<sup>".unicodeScalars)
    static let supClose = Array("</sup>".unicodeScalars)

    /// A `<sup>…</sup>` element starting at `index`: its content and the offset after it.
    public static func superscript(in scalars: [Unicode.Scalar], at index: Int) -> (content: String, end: Int)? {
        guard matches(supOpen, in: scalars, at: index) else { return nil }
        var cursor = index + supOpen.count
        var content = String.UnicodeScalarView()
        while cursor < scalars.count {
            if matches(supClose, in: scalars, at: cursor) {
                return (String(content), cursor + supClose.count)
            }
            content.append(scalars[cursor])
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
        let scalars = Array(text.unicodeScalars)
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
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let sup = superscript(in: scalars, at: index) {
                if isUnitExponent(in: scalars, at: index, content: sup.content) {
                    out.append(sup.content == "2" ? "²" : "³")
                } else {
                    out.append(contentsOf: "[\(sup.content)]".unicodeScalars)
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
        return String(out).trimmingSpaces()
    }

    static func matches(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + pattern.count <= scalars.count else { return false }
        for (offset, scalar) in pattern.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
