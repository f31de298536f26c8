import Platform
import Facts

/// Medals counted by kind after their total, the noun left out: `giành 46
/// huy chương (14 vàng, 15 bạc, 17 đồng)`, `9 huy chương: 2 vàng, 3 bạc và 4
/// đồng`. Each kind counts medals; `đồng` there is bronze, not money.
extension NumberScanner {
    /// The medals' unit for the figure at `start` whose unit word, at
    /// `unitStart`, is a kind of medal alone, when a count of medals stands
    /// shortly before it in the same clause; nil otherwise.
    func medalKind(start: Int, unitStart: Int) -> QuantityUnit? {
        // The cheapest first: a figure shortly after another, then the first letter of its word.
        guard let total = quantities.last, total.end <= start, start - total.end <= Self.listReach else { return nil }
        var first = unitStart
        while first < scalars.count, scalars[first] == " " { first += 1 }
        guard first < scalars.count, scalars[first] == "v" || scalars[first] == "b" || scalars[first] == "đ",
              let word = ScalarText.wordRangeAfter(scalars, unitStart),
              Self.medalKinds.contains(where: { ScalarText.equals(scalars, word, $0) }), total.unit == Self.medal,
              !scalars[total.end..<start].contains(where: { $0 == "." || $0 == ";" || $0 == ")" }) else { return nil }
        return Self.medal
    }

    private static let medalKinds = ["vàng", "bạc", "đồng"].map { Array($0.unicodeScalars) }
    private static let medal = UnitLexicon.countUnit("huy chương")
    /// How far after the total its kinds may stand, in scalars: a bracket of three kinds and their figures.
    private static let listReach = 40
}
