import Platform

/// Last year's figure written after a slash: `xảy ra 19 vụ/24 vụ cùng kỳ`,
/// `7 vụ/9 vụ so với cùng kỳ năm trước`. A slash most often sets a figure
/// over its whole or its plan (`9/13 xã`, `815/800 ha`); where last year is
/// named right after the number behind it, that number is last year's, so
/// the scanner leaves it a figure of its own, and the qualifier reader gives
/// it to the figure before the slash as its last year's.
enum LastYearAfterSlash {
    /// Whether the words at `index` (after spaces) name last year: `cùng kỳ`,
    /// `CK`, `năm trước`, after `so với` or `so` too.
    static func namesLastYear(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index
        var words: [[Unicode.Scalar]] = []
        while words.count < 4, let word = ScalarText.wordRangeAfter(scalars, cursor) {
            words.append(TextFolding.folded(scalars[word]))
            cursor = word.upperBound
        }
        var rest = words[...]
        if rest.first == so { rest = rest.dropFirst(); if rest.first == voi { rest = rest.dropFirst() } }
        guard let first = rest.first else { return false }
        if first == ck || first == cknt { return true }
        return rest.count >= 2 && (first == cung && rest.dropFirst().first == ky || first == nam && rest.dropFirst().first == truoc)
    }

    /// Whether the number at `start` stands right behind a slash that closes
    /// the figure ending at `previousEnd` and is followed, at `end`, by last year's name.
    static func isLastYears(_ scalars: [Unicode.Scalar], start: Int, end: Int, previousEnd: Int) -> Bool {
        let slash = ScalarText.skipSpacesBack(scalars, before: start)
        guard slash >= 0, slash < scalars.count, scalars[slash] == "/",
              ScalarText.skipSpacesBack(scalars, before: slash) + 1 == previousEnd else { return false }
        return namesLastYear(scalars, at: end)
    }

    private static let so = word("so"), voi = word("với"), ck = word("ck"), cknt = word("cknt")
    private static let cung = word("cùng"), ky = word("kỳ"), nam = word("năm"), truoc = word("trước")

    private static func word(_ text: String) -> [Unicode.Scalar] { TextFolding.foldedScalars(text) }
}
