import Platform
import Facts

/// A list item whose label names the unit in brackets before its colon, the
/// figures after it written bare: `- Thu ngân sách trên địa bàn (tỷ đồng):
/// 512,4 (năm 2025: 468,1)`, `- Tỷ lệ hộ nghèo (%): 7,14 (kế hoạch: 7,5)`.
/// Every bare figure of the item is in the label's unit.
extension NumberScanner {
    /// The unit the label before the paragraph's first colon names in brackets
    /// right before that colon, when the number at `start` stands after it, in
    /// the same clause, right after a colon of its own; nil where there is none.
    func labelUnit(before start: Int) -> QuantityUnit? {
        // Each bare figure of such an item follows a colon (`: 512,4`, `(năm 2025: 468,1)`): most numbers are passed over here.
        var before = start - 1
        while before > 0, scalars[before] == " " { before -= 1 }
        guard before > 0, scalars[before] == ":" else { return nil }
        // A label is short: its colon is looked for near the paragraph's start only.
        let searched = scalars[..<min(start, Self.longestLabel)]
        guard let colon = searched.firstIndex(of: ":"), colon > 2 else { return nil }
        var close = colon - 1
        while close > 0, scalars[close] == " " { close -= 1 }
        guard scalars[close] == ")", let open = scalars[..<close].lastIndex(of: "("), open + 1 < close,
              let (unit, unitEnd) = readUnit(at: open + 1), ScalarText.skipSpaces(scalars, unitEnd) == close
        else { return nil }
        // The item goes on to the number: no `;` nor sentence's end between.
        guard !scalars[colon..<start].contains(where: { $0 == ";" }),
              !scalars[colon..<start].indices.contains(where: { scalars[$0] == "." && $0 + 1 < start && scalars[$0 + 1] == " " })
        else { return nil }
        return unit
    }

    /// The most scalars a label (`- Kim ngạch xuất nhập khẩu qua cửa khẩu (triệu USD):`) is read in.
    private static let longestLabel = 160
}
