/// Spaces of fixed width — the no-break space (U+00A0), the narrow one
/// (U+202F) and the typographic ones (U+2000–U+200A) — that text exported
/// from a word processor puts between a number and its unit (`… ha`,
/// `… triệu đồng`) or after `Số:`. Read as they are, they kept the unit
/// from its number; read as plain spaces, they keep the text's every scalar
/// where it was, so that columns are unchanged.
extension String {
    /// The text with each fixed-width space a plain one; the text itself when it has none, nearly always.
    public var withPlainSpaces: String {
        guard hasFixedSpaces else { return self }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.lazy.map { Self.isFixedSpace($0) ? " " : $0 })
        return String(scalars)
    }

    /// Whether a scalar is a space of fixed width.
    public static func isFixedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xA0 || scalar.value == 0x202F || (0x2000...0x200A).contains(scalar.value)
    }

    /// Whether the text holds a fixed-width space (UTF-8 `C2 A0`, `E2 80 80`–`E2 80 8A`
    /// or `E2 80 AF`), found with `memchr` on the lead bytes: `C2` is rare in
    /// Vietnamese, `E2` stands before dashes and quotes too.
    var hasFixedSpaces: Bool {
        containsScalar(leadingWith: [0xC2, 0xE2]) { bytes, at in
            bytes[at] == 0xC2 ? bytes[at + 1] == 0xA0
                : at + 2 < bytes.count && bytes[at + 1] == 0x80 && (bytes[at + 2] <= 0x8A || bytes[at + 2] == 0xAF)
        }
    }
}
