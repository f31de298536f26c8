import Platform

/// Footnote marks written as superscript digits (`412,5 tỷ đồng³`, `62,4
/// tạ/ha²`, a footnote's text opening on `³ Gồm …`), as text copied from a
/// word processor or a web page has them, rewritten as markdown's own
/// footnote marks (`[^3]`, and `[^3]:` opening a line before its text), which ``InlineMarkup``
/// and ``HeadingSyntax`` read: else the digit is read as part of the unit
/// (`ha²`), whose value then compares with no target. Markdown's mark is the
/// shortest that they read: the columns after it on its line move by one to
/// three. A unit's exponent (`m²`, `km²`, `m³`) stays as it is.
extension String {
    /// The text with each run of superscript digits that is no unit's exponent written as a markdown footnote mark.
    var withSuperscriptMarks: String {
        guard hasSuperscriptDigits else { return self }
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        // The two scalars before the run: an exponent follows an `m` standing alone or in `km`.
        var previous: Unicode.Scalar?, prior: Unicode.Scalar?
        // Whether only spaces stand before the run on its line: a footnote's text opens there.
        var opensLine = true
        // `next` is the scalar after the run: a space after a mark that opens its line opens a footnote's text.
        func flush(before next: Unicode.Scalar?) {
            guard !run.isEmpty else { return }
            if run.count == 1, run.first == "2" || run.first == "3", previous == "m",
               prior.map({ !TextFolding.isLetter($0) || $0 == "k" }) ?? true {
                out.append(run.first == "2" ? "²" : "³")
            } else {
                out.append(contentsOf: "[^".unicodeScalars)
                out.append(contentsOf: run)
                out.append(contentsOf: (opensLine && (next == " " || next == "\t") ? "]:" : "]").unicodeScalars)
            }
            run = String.UnicodeScalarView()
        }
        for scalar in unicodeScalars {
            if let digit = Self.superscriptDigit(scalar) {
                run.append(digit)
                continue
            }
            flush(before: scalar)
            out.append(scalar)
            prior = previous
            previous = scalar
            opensLine = scalar == "\n" || opensLine && (scalar == " " || scalar == "\t")
        }
        flush(before: nil)
        return String(out)
    }

    /// The digit a superscript digit stands for: `⁰`, `¹`, `²`, `³`, `⁴` … `⁹`; nil for any other scalar.
    static func superscriptDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xB9: "1"
        case 0xB2: "2"
        case 0xB3: "3"
        case 0x2070, 0x2074...0x2079: Unicode.Scalar(scalar.value - 0x2070 + 0x30)
        default: nil
        }
    }

    /// Whether the text holds a superscript digit (UTF-8 `C2 B2`, `C2 B3`, `C2 B9`, `E2 81 B0`,
    /// `E2 81 B4`–`E2 81 B9`), found with `memchr` on the lead bytes.
    var hasSuperscriptDigits: Bool {
        containsScalar(leadingWith: [0xC2, 0xE2]) { bytes, at in
            bytes[at] == 0xC2 ? bytes[at + 1] == 0xB2 || bytes[at + 1] == 0xB3 || bytes[at + 1] == 0xB9
                : at + 2 < bytes.count && bytes[at + 1] == 0x81 && (bytes[at + 2] == 0xB0 || (0xB4...0xB9).contains(bytes[at + 2]))
        }
    }
}
