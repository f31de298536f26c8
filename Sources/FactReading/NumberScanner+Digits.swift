import Platform

/// How far a number's digits run: thousands grouped by dots (`2.450.000`) or,
/// as documents converted from PDF write them, by spaces (`1 250 tỷ đồng`),
/// and a decimal comma.
extension NumberScanner {
    /// Digits, with single `.` or `,` between digits (`2.450.000`, `8,25`), or a space between groups of thousands.
    func readNumber(from start: Int) -> Int {
        var cursor = start
        // Where the current run of digits began, while every run so far is a group a space may part.
        var group: Int? = start
        while cursor < scalars.count {
            if ScalarText.isDigit(scalars[cursor]) {
                cursor += 1
            } else if (scalars[cursor] == "." || scalars[cursor] == ","), cursor + 1 < scalars.count,
                      ScalarText.isDigit(scalars[cursor + 1]) {
                cursor += 1
                group = nil
            } else if scalars[cursor] == " ", let first = group, cursor + 1 < scalars.count, ScalarText.isDigit(scalars[cursor + 1]),
                      spacedGroup(after: cursor, run: first, number: start) {
                cursor += 1
                group = cursor
            } else {
                break
            }
        }
        return cursor
    }

    /// Whether the space at `space` parts thousands (`1 250 tỷ đồng`, as
    /// documents converted from PDF write them): the run of digits before it
    /// (from `run`) has one to three, three follow it and then no digit, and
    /// the number is no name's (`khối 9 100%`). Two numbers side by side with
    /// only a space between are otherwise not of the genre.
    private func spacedGroup(after space: Int, run: Int, number start: Int) -> Bool {
        guard (1...3).contains(space - run), space + 3 < scalars.count, ScalarText.isDigit(scalars[space + 1]),
              ScalarText.isDigit(scalars[space + 2]), ScalarText.isDigit(scalars[space + 3]),
              space + 4 == scalars.count || !ScalarText.isDigit(scalars[space + 4]) else { return false }
        return !isNameContext(start)
    }
}
