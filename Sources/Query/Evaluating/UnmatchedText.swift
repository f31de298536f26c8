import Platform

/// Why a `where` that sets a field equal to a text kept no row: the text is
/// none of the values the field takes. `where status == "mised"` and
/// `where place == "Tan Dinh"` would keep nothing and say nothing; the note
/// names the value meant (the same with its accents, or one letter off) or
/// else the values there are, as a user of the field's closed set expects.
enum UnmatchedText {
    /// The note for `condition` over the rows it kept none of; nil when it
    /// compares no bare field with a text, or the text is one of its values.
    static func note(for condition: Expr, over items: [Value]) -> String? {
        guard case .binary(.equal, let left, let right, _) = condition else { return nil }
        let field: String, text: String
        switch (left, right) {
        case (.name(let path), .string(let string, _)) where path.parts.count == 1: (field, text) = (path.parts[0], string)
        case (.string(let string, _), .name(let path)) where path.parts.count == 1: (field, text) = (path.parts[0], string)
        default: return nil
        }
        var values: [String] = [], seen: Set<String> = []
        for item in items.prefix(rowsLooked) {
            guard case .text(let value)? = Fields.itemField(field, of: item)?.scalar else { continue }
            if seen.insert(value).inserted { values.append(value) }
        }
        // A name's text, not a sentence's: a long text is matched by no note (and one letter off would cost
        // an edit distance against every sentence).
        guard !values.isEmpty, !seen.contains(text), text.count <= longestName else { return nil }
        let folded = TextFolding.fold(text)
        // A number written as a text (`year == "2025"`) is no misspelling of another: its values are listed.
        let isNumber = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
        if let meant = values.first(where: { TextFolding.fold($0) == folded })
            ?? (isNumber ? nil : NameSuggester.nearest(to: text, in: values.filter { $0.count <= longestName })) {
            return "no row's \(field) is '\(text)': did you mean '\(meant)'?"
        }
        // The values listed only where they are a few short names (statuses, periods), not sentences.
        guard values.count <= valuesListed, values.allSatisfy({ $0.count <= longestName }) else { return nil }
        let shown = values.sorted().prefix(valuesShown).map { "'\($0)'" }
        return "no row's \(field) is '\(text)'; its values: " + shown.joined(separator: ", ") + (values.count > valuesShown ? ", …" : "")
    }

    /// The longest text taken for a name of a place, status or unit.
    private static let longestName = 40
    /// The most values a field may take for the note to list them.
    private static let valuesListed = 20

    /// How many rows are looked at for the field's values: enough for any closed set.
    private static let rowsLooked = 10_000
    /// How many of the values the note lists.
    private static let valuesShown = 8
}
