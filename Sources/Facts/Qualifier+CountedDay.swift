import Platform

extension Qualifier {
    /// The day a figure is counted to, as the report writes it, where its
    /// `asOf` names one: it opens on the day's digits or on `ngày` (`15/12`,
    /// `30/11/2026`, `ngày 15 tháng 12`). Nil for a month (`tháng 11/2026`), a
    /// span (`trong 10 tháng`) and every other qualifier. The reading carries
    /// such a day to the sentence's later figures, and the indicators tell by
    /// it whether a year's figure was counted before the year's end.
    public var countedDay: String? {
        guard case .asOf(let text) = self, let first = text.utf8.first else { return nil }
        return first.isASCIIDigit || text.hasPrefix(Self.day) ? text : nil
    }

    private static let day = "ngày"
}
