/// A point of a letter's list written as a sentence, not a heading: `b)
/// Thương mại: doanh thu bán lẻ đạt 500 tỷ đồng, tăng 9%.` after the heading
/// `a) Du lịch`. It opens no section (its words are no title), but it is
/// the next point of the list: the point before it is closed, and its
/// sentences stand in the section over the list, not in `a) Du lịch`.
extension DocumentBuilder {
    /// Closes the letter's point open where `text` opens on a later letter of the list.
    mutating func closePoint(before text: Substring) {
        guard let top = stack.last, case .letter(let open) = sections[top].numbering,
              let letter = Self.openingLetter(text),
              let openRank = SectionNumbering.pointLetters.firstIndex(of: open),
              let rank = SectionNumbering.pointLetters.firstIndex(of: letter), rank > openRank else { return }
        stack.removeLast()
        forgetClosedLabels()
    }

    /// The small letter `text` opens on as a point's mark (`b)`, `b\)`, `b/`), or nil.
    static func openingLetter(_ text: Substring) -> String? {
        var scalars = text.unicodeScalars[...]
        guard let letter = scalars.popFirst().map(String.init), SectionNumbering.pointLetters.contains(letter) else { return nil }
        if scalars.first == "\\" { scalars = scalars.dropFirst() }
        guard let mark = scalars.popFirst(), mark == ")" || mark == "/", scalars.first == " " else { return nil }
        return letter
    }
}
