import Platform

/// Wraps ``NameSuggester`` into the "did you mean …?" hints of error messages.
enum NameSuggesterHint {
    /// The nearest other name: a name that is known and still fails (used where it cannot stand) has no use for itself.
    static func didYouMean(_ name: String, in candidates: [String]) -> String? {
        NameSuggester.nearest(to: name, in: candidates.filter { $0 != name }).map { "did you mean '\($0)'?" }
    }

    /// The fields `name` is one word of (`kind` of `target_kind`, `level` of `target_level` and
    /// `target_level_unit`), as a user half-remembers a field: "did you mean 'target_kind'?"; nil when none is.
    static func fieldsHolding(_ name: String, in fields: [String]) -> String? {
        let word = name.lowercased()
        guard !word.isEmpty, !word.contains("_"), !word.contains(".") else { return nil }
        let holding = fields.filter { $0 != name && $0.lowercased().split(separator: "_").contains { $0 == word } }
        guard !holding.isEmpty, holding.count <= 3 else { return nil }
        return "did you mean " + holding.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
