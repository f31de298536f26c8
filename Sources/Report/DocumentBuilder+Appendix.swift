import Platform

/// An appendix after the report's body (`PHỤ LỤC`, `Phụ lục 02`, `PHỤ LỤC I: BIỂU
/// CHỈ TIÊU …`), most often after the signature: a part of its own, not the
/// last section's. Left in the plan's part, its results (`… đạt 56,8 triệu đồng`)
/// would be read as next year's targets.
extension DocumentBuilder {
    /// The title of a line that opens an appendix: it begins with `phụ lục`
    /// (after markup) and is a heading's, short, in capitals or the bare word
    /// and its number; nil for any other line, and before the body's first
    /// section. (`(Chi tiết tại Phụ lục 01)` in a sentence opens nothing.)
    func appendixHeading(_ text: Substring) -> String? {
        guard !sections.isEmpty, text.utf8.count < 160, Self.mayOpenAppendix(text) else { return nil }
        let plain = InlineMarkup.plainText(String(text)).trimmingWhitespace()
        guard Self.isAppendixTitle(plain) else { return nil }
        return plain
    }

    /// Whether a heading's words open an appendix: `Phụ lục`, then nothing, its
    /// number (`01`, `II`, `số 2`) or, after a `:` or `-`, its title; in capitals, any words.
    static func isAppendixTitle(_ title: String) -> Bool {
        let folded = TextFolding.fold(title).trimmingWhitespace()
        guard folded.hasPrefix("phu luc") else { return false }
        let rest = folded.dropFirst("phu luc".count)
        guard rest.isEmpty || rest.first == " " || rest.first == ":" else { return false }
        if HeadingSyntax.isMostlyCapitals(title) { return true }
        // `Phụ lục 02`, `Phụ lục số 3`, `Phụ lục II: Biểu …`: its number, and a title after a mark.
        let words = rest.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "-" || $0 == "." })
        let number = words.first == "so" ? words.dropFirst().first : words.first
        guard let number else { return true }
        let isNumber = number.allSatisfy { $0.isNumber } || number.allSatisfy { "ivxlc".contains($0) }
        return isNumber && (words.count <= (words.first == "so" ? 2 : 1) || rest.contains(":") || rest.contains("-"))
    }

    /// A cheap first test on the bytes: the line's first letter, past markup, is `P` or `p`.
    private static func mayOpenAppendix(_ text: Substring) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: " "): continue
            case UInt8(ascii: "P"), UInt8(ascii: "p"): return true
            default: return false
            }
        }
        return false
    }
}
