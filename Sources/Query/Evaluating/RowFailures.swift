/// Rows of a `where` or cells of a `select` whose values could not be
/// computed — a quantity compared with one of another dimension, or a value
/// the report does not give — counted so that one note after the result
/// says how many, instead of the first stopping the query.
struct RowFailures {
    private(set) var incomparable = 0
    private(set) var nullInput = 0

    mutating func count(_ error: QueryError) {
        if error.isNullInput { nullInput += 1 } else { incomparable += 1 }
    }

    /// The note for the session (nil when nothing failed): `of` rows (or cells) in all, and what became of them.
    func note(of total: Int, _ outcome: String, unit: String = "rows") -> String? {
        var reasons: [String] = []
        if incomparable > 0 {
            reasons.append("\(incomparable) compared or combined quantities that do not compare (a bare number with a quantity, đồng with ha …); `number` is a fact's bare number")
        }
        if nullInput > 0 {
            reasons.append("\(nullInput) computed with a value the report does not give (null)")
        }
        guard !reasons.isEmpty else { return nil }
        return "\(incomparable + nullInput) of \(total) \(unit) \(outcome): " + reasons.joined(separator: "; ")
    }
}
