import Platform

/// Last year's figure written after a slash: `xảy ra 19 vụ/24 vụ cùng kỳ`,
/// `7 vụ/9 vụ so với cùng kỳ năm trước`. A slash most often sets a figure
/// over its whole or its plan (`9/13 xã`, `815/800 ha`); where last year is
/// named right after the number behind it, that number is last year's, so
/// the scanner leaves it a figure of its own, and the qualifier reader gives
/// it to the figure before the slash as its last year's.
enum LastYearAfterSlash {
    /// Whether the words at `index` (after spaces) name last year as the
    /// qualifier reader knows its names (``LastYearNames/openings``:
    /// `cùng kỳ`, `năm trước`, `CK`, `CKNT`), after `so với` or `so` too.
    static func namesLastYear(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let start = ScalarText.skipSpaces(scalars, index)
        guard start < scalars.count else { return false }
        // The scanner reads the text unfolded: the few scalars that may hold the names, folded.
        let folded = TextFolding.folded(scalars[start..<min(scalars.count, start + reach)])
        var cursor = 0
        if ScalarText.wordStands(so, in: folded, at: cursor) {
            cursor = ScalarText.skipSpaces(folded, cursor + so.count)
            if ScalarText.wordStands(voi, in: folded, at: cursor) { cursor = ScalarText.skipSpaces(folded, cursor + voi.count) }
        }
        return LastYearNames.openings.contains { ScalarText.wordStands($0, in: folded, at: cursor) }
    }

    /// Whether the number at `start` stands right behind a slash that closes
    /// the figure ending at `previousEnd` and is followed, at `end`, by last year's name.
    static func isLastYears(_ scalars: [Unicode.Scalar], start: Int, end: Int, previousEnd: Int) -> Bool {
        let slash = ScalarText.skipSpacesBack(scalars, before: start)
        guard slash >= 0, slash < scalars.count, scalars[slash] == "/",
              ScalarText.skipSpacesBack(scalars, before: slash) + 1 == previousEnd else { return false }
        return namesLastYear(scalars, at: end)
    }

    private static let so = TextFolding.foldedScalars("so"), voi = TextFolding.foldedScalars("với")
    /// How far past the slashed whole last year's name is looked for: `so với cùng kỳ năm trước` and room.
    private static let reach = 32
}
