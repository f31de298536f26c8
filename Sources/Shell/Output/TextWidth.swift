import Platform
/// How many terminal columns text takes: combining marks take none, wide
/// (East Asian) characters two — so Vietnamese columns line up.
enum TextWidth {
    /// Whether a scalar takes one column and stands as a character of its own:
    /// ASCII and precomposed Vietnamese (Latin, Latin Extended Additional),
    /// known without Unicode's tables, which are slow to ask for every scalar of a table.
    static func isOneColumn(_ scalar: Unicode.Scalar) -> Bool {
        (0x20..<0x300).contains(scalar.value) || (0x1E00..<0x1F00).contains(scalar.value)
    }

    static func of(_ text: String) -> Int {
        var text = text
        if let width = text.withUTF8(oneColumnWidth) { return width }
        return ofByScalars(text)
    }

    /// The width of text whose every scalar ``isOneColumn(_:)`` (nearly every
    /// cell: ASCII and precomposed Vietnamese), read from its UTF-8 bytes: a
    /// column a scalar. Nil for any other text, which ``ofByScalars(_:)`` measures.
    static func oneColumnWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead >= 0x20 else { return nil }
                index += 1
            } else if lead < 0xCC {
                // Two bytes, a scalar below U+0300 (lead bytes C2 to CB).
                index += 2
            } else if lead == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
                // Three bytes, U+1E00 to U+1EFF: Latin Extended Additional.
                index += 3
            } else {
                return nil
            }
            width += 1
        }
        return width
    }

    /// ``of(_:)`` measured scalar by scalar: for any text.
    static func ofByScalars(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            if isOneColumn(scalar) {
                width += 1
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            width += wide ? 2 : 1
        }
        return width
    }

    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }

    /// Cuts text to `width` columns, ending with `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String { fitted(text, to: width).text }

    /// The text cut to `width` columns as ``truncate(_:to:)`` cuts it, and the columns it then takes.
    static func fitted(_ text: String, to width: Int) -> (text: String, width: Int) {
        let natural = of(text)
        guard natural > width, width > 1 else { return (text, natural) }
        let cut = cutToFit(text, to: width)
        return (cut, of(cut))
    }

    private static func cutToFit(_ text: String, to width: Int) -> String {
        // Text of one-column scalars (ASCII, precomposed Vietnamese) is a character a scalar: cut at the scalar.
        if let cut = text.unicodeScalars.prefix(width - 1).allSatisfy(isOneColumn) ? text.unicodeScalars.index(
            text.unicodeScalars.startIndex, offsetBy: width - 1) : nil,
           cut == text.unicodeScalars.endIndex || isOneColumn(text.unicodeScalars[cut]) {
            return String(text.unicodeScalars[..<cut]) + "…"
        }
        return truncateByCharacters(text, to: width)
    }

    /// ``truncate(_:to:)`` measured character by character: for any text.
    static func truncateByCharacters(_ text: String, to width: Int) -> String {
        guard of(text) > width, width > 1 else { return text }
        var out = "", used = 0
        for character in text {
            // Width character by character: measuring the whole prefix again each time was quadratic.
            let extra = of(String(character))
            if used + extra > width - 1 { break }
            out.append(character)
            used += extra
        }
        return out + "…"
    }
}
